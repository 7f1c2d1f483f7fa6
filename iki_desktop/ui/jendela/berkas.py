"""Berkas menu: new database, open, recent files and importing Excel or old documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from iki_desktop.ui.jendela.kendali import SP, Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.setelan import berkas_terakhir


class KendaliBerkas(Kendali):
    def __init__(
        self,
        konteks: Konteks,
        induk: QWidget,
        pilih: Pilih,
        terpilih: Callable[[], Simpul],
        setelan: QSettings,
        buka_berkas: Callable[[Path], bool],
    ) -> None:
        super().__init__(konteks, induk, pilih, terpilih)
        self.setelan = setelan
        self.buka_berkas = buka_berkas
        self.a_baru_db = self.aksi(
            "Basis data ba&ru…",
            self.basis_data_baru,
            None,
            SP.SP_FileIcon,
            "Buat berkas basis data baru",
        )
        self.a_buka = self.aksi(
            "&Buka…",
            self.buka_dialog,
            QKeySequence.StandardKey.Open,
            SP.SP_DialogOpenButton,
            "Buka berkas basis data lain",
        )
        self.menu_terakhir = QMenu("Berkas &terakhir", induk)
        self.menu_terakhir.aboutToShow.connect(self._isi_menu_terakhir)
        self.a_impor_excel = self.aksi("Impor dari &Excel IKI Desktop…", self.impor_excel)
        self.a_impor_lama = self.aksi(
            "Impor dokumen &lama (Word/Excel/PDF)…",
            self.impor_lama,
            None,
            None,
            "Baca IKU/IKI dari berkas Word, Excel atau PDF kantor",
        )
        impor = QMenu("&Impor", induk)
        impor.addActions([self.a_impor_excel, self.a_impor_lama])
        self.butir_menu = [self.a_baru_db, self.a_buka, self.menu_terakhir, None, impor]

    def perbarui(self) -> None:
        for a in (self.a_impor_excel, self.a_impor_lama):
            a.setEnabled(self.konteks.ada_store)

    def _isi_menu_terakhir(self) -> None:
        self.menu_terakhir.clear()
        daftar = berkas_terakhir(self.setelan)
        if not daftar:
            a = self.menu_terakhir.addAction("(belum ada)")
            a.setEnabled(False)
        for i, path in enumerate(daftar, start=1):
            a = self.menu_terakhir.addAction(f"&{i}  {path}")
            a.triggered.connect(lambda *_, p=path: self.buka_berkas(Path(p)))

    def buka_dialog(self) -> None:
        awal = str(self.konteks.store.path.parent) if self.konteks.ada_store else ""
        nama, _ = QFileDialog.getOpenFileName(
            self.induk,
            "Buka basis data",
            awal,
            "Basis data IKI Desktop (*.sqlite *.db);;Semua (*)",
        )
        if nama:
            self.buka_berkas(Path(nama))

    def basis_data_baru(self) -> None:
        nama, _ = QFileDialog.getSaveFileName(
            self.induk,
            "Basis data baru",
            "iki-desktop.sqlite",
            "Basis data IKI Desktop (*.sqlite)",
        )
        if not nama:
            return
        path = Path(nama)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            QMessageBox.warning(
                self.induk,
                "Basis data baru",
                f"Berkas {path.name} sudah ada. Pilih nama lain; berkas yang ada tidak diubah.",
            )
            return
        from iki_desktop.ui.dialog.sambutan import buat_basis_data

        if buat_basis_data(path, self.induk):
            self.buka_berkas(path)

    def impor_excel(self) -> None:
        from iki_desktop.ui.dialog.excel import impor_excel_sendiri

        impor_excel_sendiri(self.konteks, self.induk)

    def impor_lama(self) -> None:
        from iki_desktop.ui.dialog.excel import impor_dokumen_lama

        impor_dokumen_lama(self.konteks, self.induk)
