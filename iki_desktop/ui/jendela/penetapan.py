"""Dokumen menu, second part: Penetapan, Perubahan, versions, checking a printout's
authenticity and the operator's name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.jendela.kendali import Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks


class KendaliPenetapan(Kendali):
    def __init__(
        self,
        konteks: Konteks,
        induk: QWidget,
        pilih: Pilih,
        terpilih: Callable[[], Simpul],
        setelan: QSettings,
        perbarui_aksi: Callable[[], None],
    ) -> None:
        """`perbarui_aksi` refreshes every window action after a Dokumen got locked."""
        super().__init__(konteks, induk, pilih, terpilih)
        self.setelan = setelan
        self.perbarui_aksi = perbarui_aksi
        aksi = self.aksi
        self.a_tetapkan = aksi(
            "Tetapk&an…",
            self.tetapkan,
            None,
            None,  # a tick icon read as a checked menu item
            "Bekukan dokumen ini sebagai versi resmi yang ditandatangani",
        )
        self.a_perubahan = aksi(
            "Buat &perubahan",
            self.buat_perubahan,
            None,
            None,
            "Salin dokumen yang sudah ditetapkan menjadi draf Perubahan",
        )
        self.a_riwayat = aksi("&Riwayat…", self.riwayat)
        self.a_bandingkan = aksi("Bandingkan &versi…", self.bandingkan)
        self.a_keaslian = aksi("Periksa &keaslian cetakan…", self.keaslian)
        self.a_operator = aksi("Ganti nama p&etugas…", self.ganti_operator)
        self.butir_menu = [self.a_tetapkan, self.a_perubahan, self.a_riwayat, self.a_bandingkan]
        self.butir_menu += [None, self.a_keaslian, self.a_operator]

    def perbarui(self) -> None:
        ada = self.ada_dokumen
        terkunci = self.simpul.terkunci
        for a in (self.a_riwayat, self.a_bandingkan):
            a.setEnabled(ada)
        self.a_tetapkan.setEnabled(ada and not terkunci)
        self.a_perubahan.setEnabled(ada and terkunci)
        self.a_keaslian.setEnabled(self.konteks.ada_store)

    def tetapkan(self) -> None:
        from iki_desktop.ui.dialog.tetapkan import tetapkan_dengan_konfirmasi

        dokumen_id = self.dokumen_id()
        if dokumen_id and tetapkan_dengan_konfirmasi(self.konteks, dokumen_id, self.induk):
            self.pilih("dokumen", dokumen_id)
            self.perbarui_aksi()

    def buat_perubahan(self) -> None:
        from iki_desktop.store.penetapan import buat_perubahan

        dokumen_id = self.dokumen_id()
        if not dokumen_id:
            return
        lama = self.konteks.dokumen(dokumen_id)
        jawab = QMessageBox.question(
            self.induk,
            "Buat perubahan",
            f"Buat Perubahan ke-{lama.revisi + 1} dari dokumen {lama.label}? Versi yang sudah "
            "ditetapkan tetap tersimpan dan dapat dilihat di Riwayat.",
        )
        if jawab != QMessageBox.StandardButton.Yes:
            return
        try:
            baru = buat_perubahan(self.konteks.store, dokumen_id)
        except IkiError as err:
            self.galat(str(err))
            return
        self.konteks.daftarDokumenDiubah.emit()
        self.pilih("dokumen", baru.id)

    def riwayat(self) -> None:
        from iki_desktop.ui.dialog.riwayat import DialogRiwayat

        dokumen_id = self.dokumen_id()
        if dokumen_id:
            DialogRiwayat(self.konteks, dokumen_id, self.induk).exec()

    def bandingkan(self) -> None:
        from iki_desktop.ui.dialog.bandingkan import DialogBandingkan

        dokumen_id = self.dokumen_id()
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        DialogBandingkan(
            self.konteks, self.induk, lama_id=dok.pendahulu_id, baru_id=dokumen_id
        ).exec()

    def keaslian(self) -> None:
        from iki_desktop.ui.dialog.keaslian import DialogKeaslian

        DialogKeaslian(self.konteks, self.induk).exec()

    def ganti_operator(self) -> None:
        from iki_desktop.ui.dialog.operator import DialogOperator

        DialogOperator(self.konteks, self.induk, self.setelan).exec()

    def tanya_operator(self) -> None:
        from iki_desktop.ui.dialog.operator import tanya_operator

        tanya_operator(self.konteks, self.induk, self.setelan)
