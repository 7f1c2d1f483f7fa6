"""Qt's own file and print dialogs speak Indonesian on Linux (qt_id.qm)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from iki_desktop.ui.terjemahan import KAMUS
from tests.ui.test_bahasa import kata_inggris, teks_terlihat, terjemahan_qt  # noqa: F401

pytestmark = pytest.mark.gui

INGGRIS = {
    sumber.replace("&", "")
    for isi in KAMUS.values()
    for sumber, hasil in isi.items()
    if sumber.replace("&", "") != hasil.replace("&", "")
}


def _masih_inggris(dialog: QWidget) -> list[str]:
    return sorted(
        {
            f"{asal}: {teks!r}"
            for asal, teks in teks_terlihat(dialog)
            if teks.replace("&", "") in INGGRIS
        }
    )


def test_file_dialog_in_indonesian(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "contoh.pdf").write_bytes(b"%PDF-1.4")
    dialog = QFileDialog(None, "Simpan PDF", str(tmp_path), "Berkas PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    assert kata_inggris(dialog) == [] and _masih_inggris(dialog) == []
    judul = [
        dialog.findChild(QWidget, "treeView").model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(4)
    ]
    assert judul[:2] == ["Nama", "Ukuran"]


def test_print_dialog_in_indonesian(qtbot: Any) -> None:
    dialog = QPrintDialog()  # with a printer of its own: no dangling pointer at teardown
    dialog.setWindowTitle("Cetak")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert kata_inggris(dialog) == [] and _masih_inggris(dialog) == []
    dialog.close()
