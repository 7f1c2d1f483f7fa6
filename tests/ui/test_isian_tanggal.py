"""The Keputusan date: typed in Indonesian or numbers, or picked on a calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from iki_desktop.ui.editor.isian_tanggal import IsianTanggal
from iki_desktop.ui.jendela.utama import JendelaUtama

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def _ketik(qtbot: Any, isian: IsianTanggal, teks: str) -> None:
    isian.edit.setFocus()
    isian.edit.selectAll()
    if teks:
        qtbot.keyClicks(isian.edit, teks)
    else:
        qtbot.keyClick(isian.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(isian.edit, Qt.Key.Key_Return)


def test_typed_and_picked_dates_reach_the_database(qtbot: Any, db_contoh: Path) -> None:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(db_contoh)
    w.show()
    dok_id = w.konteks.store.list_dokumen()[0].id
    w.pilih("keputusan", dok_id)
    isian = w.editor_keputusan.tanggal

    def tersimpan() -> dt.date | None:
        return w.konteks.store.load_dokumen(dok_id).keputusan.tanggal

    _ketik(qtbot, isian, "17 Agustus 2026")
    assert tersimpan() == dt.date(2026, 8, 17)
    _ketik(qtbot, isian, "7/1/2026")
    assert tersimpan() == dt.date(2026, 1, 7)
    assert isian.text() == "7 Januari 2026"

    # Not a date: kept as typed, marked, nothing saved.
    _ketik(qtbot, isian, "31/2/2026")
    assert tersimpan() == dt.date(2026, 1, 7)
    assert isian.text() == "31/2/2026" and "kalender" in isian.galat

    # The calendar opens at the set date; a click saves the picked day.
    _ketik(qtbot, isian, "7 Januari 2026")
    qtbot.mouseClick(isian.tombol, Qt.MouseButton.LeftButton)
    assert isian.menu.isVisible()
    assert isian.kalender.selectedDate() == QDate(2026, 1, 7)
    isian.kalender.clicked.emit(QDate(2026, 1, 12))
    assert tersimpan() == dt.date(2026, 1, 12) and not isian.menu.isVisible()

    # Cleared: no date; the calendar then opens at today (never at the year 2000).
    _ketik(qtbot, isian, "")
    assert tersimpan() is None
    qtbot.mouseClick(isian.tombol, Qt.MouseButton.LeftButton)
    assert isian.kalender.selectedDate() == QDate.currentDate()
    isian.menu.close()
    w.close()
