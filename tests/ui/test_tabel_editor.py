"""EditorTabel driven like a user: add, formula dialog, move, delete, copy/paste, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox

from iki_desktop.domain.formula import Formula, Pecahan
from iki_desktop.domain.model import Dokumen, StatusDokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel import MIME_BARIS


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def jawab(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with 'Hapus' and record the questions."""
    ditanya: list[str] = []

    def exec_(box: QMessageBox) -> int:
        ditanya.append(box.text())
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return ditanya


def _dok(konteks: Konteks) -> Dokumen:
    return konteks.dokumen(konteks.store.list_dokumen()[0].id)


def _jab(dok: Dokumen, nama: str):
    return next(j for j in dok.jabatan if j.nama == nama)


def _editor(qtbot, konteks: Konteks, nama: str) -> EditorTabel:
    editor = EditorTabel(konteks)
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    dok = _dok(konteks)
    editor.tampilkan(dok, _jab(dok, nama).id)
    editor.show()
    return editor


def _teks_indikator(konteks: Konteks, nama: str) -> list[list[str]]:
    return [[i.teks for i in s.indikator] for s in _jab(_dok(konteks), nama).sasaran]


def test_add_sasaran_two_indikator_with_fraction_move_undo_redo_persist(
    qtbot, konteks: Konteks, db_contoh: Path
) -> None:
    nama = "Analis Kinerja"
    editor = _editor(qtbot, konteks, nama)
    awal = _teks_indikator(konteks, nama)
    editor.view.setCurrentIndex(editor.model.index(len(awal) - 1, 0))
    with qtbot.waitSignal(editor.berubah):
        sasaran = editor.tambah_sasaran("Meningkatnya kualitas laporan")
    assert sasaran is not None
    row = editor.model.baris_sasaran(sasaran.id)
    assert row == len(awal) and editor.view.currentIndex().row() == row
    pertama = editor.tambah_indikator("Persentase laporan tepat waktu")
    kedua = editor.tambah_indikator("Jumlah laporan yang disusun")
    assert pertama is not None and kedua is not None
    assert _teks_indikator(konteks, nama)[-1] == [pertama.teks, kedua.teks]
    assert editor.view.rowSpan(row, 0) == 2  # the sasaran cell spans its two rows

    # Fraction formula through the dialog's API.
    assert editor.pilih_indikator(pertama.id)
    dialog = editor.ubah_formula()
    assert dialog is not None
    dialog.teks_sumber.setPlainText("Jumlah laporan tepat waktu / Jumlah laporan x 100%")
    dialog.baca_teks()
    with qtbot.waitSignal(editor.berubah):
        dialog.accept()
    ind = _jab(_dok(konteks), nama).sasaran[-1].indikator[0]
    assert ind.formula == Formula([Pecahan("Jumlah laporan tepat waktu", "Jumlah laporan")])
    assert konteks.undo_stack.undoText() == "Ubah formula"

    # Move the second indikator up, then the new sasaran up.
    assert editor.pilih_indikator(kedua.id)
    assert editor.pindah(-1)
    assert _teks_indikator(konteks, nama)[-1] == [kedua.teks, pertama.teks]
    assert editor.view.currentIndex().row() == row  # selection follows the moved row
    editor.view.setCurrentIndex(editor.model.index(row, 0))
    assert editor.pindah(-1)
    assert [s.id for s in _jab(_dok(konteks), nama).sasaran][-2] == sasaran.id
    assert konteks.undo_stack.undoText() == "Pindahkan sasaran naik"

    # Undo everything, then redo everything.
    n = konteks.undo_stack.count()
    for _ in range(n):
        konteks.undo_stack.undo()
    assert _teks_indikator(konteks, nama) == awal
    for _ in range(n):
        konteks.undo_stack.redo()
    akhir = _teks_indikator(konteks, nama)
    assert akhir[-2] == [kedua.teks, pertama.teks]

    # Reopen the file: everything is there.
    dok_id = _dok(konteks).id
    konteks.store.close()
    with Store.open(db_contoh) as store:
        jab = _jab(store.load_dokumen(dok_id), nama)
    assert [[i.teks for i in s.indikator] for s in jab.sasaran] == akhir
    assert jab.sasaran[-2].indikator[1].formula.ada_pecahan


def test_delete_asks_first(qtbot, konteks: Konteks, jawab: list[str], monkeypatch) -> None:
    nama = "Kepala Sub Bagian Tata Usaha"
    editor = _editor(qtbot, konteks, nama)
    awal = _teks_indikator(konteks, nama)
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    assert editor.hapus()
    assert jawab[-1].startswith("Hapus indikator 'Jumlah pelaksanaan tugas")
    assert _teks_indikator(konteks, nama)[0] == []
    # A sasaran (group column selected) says how many indikator go with it.
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    assert editor.hapus()
    assert "beserta 1 indikator akan dihapus" in jawab[-1]
    assert len(_teks_indikator(konteks, nama)) == 2
    # Answering "Batal" changes nothing.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.No.value))
    assert not editor.hapus()
    assert len(_teks_indikator(konteks, nama)) == 2
    konteks.undo_stack.undo()
    konteks.undo_stack.undo()
    assert _teks_indikator(konteks, nama) == awal


