"""Quitting after copying rows must not crash (Qt frees the clipboard data after
Python has shut down unless the program hands it over first)."""

import subprocess
import sys

KODE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QMimeData, QTimer
from iki_desktop.ui.app import buat_aplikasi
app = buat_aplikasi([])
data = QMimeData()
data.setData("application/x-iki-baris", b"[]")
data.setText("Sasaran\\tIndikator")
app.clipboard().setMimeData(data)
QTimer.singleShot(0, app.quit)
app.exec()
print(app.clipboard().text())
"""


def test_quit_after_copy_exits_cleanly_and_keeps_the_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"IKI_DESKTOP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", KODE], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "Sasaran\tIndikator" in result.stdout
