"""Cells edited like a spreadsheet, as an operator does it: type, click, check the database.

The rule under test: whatever is typed in a cell reaches the database, whichever
button, menu, shortcut or tree node the operator reaches for next, and it is one
undo step of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from iki_desktop.domain.model import Dokumen, Jabatan
from iki_desktop.store import Store
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.jendela.utama import JendelaUtama
from iki_desktop.ui.konteks import Konteks

pytestmark = pytest.mark.gui
NAMA = "Analis Kinerja"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def _jab(konteks: Konteks, nama: str = NAMA) -> Jabatan:
    dok: Dokumen = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    return next(j for j in dok.jabatan if j.nama == nama)


def _dari_berkas(path: Path, nama: str = NAMA) -> Jabatan:
    with Store.open(path) as store:
        dok = store.load_dokumen(store.list_dokumen()[0].id)
    return next(j for j in dok.jabatan if j.nama == nama)


@pytest.fixture
def editor(qtbot: Any, konteks: Konteks) -> EditorTabel:
    e = EditorTabel(konteks)
    qtbot.addWidget(e)
    e.resize(1200, 700)
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    e.tampilkan(dok, _jab(konteks).id)
    e.show()
    qtbot.waitExposed(e)
    return e


def _ketik_di_sel(qtbot: Any, e: EditorTabel, row: int, kunci: str, teks: str) -> QWidget:
    """Select a cell and type over it (the first key opens the editor)."""
    e.view.setCurrentIndex(e.model.index(row, e.model.kolom_dari_kunci(kunci)))
    e.view.setFocus()
    qtbot.keyClicks(e.view, teks[0])
    sel = e.view.delegasi.editor_aktif
    assert sel is not None, "typing on a selected cell opens it"
    qtbot.keyClicks(sel, teks[1:])
    return sel


def _tombol(e: EditorTabel, aksi: Any) -> QWidget:
    tombol = e.toolbar.widgetForAction(aksi)
    assert tombol is not None
    return tombol


def test_typing_on_a_cell_replaces_its_text_and_enter_saves_and_moves_down(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    lama = _jab(konteks).sasaran[0].indikator[0].teks
    sel = _ketik_di_sel(qtbot, editor, 0, "indikator", "Jumlah laporan kinerja")
    assert sel.toPlainText() == "Jumlah laporan kinerja"  # replaced, not appended
    qtbot.keyClick(sel, Qt.Key.Key_Return)
    assert _jab(konteks).sasaran[0].indikator[0].teks == "Jumlah laporan kinerja"
    assert editor.view.state() != QAbstractItemView.State.EditingState
    assert editor.view.currentIndex().row() == 1
    assert konteks.undo_stack.undoText() == "Ubah indikator"
    konteks.undo_stack.undo()
    assert _jab(konteks).sasaran[0].indikator[0].teks == lama


def test_alt_enter_and_shift_enter_make_new_lines(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    sel = _ketik_di_sel(qtbot, editor, 0, "sumber_data", "SKP")
    qtbot.keyClick(sel, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(sel, "Renaksi")
    qtbot.keyClick(sel, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(sel, "LKjIP")
    assert editor.view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(sel, Qt.Key.Key_Return)
    assert _jab(konteks).sasaran[0].indikator[0].sumber_data == "SKP\nRenaksi\nLKjIP"


def test_edit_open_then_click_tambah_indikator_keeps_the_text(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    lama = _jab(konteks).sasaran[0].indikator[0].teks
    n = len(_jab(konteks).sasaran[0].indikator)
    _ketik_di_sel(qtbot, editor, 0, "indikator", "Persentase dokumen tepat waktu")
    qtbot.mouseClick(_tombol(editor, editor.aksi_tambah_indikator), Qt.MouseButton.LeftButton)
    s0 = _jab(konteks).sasaran[0]
    assert s0.indikator[0].teks == "Persentase dokumen tepat waktu"
    assert len(s0.indikator) == n + 1
    # Two steps: the typed text, then the new row; each undoes on its own.
    konteks.undo_stack.undo()
    assert len(_jab(konteks).sasaran[0].indikator) == n
    assert _jab(konteks).sasaran[0].indikator[0].teks == "Persentase dokumen tepat waktu"
    konteks.undo_stack.undo()
    assert _jab(konteks).sasaran[0].indikator[0].teks == lama


def test_edit_open_then_click_salin_saves_as_one_undo_step(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    lama = _jab(konteks).sasaran[0].teks
    _ketik_di_sel(qtbot, editor, 0, "sasaran", "Meningkatnya akuntabilitas kinerja")
    qtbot.mouseClick(_tombol(editor, editor.aksi_salin), Qt.MouseButton.LeftButton)
    assert _jab(konteks).sasaran[0].teks == "Meningkatnya akuntabilitas kinerja"
    assert konteks.undo_stack.undoText().startswith("Ubah sasaran")
    konteks.undo_stack.undo()
    assert _jab(konteks).sasaran[0].teks == lama


def test_edit_open_then_shortcut_or_other_table_action(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    sel = _ketik_di_sel(qtbot, editor, 1, "indikator", "Nilai SAKIP kecamatan")
    qtbot.keyClick(sel, Qt.Key.Key_Insert)  # Ins: add an indikator while still typing
    jab = _jab(konteks)
    teks = [i.teks for s in jab.sasaran for i in s.indikator]
    assert "Nilai SAKIP kecamatan" in teks and "Indikator baru" in teks


def test_new_rows_open_ready_to_type_over_the_placeholder(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    qtbot.mouseClick(_tombol(editor, editor.aksi_tambah_sasaran), Qt.MouseButton.LeftButton)
    sel = editor.view.delegasi.editor_aktif
    assert sel is not None and sel.hasFocus()
    assert sel.textCursor().selectedText() == "Sasaran baru"
    qtbot.keyClicks(sel, "Terkelolanya arsip kinerja")
    qtbot.keyClick(sel, Qt.Key.Key_Return)  # saved; on to the new sasaran's first indikator
    assert editor.model.kunci(editor.view.currentIndex().column()) == "indikator"
    assert editor.view.baris_kini().sasaran.teks == "Terkelolanya arsip kinerja"
    qtbot.mouseClick(_tombol(editor, editor.aksi_tambah_indikator), Qt.MouseButton.LeftButton)
    sel = editor.view.delegasi.editor_aktif
    assert sel is not None and sel.textCursor().selectedText() == "Indikator baru"
    qtbot.keyClicks(sel, "Jumlah arsip tertata")
    qtbot.keyClick(sel, Qt.Key.Key_Return)
    baru = _jab(konteks).sasaran[1]
    assert baru.teks == "Terkelolanya arsip kinerja"
    assert [i.teks for i in baru.indikator] == ["Jumlah arsip tertata"]


def _jendela_dengan_sel_terbuka(qtbot: Any, path: Path, teks: str) -> JendelaUtama:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(path)
    w.show()
    qtbot.waitExposed(w)
    jab = _dari_berkas(path)
    assert w.pilih("jabatan", jab.id)
    tabel = w.editor_jabatan.tabel
    assert isinstance(tabel, EditorTabel)
    _ketik_di_sel(qtbot, tabel, 0, "indikator", teks)
    return w


def test_window_toolbar_button_saves_the_open_cell(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela_dengan_sel_terbuka(qtbot, db_contoh, "Indeks kepuasan layanan")
    tombol = w.toolbar.widgetForAction(w.dokumen.a_tambah)
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    assert _jab(w.konteks).sasaran[0].indikator[0].teks == "Indeks kepuasan layanan"
    w.close()


def test_window_menu_and_tree_and_close_save_the_open_cell(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela_dengan_sel_terbuka(qtbot, db_contoh, "Teks dari menu")
    menu = w.menuBar().actions()[1].menu()  # Sunting
    menu.aboutToShow.emit()
    assert _jab(w.konteks).sasaran[0].indikator[0].teks == "Teks dari menu"

    tabel = w.editor_jabatan.tabel
    _ketik_di_sel(qtbot, tabel, 0, "indikator", "Teks sebelum pindah jabatan")
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    lain = next(j for j in dok.jabatan if j.nama != NAMA)
    w.pilih("jabatan", lain.id)
    assert _jab(w.konteks).sasaran[0].indikator[0].teks == "Teks sebelum pindah jabatan"

    w.pilih("jabatan", _jab(w.konteks).id)
    _ketik_di_sel(qtbot, tabel, 0, "indikator", "Teks sebelum menutup")
    w.close()
    assert _dari_berkas(db_contoh).sasaran[0].indikator[0].teks == "Teks sebelum menutup"


def test_window_shortcut_saves_the_open_cell(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela_dengan_sel_terbuka(qtbot, db_contoh, "Teks sebelum Ctrl+J")
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    sel = w.editor_jabatan.tabel.view.delegasi.editor_aktif
    assert sel is not None
    n = len(w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id).jabatan)
    qtbot.keyClick(sel, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # Tambah jabatan
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    assert len(dok.jabatan) == n + 1
    assert _jab(w.konteks).sasaran[0].indikator[0].teks == "Teks sebelum Ctrl+J"
    w.close()


def test_moving_to_another_cell_saves(qtbot: Any, editor: EditorTabel, konteks: Konteks) -> None:
    _ketik_di_sel(qtbot, editor, 0, "indikator", "Indeks ketepatan laporan")
    editor.view.setCurrentIndex(editor.model.index(2, 1))
    assert _jab(konteks).sasaran[0].indikator[0].teks == "Indeks ketepatan laporan"
    assert editor.view.state() != QAbstractItemView.State.EditingState


def test_double_click_on_a_placeholder_selects_it(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    qtbot.mouseClick(_tombol(editor, editor.aksi_tambah_sasaran), Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.view.delegasi.editor_aktif, Qt.Key.Key_Escape)  # left as it is
    qtbot.waitUntil(lambda: editor.view.delegasi.editor_aktif is None)
    row = editor.view.currentIndex().row()
    kolom = editor.model.kolom_dari_kunci("sasaran")
    rect = editor.view.visualRect(editor.model.index(row, kolom))
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sel = editor.view.delegasi.editor_aktif
    assert sel is not None and sel.textCursor().selectedText() == "Sasaran baru"
    qtbot.keyClicks(sel, "Terkelolanya arsip")
    qtbot.keyClick(sel, Qt.Key.Key_Return)
    assert any(s.teks == "Terkelolanya arsip" for s in _jab(konteks).sasaran)


@pytest.mark.parametrize("cara", ["sel lain", "ctrl+enter", "fokus pindah"])
def test_every_way_of_saving_is_one_undo_step(
    qtbot: Any, editor: EditorTabel, konteks: Konteks, cara: str
) -> None:
    lama = _jab(konteks).sasaran[0].indikator[0].teks
    sebelum = konteks.undo_stack.count()
    sel = _ketik_di_sel(qtbot, editor, 0, "indikator", "Satu langkah saja")
    if cara == "sel lain":
        editor.view.setCurrentIndex(editor.model.index(2, 1))
    elif cara == "ctrl+enter":
        qtbot.keyClick(sel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        lain = QLineEdit(editor)
        lain.show()
        lain.setFocus()
        editor.activateWindow()
        sel.clearFocus()
        qtbot.waitUntil(lambda: editor.view.delegasi.editor_aktif is None)
    assert _jab(konteks).sasaran[0].indikator[0].teks == "Satu langkah saja"
    assert konteks.undo_stack.count() == sebelum + 1
    konteks.undo_stack.undo()
    assert _jab(konteks).sasaran[0].indikator[0].teks == lama
