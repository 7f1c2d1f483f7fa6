"""A value shared by several indicator rows: merged in Excel, kept through every round trip."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Jabatan, Sasaran
from iki_desktop.domain.penetapan import hash_konten
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import import_xlsx
from iki_desktop.store import Store
from iki_desktop.store.jsonio import dokumen_ke_json


def _dokumen() -> tuple[Instansi, Dokumen]:
    inst = Instansi(nama="Montong", nama_daerah="Tuban")
    inds = [
        Indikator(teks=f"Indikator {k}", sumber_data="Seksi PMD", penanggung_jawab="Camat")
        for k in range(4)
    ]
    inds[1].gabung = ["sumber_data", "penanggung_jawab"]
    inds[2].gabung = ["sumber_data"]
    inds[2].penanggung_jawab = "Sekcam"
    jab = Jabatan(nama="Camat", sasaran=[Sasaran("Meningkatnya pelayanan", inds)])
    dok = Dokumen(tahun=2020, instansi_id=inst.id, jabatan=[jab])
    dok.kolom_iki = dok.kolom_iku
    return inst, dok


def test_merged_cells_in_excel_and_back(tmp_path: Path) -> None:
    inst, dok = _dokumen()
    path = export_xlsx(inst, dok, tmp_path / "gabung.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = next(w for w in wb.worksheets if any(c.value == "Indikator 0" for c in w["C"]))
    merged = {str(r) for r in ws.merged_cells.ranges}
    kepala = next(c.row for c in ws["C"] if c.value == "INDIKATOR KINERJA UTAMA")
    # sumber data (column E) over indicators 0-2, penanggung jawab (F) over 0-1
    assert f"E{kepala + 1}:E{kepala + 3}" in merged
    assert f"F{kepala + 1}:F{kepala + 2}" in merged
    # An edit of the merged cell reaches every indicator of the run.
    ws[f"E{kepala + 1}"] = "Seksi Trantib"
    wb.save(path)
    _, kembali = import_xlsx(path)
    inds = kembali.jabatan[0].sasaran[0].indikator
    assert [i.sumber_data for i in inds] == ["Seksi Trantib"] * 3 + ["Seksi PMD"]
    assert [i.gabung for i in inds] == [
        [],
        ["sumber_data", "penanggung_jawab"],
        ["sumber_data"],
        [],
    ]


def test_merged_cells_survive_json_and_the_store(tmp_path: Path) -> None:
    inst, dok = _dokumen()
    assert paket_ke_dict(*paket_dari_dict(paket_ke_dict(inst, dok))) == paket_ke_dict(inst, dok)
    assert '"gabung"' in dokumen_ke_json(inst, dok)
    with Store.create(tmp_path / "db.sqlite") as store:
        store.import_dokumen(inst, dok)
        dimuat = store.load_dokumen(dok.id)
    assert [i.gabung for i in dimuat.jabatan[0].sasaran[0].indikator] == [
        i.gabung for i in dok.jabatan[0].sasaran[0].indikator
    ]
    # Merging changes what is printed, so it changes the content hash.
    tanpa = paket_dari_dict(paket_ke_dict(inst, dok))
    for i in tanpa[1].jabatan[0].sasaran[0].indikator:
        i.gabung = []
    assert hash_konten(inst, dok) != hash_konten(*tanpa)


def test_cells_merged_in_excel_merge_in_the_dokumen(tmp_path: Path) -> None:
    inst, dok = _dokumen()
    for i in dok.jabatan[0].sasaran[0].indikator:
        i.gabung = []
    path = export_xlsx(inst, dok, tmp_path / "gabung.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = next(w for w in wb.worksheets if any(c.value == "Indikator 0" for c in w["C"]))
    kepala = next(c.row for c in ws["C"] if c.value == "INDIKATOR KINERJA UTAMA")
    ws[f"F{kepala + 3}"] = "Kasi Trantib"
    ws.merge_cells(f"F{kepala + 3}:F{kepala + 4}")  # penanggung jawab of the last two
    wb.save(path)
    _, kembali = import_xlsx(path)
    inds = kembali.jabatan[0].sasaran[0].indikator
    assert [i.gabung for i in inds] == [[], [], [], ["penanggung_jawab"]]
    assert [i.penanggung_jawab for i in inds][2:] == ["Kasi Trantib", "Kasi Trantib"]
