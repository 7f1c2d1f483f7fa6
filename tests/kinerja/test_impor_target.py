"""Legacy Excel/Word: SATUAN, TARGET, TW and REALISASI columns go into the target fields."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from openpyxl import Workbook

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama
from iki_desktop.spreadsheet.legacy_target import kunci_kinerja


@pytest.mark.parametrize(
    ("judul", "kunci"),
    [("target", "target"), ("target 2026", "target"), ("tw i", "target_tw1"),
     ("tw 2", "target_tw2"), ("tw iii", "target_tw3"), ("target tw iv", "target_tw4"),
     ("triwulan i", "target_tw1"), ("target triwulan 3", "target_tw3"), ("tw1", "target_tw1"),
     ("realisasi tw ii", "realisasi_tw2"), ("realisasi", "realisasi_tw4"),
     ("baseline", "baseline"), ("kondisi awal", "baseline"), ("sumber data", None)],
)  # fmt: skip
def test_headings(judul: str, kunci: str | None) -> None:
    assert kunci_kinerja(judul) == kunci


KEPALA = ["NO", "SASARAN", "INDIKATOR KINERJA", "FORMULASI PERHITUNGAN", "SATUAN", "TARGET",
          "TW 1", "Triwulan II", "TARGET TW III", "TW.IV", "REALISASI", "SUMBER DATA"]  # fmt: skip
BARIS = [
    ["1", "Meningkatnya pelayanan", "Persentase layanan tepat waktu",
     "Layanan tepat waktu / Seluruh layanan x 100%", "%", "95", "90", "92", "94", "95", "93,5",
     "Register"],
    ["", "", "Jumlah desa yang dibina", "Jumlah desa yang dibina", "desa", "12", "3", "3", "3",
     "3", "11", "Laporan"],
    ["2", "Meningkatnya akuntabilitas", "Opini laporan keuangan", "Opini BPK", "", "WTP", "", "",
     "", "", "", "BPK"],
]  # fmt: skip


def test_excel_with_satuan_target_tw_columns_imports_into_the_fields(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["INDIKATOR KINERJA UTAMA"])
    ws.append(KEPALA)
    for baris in BARIS:
        ws.append(baris)
    wb.save(tmp_path / "lama.xlsx")
    pr = baca_dokumen_lama(tmp_path / "lama.xlsx")
    indikator = [i for s in pr.hasil.iku for i in s.indikator]
    assert [i.teks for i in indikator] == [b[2] for b in BARIS]
    pertama, desa, opini = indikator
    assert pertama.satuan == "%" and pertama.kinerja.target == "95"
    assert pertama.kinerja.target_tw == ["90", "92", "94", "95"]
    assert pertama.realisasi == ["", "", "", "93,5"] and pertama.catatan == ""
    assert desa.satuan == "desa" and desa.kinerja.target_tw == ["3"] * 4
    assert opini.kinerja.target == "WTP" and opini.sumber_data == "BPK"
    assert all("TARGET" not in i.catatan and "95" not in i.catatan for i in indikator)


def test_word_target_glued_to_the_formula_is_moved_with_a_warning(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("INDIKATOR KINERJA UTAMA")
    kepala = ["SASARAN", "INDIKATOR KINERJA", "PENJELASAN", "SATUAN", "TARGET", "SUMBER DATA"]
    baris = [
        ["Sasaran A", "Persentase desa tertib", "Jumlah A / Jumlah B x 100% = 100", "%", "",
         "Data"],
        ["Sasaran A", "Persentase surat selesai", "Surat selesai / Surat masuk x 100% = 90", "%",
         "95", "Data"],
    ]  # fmt: skip
    t = d.add_table(rows=0, cols=len(kepala), style="Table Grid")
    for row in [kepala, *baris]:
        for c, teks in zip(t.add_row().cells, row, strict=True):
            c.text = teks
    d.save(str(tmp_path / "lama.docx"))
    pr = baca_dokumen_lama(tmp_path / "lama.docx")
    tertib, surat = [i for s in pr.hasil.iku for i in s.indikator]
    assert tertib.kinerja.target == "100" and "=" not in formula_satu_baris(tertib.formula)
    assert tertib.formula.ada_pecahan
    assert any("= 100" in p and "dipindahkan ke kolom target" in p for p in pr.peringatan)
    # A different target was typed in its own column: the glued number stays, warned.
    assert surat.kinerja.target == "95" and "= 90" in formula_satu_baris(surat.formula)
    assert any("berbeda dari targetnya" in p for p in pr.peringatan)
