"""The pohon kinerja view of the selected Dokumen (Dokumen menu and the tree's menu)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from iki_desktop.ui.jendela.kendali import Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks


class KendaliPohonKinerja(Kendali):
    def __init__(
        self, konteks: Konteks, induk: QWidget, pilih: Pilih, terpilih: Callable[[], Simpul]
    ) -> None:
        super().__init__(konteks, induk, pilih, terpilih)
        self.a_pohon = self.aksi(
            "Po&hon kinerja…",
            self.tampilkan,
            "Ctrl+K",
            None,
            "Lihat cascading: sasaran tiap jabatan di bawah sasaran atasan yang didukungnya",
        )
        self.butir_menu = [self.a_pohon]

    def perbarui(self) -> None:
        self.a_pohon.setEnabled(self.ada_dokumen)

    def tampilkan(self) -> None:
        from iki_desktop.ui.dialog.pohon_kinerja import DialogPohonKinerja

        dokumen_id = self.dokumen_id()
        if dokumen_id:
            DialogPohonKinerja(self.konteks, dokumen_id, self.induk).exec()
