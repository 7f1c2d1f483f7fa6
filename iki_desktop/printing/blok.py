"""Building blocks shared by the Keputusan and the Lampiran pages.

`tabel_label` lays out "Label : text" rows (Menimbang, Mengingat, JABATAN, TUGAS,
FUNGSI, NOMOR …) with every colon in one column and list items hanging after it.
`blok_ttd` is the signature block.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from iki_desktop.domain.model import AwalanTtd, Keputusan, Penandatangan
from iki_desktop.domain.nip import format_nip
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.printing.escape import markup
from iki_desktop.printing.formula import daftar
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.tahan import TabelAman

_TITIK_DUA_W = 4 * mm

_TABEL_LABEL_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)


@dataclass
class Baris:
    """One row of a label table; `isi` are flowables for the text column."""

    label: str = ""
    isi: list[Flowable] = field(default_factory=list)
    titik_dua: bool = True


def lebar_label(labels: list[str], gaya: Gaya, minimum_mm: float = 0.0) -> float:
    widest = max((stringWidth(x, gaya.huruf.regular, gaya.ukuran) for x in labels), default=0.0)
    return max(widest + 2 * mm, minimum_mm * mm)


def tabel_label(
    baris: list[Baris], gaya: Gaya, lebar: float, label_w: float, *, spasi: float = 2.0
) -> Table:
    """Label | ":" | text rows; long texts wrap under the text, rows split across pages."""
    data: list[list[object]] = []
    for b in baris:
        label = Paragraph(markup(b.label), gaya.kiri) if b.label else ""
        colon = ":" if b.titik_dua and b.label else ""
        data.append([label, colon, b.isi or ""])
    table = TabelAman(
        data,
        colWidths=[label_w, _TITIK_DUA_W, lebar - label_w - _TITIK_DUA_W],
        splitInRow=1,
        style=_TABEL_LABEL_STYLE,
        hAlign="LEFT",
    )
    # A paragraph cut across pages keeps three lines on each side.
    table.potong_min = 3 * gaya.teks.leading + spasi
    if spasi:
        table.setStyle([("BOTTOMPADDING", (0, 0), (-1, -1), spasi)])
    table.setStyle([("FONT", (1, 0), (1, -1), gaya.huruf.regular, gaya.ukuran)])
    return table


def butir_gantung(items: list[str], penanda: list[str], gaya: Gaya) -> list[Flowable]:
    """Justified hanging list items for the text column of a label table."""
    return daftar(items, penanda, gaya.teks)


def _baris_ttd(penandatangan: Penandatangan, gaya: Gaya) -> list[Flowable]:
    out: list[Flowable] = []
    awalan = penandatangan.awalan
    jabatan = penandatangan.jabatan.strip()
    if awalan is AwalanTtd.AN:
        out.append(Paragraph(markup(f"a.n. {jabatan}".strip()), gaya.tengah))
        if penandatangan.atas_nama.strip():
            out.append(Paragraph(markup(penandatangan.atas_nama.strip() + ","), gaya.tengah))
    elif awalan is not AwalanTtd.TIDAK_ADA:
        out.append(Paragraph(markup(f"{awalan.value} {jabatan},"), gaya.tengah))
    else:
        out.append(Paragraph(markup(jabatan + ","), gaya.tengah))
    out.append(Spacer(1, 22 * mm))
    pejabat = penandatangan.pejabat
    nama = markup(pejabat.nama.strip()) or "&nbsp;" * 40
    out.append(Paragraph(f"<b><u>{nama}</u></b>", gaya.tengah))
    if pejabat.pangkat.strip():
        out.append(Paragraph(markup(pejabat.pangkat.strip()), gaya.tengah))
    if pejabat.nip.strip():
        out.append(Paragraph(markup("NIP. " + format_nip(pejabat.nip)), gaya.tengah))
    return out


def blok_ttd(keputusan: Keputusan, gaya: Gaya, lebar: float, *, tempat_tanggal: bool) -> Flowable:
    """Signature block in the right half of the text width, kept on one page."""
    return KeepTogether(bagian_ttd(keputusan, gaya, lebar, tempat_tanggal=tempat_tanggal))


def bagian_ttd(
    keputusan: Keputusan, gaya: Gaya, lebar: float, *, tempat_tanggal: bool
) -> list[Flowable]:
    """The Keputusan's signature block as [space above, block] (a `Penutup` tail)."""
    kepala: list[Flowable] = []
    if tempat_tanggal:
        kepala = _ditetapkan(keputusan.tempat, keputusan.tanggal, gaya, lebar)
    return ttd(keputusan.penandatangan, gaya, lebar, kepala)


def _ditetapkan(tempat: str, tanggal: dt.date | None, gaya: Gaya, lebar: float) -> list[Flowable]:
    """'Ditetapkan di … / pada tanggal …' over a rule, in the signature column."""
    kolom = min(lebar * 0.5, 95 * mm)
    label_w = lebar_label(["Ditetapkan di", "pada tanggal"], gaya)
    rows = [
        Baris("Ditetapkan di", [Paragraph(markup(tempat), gaya.kiri)]),
        Baris("pada tanggal", [Paragraph(markup(format_tanggal(tanggal)), gaya.kiri)]),
    ]
    tt = tabel_label(rows, gaya, kolom, label_w, spasi=1)
    tt.setStyle([("LINEBELOW", (0, -1), (-1, -1), 0.6, "black")])
    return [tt, Spacer(1, 3 * mm)]


def ttd_tempat(
    tempat: str,
    tanggal: dt.date | None,
    penandatangan: Penandatangan,
    gaya: Gaya,
    lebar: float,
    *,
    ditetapkan: bool = False,
) -> list[Flowable]:
    """A signature under "Sukamaju, 19 Januari 2019" (IKU/IKI signed at the end), or
    under "Ditetapkan di … / pada tanggal …" when `ditetapkan`."""
    if ditetapkan:
        return ttd(penandatangan, gaya, lebar, _ditetapkan(tempat, tanggal, gaya, lebar))
    baris = ", ".join(x for x in (tempat.strip(), format_tanggal(tanggal)) if x)
    kepala: list[Flowable] = [Paragraph(markup(baris), gaya.tengah)] if baris else []
    return ttd(penandatangan, gaya, lebar, kepala)


def ttd(
    penandatangan: Penandatangan, gaya: Gaya, lebar: float, kepala: list[Flowable]
) -> list[Flowable]:
    """[space above, block]: `kepala` and the signer, in the right half of the width."""
    kolom = min(lebar * 0.5, 95 * mm)
    isi = kepala + _baris_ttd(penandatangan, gaya)
    inner = Table(
        [[x] for x in isi],
        colWidths=[kolom],
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    outer = Table(
        [["", inner]],
        colWidths=[lebar - kolom, kolom],
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        hAlign="LEFT",
    )
    return [Spacer(1, 6 * mm), outer]
