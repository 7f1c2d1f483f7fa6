"""The window on an office screen of 1024×600: it fits, the table has the room,
names and headings are whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest

from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.jendela.utama import JendelaUtama
from iki_desktop.ui.tabel.tampilan import TampilanTabel, bagi_lebar

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def _jendela(qtbot: Any, path: Path, lebar: int, tinggi: int) -> JendelaUtama:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(path)
    w.resize(lebar, tinggi)
    w.show()
    qtbot.waitExposed(w)
    return w


def _judul_utuh(view: TampilanTabel) -> None:
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    fm = QFontMetrics(font)
    m = view.model_tabel
    for c in range(m.columnCount()):
        teks = str(m.headerData(c, Qt.Orientation.Horizontal))
        perlu = max(fm.horizontalAdvance(b) for b in teks.split("\n"))
        assert view.columnWidth(c) >= perlu + 8, teks
    total = sum(view.columnWidth(c) for c in range(m.columnCount()))
    assert total <= view.viewport().width() + 1


def test_fits_1024x600_with_the_table_taking_the_room(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela(qtbot, db_contoh, 1024, 600)
    assert w.minimumSizeHint().height() <= 560
    assert w.height() == 600
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    jab = next(j for j in dok.jabatan if j.nama == "Sekretaris Kecamatan")
    w.pilih("jabatan", jab.id)
    QTest.qWait(50)
    e = w.editor_jabatan
    assert e.terlipat and not e.tab.isVisible()  # folded by itself on a short screen
    tabel = e.tabel
    assert isinstance(tabel, EditorTabel)
    assert tabel.view.viewport().height() > 3 * e.atas.height()
    # One click brings the form back; another folds it again.
    qtbot.mouseClick(e.tombol_lipat, Qt.MouseButton.LeftButton)
    assert e.tab.isVisible() and e.tombol_lipat.text() == "Lipat data jabatan"
    qtbot.mouseClick(e.tombol_lipat, Qt.MouseButton.LeftButton)
    assert not e.tab.isVisible() and e.tombol_lipat.text() == "Tampilkan data jabatan"
    _judul_utuh(tabel.view)
    w.close()


def test_tree_names_whole_with_a_tooltip(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela(qtbot, db_contoh, 1024, 600)
    w.pohon.expandAll()
    QTest.qWait(20)
    fm = w.pohon.fontMetrics()
    stack, terpanjang = [QModelIndex()], ""
    while stack:
        parent = stack.pop()
        for r in range(w.proxy.rowCount(parent)):
            idx = w.proxy.index(r, 0, parent)
            stack.append(idx)
            nama = str(idx.data())
            if len(nama) > len(terpanjang):
                terpanjang, paling = nama, idx
            assert str(idx.data(Qt.ItemDataRole.ToolTipRole)).startswith(nama)
    rect = w.pohon.visualRect(paling)
    assert w.pohon.columnWidth(0) >= rect.left() + fm.horizontalAdvance(terpanjang)
    assert w.pohon.textElideMode() == Qt.TextElideMode.ElideNone
    w.close()


@pytest.mark.parametrize("ukuran", [(1024, 600), (1400, 900)])
def test_iku_headings_never_clipped(qtbot: Any, db_contoh: Path, ukuran: tuple[int, int]) -> None:
    w = _jendela(qtbot, db_contoh, *ukuran)
    w.pilih("iku", w.konteks.store.list_dokumen()[0].id)
    QTest.qWait(50)
    view = w.editor_iku.view  # type: ignore[attr-defined]
    assert view.model_tabel.columnCount() >= 6
    _judul_utuh(view)
    w.close()


def test_widths_share_the_room_but_keep_each_minimum() -> None:
    lebar = bagi_lebar(600, [0.5, 2.0, 2.0, 1.5], [60, 100, 100, 200])
    assert sum(lebar) <= 600 and lebar[3] == 200 and lebar[0] >= 60
    assert lebar[1] == lebar[2]


def test_a_saved_tall_layout_still_folds_on_a_short_screen(
    qtbot: Any, db_contoh: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    setelan = QSettings(str(tmp_path / "setelan.ini"), QSettings.Format.IniFormat)
    for lebar, tinggi in ((1400, 900), (1024, 600)):
        w = JendelaUtama(setelan=setelan)
        qtbot.addWidget(w)
        assert w.buka_berkas(db_contoh)
        w.resize(lebar, tinggi)
        w.show()
        qtbot.waitExposed(w)
        dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
        w.pilih("jabatan", dok.jabatan_urut()[1].id)
        QTest.qWait(50)
        assert w.editor_jabatan.terlipat == (tinggi == 600)
        w.close()


def test_big_dialogs_fit_the_screen(qtbot: Any) -> None:
    from iki_desktop.domain.formula import Formula
    from iki_desktop.ui.dialog.formula import DialogFormula
    from iki_desktop.ui.dialog.panduan import DialogPanduan

    for dialog in (DialogFormula(Formula()), DialogPanduan()):
        qtbot.addWidget(dialog)
        layar = dialog.screen().availableGeometry()
        assert dialog.width() <= layar.width() and dialog.height() <= layar.height()


@pytest.mark.parametrize("jenis", ["keputusan", "instansi", "dokumen"])
def test_forms_scroll_only_up_and_down_at_1024x600(qtbot: Any, db_contoh: Path, jenis: str) -> None:
    from PySide6.QtWidgets import QScrollArea

    w = _jendela(qtbot, db_contoh, 1024, 600)
    dok = w.konteks.store.list_dokumen()[0]
    assert w.pilih(jenis, dok.id)
    assert w.simpul().jenis == jenis
    QTest.qWait(50)
    halaman = w.tumpukan.currentWidget()
    for area in [halaman, *halaman.findChildren(QScrollArea)]:
        if isinstance(area, QScrollArea) and area.isVisible():
            assert area.horizontalScrollBar().maximum() == 0 or not (
                area.horizontalScrollBar().isVisible()
            )
            assert area.widget().width() <= area.viewport().width()
    w.close()
