"""Merged cells in the table editor, driven like an operator: select the Sumber Data cells
of several indikator of one sasaran, click "Gabungkan sel", type in the merged cell,
split it, undo; the database is checked after every step."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
)

from iki_desktop.domain.model import Indikator, Sasaran
from iki_desktop.store import Store
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.editor.tabel_gabung import PILIHAN_SATUKAN
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel import gabung
from iki_desktop.ui.undo.tabel import UbahIndikator

NAMA = "Analis Kinerja"
SD = "sumber_data"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def _sasaran(konteks: Konteks) -> Sasaran:
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    return next(j for j in dok.jabatan if j.nama == NAMA).sasaran[0]


def _nilai(konteks: Konteks) -> list[tuple[str, list[str]]]:
    return [(i.sumber_data, list(i.gabung)) for i in _sasaran(konteks).indikator]


@pytest.fixture
def jawab_ya(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer the delete confirmation with yes."""
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Yes.value))


@pytest.fixture
def editor(qtbot: Any, konteks: Konteks) -> EditorTabel:
    """The first sasaran of Analis Kinerja with three indikator: sumber data A, '', A."""
    e = EditorTabel(konteks)
    qtbot.addWidget(e)
    e.resize(1200, 700)
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    e.tampilkan(dok, next(j for j in dok.jabatan if j.nama == NAMA).id)
    e.show()
    qtbot.waitExposed(e)
    e.view.setCurrentIndex(e.model.index(0, 0))
    e.tambah_indikator("Indikator kedua")
    e.tambah_indikator("Indikator ketiga")
    col = e.model.kolom_dari_kunci(SD)
    for row, teks in ((0, "Laporan A"), (2, "Laporan A")):
        assert e.model.setData(e.model.index(row, col), teks)
    konteks.undo_stack.clear()
    return e


def _pilih(e: EditorTabel, awal: int, akhir: int, kunci: str = SD) -> None:
    col = e.model.kolom_dari_kunci(kunci)
    e.view.setCurrentIndex(e.model.index(awal, col))
    sel = QItemSelection(e.model.index(awal, col), e.model.index(akhir, col))
    e.view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _klik(qtbot: Any, e: EditorTabel, aksi: Any) -> None:
    tombol = e.toolbar.widgetForAction(aksi)
    assert tombol is not None and aksi.isEnabled()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def test_merge_three_cells_spans_them_and_one_undo_restores(
    qtbot: Any, editor: EditorTabel, konteks: Konteks, db_contoh: Path
) -> None:
    sebelum = _nilai(konteks)
    _pilih(editor, 0, 2)
    _klik(qtbot, editor, editor.gabung.aksi_gabung)  # '' and 'Laporan A' only: no question
    assert _nilai(konteks) == [("Laporan A", []), ("Laporan A", [SD]), ("Laporan A", [SD])]
    col = editor.model.kolom_dari_kunci(SD)
    assert editor.view.rowSpan(0, col) == 3
    assert editor.model.index(1, col).data() == ""  # shown once, in the spanned cell
    assert konteks.undo_stack.undoText() == "Gabungkan sel sumber data"
    with Store.open(db_contoh) as lain:  # committed: another connection reads it
        dok = lain.load_dokumen(lain.list_dokumen()[0].id)
        s = next(j for j in dok.jabatan if j.nama == NAMA).sasaran[0]
        assert [i.gabung for i in s.indikator] == [[], [SD], [SD]]
    konteks.undo_stack.undo()
    assert _nilai(konteks) == sebelum
    assert editor.view.rowSpan(0, col) == 1
    konteks.undo_stack.redo()
    assert editor.view.rowSpan(0, col) == 3


