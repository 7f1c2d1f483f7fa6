"""The PK date, like the Keputusan date: typed in Indonesian or numbers, or picked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from iki_desktop.store import Store
from iki_desktop.ui.editor.dokumen import EditorDokumen
from iki_desktop.ui.konteks import Konteks
from tests.kinerja.bantu import dokumen_bertarget


@pytest.fixture
def konteks(tmp_path: Path) -> Iterator[Konteks]:
    instansi, dok = dokumen_bertarget()
    store = Store.create(tmp_path / "k.sqlite")
    store.import_dokumen(instansi, dok)
    yield Konteks(store)
    store.close()


def test_pk_date_typed_or_picked(qtbot: Any, konteks: Konteks) -> None:
    dok_id = konteks.store.list_dokumen()[0].id
    editor = EditorDokumen(konteks)
    qtbot.addWidget(editor)
    editor.show()
    editor.tampilkan(dok_id, dok_id)
    isian = editor.kinerja.tanggal
    isian.edit.setFocus()
    isian.edit.selectAll()
    qtbot.keyClicks(isian.edit, "2/1/2026")
    qtbot.keyClick(isian.edit, Qt.Key.Key_Return)
    assert konteks.store.load_dokumen(dok_id).pk.tanggal == dt.date(2026, 1, 2)
    assert isian.text() == "2 Januari 2026"
    qtbot.mouseClick(isian.tombol, Qt.MouseButton.LeftButton)
    assert isian.kalender.selectedDate() == QDate(2026, 1, 2)  # at the set date
    isian.kalender.clicked.emit(QDate(2026, 1, 5))
    assert konteks.store.load_dokumen(dok_id).pk.tanggal == dt.date(2026, 1, 5)
    konteks.undo_stack.undo()
    assert konteks.store.load_dokumen(dok_id).pk.tanggal == dt.date(2026, 1, 2)
