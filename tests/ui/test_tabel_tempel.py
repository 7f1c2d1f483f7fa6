"""Paste from Excel/Word, re-selection after undo/redo, drag and drop of indikator rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from iki_desktop.domain.formula import Pecahan
from iki_desktop.domain.model import Dokumen, Kolom
from iki_desktop.store import Store
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel_tempel import baca_tsv, pilih_kolom

NAMA = "Analis Kinerja"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def tanpa_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No modal message box may block a test: record what would have been shown."""
    pesan: list[str] = []

    def catat(*args: object, **_: object) -> QMessageBox.StandardButton:
        pesan.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for nama in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, nama, staticmethod(catat))
    return pesan


@pytest.fixture(autouse=True)
def papan_klip() -> object:
    yield
    QApplication.clipboard().clear()


def _dok(konteks: Konteks) -> Dokumen:
    return konteks.dokumen(konteks.store.list_dokumen()[0].id)


def _jab(dok: Dokumen, nama: str = NAMA):
    return next(j for j in dok.jabatan if j.nama == nama)


def _editor(qtbot, konteks: Konteks, nama: str = NAMA) -> EditorTabel:
    editor = EditorTabel(konteks)
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    dok = _dok(konteks)
    editor.tampilkan(dok, _jab(dok, nama).id)
    editor.show()
    return editor


def _struktur(konteks: Konteks, nama: str = NAMA) -> list[tuple[str, str, list[tuple]]]:
    return [
        (
            s.id,
            s.teks,
            [(i.id, i.teks, i.formula, i.sumber_data) for i in s.indikator],
        )
        for s in _jab(_dok(konteks), nama).sasaran
    ]


# ---------------------------------------------------------------- pure parsing


def test_baca_tsv_excel_quoting() -> None:
    teks = 'a\t"baris 1\r\nbaris 2"\t"kata ""kutip"""\r\n\tb\r\n'
    assert baca_tsv(teks) == [["a", "baris 1\nbaris 2", 'kata "kutip"'], ["", "b"]]
    assert baca_tsv('"tanpa tutup\tx') == [['"tanpa tutup', "x"]]


def test_pilih_kolom_by_width() -> None:
    iku = [Kolom(k, k.upper()) for k in ("no", "sasaran", "indikator", "formula", "sumber_data")]
    assert pilih_kolom(iku, 5) == ["no", "sasaran", "indikator", "formula", "sumber_data"]
    assert pilih_kolom(iku, 4) == ["sasaran", "indikator", "formula", "sumber_data"]
    assert pilih_kolom(iku, 2) == ["indikator", "formula", "sumber_data"]


# ---------------------------------------------------------------- paste