def test_typing_in_a_merged_cell_changes_every_row_and_split_keeps_the_text(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    _pilih(editor, 0, 2)
    _klik(qtbot, editor, editor.gabung.aksi_gabung)
    col = editor.model.kolom_dari_kunci(SD)
    editor.view.setCurrentIndex(editor.model.index(0, col))
    editor.view.setFocus()
    qtbot.keyClicks(editor.view, "B")
    sel = editor.view.delegasi.editor_aktif
    assert sel is not None
    qtbot.keyClicks(sel, "uku tamu")
    qtbot.keyClick(sel, Qt.Key.Key_Return)
    assert [t for t, _ in _nilai(konteks)] == ["Buku tamu"] * 3
    konteks.undo_stack.undo()
    assert [t for t, _ in _nilai(konteks)] == ["Laporan A"] * 3

    _pilih(editor, 0, 0)  # the spanned cell itself
    assert editor.gabung.aksi_pisah.isEnabled() and not editor.gabung.aksi_gabung.isEnabled()
    _klik(qtbot, editor, editor.gabung.aksi_pisah)
    assert _nilai(konteks) == [("Laporan A", [])] * 3
    assert editor.view.rowSpan(0, col) == 1
    konteks.undo_stack.undo()
    assert _nilai(konteks) == [("Laporan A", []), ("Laporan A", [SD]), ("Laporan A", [SD])]


def _jawab_dialog(pilihan: str | None) -> None:
    """Answer the question of differing texts like the operator (None: Batal)."""

    def jawab() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, jawab)
            return
        tombol = dialog.findChild(QDialogButtonBox)
        assert tombol is not None
        teks = [b.text() for b in tombol.buttons()]
        assert "Gabungkan" in teks and "Batal" in teks
        if pilihan is None:
            dialog.reject()
            return
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        combo.setCurrentIndex(combo.findText(pilihan))
        dialog.accept()

    QTimer.singleShot(20, jawab)


