"""IKU and IKI tables, the cascading table and the JABATAN/TUGAS/FUNGSI block.

A sasaran must read as one merged cell over its indikator rows, also when the group
crosses a page. reportlab cannot split a SPAN, so the look is drawn with lines: the
sasaran text sits in the group's first row and the sasaran/no columns get no rule
between the rows of one group. When a group continues on a new page, the first row
there shows a one-line grey italic "(lanjutan) <start of sasaran>…" in the sasaran
cell, so a reader of that page alone still knows which sasaran the rows belong to;
the cell stays visually open because the page-bottom rule closes the table box only.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from iki_desktop.domain.kolom_kinerja import nilai_kolom
from iki_desktop.domain.model import (
    Cascading,
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Kolom,
    Sasaran,
)
from iki_desktop.domain.penekanan import teks_polos
from iki_desktop.domain.penomoran import penanda
from iki_desktop.printing import fonts
from iki_desktop.printing.blok import Baris, butir_gantung, lebar_label, tabel_label
from iki_desktop.printing.escape import markup
from iki_desktop.printing.formula import formula_flowables, teks_atau_daftar
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.grup import garis_grup, susun_grup
from iki_desktop.printing.pecah import Paragraf
from iki_desktop.printing.tahan import TabelAman

# Relative column widths; "no" has a fixed width.
_BOBOT = {
    "sasaran": 2.2,
    "indikator": 2.2,
    "satuan": 0.9,
    "formula": 3.0,
    "sumber_data": 1.6,
    "penanggung_jawab": 1.4,
    "catatan": 1.4,
    "target": 0.8,
    "baseline": 0.8,
    "target_tw1": 0.6,
    "target_tw2": 0.6,
    "target_tw3": 0.6,
    "target_tw4": 0.6,
}
_NO_W = 9 * mm
_HEADER_BG = Color(0.88, 0.88, 0.88)
PADDING_SEL = 5.5  # top + bottom padding of an indicator cell
_GARIS = 0.6


@dataclass(frozen=True)
class _Grup:
    """Which sasaran group a data row belongs to (rows of one group share the object)."""

    teks: str


class TabelGrup(TabelAman):
    """A Table that knows the sasaran group of each data row.

    When the table splits across pages, the part that starts inside a group draws a
    one-line grey italic "(lanjutan) <sasaran>…" in that group's empty sasaran cell.
    reportlab builds the split parts through `self.__class__` with its own arguments,
    so the row map is handed on in `split()`.
    """

    grup_baris: list[_Grup | None]
    kolom_grup: int | None
    lanjutan: _Grup | None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        rows = getattr(self, "grup_baris", None)
        if len(parts) != 2 or rows is None:
            return parts
        top, rest = parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        n_top = len(top._cellvalues) - header  # type: ignore[attr-defined]
        n_rest = len(rest._cellvalues) - header  # type: ignore[attr-defined]
        in_row = n_top + n_rest == len(rows) + 1  # the row at the cut is in both parts
        for part, sub in ((top, rows[:n_top]), (rest, rows[n_top - 1 if in_row else n_top :])):
            part.grup_baris = sub  # type: ignore[attr-defined]
            part.kolom_grup = self.kolom_grup  # type: ignore[attr-defined]
            part.lanjutan = None  # type: ignore[attr-defined]
            part._gaya_lanjutan = self._gaya_lanjutan  # type: ignore[attr-defined]
        top.lanjutan = getattr(self, "lanjutan", None)  # type: ignore[attr-defined]
        first = rows[n_top - 1 if in_row else n_top] if rows else None
        if first is not None and n_top >= 1 and rows[n_top - 1] is first:
            cell = rest._cellvalues[header][self.kolom_grup] if self.kolom_grup is not None else ""  # type: ignore[attr-defined]
            if not _ada_teks(cell):
                rest.lanjutan = first  # type: ignore[attr-defined]
            else:
                self._awali_lanjutan(rest, header)
        return [top, rest]

    def _awali_lanjutan(self, rest: Table, header: int) -> None:
        """The sasaran text continues on this page: put a grey "(lanjutan)" above it."""
        col = self.kolom_grup
        assert col is not None
        font, size = self._gaya_lanjutan
        tanda = Paragraph(
            f'<font name="{font}" size="{size}" color="#707070">(lanjutan)</font>',
            ParagraphStyle("lanjutan", fontName=font, fontSize=size, leading=size * 1.2),
        )
        cell = rest._cellvalues[header][col]  # type: ignore[attr-defined]
        isi = list(cell) if isinstance(cell, (list, tuple)) else [cell]
        rest._cellvalues[header][col] = [tanda, *isi]  # type: ignore[attr-defined]
        heights = rest._argH  # type: ignore[attr-defined]
        if heights and heights[header] is not None:
            # An in-row split fixed the height of the piece: make room for the line.
            heights[header] += size * 1.2

    def draw(self) -> None:
        super().draw()
        # Close the table at the page end too; a group that continues stays open only
        # in the sense that its sasaran cell has no rule between its own rows.
        self.canv.setLineWidth(_GARIS)
        self.canv.line(0, 0, self._width, 0)
        grup = getattr(self, "lanjutan", None)
        col = getattr(self, "kolom_grup", None)
        if grup is None or col is None:
            return
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        x0, x1 = self._colpositions[col] + 3, self._colpositions[col + 1] - 3  # type: ignore[attr-defined]
        y_top = self._rowpositions[header]  # type: ignore[attr-defined]
        font, size = self._gaya_lanjutan
        teks = "(lanjutan) " + " ".join(teks_polos(grup.teks).split())
        teks = "".join(ch if fonts.body_has(ch) else "?" for ch in teks)
        if stringWidth(teks, font, size) > x1 - x0:
            # Shortened at a word end, never inside a word.
            words = teks.split()
            while len(words) > 1 and stringWidth(" ".join(words) + "…", font, size) > x1 - x0:
                words.pop()
            teks = " ".join(words) + "…"
        c = self.canv
        c.saveState()
        c.setFillColor(Color(0.42, 0.42, 0.42))
        c.setFont(font, size)
        c.drawString(x0, y_top - 3 - size, teks)
        c.restoreState()

    _gaya_lanjutan: tuple[str, float] = ("Helvetica-Oblique", 8.0)


def _ada_teks(cell: object) -> bool:
    """True when a (split) cell still has content of its own to show."""
    if isinstance(cell, (list, tuple)):
        return any(_ada_teks(x) for x in cell)
    if isinstance(cell, str):
        return bool(cell.strip())
    return cell is not None


def lebar_kolom(
    kolom: list[Kolom], lebar: float, judul: list[str] | None = None, gaya: Gaya | None = None
) -> list[float]:
    """Proportional widths, widened where a heading word would otherwise be cut."""
    fixed = sum(_NO_W for k in kolom if k.kunci == "no")
    total = sum(_BOBOT.get(k.kunci, 1.0) for k in kolom if k.kunci != "no") or 1.0
    rest = max(lebar - fixed, 10.0)
    widths = [_NO_W if k.kunci == "no" else rest * _BOBOT.get(k.kunci, 1.0) / total for k in kolom]
    if judul is None or gaya is None:
        return widths
    style = gaya.sel_kepala
    need = [
        max((stringWidth(w, style.fontName, style.fontSize) for w in _kata_judul(j)), default=0) + 7
        for j in judul
    ]
    short = [max(0.0, n - w) for n, w in zip(need, widths, strict=True)]
    deficit = sum(short)
    if deficit <= 0:
        return widths
    # Take the missing width from the columns that have room to spare.
    spare = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    room = sum(spare)
    if room <= deficit:
        return widths
    return [
        w + s if s > 0 else w - deficit * sp / room
        for w, s, sp in zip(widths, short, spare, strict=True)
    ]


def _kata_judul(judul: str) -> list[str]:
    """Heading words as they may wrap: a slash is a break opportunity."""
    return [part for word in judul.split() for part in word.replace("/", "/ ").split()]


def _markup_judul(judul: str, lebar: float, gaya: Gaya) -> str:
    """Heading markup; a word wider than the column is broken after its slash."""
    style = gaya.sel_kepala
    words = []
    for word in judul.split():
        if "/" in word and stringWidth(word, style.fontName, style.fontSize) > lebar - 6:
            words.append("/<br/>".join(markup(p) for p in word.split("/")))
        else:
            words.append(markup(word))
    return " ".join(words)


def _isi(kunci: str, ind: Indikator | None, gaya: Gaya) -> list[Flowable]:
    if ind is None:
        return []
    if kunci == "indikator":
        return [Paragraf(markup(ind.teks.strip()), gaya.sel)] if ind.teks.strip() else []
    if kunci == "formula":
        return formula_flowables(ind.formula, gaya.sel)
    value = {
        "satuan": ind.satuan,
        "sumber_data": ind.sumber_data,
        "penanggung_jawab": ind.penanggung_jawab,
        "catatan": ind.catatan,
    }.get(kunci)
    if value is None:  # a target column (domain.kolom_kinerja), else unknown: empty
        value = nilai_kolom(ind, kunci) or ""
    return teks_atau_daftar(value, gaya.sel)


_GAYA_TABEL: list[tuple[object, ...]] = [
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


def tabel_indikator(kolom: list[Kolom], sasaran: list[Sasaran], gaya: Gaya, lebar: float) -> Table:
    """The indicator table: header repeated per page, sasaran drawn as open groups."""
    kolom = kolom or [Kolom("sasaran", "SASARAN"), Kolom("indikator", "INDIKATOR")]
    widths = lebar_kolom(kolom, lebar, [k.judul for k in kolom], gaya)
    header = [
        Paragraph(_markup_judul(k.judul, w, gaya), gaya.sel_kepala)
        for k, w in zip(kolom, widths, strict=True)
    ]
    data: list[list[object]] = [header]
    grup_baris: list[_Grup | None] = []
    style = list(_GAYA_TABEL)
    baris_min = gaya.sel.leading

    def isi(kunci: str, ind: Indikator | None) -> list[Flowable]:
        return _isi(kunci, ind, gaya)

    for n, s in enumerate(sasaran, start=1):
        kelompok = _Grup(s.teks)
        rows: list[Indikator | None] = list(s.indikator) or [None]
        kepala: list[Flowable | None] = []
        for k in kolom:
            if k.kunci == "no":
                kepala.append(Paragraph(str(n), gaya.sel_tengah))
            elif k.kunci == "sasaran":
                kepala.append(
                    Paragraf(markup(s.teks.strip()), gaya.sel) if s.teks.strip() else None
                )
        grup = susun_grup(kepala, kolom, widths, rows, isi, baris_min)  # type: ignore[arg-type]
        awal = len(data)
        for sel in grup.sel:
            data.append([x or "" for x in sel])
            grup_baris.append(kelompok)
        # Rules inside the group (none within a run), then across the whole width.
        style += garis_grup(grup, awal, _GARIS)
        style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), _GARIS, "black"))
    if len(data) == 1:
        data.append(["" for _ in kolom])
        grup_baris.append(None)
    tiga_baris = 3 * gaya.sel.leading + PADDING_SEL
    table = TabelGrup(
        data,
        colWidths=widths,
        repeatRows=1,
        # Split inside the row that crosses the page end (as Word does), but never
        # leave a piece shorter than three lines on either page. Trying in-row first
        # matters: a split at a row boundary leaves a gap that the remainder would
        # fill with a repeated header over a sliver of a row.
        splitByRow=0,
        splitInRow=tiga_baris,
        style=style,
        hAlign="LEFT",
    )
    table.grup_baris = grup_baris
    table.potong_min = tiga_baris
    table.kolom_grup = next((i for i, k in enumerate(kolom) if k.kunci == "sasaran"), None)
    table.lanjutan = None
    table._gaya_lanjutan = (gaya.sel_lanjutan.fontName, gaya.sel_lanjutan.fontSize)
    return table


def judul_iku(instansi: Instansi, dokumen: Dokumen, gaya: Gaya) -> list[Flowable]:
    lines = [
        "INDIKATOR KINERJA UTAMA (IKU)",
        instansi.nama_lengkap.upper(),
        f"TAHUN {dokumen.periode or dokumen.tahun}",
    ]
    return [Paragraph(markup(x), gaya.judul) for x in lines] + [Spacer(1, 5 * mm)]


def tabel_cascading(cascading: Cascading, gaya: Gaya, lebar: float) -> list[Flowable]:
    """Alignment table RPJMD -> Renstra -> IKU (seed 001); nothing when empty."""
    if cascading.kosong:
        return []
    out: list[Flowable] = []
    if cascading.judul.strip():
        out.append(Paragraph(markup(cascading.judul.strip()), gaya.judul))
        out.append(Spacer(1, 3 * mm))
    if cascading.visi.strip():
        label_w = lebar_label(["Visi"], gaya, minimum_mm=12)
        visi = [Baris("Visi", [Paragraph(markup(cascading.visi.strip()), gaya.teks)])]
        out += [tabel_label(visi, gaya, lebar, label_w), Spacer(1, 3 * mm)]
    judul = ["Misi", "Tujuan RPJMD", "Sasaran RPJMD", "Tujuan PD", "Sasaran PD", "Indikator PD"]
    data: list[list[object]] = [
        [Paragraf(markup(j), gaya.sel_kepala) for j in judul],
        [Paragraph(f"({i})", gaya.sel_tengah) for i in range(1, 7)],
    ]
    for b in cascading.baris:
        values = (
            b.misi,
            b.tujuan_rpjmd,
            b.sasaran_rpjmd,
            b.tujuan_pd,
            b.sasaran_pd,
            b.indikator_pd,
        )
        data.append([teks_atau_daftar(v, gaya.sel) or "" for v in values])
    out.append(
        Table(
            data,
            colWidths=[lebar / 6] * 6,
            repeatRows=2,
            splitInRow=1,
            style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), _GARIS, "black"),
                ("BACKGROUND", (0, 0), (-1, 1), _HEADER_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ],
            hAlign="LEFT",
        )
    )
    out.append(Spacer(1, 8 * mm))
    return out


def blok_jabatan(jabatan: Jabatan, gaya: Gaya, lebar: float) -> list[Flowable]:
    """INDIKATOR KINERJA INDIVIDU, then JABATAN : / TUGAS : / FUNGSI : with hanging lists."""
    out: list[Flowable] = [Paragraph("INDIKATOR KINERJA INDIVIDU", gaya.judul), Spacer(1, 4 * mm)]
    rows = [Baris("JABATAN", [Paragraph(markup(jabatan.judul.strip()), gaya.teks)])]
    tugas_isi: list[Flowable] = []
    if jabatan.tugas.strip():
        tugas_isi.append(Paragraph(markup(jabatan.tugas.strip()), gaya.teks))
    tugas_butir = [t.strip() for t in jabatan.tugas_butir if t.strip()]
    marks = [penanda(n, jabatan.gaya_tugas) for n in range(1, len(tugas_butir) + 1)]
    tugas_list = butir_gantung(tugas_butir, marks, gaya)
    if tugas_isi or tugas_list:
        # One row per item so that long lists split between items across pages.
        flows = tugas_isi + tugas_list
        rows.append(Baris("TUGAS", [flows[0]]))
        rows += [Baris("", [f], titik_dua=False) for f in flows[1:]]
    fungsi = [f.strip() for f in jabatan.fungsi if f.strip()]
    if fungsi:
        marks = [penanda(n, jabatan.gaya_fungsi) for n in range(1, len(fungsi) + 1)]
        flows = butir_gantung(fungsi, marks, gaya)
        rows.append(Baris("FUNGSI", [flows[0]]))
        rows += [Baris("", [f], titik_dua=False) for f in flows[1:]]
    label_w = lebar_label(["JABATAN", "FUNGSI", "TUGAS"], gaya, minimum_mm=22)
    out.append(tabel_label(rows, gaya, lebar, label_w, spasi=1.5))
    out.append(Spacer(1, 4 * mm))
    return out
