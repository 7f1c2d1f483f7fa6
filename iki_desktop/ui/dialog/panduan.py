"""Bantuan → Panduan (F1): the Indonesian user guide shipped in resources/panduan/."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from iki_desktop.resources import resource_path
from iki_desktop.ui.dialog import muat_layar

PANDUAN = "panduan/panduan.html"


class DialogPanduan(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Panduan IKI Desktop")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        path = resource_path(PANDUAN)
        if path.exists():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setHtml(
                "<h2>Panduan belum terpasang</h2><p>Berkas panduan tidak ditemukan di "
                f"<code>{path}</code>. Pasang ulang program untuk memulihkannya.</p>"
            )
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        tombol.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(tombol)
        muat_layar(self, 760, 640)
