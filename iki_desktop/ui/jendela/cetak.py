"""Cetak menu: the print preview and exporting the Dokumen as an Excel workbook."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from iki_desktop.ui.jendela.kendali import SP, Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks


class KendaliCetak(Kendali):
    def __init__(
        self, konteks: Konteks, induk: QWidget, pilih: Pilih, terpilih: Callable[[], Simpul]
    ) -> None:
        super().__init__(konteks, induk, pilih, terpilih)
        self.a_pratinjau = self.aksi(
            "&Pratinjau dan cetak…",
            self.pratinjau_cetak,
            "Ctrl+P",
            SP.SP_FileDialogDetailedView,
            "Lihat halaman cetak, cetak ke printer atau simpan PDF",
        )
        self.a_pratinjau.setIconText("Cetak")
        self.a_ekspor_excel = self.aksi(
            "&Ekspor ke Excel…",
            self.ekspor_excel,
            None,
            None,
            "Simpan dokumen sebagai buku kerja Excel seperti cetakan",
        )
        self.a_siklus = [
            self.aksi(teks, lambda _=False, j=jenis: self.cetak_siklus(j), None, None, bantuan)
            for jenis, teks, bantuan in (
                ("pk", "Perjanjian &Kinerja…", "Cetak Perjanjian Kinerja dengan lampirannya"),
                ("renaksi", "&Rencana Aksi…", "Cetak target per triwulan dan rencana aksinya"),
                ("capaian", "&Capaian kinerja…", "Cetak realisasi, capaian dan predikat"),
            )
        ]
        self.butir_menu = [self.a_pratinjau, *self.a_siklus, self.a_ekspor_excel]

    def perbarui(self) -> None:
        for a in (self.a_pratinjau, *self.a_siklus, self.a_ekspor_excel):
            a.setEnabled(self.ada_dokumen)

    def cetak_siklus(self, jenis: str) -> None:
        from iki_desktop.ui.cetak.siklus import DialogCetakSiklus

        dokumen_id = self.dokumen_id()
        if dokumen_id:
            DialogCetakSiklus(self.konteks, dokumen_id, jenis, self.induk).exec()

    def pratinjau_cetak(self) -> None:
        from iki_desktop.ui.cetak.pratinjau import DialogCetak

        dokumen_id = self.dokumen_id()
        if dokumen_id:
            DialogCetak(self.konteks, dokumen_id, self.induk).exec()

    def ekspor_excel(self) -> None:
        from iki_desktop.ui.dialog.excel import ekspor_excel

        dokumen_id = self.dokumen_id()
        if dokumen_id:
            ekspor_excel(self.konteks, dokumen_id, self.induk)
