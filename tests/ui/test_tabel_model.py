"""The indicator table model without widgets: rows, columns, groups, edits, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from iki_desktop.domain.formula import Formula, Pecahan
from iki_desktop.domain.model import Dokumen, Indikator, Sasaran, StatusDokumen
from iki_desktop.store import Store
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel.model import (
    PERAN_AKHIR_GRUP,
    PERAN_AWAL_GRUP,
    PERAN_FORMULA,
    PERAN_INDIKATOR_ID,
    PERAN_KUNCI,
    PERAN_SASARAN_ID,
    PERAN_UKURAN_GRUP,
    TEKS_KOSONG,
    ModelTabel,
)
from iki_desktop.ui.undo.tabel import TambahSasaran

D = Qt.ItemDataRole.DisplayRole


def _dok(konteks: Konteks) -> Dokumen:
    return konteks.dokumen(konteks.store.list_dokumen()[0].id)


def _jabatan(dok: Dokumen, nama: str):
    return next(j for j in dok.jabatan if j.nama == nama)


def _model(konteks: Konteks, nama: str = "Kepala Sub Bagian Tata Usaha") -> ModelTabel:
    dok = _dok(konteks)
    model = ModelTabel(konteks)
    model.tampilkan(dok, _jabatan(dok, nama).id)
    return model


def test_rows_columns_headers(konteks: Konteks, qtmodeltester) -> None:
    model = _model(konteks)
    qtmodeltester.check(model)
    jab = _jabatan(_dok(konteks), "Kepala Sub Bagian Tata Usaha")
    assert model.rowCount() == jab.jumlah_indikator == 3
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    # Long headings are shown on two lines (a header does not wrap by itself).
    assert shown[1] == "INDIKATOR KINERJA" and shown[2] == "PENJELASAN/\nFORMULASI PERHITUNGAN"
    assert headers == [
        "KINERJA",
        "INDIKATOR KINERJA",
        "PENJELASAN/FORMULASI PERHITUNGAN",
        "SUMBER DATA",
    ]
    assert model.data(model.index(0, 0), PERAN_KUNCI) == "sasaran"
    assert model.data(model.index(0, 1)) == jab.sasaran[0].indikator[0].teks
    formula = model.data(model.index(0, 2), PERAN_FORMULA)
    assert formula == jab.sasaran[0].indikator[0].formula
    assert "1. Analisis Jabatan" in model.data(model.index(0, 2))
    assert model.data(model.index(0, 2), Qt.ItemDataRole.EditRole).count("\n") >= 5


def test_iku_table_uses_iku_columns(konteks: Konteks) -> None:
    dok = _dok(konteks)
    model = ModelTabel(konteks)
    model.tampilkan(dok, None)
    assert model.rowCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "NO"
    assert model.columnCount() == 6


def _tambah_grup(konteks: Konteks, model: ModelTabel) -> Sasaran:
    dok = model.dokumen
    assert dok is not None
    s = Sasaran(
        "Meningkatnya kualitas layanan",
        [
            Indikator(teks="Persentase layanan tepat waktu"),
            Indikator(teks="Jumlah pengaduan"),
            Indikator(teks="Indeks kepuasan"),
        ],
    )
    kosong = Sasaran("Sasaran tanpa indikator")
    assert konteks.jalankan(TambahSasaran(konteks, dok.id, model.jabatan_id, s, 0))
    assert konteks.jalankan(TambahSasaran(konteks, dok.id, model.jabatan_id, kosong, 1))
    return s


def test_group_roles_and_spans(konteks: Konteks, qtmodeltester) -> None:
    model = _model(konteks)
    qtmodeltester.check(model)
    s = _tambah_grup(konteks, model)
    assert model.rowCount() == 3 + 3 + 1
    awal = [model.data(model.index(r, 0), PERAN_AWAL_GRUP) for r in range(5)]
    akhir = [model.data(model.index(r, 0), PERAN_AKHIR_GRUP) for r in range(5)]
    assert awal == [True, False, False, True, True]
    assert akhir == [False, False, True, True, True]
    assert model.data(model.index(0, 0)) == s.teks
    assert model.data(model.index(1, 0)) == ""  # shown once over the group
    assert model.data(model.index(1, 0), Qt.ItemDataRole.EditRole) == s.teks
    assert model.data(model.index(0, 0), PERAN_UKURAN_GRUP) == 3
    assert model.rentang_grup() == [(0, 0, 3)]
    # The placeholder row of an empty sasaran.
    assert model.data(model.index(3, 1)) == TEKS_KOSONG
    assert model.data(model.index(3, 1), PERAN_INDIKATOR_ID) == ""
    assert model.data(model.index(3, 0), PERAN_SASARAN_ID) == model.baris(3).sasaran.id
    assert model.baris_sasaran(s.id) == 0
    assert model.baris_indikator(s.indikator[2].id) == 2


def test_setdata_goes_through_store_and_survives_reload(
    konteks: Konteks, db_contoh: Path, qtbot
) -> None:
    model = _model(konteks)
    dok_id = model.dokumen.id
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(0, 3), "Laporan kepegawaian\nDokumen SKP")
    assert model.data(model.index(0, 3)) == "Laporan kepegawaian\nDokumen SKP"
    assert model.setData(model.index(0, 0), "Sasaran baru")
    assert model.setData(model.index(1, 2), "Jumlah A / Jumlah B x 100%")
    assert model.data(model.index(1, 2), PERAN_FORMULA) == Formula(
        [Pecahan("Jumlah A", "Jumlah B")]
    )
    assert not model.setData(model.index(0, 0), "Sasaran baru")  # unchanged: no command
    assert konteks.undo_stack.count() == 3
    assert konteks.undo_stack.undoText() == "Ubah formula"
    # Reopen the file: the edits were committed.
    with Store.open(db_contoh) as store:
        dok = store.load_dokumen(dok_id)
    jab = _jabatan(dok, "Kepala Sub Bagian Tata Usaha")
    assert jab.sasaran[0].teks == "Sasaran baru"
    assert jab.sasaran[0].indikator[0].sumber_data == "Laporan kepegawaian\nDokumen SKP"
    assert jab.sasaran[1].indikator[0].formula.ada_pecahan


def test_undo_restores_and_keeps_structure(konteks: Konteks, qtbot) -> None:
    model = _model(konteks)
    asli = model.data(model.index(0, 1))
    assert model.setData(model.index(0, 1), "Indikator diubah")
    konteks.undo_stack.undo()
    assert model.data(model.index(0, 1)) == asli
    konteks.undo_stack.redo()
    assert model.data(model.index(0, 1)) == "Indikator diubah"
    # Adding rows resets the model; undo takes them away again.
    with qtbot.waitSignal(model.modelReset):
        _tambah_grup(konteks, model)
    assert model.rowCount() == 7
    konteks.undo_stack.undo()
    konteks.undo_stack.undo()
    assert model.rowCount() == 3


def test_typing_into_placeholder_adds_indikator(konteks: Konteks) -> None:
    model = _model(konteks)
    _tambah_grup(konteks, model)
    assert model.setData(model.index(3, 1), "Indikator pertama")
    assert model.rowCount() == 7
    assert model.data(model.index(3, 1)) == "Indikator pertama"
    assert konteks.undo_stack.undoText() == "Tambah indikator"


def test_read_only_when_ditetapkan(tmp_path: Path) -> None:
    from iki_desktop.resources import load_contoh

    instansi, dok = load_contoh()
    dok.status = StatusDokumen.DITETAPKAN
    with Store.create(tmp_path / "tetap.sqlite") as store:
        store.import_dokumen(instansi, dok)
        konteks = Konteks(store)
        model = ModelTabel(konteks)
        model.tampilkan(konteks.dokumen(dok.id), dok.jabatan_urut()[1].id)
        index = model.index(0, 1)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(index, "x")
        assert konteks.undo_stack.count() == 0
