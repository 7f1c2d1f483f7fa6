"""Actions beyond editing: print, Excel, USB transfer, backups, Penetapan and
verification (a mixin of the main window; the dialogs live in their own modules)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from iki_desktop.domain.errors import IkiError

if TYPE_CHECKING:
    from iki_desktop.ui.jendela.utama import JendelaUtama

SP = QStyle.StandardPixmap


class AksiLanjutMixin:
    def buat_aksi_lanjut(self: JendelaUtama) -> None:
        aksi = self.buat_satu_aksi

        # Cetak
        self.a_pratinjau = aksi(
            "&Pratinjau dan cetak…",
            self.pratinjau_cetak,
            "Ctrl+P",
            SP.SP_FileDialogDetailedView,
            "Lihat halaman cetak, cetak ke printer atau simpan PDF",
        )
        self.a_pratinjau.setIconText("Cetak")
        self.a_ekspor_excel = aksi(
            "&Ekspor ke Excel…",
            self.ekspor_excel,
            None,
            None,
            "Simpan dokumen sebagai buku kerja Excel seperti cetakan",
        )
        self.tambah_menu_cetak([self.a_pratinjau, self.a_ekspor_excel])

        # Berkas: import, transfer, backups
        self.a_impor_excel = aksi("Impor dari &Excel IKI Desktop…", self.impor_excel)
        self.a_impor_lama = aksi(
            "Impor dokumen &lama (Word/Excel)…",
            self.impor_lama,
            None,
            None,
            "Baca IKU/IKI dari berkas Word atau Excel kantor",
        )
        self.a_kirim = aksi(
            "Kirim ke &flashdisk…",
            self.kirim,
            None,
            SP.SP_DriveFDIcon,
            "Tulis paket .ikipaket untuk kantor lain",
        )
        self.a_terima = aksi(
            "Terima &paket…",
            lambda: self.buka_terima(None),
            None,
            None,
            "Gabungkan paket .ikipaket dari kantor lain",
        )
        self.a_cadangan = aksi("Ca&dangan dan pemulihan…", self.cadangan)
        m = self.menu_berkas
        sebelum = self._sebelum_keluar
        impor = QMenu("&Impor", self)
        impor.addActions([self.a_impor_excel, self.a_impor_lama])
        m.insertMenu(sebelum, impor)
        m.insertSeparator(sebelum)
        m.insertActions(sebelum, [self.a_kirim, self.a_terima, self.a_cadangan])

        # Dokumen: Penetapan and versions
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
        m = self.menu_dokumen
        m.addSeparator()
        m.addActions([self.a_tetapkan, self.a_perubahan, self.a_riwayat, self.a_bandingkan])
        m.addSeparator()
        m.addActions([self.a_keaslian, self.a_operator])

    def perbarui_aksi_lanjut(self: JendelaUtama) -> None:
        _, _, dokumen_id = self.simpul_terpilih()
        ada = self.konteks.ada_store and bool(dokumen_id)
        terkunci = self.dokumen_terkunci()
        for a in (self.a_pratinjau, self.a_ekspor_excel, self.a_riwayat, self.a_bandingkan):
            a.setEnabled(ada)
        self.a_tetapkan.setEnabled(ada and not terkunci)
        self.a_perubahan.setEnabled(ada and terkunci)
        for a in (
            self.a_impor_excel,
            self.a_impor_lama,
            self.a_kirim,
            self.a_terima,
            self.a_cadangan,
            self.a_keaslian,
        ):
            a.setEnabled(self.konteks.ada_store)

    def _dokumen_id(self: JendelaUtama) -> str | None:
        _, _, dokumen_id = self.simpul_terpilih()
        if not dokumen_id:
            self.tampilkan_galat("Pilih dahulu sebuah dokumen di pohon sebelah kiri.")
            return None
        return dokumen_id

    # ------------------------------------------------------------ Cetak, Excel

    def pratinjau_cetak(self: JendelaUtama) -> None:
        from iki_desktop.ui.cetak.pratinjau import DialogCetak

        dokumen_id = self._dokumen_id()
        if dokumen_id:
            DialogCetak(self.konteks, dokumen_id, self).exec()

    def ekspor_excel(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.excel import ekspor_excel

        dokumen_id = self._dokumen_id()
        if dokumen_id:
            ekspor_excel(self.konteks, dokumen_id, self)

    def impor_excel(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.excel import impor_excel_sendiri

        impor_excel_sendiri(self.konteks, self)

    def impor_lama(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.excel import impor_dokumen_lama

        impor_dokumen_lama(self.konteks, self)

    # ------------------------------------------------------------ USB and backups

    def kirim(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.kirim import DialogKirim

        DialogKirim(self.konteks.store, self).exec()

    def buka_terima(self: JendelaUtama, path: Path | None) -> None:
        """Receive a package (menu, or a double-clicked .ikipaket via `terima`)."""
        from iki_desktop.ui.dialog.terima import DialogTerima

        dialog = DialogTerima(self.konteks.store, self, path=str(path) if path else None)
        dialog.diterima.connect(lambda *_: self._muat_ulang_semua())
        dialog.exec()

    def cadangan(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.cadangan import DialogCadangan

        path = self.konteks.store.path

        def tutup_store() -> None:
            self.konteks.undo_stack.clear()
            self.konteks.store.close()

        dialog = DialogCadangan(path, self, tutup_store=tutup_store)
        dialog.dipulihkan.connect(lambda p: self.buka_berkas(Path(p)))
        dialog.exec()

    def _muat_ulang_semua(self: JendelaUtama) -> None:
        # A merge rewrites many rows at once: earlier undo steps no longer apply.
        self.konteks.undo_stack.clear()
        self.konteks.lupakan()
        self.konteks.daftarDokumenDiubah.emit()

    def cadangan_harian(self: JendelaUtama) -> None:
        from iki_desktop.store.transfer import cadangan_harian

        try:
            cadangan_harian(self.konteks.store)
        except (IkiError, OSError) as err:
            self.statusBar().showMessage(f"Cadangan harian tidak dapat dibuat: {err}", 10000)

    # ------------------------------------------------------------ Penetapan

    def tetapkan(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.tetapkan import tetapkan_dengan_konfirmasi

        dokumen_id = self._dokumen_id()
        if dokumen_id and tetapkan_dengan_konfirmasi(self.konteks, dokumen_id, self):
            self.pilih("dokumen", dokumen_id)
            self.perbarui_aksi()

    def buat_perubahan(self: JendelaUtama) -> None:
        from iki_desktop.store.penetapan import buat_perubahan

        dokumen_id = self._dokumen_id()
        if not dokumen_id:
            return
        lama = self.konteks.dokumen(dokumen_id)
        jawab = QMessageBox.question(
            self,
            "Buat perubahan",
            f"Buat Perubahan ke-{lama.revisi + 1} dari dokumen {lama.label}? Versi yang sudah "
            "ditetapkan tetap tersimpan dan dapat dilihat di Riwayat.",
        )
        if jawab != QMessageBox.StandardButton.Yes:
            return
        try:
            baru = buat_perubahan(self.konteks.store, dokumen_id)
        except IkiError as err:
            self.tampilkan_galat(str(err))
            return
        self.konteks.daftarDokumenDiubah.emit()
        self.pilih("dokumen", baru.id)

    def riwayat(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.riwayat import DialogRiwayat

        dokumen_id = self._dokumen_id()
        if dokumen_id:
            DialogRiwayat(self.konteks, dokumen_id, self).exec()

    def bandingkan(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.bandingkan import DialogBandingkan

        dokumen_id = self._dokumen_id()
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        DialogBandingkan(self.konteks, self, lama_id=dok.pendahulu_id, baru_id=dokumen_id).exec()

    def keaslian(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.keaslian import DialogKeaslian

        DialogKeaslian(self.konteks, self).exec()

    def ganti_operator(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.operator import DialogOperator

        DialogOperator(self.konteks, self, self.setelan).exec()

    def tanya_operator(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.operator import tanya_operator

        tanya_operator(self.konteks, self, self.setelan)