def test_paste_tsv_rows_under_selected_sasaran_with_quoted_cells(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    awal = _struktur(konteks)
    editor.view.setCurrentIndex(editor.model.index(0, 1))  # first sasaran, its indikator
    QApplication.clipboard().setText(
        "Persentase laporan tepat waktu\t"
        '"Jumlah laporan tepat waktu\n-----\nJumlah laporan\n× 100 %"\t'
        '"Buku agenda\nLaporan ""bulanan"""\r\n'
        "Jumlah rapat evaluasi\tJumlah rapat\tNotulen\r\n"
    )
    with qtbot.waitSignal(editor.berubah):
        baru = editor.tempel()
    assert len(baru) == 2
    assert konteks.undo_stack.undoText() == "Tempel 2 baris"
    s0 = _jab(_dok(konteks)).sasaran[0]
    assert [i.id for i in s0.indikator][1:] == baru
    pertama = s0.indikator[1]
    assert pertama.teks == "Persentase laporan tepat waktu"
    assert pertama.sumber_data == 'Buku agenda\nLaporan "bulanan"'
    assert any(isinstance(p, Pecahan) for p in pertama.formula.bagian)
    assert s0.indikator[2].formula.bagian  # plain text formula kept
    # The first pasted row is selected.
    assert editor.view.currentIndex().row() == editor.model.baris_indikator(baru[0])
    # One undo takes the whole paste back, exactly.
    konteks.undo_stack.undo()
    assert _struktur(konteks) == awal


def test_paste_with_sasaran_column_groups_like_printed_table(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    awal = _struktur(konteks)
    n_sasaran = len(awal)
    editor.view.setCurrentIndex(editor.model.index(n_sasaran - 1, 1))
    toko = konteks.store
    dok_id = _dok(konteks).id
    sebelum = toko.counts(dok_id)
    QApplication.clipboard().setText(
        "KINERJA\tINDIKATOR KINERJA\tPENJELASAN/FORMULASI PERHITUNGAN\tSUMBER DATA\r\n"
        "Meningkatnya kualitas laporan\tIndikator A\tJumlah A / Jumlah B × 100 %\tSIPD\r\n"
        "\tIndikator B\t\tArsip\r\n"
        '"Terlaksananya\nmonev"\tIndikator C\t\t\r\n'
    )
    baru = editor.tempel()
    assert len(baru) == 2  # two new sasaran (ids of the groups)
    assert konteks.undo_stack.undoText() == "Tempel 3 baris"  # the heading line is skipped
    sasaran = _jab(_dok(konteks)).sasaran
    assert [s.teks for s in sasaran[n_sasaran:]] == [
        "Meningkatnya kualitas laporan",
        "Terlaksananya\nmonev",
    ]
    assert [i.teks for i in sasaran[n_sasaran].indikator] == ["Indikator A", "Indikator B"]
    assert sasaran[n_sasaran].indikator[1].sumber_data == "Arsip"
    assert [i.teks for i in sasaran[n_sasaran + 1].indikator] == ["Indikator C"]
    setelah = toko.counts(dok_id)
    assert setelah["sasaran"] == sebelum["sasaran"] + 2
    assert setelah["indikator"] == sebelum["indikator"] + 3
    konteks.undo_stack.undo()
    assert toko.counts(dok_id) == sebelum and _struktur(konteks) == awal
    konteks.undo_stack.redo()
    assert toko.counts(dok_id) == setelah
    assert [s.id for s in _jab(_dok(konteks)).sasaran[n_sasaran:]] == baru  # same ids


@pytest.mark.parametrize(
    "sampah",
    ["", "Hanya satu kalimat tanpa tab", "\t\t\r\n \t \r\n", "\x00\x01\t\x02\x7f\r\n"],
)
def test_garbage_text_refused_and_nothing_changed(
    qtbot, konteks: Konteks, sampah: str, tanpa_dialog: list[str]
) -> None:
    editor = _editor(qtbot, konteks)
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    dok_id = _dok(konteks).id
    sebelum = konteks.store.counts(dok_id)
    pesan: list[str] = []
    konteks.galat.connect(pesan.append)
    QApplication.clipboard().setText(sampah)
    assert editor.tempel() == []
    assert konteks.store.counts(dok_id) == sebelum
    assert konteks.undo_stack.count() == 0
    assert pesan and "tidak dapat ditempel" in pesan[0]


# ---------------------------------------------------------------- undo re-selects


def test_undo_redo_reselect_touched_row(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    ind_id = _jab(_dok(konteks)).sasaran[2].indikator[0].id
    row = editor.model.baris_indikator(ind_id)
    editor.view.setCurrentIndex(editor.model.index(row, 1))
    assert editor.pindah(-1)
    editor.view.setCurrentIndex(editor.model.index(0, 2))  # look elsewhere
    konteks.undo_stack.undo()
    assert editor.view.currentIndex().row() == editor.model.baris_indikator(ind_id) == row
    editor.view.setCurrentIndex(editor.model.index(0, 2))
    konteks.undo_stack.redo()
    assert editor.view.currentIndex().row() == editor.model.baris_indikator(ind_id)
    assert ind_id in [i.id for i in _jab(_dok(konteks)).sasaran[1].indikator]

    # A cell edit: undo selects that indikator again.
    lain = _jab(_dok(konteks)).sasaran[4].indikator[0]
    col = editor.model.kolom_dari_kunci("sumber_data")
    editor.model.setData(editor.model.index(editor.model.baris_indikator(lain.id), col), "Baru")
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    konteks.undo_stack.undo()
    assert editor.view.currentIndex().row() == editor.model.baris_indikator(lain.id)
    assert editor.view.currentIndex().column() == 1


# ---------------------------------------------------------------- drag and drop


def _seret(editor: EditorTabel, row: int, col: int, ke_row: int, parent: QModelIndex) -> None:
    m = editor.model
    mime = m.mimeData([m.index(row, col)])
    assert mime is not None
    assert m.canDropMimeData(mime, Qt.DropAction.MoveAction, ke_row, -1, parent)
    m.dropMimeData(mime, Qt.DropAction.MoveAction, ke_row, -1, parent)


def test_drag_indikator_to_other_sasaran_persists(qtbot, konteks: Konteks, db_contoh: Path) -> None:
    editor = _editor(qtbot, konteks)
    m = editor.model
    ind_id = _jab(_dok(konteks)).sasaran[0].indikator[0].id
    tujuan = _jab(_dok(konteks)).sasaran[3]
    # Drop on the sasaran cell of the fourth group: to the end of that group.
    _seret(editor, 0, 1, -1, m.index(m.baris_sasaran(tujuan.id), 0))
    assert konteks.undo_stack.undoText() == "Pindahkan indikator"
    jab = _jab(_dok(konteks))
    assert jab.sasaran[0].indikator == []
    assert [i.id for i in jab.sasaran[3].indikator][-1] == ind_id
    assert editor.view.currentIndex().row() == m.baris_indikator(ind_id)

    # Between rows: above the first row of the second group.
    lain = jab.sasaran[3].indikator[0].id
    _seret(editor, m.baris_indikator(lain), 1, m.baris_sasaran(jab.sasaran[1].id), QModelIndex())
    urutan = [[i.id for i in s.indikator] for s in _jab(_dok(konteks)).sasaran]
    assert urutan[1][0] == lain and urutan[3] == [ind_id]

    # A drop from another table is refused.
    editor2 = _editor(qtbot, konteks, "Kepala Sub Bagian Tata Usaha")
    asing = editor2.model.mimeData([editor2.model.index(0, 1)])
    assert asing is not None
    assert not m.canDropMimeData(asing, Qt.DropAction.MoveAction, 0, -1, QModelIndex())

    konteks.store.close()
    with Store.open(db_contoh) as store:
        dok = store.load_dokumen(_dok_id(store))
        assert [[i.id for i in s.indikator] for s in _jab(dok).sasaran] == urutan


def _dok_id(store: Store) -> str:
    return store.list_dokumen()[0].id


def test_drag_undo_restores_order_and_alt_keys_still_work(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    m = editor.model
    awal = _struktur(konteks)
    # Drag the first indikator onto the third row's indikator cell (another sasaran):
    # it goes into that sasaran, above the row it was dropped on.
    _seret(editor, 0, 1, -1, m.index(2, 1))
    a, c = awal[0][2][0][0], awal[2][2][0][0]
    assert [i.id for i in _jab(_dok(konteks)).sasaran[2].indikator] == [a, c]
    assert konteks.store.counts(_dok(konteks).id)["indikator"] > 0
    konteks.undo_stack.undo()
    assert _struktur(konteks) == awal
    assert editor.view.currentIndex().row() == 0
    # Alt+Down still moves the current indikator.
    editor.view.setCurrentIndex(m.index(0, 1))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert konteks.undo_stack.undoText() == "Pindahkan indikator turun"


def test_render_table_png(qtbot, konteks: Konteks, tmp_path: Path) -> None:
    editor = _editor(qtbot, konteks)
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    QApplication.clipboard().setText(
        "Meningkatnya kualitas laporan\tIndikator A\t"
        '"Jumlah laporan tepat waktu\n-----\nJumlah laporan\n× 100 %"\tSIPD\r\n'
        "\tIndikator B\tJumlah B\tArsip\r\n"
    )
    assert editor.tempel()
    editor.view.atur_tinggi()
    path = Path(__import__("os").environ.get("IKI_PNG_TABEL", tmp_path / "tabel.png"))
    assert editor.grab().save(str(path))


@pytest.mark.filterwarnings("ignore:Function.*QDragMoveEvent:DeprecationWarning")
def test_view_drop_event_below_group_cell_ends_that_group(qtbot, konteks: Konteks) -> None:
    """The view's own dropEvent: "below" a spanned sasaran cell means the end of the group."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QAbstractItemView

    editor = _editor(qtbot, konteks)
    m, view = editor.model, editor.view
    view.setCurrentIndex(m.index(0, 1))
    editor.tempel_teks("Indikator X\tx\r\nIndikator Y\ty\r\n")  # sasaran 0 has 3 rows now
    view.atur_tinggi()
    ind_id = _jab(_dok(konteks)).sasaran[4].indikator[0].id
    mime = m.mimeData([m.index(m.baris_indikator(ind_id), 1)])
    assert mime is not None
    # A fake drag has no source widget; InternalMove would ignore it, DragDrop does not.
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    rect = view.visualRect(m.index(0, 0))  # the spanned sasaran cell of group 0
    titik = QPoint(rect.center().x(), rect.bottom() - 1)
    aksi = Qt.DropAction.MoveAction
    kiri = Qt.MouseButton.LeftButton
    tanpa = Qt.KeyboardModifier.NoModifier
    view.dragMoveEvent(QDragMoveEvent(titik, aksi, mime, kiri, tanpa))
    assert view.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
    view.dropEvent(QDropEvent(titik.toPointF(), aksi, mime, kiri, tanpa))
    assert [i.id for i in _jab(_dok(konteks)).sasaran[0].indikator][-1] == ind_id


def test_drag_two_rows_to_end_of_group_and_undo(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    m = editor.model
    editor.view.setCurrentIndex(m.index(0, 1))
    editor.tempel_teks("B\tb\r\nC\tc\r\nD\td\r\n")
    awal = _struktur(konteks)
    a, b, c, d = [i[0] for i in awal[0][2]]
    mime = m.mimeData([m.index(0, 1), m.index(1, 2), m.index(1, 1)])
    assert mime is not None
    # Between rows: below the last row of group 0 (row 4 is the next group's first row).
    m.lepas_bawah = True
    m.dropMimeData(mime, Qt.DropAction.MoveAction, 4, -1, QModelIndex())
    assert konteks.undo_stack.undoText() == "Pindahkan 2 indikator"
    assert [i.id for i in _jab(_dok(konteks)).sasaran[0].indikator] == [c, d, a, b]
    konteks.undo_stack.undo()
    assert _struktur(konteks) == awal
    konteks.undo_stack.redo()
    assert [i.id for i in _jab(_dok(konteks)).sasaran[0].indikator] == [c, d, a, b]
    # Dropping rows onto themselves changes nothing and pushes nothing.
    n = konteks.undo_stack.count()
    mime = m.mimeData([m.index(0, 1)])
    assert mime is not None
    m.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, m.index(0, 1))
    assert konteks.undo_stack.count() == n


def test_redo_of_own_edit_selects_at_once(qtbot, konteks: Konteks) -> None:
    editor = _editor(qtbot, konteks)
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    ind = editor.tambah_indikator("Indikator baru sekali")
    assert ind is not None
    konteks.undo_stack.undo()
    editor.view.setCurrentIndex(editor.model.index(3, 1))
    konteks.undo_stack.redo()
    assert editor.view.currentIndex().row() == editor.model.baris_indikator(ind.id) == 1
    assert editor.pemilih.tertunda is None
