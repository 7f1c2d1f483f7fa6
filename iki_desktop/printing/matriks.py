"""The Matriks Penjenjangan Kinerja: the cascade as a table, one column pair per level.

    | CAMAT               | SEKRETARIS / KASI / LURAH | SUBBAGIAN / PELAKSANA |
    | Sasaran | Indikator | Sasaran | Indikator       | Sasaran | Indikator   |

Every sasaran cell starts with its penanggung jawab (the jabatan) in bold. A level-1
or level-2 cell is printed once, at the top of the rows that support it, with no line
under it until its block ends, so the table splits between any two rows (no tall
spanned cell that could not fit a page); the heading repeats on every page.
The head's own sasaran (the Camat's IKI) stand beside the IKU they mirror.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color, black
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from iki_desktop.domain.model import Dokumen, Instansi, JenisInstansi, Sasaran
from iki_desktop.domain.pohon_kinerja import Simpul, pohon_kinerja, tingkat
from iki_desktop.domain.tautan import kepala
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.potong import gaya_kotak, pas_kata

UKURAN = 7.5
_KEPALA = 2  # heading rows, repeated on every page
ABU = Color(0.88, 0.88, 0.88)
Isi = list[Flowable] | str
Baris = list[Isi]


def _judul_kolom(instansi: Instansi) -> tuple[str, str, str]:
    if instansi.jenis is JenisInstansi.KELURAHAN:
        return ("LURAH", "SEKRETARIS / KEPALA SEKSI", "PELAKSANA")
    return ("CAMAT", "SEKRETARIS / KEPALA SEKSI / LURAH", "KEPALA SUBBAGIAN / PELAKSANA")


class _Sel:
    def __init__(self, gaya: Gaya, lebar: float) -> None:
        self.kepala, self.teks, self.kecil = gaya_kotak(gaya, UKURAN)
        self.dalam = lebar - 4  # minus the cell padding

    def p(self, teks: str, st: object) -> Paragraph:
        return Paragraph(markup(pas_kata(teks, st.fontName, st.fontSize, self.dalam)), st)  # type: ignore[attr-defined]

    def sasaran(self, pj: str, s: Sasaran, tertaut: bool = True) -> list[Flowable]:
        out: list[Flowable] = [self.p(pj, self.kepala), self.p(s.teks, self.teks)]
        if not tertaut:
            out.append(self.p("(belum ditautkan)", self.kecil))
        return out

    def indikator(self, s: Sasaran) -> list[Flowable]:
        return [self.p(f"{n}. {i.teks}", self.teks) for n, i in enumerate(s.indikator, 1)]


def _turunan(n: Simpul) -> list[Simpul]:
    out: list[Simpul] = []
    for a in n.anak:
        out += [a, *_turunan(a)]
    return out


def _tingkat2(dok: Dokumen, n: Simpul) -> list[Simpul]:
    """The level-2 nodes under a level-1 node, looking through the head's own sasaran."""
    out: list[Simpul] = []
    for a in n.anak:
        out += _tingkat2(dok, a) if tingkat(dok, a.jabatan) == 1 else [a]
    return out


def _pasangan(sel: _Sel, n: Simpul | None, pj: str | None = None) -> list[Isi]:
    if n is None:
        return ["", ""]
    return [sel.sasaran(pj or n.pemilik, n.sasaran, n.tertaut), sel.indikator(n.sasaran)]


# Per table row: makers of the level-1 and level-2 cell pairs the row belongs to (None
# for the heading rows), so that a continuation page can repeat them.
Pemilik = tuple[Callable[[], list[Isi]] | None, Callable[[], list[Isi]] | None] | None


def _baris_akar(
    dok: Dokumen, akar: Simpul, sel: _Sel, kepala_iku: str
) -> tuple[list[Baris], list[int], list[Pemilik]]:
    """Rows of one level-1 block, the row numbers where a level-2 block starts, and the
    upper-level cells each row belongs to."""
    pj = kepala_iku if akar.jabatan is None else None

    def buat1() -> list[Isi]:
        return _pasangan(sel, akar, pj)

    kiri = buat1()
    rows: list[Baris] = []
    mulai2: list[int] = []
    pemilik: list[Pemilik] = []
    tingkat2: list[Simpul | None] = [*_tingkat2(dok, akar)] or [None]
    for n2 in tingkat2:
        bawah: list[Simpul | None] = [*_turunan(n2)] if n2 is not None else []
        mulai2.append(len(rows))
        kosong: list[Isi] = ["", ""]
        buat2 = None if n2 is None else (lambda n2=n2: _pasangan(sel, n2))
        for i, n3 in enumerate(bawah or [None]):
            baris: Baris = kiri if not rows else kosong
            baris = baris + (_pasangan(sel, n2) if i == 0 else kosong) + _pasangan(sel, n3)
            rows.append(baris)
            pemilik.append((buat1, buat2))
    return rows, mulai2, pemilik


