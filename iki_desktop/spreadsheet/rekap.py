"""The kabupaten's rekap as an Excel sheet: one row per office, filter on every column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from iki_desktop.domain.errors import IkiError
from iki_desktop.spreadsheet.cells import (
    ISIAN_JUDUL_KOLOM,
    NAMA_HURUF,
    RATA_TENGAH,
    atur_lebar,
    tulis_teks,
)
from iki_desktop.store.rekap import KOLOM, BarisRekap, nilai_baris

_LEBAR = [30, 12, 18, 28, 22, 60, 10, 10, 10, 12]


def ekspor_rekap(baris: list[BarisRekap], tujuan: str | Path, judul: str = "Rekap") -> Path:
    """Write the rekap; numbers stay numbers so Excel can sum and sort them."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Rekap"
    tulis_teks(ws, 1, 1, judul, tebal=True, ukuran=12, rata=None)
    for c, nama in enumerate(KOLOM, 1):
        cell = tulis_teks(ws, 3, c, nama, tebal=True, rata=RATA_TENGAH, bingkai=True)
        cell.fill = ISIAN_JUDUL_KOLOM
    for r, b in enumerate(baris, 4):
        for c, nilai in enumerate(nilai_baris(b), 1):
            if isinstance(nilai, int):
                cell = ws.cell(row=r, column=c, value=nilai)
                cell.font = Font(name=NAMA_HURUF, size=10)
            else:
                tulis_teks(ws, r, c, nilai, bingkai=False)
    atur_lebar(ws, [float(x) for x in _LEBAR])
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{chr(ord('A') + len(KOLOM) - 1)}{max(3, len(baris) + 3)}"
    tujuan = Path(tujuan)
    try:
        wb.save(tujuan)
    except OSError as exc:
        raise IkiError(f"Rekap tidak dapat disimpan ke {tujuan} ({exc.strerror or exc}).") from exc
    return tujuan