def test_copy_paste_rows_between_jabatan_with_new_ids(qtbot, konteks: Konteks) -> None:
    sumber, tujuan = "Kepala Sub Bagian Tata Usaha", "Analis Kinerja"
    editor = _editor(qtbot, konteks, sumber)
    # Copy the whole second sasaran (group cell selected).
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    isi = editor.salin()
    assert isi is not None and isi.jenis == "sasaran"
    mime = QGuiApplication.clipboard().mimeData()
    data = json.loads(bytes(mime.data(MIME_BARIS).data()).decode("utf-8"))
    assert data["jenis"] == "sasaran" and len(data["sasaran"]) == 1
    assert mime.text().count("\t") >= 4 and '"' in mime.text()  # multi-line cells quoted
    asli = _jab(_dok(konteks), sumber).sasaran[1]

    lain = _editor(qtbot, konteks, tujuan)
    lain.view.setCurrentIndex(lain.model.index(0, 1))
    baru = lain.tempel()
    assert len(baru) == 1 and baru[0] != asli.id
    jab = _jab(_dok(konteks), tujuan)
    ditempel = jab.sasaran[1]
    assert ditempel.id == baru[0] and ditempel.teks == asli.teks
    assert ditempel.indikator[0].teks == asli.indikator[0].teks
    assert ditempel.indikator[0].id != asli.indikator[0].id
    assert ditempel.indikator[0].formula == asli.indikator[0].formula

    # Copy one indikator row and paste it under the current sasaran.
    editor.view.setCurrentIndex(editor.model.index(2, 1))
    assert editor.salin().jenis == "indikator"
    lain.view.setCurrentIndex(lain.model.index(0, 2))
    (ind_id,) = lain.tempel()
    s0 = _jab(_dok(konteks), tujuan).sasaran[0]
    assert [i.id for i in s0.indikator][1] == ind_id
    assert konteks.undo_stack.undoText() == "Tempel 1 indikator"
    konteks.undo_stack.undo()
    konteks.undo_stack.undo()
    assert len(_jab(_dok(konteks), tujuan).sasaran) == 5
    konteks.undo_stack.redo()
    assert _jab(_dok(konteks), tujuan).sasaran[1].id == baru[0]


def test_cell_edit_in_place_alt_enter_new_line_enter_saves(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks, "Analis Kinerja")
    index = editor.model.index(0, 3)
    editor.view.setCurrentIndex(index)
    editor.view.setFocus()
    editor.ubah_sel()
    qtbot.waitUntil(lambda: editor.view.state() == editor.view.State.EditingState)
    sel = editor.view.focusWidget()
    sel.setPlainText("Dokumen SKP")
    sel.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(sel, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)  # a new line
    qtbot.keyClicks(sel, "Renaksi")
    with qtbot.waitSignal(editor.berubah):
        qtbot.keyClick(sel, Qt.Key.Key_Return)  # Enter saves
    assert editor.view.state() != editor.view.State.EditingState
    assert editor.view.currentIndex().row() == 1  # and moves down
    assert _jab(_dok(konteks), "Analis Kinerja").sasaran[0].indikator[0].sumber_data == (
        "Dokumen SKP\nRenaksi"
    )
    assert konteks.undo_stack.undoText() == "Ubah sumber data"


def test_read_only_when_ditetapkan(qtbot, tmp_path: Path) -> None:
    instansi, dok = load_contoh()
    dok.status = StatusDokumen.DITETAPKAN
    with Store.create(tmp_path / "tetap.sqlite") as store:
        store.import_dokumen(instansi, dok)
        konteks = Konteks(store)
        editor = EditorTabel(konteks)
        qtbot.addWidget(editor)
        editor.tampilkan(konteks.dokumen(dok.id), dok.jabatan_urut()[1].id)
        editor.show()
        assert editor.banner.isVisible()
        editor.view.setCurrentIndex(editor.model.index(0, 1))
        for aksi in (
            editor.aksi_tambah_sasaran,
            editor.aksi_tambah_indikator,
            editor.aksi_hapus,
            editor.aksi_tempel,
            editor.aksi_formula,
        ):
            assert not aksi.isEnabled()
        assert editor.aksi_salin.isEnabled()
        assert editor.ubah_formula() is None


def test_keyboard_shortcuts_win_over_window_actions(qtbot, konteks: Konteks, jawab) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    jendela = QMainWindow()
    qtbot.addWidget(jendela)
    dipakai: list[str] = []
    for kunci in ("F2", "Alt+Up", "Alt+Down", "Del"):  # the tree's keys in the main window
        a = QAction(kunci, jendela)
        a.setShortcut(QKeySequence(kunci))
        a.triggered.connect(lambda *_, k=kunci: dipakai.append(k))
        jendela.addAction(a)
    nama = "Kepala Sub Bagian Tata Usaha"
    editor = EditorTabel(konteks)
    jendela.setCentralWidget(editor)
    jendela.resize(1200, 700)
    dok = _dok(konteks)
    editor.tampilkan(dok, _jab(dok, nama).id)
    jendela.show()
    qtbot.waitExposed(jendela)
    awal = _jab(_dok(konteks), nama).sasaran
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in _jab(_dok(konteks), nama).sasaran][2] == awal[1].id
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    assert konteks.undo_stack.undoText() == "Tambah indikator"
    # The new row opens ready to type; Esc leaves it as it is.
    qtbot.keyClick(editor.view.delegasi.editor_aktif, Qt.Key.Key_Escape)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert jawab and jawab[-1].startswith("Hapus indikator 'Indikator baru'")
    assert dipakai == []
