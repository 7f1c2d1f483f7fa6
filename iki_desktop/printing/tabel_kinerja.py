"""Tables of the PK lampiran, Rencana Aksi and capaian, and their signature blocks.

The indicator tables draw a sasaran as one cell over its indikator rows with lines,
not SPAN (a SPAN cannot split across pages), as the IKU/IKI tables do. Every user
string is escaped; numbers are right-aligned or centred by column. Cells are
`pecah.Paragraf`: a word too wide for its narrow column breaks with a hyphen.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from iki_desktop.domain.nip import format_nip
from iki_desktop.domain.perjanjian import Pihak
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.pecah import Paragraf
from iki_desktop.printing.tabel import TabelGrup, _Grup
from iki_desktop.printing.tahan import Penutup

_HEADER_BG = Color(0.88, 0.88, 0.88)
_GARIS = 0.6
_NO_W = 9 * mm


@dataclass(frozen=True)
class KolomCetak:
    judul: str
    bobot: float  # relative width; "no" columns use a fixed width (bobot 0)
    rata: str = "kiri"  # kiri | tengah | kanan


def _lebar(kolom: list[KolomCetak], lebar: float, gaya: Gaya) -> list[float]:
    """Widths by weight, widened where a heading word ("SATUAN", "PENANGGUNG") would
    otherwise be hyphenated; the room is taken from the columns that have it to spare."""
    tetap = sum(_NO_W for k in kolom if k.bobot == 0)
    total = sum(k.bobot for k in kolom) or 1.0
    sisa = max(lebar - tetap, 10.0)
    w = [_NO_W if k.bobot == 0 else sisa * k.bobot / total for k in kolom]
    st = gaya.sel_kepala
    minimum = [
        max((stringWidth(x, st.fontName, st.fontSize) for x in k.judul.split()), default=0) + 7
        if k.bobot
        else _NO_W
        for k in kolom
    ]
    kurang = sum(max(0.0, mn - x) for x, mn in zip(w, minimum, strict=True))
    ruang = [max(0.0, x - mn) for x, mn in zip(w, minimum, strict=True)]
    if kurang <= 0 or sum(ruang) < kurang:
        return w
    w = [max(x, mn) for x, mn in zip(w, minimum, strict=True)]
    return [x - kurang * r / sum(ruang) for x, r in zip(w, ruang, strict=True)]


def _sel(teks: str, k: KolomCetak, gaya: Gaya) -> Paragraf | str:
    if not teks.strip():
        return ""
    gaya_sel = {"kiri": gaya.sel, "tengah": gaya.sel_tengah, "kanan": gaya.sel_tengah}[k.rata]
    return Paragraf(markup(teks.strip()).replace("\n", "<br/>"), gaya_sel)


def tabel_grup(
    kolom: list[KolomCetak],
    grup: list[list[list[str]]],
    gaya: Gaya,
    lebar: float,
    *,
    kolom_grup: int = 2,
    baris_akhir: list[str] | None = None,
) -> Table:
    """A table whose first `kolom_grup` columns belong to a group of rows (no, sasaran).

    grup: per group its rows; the group columns are read from the group's first row.
    baris_akhir: an optional closing row (e.g. the JUMLAH of a budget), bold.
    """
    widths = _lebar(kolom, lebar, gaya)
    data: list[list[object]] = [[Paragraf(markup(k.judul), gaya.sel_kepala) for k in kolom]]
    ends: list[int] = []
    grup_baris: list[_Grup | None] = []
    for rows in grup:
        kelompok = _Grup(rows[0][1] if rows and len(rows[0]) > 1 else "")
        for n, row in enumerate(rows or [[""] * len(kolom)]):
            grup_baris.append(kelompok)
            data.append(
                [
                    "" if c < kolom_grup and n > 0 else _sel(row[c], kolom[c], gaya)
                    for c in range(len(kolom))
                ]
            )
        ends.append(len(data) - 1)
    if len(data) == 1:
        data.append([""] * len(kolom))
        ends.append(1)
        grup_baris.append(None)
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("BOX", (0, 0), (-1, -1), _GARIS, "black"),
        ("LINEAFTER", (0, 0), (-2, -1), _GARIS, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), _GARIS, "black"),
    ]
    start = 1
    for end in ends:
        if end > start and kolom_grup < len(kolom):
            style.append(("LINEBELOW", (kolom_grup, start), (-1, end - 1), _GARIS, "black"))
        style.append(("LINEBELOW", (0, end), (-1, end), _GARIS, "black"))
        start = end + 1
    if baris_akhir is not None:
        data.append(
            [
                Paragraf(f"<b>{markup(t)}</b>", gaya.sel_tengah) if t.strip() else ""
                for t in baris_akhir
            ]
        )
        grup_baris.append(None)
    tiga_baris = 3 * gaya.sel.leading
    table = TabelGrup(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=0,
        splitInRow=tiga_baris,
        style=style,
        hAlign="LEFT",
    )
    # A group continued on the next page shows "(lanjutan) <sasaran>" (printing.tabel).
    table.grup_baris = grup_baris
    table.potong_min = tiga_baris
    table.kolom_grup = 1 if kolom_grup >= 2 else None
    table.lanjutan = None
    table._gaya_lanjutan = (gaya.sel_lanjutan.fontName, gaya.sel_lanjutan.fontSize)
    return table


def judul(baris: list[str], gaya: Gaya) -> list[Flowable]:
    return [Paragraf(markup(x), gaya.judul) for x in baris if x.strip()] + [Spacer(1, 5 * mm)]


def kolom_ttd(label: str, pihak: Pihak, gaya: Gaya) -> list[Flowable]:
    """'PIHAK KEDUA,' / jabatan / space / name / pangkat / NIP, centred."""
    out: list[Flowable] = []
    if label:
        out.append(Paragraf(markup(label), gaya.tengah))
    out.append(Paragraf(markup(pihak.jabatan.strip().upper() + ","), gaya.tengah))
    out.append(Spacer(1, 22 * mm))
    nama = markup(pihak.pejabat.nama.strip()) or "&nbsp;" * 40
    out.append(Paragraf(f"<b><u>{nama}</u></b>", gaya.tengah))
    if pihak.pejabat.pangkat.strip():
        out.append(Paragraf(markup(pihak.pejabat.pangkat.strip()), gaya.tengah))
    if pihak.pejabat.nip.strip():
        out.append(Paragraf(markup("NIP. " + format_nip(pihak.pejabat.nip)), gaya.tengah))
    return out


def _tanpa_bingkai(data: list[list[object]], widths: list[float]) -> Table:
    return Table(
        data,
        colWidths=widths,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        hAlign="LEFT",
    )


def dua_ttd(
    kedua: Pihak, pertama: Pihak, tempat_tanggal: str, gaya: Gaya, lebar: float
) -> list[Flowable]:
    """Pihak kedua on the left, pihak pertama on the right under the place and date."""
    kolom = lebar / 2
    kanan: list[Flowable] = [Paragraf(markup(tempat_tanggal), gaya.tengah)]
    kanan += kolom_ttd("PIHAK PERTAMA,", pertama, gaya)
    kiri: list[Flowable] = [Paragraf("&nbsp;", gaya.tengah)]
    kiri += kolom_ttd("PIHAK KEDUA,", kedua, gaya)
    return [Spacer(1, 6 * mm), _tanpa_bingkai([[kiri, kanan]], [kolom, kolom])]


def berdampingan(
    kiri: list[Flowable], pihak: Pihak, tempat_tanggal: str, gaya: Gaya, lebar: float
) -> list[Flowable]:
    """Something (e.g. the predikat scale) on the left, the signature on the right, kept
    on one page, so a signature never stands alone on a page of its own."""
    kolom = min(lebar * 0.42, 95 * mm)
    ttd: list[Flowable] = [Paragraf(markup(tempat_tanggal), gaya.tengah)]
    ttd += kolom_ttd("", pihak, gaya)
    return [Spacer(1, 4 * mm), _tanpa_bingkai([[kiri, ttd]], [lebar - kolom, kolom])]


def satu_ttd(pihak: Pihak, tempat_tanggal: str, gaya: Gaya, lebar: float) -> list[Flowable]:
    kolom = min(lebar * 0.5, 95 * mm)
    isi: list[Flowable] = [Paragraf(markup(tempat_tanggal), gaya.tengah)]
    isi += kolom_ttd("", pihak, gaya)
    return [Spacer(1, 6 * mm), _tanpa_bingkai([["", isi]], [lebar - kolom, kolom])]


def dengan_ttd(tabel: Flowable, ttd: list[Flowable], gaya: Gaya, tinggi: float) -> Flowable:
    """The table with its signature on the same page: the signature never stands alone,
    the rows carried over with it fill at least a quarter page (printing.tahan)."""
    return Penutup(
        tabel, ttd, isi_min=3 * gaya.sel.leading, halaman_min=tinggi / 4, tinggi_frame=tinggi
    )