def test_different_texts_ask_first_cancel_changes_nothing_join_keeps_both(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    col = editor.model.kolom_dari_kunci(SD)
    assert editor.model.setData(editor.model.index(1, col), "Register surat")
    sebelum = _nilai(konteks)
    _pilih(editor, 0, 2)
    _jawab_dialog(None)
    assert editor.gabung.gabungkan() is False
    assert _nilai(konteks) == sebelum

    _pilih(editor, 0, 2)
    _jawab_dialog(PILIHAN_SATUKAN)
    assert editor.gabung.gabungkan()
    gabungan = "Laporan A\nRegister surat"
    assert _nilai(konteks) == [(gabungan, []), (gabungan, [SD]), (gabungan, [SD])]

    konteks.undo_stack.undo()
    _pilih(editor, 1, 2)
    _jawab_dialog("Pakai: Register surat")
    assert editor.gabung.gabungkan()
    assert _nilai(konteks) == [
        ("Laporan A", []),
        ("Register surat", []),
        ("Register surat", [SD]),
    ]


def test_merge_is_offered_only_for_cells_that_can_merge(
    editor: EditorTabel, konteks: Konteks
) -> None:
    _pilih(editor, 0, 0)
    assert not editor.gabung.aksi_gabung.isEnabled()  # one cell
    _pilih(editor, 0, 2, "indikator")
    assert not editor.gabung.aksi_gabung.isEnabled()  # the indikator text never merges
    _pilih(editor, 1, 3)  # row 3 belongs to the next sasaran
    assert not editor.gabung.aksi_gabung.isEnabled()
    _pilih(editor, 0, 1)
    assert editor.gabung.aksi_gabung.isEnabled()
    assert editor.gabung.aksi_gabung.shortcut().toString() == "Ctrl+M"


def test_pure_helpers_keep_every_text() -> None:
    s = Sasaran(
        "S", [Indikator("a", sumber_data="X"), Indikator("b", sumber_data="Y"), Indikator("c")]
    )
    baru = {b.id: b for _, b in gabung.gabungkan(s, 0, 2, SD, "X")}
    s.indikator = [baru.get(i.id, i) for i in s.indikator]
    assert [i.sumber_data for i in s.indikator] == ["X"] * 3
    assert gabung.rentang(s, 1, SD) == (0, 2) and gabung.rentang_semua(s, SD) == [(0, 2)]
    # A row moved away from the top of the run: the next one starts its own run.
    s.indikator[0].sumber_data = "Z"
    rapi = gabung.rapikan(s)
    assert [b.gabung for _, b in rapi] == [[]] and rapi[0][1].sumber_data == "X"


def _konsisten(s: Sasaran) -> bool:
    """samakan_gabungan changes nothing: every merged row already holds its run's text."""
    salinan = copy.deepcopy(s)
    salinan.samakan_gabungan()
    return salinan == s


def test_moving_or_deleting_a_row_of_a_merged_cell_keeps_texts_and_undo_is_exact(
    qtbot: Any, editor: EditorTabel, konteks: Konteks, jawab_ya: None
) -> None:
    col = editor.model.kolom_dari_kunci(SD)
    assert editor.model.setData(editor.model.index(1, col), "Laporan A")
    _pilih(editor, 0, 2)
    _klik(qtbot, editor, editor.gabung.aksi_gabung)
    sebelum = [(i.id, i.sumber_data, i.gabung) for i in _sasaran(konteks).indikator]

    # Move the first row of the merged cell down (Alt+Down): nobody gets another's text.
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    assert editor.pindah(1)
    s = _sasaran(konteks)
    assert [i.sumber_data for i in s.indikator] == ["Laporan A"] * 3
    assert s.indikator[0].gabung == [] and _konsisten(s)
    konteks.undo_stack.undo()
    assert [(i.id, i.sumber_data, i.gabung) for i in _sasaran(konteks).indikator] == sebelum
    assert editor.view.rowSpan(0, col) == 3

    # A new indikator typed in the middle splits the merged cell; its own text stays.
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    baru = editor.tambah_indikator("Indikator sisipan")
    assert baru is not None
    s = _sasaran(konteks)
    assert _konsisten(s)
    assert [i.sumber_data for i in s.indikator].count("Laporan A") == 3
    konteks.undo_stack.undo()
    assert [(i.id, i.sumber_data, i.gabung) for i in _sasaran(konteks).indikator] == sebelum

    # Delete the first row: the other two stay one merged cell.
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    assert editor.hapus()
    s = _sasaran(konteks)
    assert [(i.sumber_data, i.gabung) for i in s.indikator] == [
        ("Laporan A", []),
        ("Laporan A", [SD]),
    ]
    assert editor.view.rowSpan(0, col) == 2
    konteks.undo_stack.undo()
    assert [(i.id, i.sumber_data, i.gabung) for i in _sasaran(konteks).indikator] == sebelum


def test_one_row_of_a_merged_cell_changed_elsewhere_leaves_the_merge(
    qtbot: Any, editor: EditorTabel, konteks: Konteks
) -> None:
    """E.g. the Satuan typed in the Target dialog for one indikator: no other row changes."""
    _pilih(editor, 0, 2)
    _klik(qtbot, editor, editor.gabung.aksi_gabung)
    sebelum = _nilai(konteks)
    lama = _sasaran(konteks).indikator[1]
    baru = copy.deepcopy(lama)
    baru.sumber_data = "Buku agenda"
    dok_id = editor.model.dokumen.id if editor.model.dokumen else ""
    assert konteks.jalankan(UbahIndikator(konteks, dok_id, editor.model.jabatan_id, lama, baru))
    assert _nilai(konteks) == [("Laporan A", []), ("Buku agenda", []), ("Laporan A", [])]
    assert _konsisten(_sasaran(konteks))
    konteks.undo_stack.undo()
    assert _nilai(konteks) == sebelum


def test_iku_penanggung_jawab_merges_like_the_iki(qtbot: Any, konteks: Konteks) -> None:
    e = EditorTabel(konteks)
    qtbot.addWidget(e)
    e.resize(1200, 700)
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    e.tampilkan(dok, None)
    e.show()
    assert e.tambah_sasaran("Meningkatnya kualitas pelayanan publik") is not None
    assert e.tambah_indikator("Indeks kepuasan masyarakat") is not None
    assert e.tambah_indikator("Persentase pengaduan yang ditindaklanjuti") is not None
    pj = "penanggung_jawab"
    col = e.model.kolom_dari_kunci(pj)
    assert e.model.setData(e.model.index(0, col), "Kasi Pelayanan")
    _pilih(e, 0, 1, pj)
    _klik(qtbot, e, e.gabung.aksi_gabung)
    iku = konteks.dokumen(dok.id).iku[0]
    assert [(i.penanggung_jawab, i.gabung) for i in iku.indikator] == [
        ("Kasi Pelayanan", []),
        ("Kasi Pelayanan", [pj]),
    ]
    assert e.view.rowSpan(0, col) == 2 and e.view.rowSpan(0, 0) == 2  # NO and the merge
