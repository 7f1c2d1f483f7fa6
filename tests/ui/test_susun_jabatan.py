"""Building the jabatan tree as an operator: Tambah bawahan, Alt+Kanan/Kiri, dragging."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOption

from iki_desktop.domain.model import Dokumen
from iki_desktop.ui.jendela.utama import JendelaUtama
from iki_desktop.ui.tabel.gaya_seret import WARNA, GayaSeret

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def jendela(qtbot: Any, db_contoh: Path) -> Any:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(db_contoh)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _dok(w: JendelaUtama) -> Dokumen:
    return w.konteks.store.load_dokumen(w.konteks.store.list_dokumen()[0].id)


def test_tambah_bawahan_on_the_toolbar_and_in_the_context_menu(qtbot: Any, jendela: Any) -> None:
    w = jendela
    camat = _dok(w).anak(None)[0]
    w.pilih("jabatan", camat.id)
    assert w.dokumen.a_bawahan in w.pohon.actions()  # the tree's context menu
    tombol = w.toolbar.widgetForAction(w.dokumen.a_bawahan)
    assert tombol is not None and tombol.isVisible() and tombol.isEnabled()
    n = len(_dok(w).anak(camat.id))
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    anak = _dok(w).anak(camat.id)
    assert len(anak) == n + 1 and anak[-1].nama == "Jabatan baru"
    assert w.konteks.undo_stack.undoText() == "Tambah bawahan"


def test_alt_right_and_alt_left_change_the_atasan_with_undo(qtbot: Any, jendela: Any) -> None:
    w = jendela
    dok = _dok(w)
    induk = next(j for j in dok.jabatan if len(dok.anak(j.id)) >= 2)
    kakak, adik = dok.anak(induk.id)[0], dok.anak(induk.id)[1]
    w.pilih("jabatan", adik.id)
    w.pohon.setFocus()
    qtbot.keyClick(w.pohon, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _dok(w).jabatan_by_id(adik.id).parent_id == kakak.id
    assert w.konteks.undo_stack.undoText() == f"Jadikan {adik.nama} bawahan {kakak.nama}"
    assert w.simpul().ident == adik.id  # still selected after the tree rebuilt

    qtbot.keyClick(w.pohon, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    baru = _dok(w)
    assert baru.jabatan_by_id(adik.id).parent_id == induk.id
    assert [j.id for j in baru.anak(induk.id)][:2] == [kakak.id, adik.id]

    qtbot.keyClick(w.pohon, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _dok(w).jabatan_by_id(adik.id).parent_id == induk.parent_id
    w.konteks.undo_stack.undo()
    w.konteks.undo_stack.undo()
    w.konteks.undo_stack.undo()
    assert [j.id for j in _dok(w).anak(induk.id)][:2] == [kakak.id, adik.id]


def test_drop_indicator_is_drawn_thick_and_coloured(jendela: Any) -> None:
    assert isinstance(jendela.pohon.style(), GayaSeret)
    gambar = QImage(200, 40, QImage.Format.Format_ARGB32)
    gambar.fill(QColor("white"))
    painter = QPainter(gambar)
    opt = QStyleOption()
    opt.rect = QRect(0, 20, 200, 0)
    jendela.pohon.style().drawPrimitive(
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop, opt, painter, jendela.pohon
    )
    painter.end()
    garis = [gambar.pixelColor(100, y) for y in range(17, 24)]
    assert sum(1 for c in garis if c == WARNA) >= 2  # a line at least two pixels thick