class TabelMatriks(Table):
    """The matriks table: a part that starts inside a block repeats, on its first row,
    the level-1 and level-2 cells of that block under a grey "(lanjutan)"."""

    pemilik: list[Pemilik]
    tanda: ParagraphStyle

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        pemilik = getattr(self, "pemilik", None)
        if len(parts) != 2 or pemilik is None:
            return parts
        top, rest = parts
        n_top = len(top._cellvalues)  # type: ignore[attr-defined]
        for part, sub in ((top, pemilik[:n_top]), (rest, pemilik[:_KEPALA] + pemilik[n_top:])):
            part.pemilik = sub  # type: ignore[attr-defined]
            part.tanda = self.tanda  # type: ignore[attr-defined]
        milik = pemilik[n_top] if n_top < len(pemilik) else None
        if milik is None:
            return parts
        baris = rest._cellvalues[_KEPALA]  # type: ignore[attr-defined]
        for kolom, buat in ((0, milik[0]), (2, milik[1])):
            if buat is None or baris[kolom] or baris[kolom + 1]:
                continue
            sasaran, indikator = buat()
            tanda = Paragraph("(lanjutan)", self.tanda)
            baris[kolom] = [tanda, *sasaran] if isinstance(sasaran, list) else sasaran
            baris[kolom + 1] = indikator
        return [top, rest]


def tabel_matriks(instansi: Instansi, dok: Dokumen, gaya: Gaya, lebar: float) -> list[Flowable]:
    """The heading and the table (empty list when there is no sasaran at all)."""
    akar = [a for a in pohon_kinerja(dok) if a.tertaut or a.anak or tingkat(dok, a.jabatan) == 1]
    if not akar:
        return []
    w = lebar / 6
    sel = _Sel(gaya, w)
    # The IKU is the head's: its jabatan name when the head is listed, else "Camat"/"Lurah".
    k = kepala(dok)
    kepala_iku = k.nama if k is not None else instansi.jenis.kepala
    j1, j2, j3 = _judul_kolom(instansi)
    kepala_st = gaya_kotak(gaya, UKURAN)[0]
    rows: list[Baris] = [
        [sel.p(j1, kepala_st), "", sel.p(j2, kepala_st), "", sel.p(j3, kepala_st), ""],
        [sel.p(t, kepala_st) for t in ["SASARAN", "INDIKATOR KINERJA"] * 3],  # type: ignore[misc]
    ]
    gaya_tabel: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (2, 0), (3, 0)),
        ("SPAN", (4, 0), (5, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), ABU),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("BOX", (0, 0), (-1, -1), 0.6, black),
        ("INNERGRID", (0, 0), (-1, 1), 0.5, black),
        ("LINEBEFORE", (1, 2), (-1, -1), 0.5, black),
        # A page break inside a block still closes the table on that page.
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.6, black),
    ]
    pemilik: list[Pemilik] = [None] * _KEPALA
    for a in akar:
        blok, mulai2, milik = _baris_akar(dok, a, sel, kepala_iku)
        pemilik += milik
        awal = len(rows)
        gaya_tabel.append(("LINEABOVE", (0, awal), (-1, awal), 0.5, black))
        for m in mulai2:
            gaya_tabel.append(("LINEABOVE", (2, awal + m), (-1, awal + m), 0.5, black))
        for r in range(len(blok)):
            gaya_tabel.append(("LINEABOVE", (4, awal + r), (-1, awal + r), 0.5, black))
        rows += blok
    judul = Paragraph(
        markup(
            f"MATRIKS PENJENJANGAN KINERJA {instansi.nama_lengkap.upper()} "
            f"TAHUN {dok.periode or dok.tahun}"
        ),
        # Space above when it follows the diagram on the same page (none at a page top).
        ParagraphStyle("judul-matriks", parent=gaya.judul, spaceBefore=6 * mm),
    )
    tabel = TabelMatriks(rows, colWidths=[w] * 6, repeatRows=_KEPALA, style=gaya_tabel)
    tabel.pemilik = pemilik
    tabel.tanda = ParagraphStyle(
        "matriks-lanjutan",
        parent=sel.kecil,
        fontName=gaya.huruf.italic,
        textColor=Color(0.42, 0.42, 0.42),
    )
    return [judul, tabel]
