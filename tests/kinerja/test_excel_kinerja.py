"""Excel export carries targets, TW targets and realisasi; edits there come back."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import baca_xlsx
from iki_desktop.spreadsheet.layout_kinerja import LEMBAR_TARGET
from tests.kinerja.bantu import dokumen_bertarget, isi, semua_indikator


def _sel(ws: openpyxl.worksheet.worksheet.Worksheet, judul: str) -> int:
    for row in ws.iter_rows(min_row=1, max_row=6):
        for c in row:
            if c.value == judul:
                return int(c.column)
    raise AssertionError(judul)


def test_export_shows_every_target_and_round_trips(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    path = export_xlsx(instansi, dok, tmp_path / "iki.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[LEMBAR_TARGET]
    teks = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    for ind in semua_indikator(dok):
        assert ind.teks in teks and ind.kinerja.target in teks
        assert all(t in teks for t in ind.kinerja.target_tw if t)
        assert all(r in teks for r in ind.realisasi if r)
    hasil = baca_xlsx(path)
    assert isi(hasil.dokumen) == isi(dok) and not hasil.perubahan


def test_targets_typed_in_excel_are_imported(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    path = export_xlsx(instansi, dok, tmp_path / "iki.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[LEMBAR_TARGET]
    kol_target = _sel(ws, "TARGET")
    kol_tw2 = _sel(ws, "TARGET TW II")
    kol_real4 = _sel(ws, "REALISASI TW IV")
    pertama = semua_indikator(dok)[0]
    baris = next(
        c.row for row in ws.iter_rows() for c in row if c.value == pertama.teks and c.column == 4
    )
    ws.cell(baris, kol_target).value = "88,8"
    ws.cell(baris, kol_tw2).value = "44"
    ws.cell(baris, kol_real4).value = "90"
    wb.save(path)
    hasil = baca_xlsx(path)
    baru = semua_indikator(hasil.dokumen)[0]
    assert baru.kinerja.target == "88,8" and baru.kinerja.target_tw[1] == "44"
    assert baru.realisasi[3] == "90" and len(hasil.perubahan) == 3
