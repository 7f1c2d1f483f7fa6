"""Bantuan menu: the user guide and the About box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from iki_desktop import __version__
from iki_desktop.ui.jendela.kendali import Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks


class KendaliBantuan(Kendali):
    def __init__(
        self, konteks: Konteks, induk: QWidget, pilih: Pilih, terpilih: Callable[[], Simpul]
    ) -> None:
        super().__init__(konteks, induk, pilih, terpilih)
        self.a_panduan = self.aksi("&Panduan", self.panduan, QKeySequence.StandardKey.HelpContents)
        self.a_panduan.setShortcut(QKeySequence("F1"))
        self.a_tentang = self.aksi("&Tentang IKI Desktop", self.tentang)
        self.butir_menu = [self.a_panduan, self.a_tentang]

    def panduan(self) -> None:
        from iki_desktop.ui.dialog.panduan import DialogPanduan

        DialogPanduan(self.induk).exec()

    def tentang(self) -> None:
        db = self.konteks.store.path if self.konteks.ada_store else "-"
        QMessageBox.about(
            self.induk,
            "Tentang IKI Desktop",
            f"<h3>IKI Desktop {__version__}</h3>"
            "<p>Menyusun, memeriksa, menyimpan dan mencetak Indikator Kinerja Utama (IKU), "
            "Indikator Kinerja Individu (IKI) dan Keputusan Camat.</p>"
            "<p>Setiap perubahan langsung tersimpan di basis data; Ctrl+Z mengurungkan.</p>"
            f"<p>Basis data: <code>{db}</code></p>",
        )
