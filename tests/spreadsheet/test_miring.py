"""Italics of foreign terms: read from Word runs, written to Excel as real italic runs,
read back on re-import (an edit made in Excel wins), printed in italics."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText

from iki_desktop.domain.formula import Pecahan
from iki_desktop.printing import build_pdf
from iki_desktop.spreadsheet.cells import teks_sel, tulis_teks
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import baca_xlsx
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama, buat_dokumen, instansi_usulan
from tests.printing import dokumen_uji

KEPALA = ["SASARAN", "INDIKATOR KINERJA", "PENJELASAN/FORMULASI PERHITUNGAN", "SUMBER DATA"]


def _sel(cell: object, potongan: list[tuple[str, bool]]) -> None:
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    for teks, italic in potongan:
        p.add_run(teks).italic = italic


def _docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("INDIKATOR KINERJA INDIVIDU KECAMATAN CONTOH TAHUN 2026")
    d.add_paragraph("JABATAN : Pengadministrasi Umum")
    p = d.add_paragraph("TUGAS : Menyusun laporan absensi dari hasil ")
    p.add_run("fingerprint").italic = True
    p.add_run(" setiap bulan.")
    t = d.add_table(rows=1, cols=4, style="Table Grid")
    for c, teks in zip(t.rows[0].cells, KEPALA, strict=True):
        c.text = teks
    cells = t.add_row().cells
    cells[0].text = "Meningkatnya disiplin pegawai"
    _sel(cells[1], [("Persentase absensi ", False), ("finger", True), ("print", True)])
    _sel(
        cells[2],
        [
            ("Jumlah paket ", False),
            ("e-Purchasing ", True),
            ("selesai / Jumlah paket x 100%", False),
        ],
    )
    _sel(cells[3], [("Laporan absensi bulanan", True)])  # a whole cell in italics: a style
    d.save(str(path))
    return path


def test_word_italic_runs_become_marks_and_print_italic(tmp_path: Path) -> None:
    pratinjau = baca_dokumen_lama(_docx(tmp_path / "miring-2026.docx"))
    dok = buat_dokumen(pratinjau)
    jab = dok.jabatan[0]
    assert jab.tugas == "Menyusun laporan absensi dari hasil <i>fingerprint</i> setiap bulan."
    ind = jab.sasaran[0].indikator[0]
    assert ind.teks == "Persentase absensi <i>fingerprint</i>"
    # The mark does not disturb the fraction: "</i>" holds no division.
    assert ind.formula.bagian == [
        Pecahan("Jumlah paket <i>e-Purchasing</i> selesai", "Jumlah paket", "× 100 %")
    ]
    assert ind.sumber_data == "Laporan absensi bulanan"  # no mark for a wholly italic cell
    pdf = build_pdf(instansi_usulan(pratinjau), dok, bagian=("iki",))
    assert b"Italic" in pdf


def test_excel_shows_real_italics_and_reads_them_back(tmp_path: Path) -> None:
    instansi, dokumen = dokumen_uji.contoh_kecil()
    ind = dokumen.jabatan_urut()[1].sasaran[0].indikator[0]
    ind.teks = "Persentase absensi <i>fingerprint</i> tepat waktu"
    path = export_xlsx(instansi, dokumen, tmp_path / "miring.xlsx")
    wb = load_workbook(path, rich_text=True)
    sel = [
        c
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, CellRichText) and "fingerprint" in str(c.value)
    ]
    assert sel, "no rich-text cell"
    blok = {str(b): bool(b.font.i) for b in sel[0].value}
    assert blok["fingerprint"] is True and blok["Persentase absensi "] is False
    assert "<i>" not in str(sel[0].value)  # the user sees italics, not marks
    # Unchanged: the same text comes back.
    kembali = baca_xlsx(path)
    assert kembali.perubahan == []
    ind2 = kembali.dokumen.jabatan_urut()[1].sasaran[0].indikator[0]
    assert ind2.teks == ind.teks
    # Edited in Excel: italics taken off "fingerprint", put on "tepat waktu".
    tulis_teks(
        sel[0].parent,
        sel[0].row,
        sel[0].column,
        "Persentase absensi fingerprint <i>tepat waktu</i>",
    )
    wb.save(path)
    kembali = baca_xlsx(path)
    ind3 = kembali.dokumen.jabatan_urut()[1].sasaran[0].indikator[0]
    assert ind3.teks == "Persentase absensi fingerprint <i>tepat waktu</i>"
    assert len(kembali.perubahan) == 1


def test_rich_text_reads_as_marks() -> None:
    from openpyxl.cell.rich_text import TextBlock
    from openpyxl.cell.text import InlineFont

    nilai = CellRichText(
        [
            TextBlock(InlineFont(i=False), "absensi "),
            TextBlock(InlineFont(i=True), "finger"),
            TextBlock(InlineFont(i=True), "print "),
            "manual",
        ]
    )
    assert teks_sel(nilai) == "absensi <i>fingerprint</i> manual"
    assert teks_sel(None) == "" and teks_sel(12) == "12"
