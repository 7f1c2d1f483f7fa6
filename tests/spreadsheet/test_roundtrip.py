"""Export -> import -> export is identical; text cells never become formulas."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from iki_desktop.domain.formula import Daftar, Formula, Pecahan, Teks
from iki_desktop.domain.model import (
    Dokumen,
    GayaDaftar,
    Indikator,
    Instansi,
    Jabatan,
    Kolom,
    Sasaran,
)
from iki_desktop.domain.serialize import paket_ke_dict
from iki_desktop.resources import load_contoh
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import baca_xlsx, import_xlsx
from iki_desktop.spreadsheet.layout import nama_lembar

INJEKSI = ['=HYPERLINK("http://contoh.invalid","klik")', "+1", "-2", "@SUM(A1)", "=1+1"]


def _dokumen_buatan() -> tuple[Instansi, Dokumen]:
    inst = Instansi(nama="Uji", nama_daerah="Contoh")
    camat = Jabatan(nama="Camat", tugas="Memimpin kecamatan.", fungsi=["satu", "dua"], urutan=0)
    sekcam = Jabatan(
        nama="Sekretaris Kecamatan",
        unit_kerja="Sekretariat",
        parent_id=camat.id,
        tugas_butir=["butir a", "butir b"],
        gaya_tugas=GayaDaftar.ANGKA,
        fungsi=["f1"],
        gaya_fungsi=GayaDaftar.POIN,
        urutan=0,
    )
    sekcam.sasaran = [
        Sasaran(
            teks=INJEKSI[0],
            indikator=[
                Indikator(
                    teks=INJEKSI[1],
                    formula=Formula([Teks("Dihitung:"), Pecahan("=A", "-B"), Daftar(["x", "y"])]),
                    sumber_data=INJEKSI[2],
                    penanggung_jawab=INJEKSI[3],
                    satuan="%",
                ),
                Indikator(teks=INJEKSI[4], formula=Formula.pecahan("Jumlah A", "Jumlah B", "")),
            ],
        ),
        Sasaran(teks="Sasaran tanpa indikator"),
    ]
    dok = Dokumen(tahun=2026, instansi_id=inst.id, jabatan=[camat, sekcam])
    dok.kolom_iki = [*dok.kolom_iki, Kolom("penanggung_jawab", "PJ"), Kolom("satuan", "SATUAN")]
    dok.iku = [Sasaran(teks="IKU 1", indikator=[Indikator(teks="Nilai IKM")])]
    return inst, dok


def _nilai_sel(path: Path) -> dict[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path)
    return {
        ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb.worksheets
    }


@pytest.mark.parametrize("sumber", ["buatan", "contoh"])
def test_export_import_export_identik(tmp_path: Path, sumber: str) -> None:
    inst, dok = _dokumen_buatan() if sumber == "buatan" else load_contoh()
    a = export_xlsx(inst, dok, tmp_path / "a.xlsx")
    inst2, dok2 = import_xlsx(a)
    assert paket_ke_dict(inst2, dok2) == paket_ke_dict(inst, dok)
    b = export_xlsx(inst2, dok2, tmp_path / "b.xlsx")
    assert _nilai_sel(a) == _nilai_sel(b)


def test_teks_injeksi_tetap_teks(tmp_path: Path) -> None:
    inst, dok = _dokumen_buatan()
    path = export_xlsx(inst, dok, tmp_path / "inj.xlsx")
    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(zf.read(n).decode("utf-8") for n in sheets)
        shared = "".join(
            zf.read(n).decode("utf-8") for n in zf.namelist() if "sharedstrings" in n.lower()
        )
    assert "<f>" not in xml and "<f " not in xml
    # Every cell with a value is a string cell (shared string or inline string).
    berisi = 0
    for m in re.finditer(r"<c ([^>]*?)(?:/>|>(.*?)</c>)", xml, re.S):
        attrs, isi = m.group(1), m.group(2) or ""
        if "<v>" in isi or "<is>" in isi:
            berisi += 1
            assert 't="s"' in attrs or 't="inlineStr"' in attrs, attrs
    assert berisi > 20
    for teks in ["+1", "-2", "@SUM(A1)", "=1+1", "=HYPERLINK("]:
        assert f"<t>{teks}" in xml + shared or f">{teks}" in xml + shared
    wb = openpyxl.load_workbook(path)
    ws = wb["02 Sekretaris Kecamatan"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert INJEKSI[0] in values and "+1" in values and "@SUM(A1)" in values


def test_sel_terlihat_yang_diubah_menang(tmp_path: Path) -> None:
    inst, dok = _dokumen_buatan()
    path = export_xlsx(inst, dok, tmp_path / "edit.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["02 Sekretaris Kecamatan"]
    target = next(c for row in ws.iter_rows() for c in row if c.value == "+1")
    target.value = "Persentase baru"
    target.data_type = "s"
    formula_cell = ws.cell(row=target.row + 1, column=3)
    formula_cell.value = "Jumlah X / Jumlah Y x 100%"
    wb.save(path)
    hasil = baca_xlsx(path)
    sek = next(j for j in hasil.dokumen.jabatan if j.nama == "Sekretaris Kecamatan")
    assert sek.sasaran[0].indikator[0].teks == "Persentase baru"
    assert sek.sasaran[0].indikator[1].formula == Formula.pecahan("Jumlah X", "Jumlah Y")
    assert len(hasil.perubahan) == 2
    # Ids are kept: the edit lands on the same indikator.
    assert sek.sasaran[0].indikator[0].id == dok.jabatan[1].sasaran[0].indikator[0].id


def test_susunan_berubah_memakai_salinan(tmp_path: Path) -> None:
    inst, dok = _dokumen_buatan()
    path = export_xlsx(inst, dok, tmp_path / "rows.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["02 Sekretaris Kecamatan"].insert_rows(3, 2)
    wb.save(path)
    hasil = baca_xlsx(path)
    assert paket_ke_dict(hasil.instansi, hasil.dokumen) == paket_ke_dict(inst, dok)
    assert any("Susunan lembar" in p for p in hasil.peringatan)


def test_nama_lembar_valid_dan_unik() -> None:
    terpakai: set[str] = set()
    a = nama_lembar("Kepala Seksi [Pemerintahan]: Ketentraman/Ketertiban dan lain-lain", terpakai)
    b = nama_lembar("Kepala Seksi [Pemerintahan]: Ketentraman/Ketertiban dan lain-lain", terpakai)
    for n in (a, b):
        assert len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n)
    assert a != b and b.endswith(" (2)")
