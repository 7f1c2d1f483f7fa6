"""The one place that writes text into cells, plus the shared look of our sheets.

`tulis_teks` forces the string type, so a value such as "=HYPERLINK(...)", "+1",
"-2" or "@SUM(A1)" is stored as text and never becomes a formula in Excel or
LibreOffice. Every text write in `spreadsheet/` goes through it. A text with
`<i>…</i>` marks (domain.penekanan) is written as rich text with real italic runs,
and `teks_sel` reads such a cell back into the marks.
"""

from __future__ import annotations

import math
import re

from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from iki_desktop.domain.penekanan import BUKA, bagi_penekanan, dari_potongan

# Characters XML 1.0 cannot hold; openpyxl raises on them, so they are dropped.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
BATAS_SEL = 32767  # Excel's limit of characters in one cell

GARIS_TIPIS = Side(style="thin", color="000000")
BINGKAI = Border(left=GARIS_TIPIS, right=GARIS_TIPIS, top=GARIS_TIPIS, bottom=GARIS_TIPIS)
ISIAN_JUDUL_KOLOM = PatternFill("solid", fgColor="D9D9D9")

RATA_ATAS = Alignment(wrap_text=True, vertical="top", horizontal="left")
RATA_TENGAH = Alignment(wrap_text=True, vertical="center", horizontal="center")
RATA_ATAS_TENGAH = Alignment(wrap_text=True, vertical="top", horizontal="center")

NAMA_HURUF = "Arial"
UKURAN_HURUF = 10.0
TINGGI_BARIS_PT = 13.0  # one wrapped line of 10 pt text


def bersihkan(teks: str) -> str:
    return _ILLEGAL.sub("", teks)


def tulis_teks(
    ws: Worksheet,
    row: int,
    col: int,
    teks: str | None,
    *,
    tebal: bool = False,
    ukuran: float | None = None,
    rata: Alignment | None = RATA_ATAS,
    bingkai: bool = False,
) -> Cell:
    """Write `teks` as a string cell (never a formula, number or date)."""
    cell = ws.cell(row=row, column=col)
    value = bersihkan(str(teks or ""))
    if len(value) > BATAS_SEL:
        value = value[:BATAS_SEL]
    potongan = bagi_penekanan(value) if BUKA in value else [(False, value)]
    if any(italic for italic, _ in potongan):
        # Italics of foreign terms (<i>…</i>, domain.penekanan) as real italic runs.
        def blok(italic: bool, teks: str) -> TextBlock:
            huruf = InlineFont(rFont=NAMA_HURUF, sz=ukuran or UKURAN_HURUF, b=tebal, i=italic)
            return TextBlock(huruf, teks)

        cell.value = CellRichText([blok(i, t) for i, t in potongan if t])
    elif value:
        cell.value = value
        # openpyxl would store a leading "=" as a formula; force the shared-string type.
        cell.data_type = "s"
    else:
        cell.value = None
    cell.font = Font(name=NAMA_HURUF, size=ukuran or UKURAN_HURUF, bold=tebal)
    if rata is not None:
        cell.alignment = rata
    if bingkai:
        cell.border = BINGKAI
    return cell


def teks_sel(value: object) -> str:
    """A cell's text; italic runs of a rich-text cell come back as <i>…</i>."""
    if value is None:
        return ""
    if isinstance(value, CellRichText):
        return dari_potongan(
            (bool(getattr(getattr(b, "font", None), "i", False)), str(b)) for b in value
        )
    return str(value)


def bingkai_rentang(ws: Worksheet, row1: int, col1: int, row2: int, col2: int) -> None:
    for r in range(row1, row2 + 1):
        for c in range(col1, col2 + 1):
            ws.cell(row=r, column=c).border = BINGKAI


def gabung(ws: Worksheet, row1: int, col1: int, row2: int, col2: int) -> None:
    if row1 == row2 and col1 == col2:
        return
    ws.merge_cells(start_row=row1, start_column=col1, end_row=row2, end_column=col2)


def atur_lebar(ws: Worksheet, lebar: list[float]) -> None:
    for i, w in enumerate(lebar, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def jumlah_baris(teks: str, lebar_kolom: float, ukuran: float = UKURAN_HURUF) -> int:
    """Estimate how many wrapped lines `teks` needs in a column `lebar_kolom` characters wide.

    Column width is measured in '0' characters of the default 11 pt font; average text
    in Arial 10 fits about 1.1 characters per unit. A little pessimism is better than
    clipped text on paper.
    """
    if not teks:
        return 1
    per_baris = max(1, int(lebar_kolom * 1.05 * (UKURAN_HURUF / ukuran)) - 1)
    total = 0
    for paragraf in teks.split("\n"):
        total += max(1, math.ceil(len(paragraf) / per_baris))
    return total


def tinggi_untuk(baris: int, ukuran: float = UKURAN_HURUF) -> float:
    return round(baris * TINGGI_BARIS_PT * (ukuran / UKURAN_HURUF) + 4, 1)
