"""Menus, toolbar and the actions behind them (a mixin of the main window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QToolBar

from iki_desktop import __version__
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Jabatan
from iki_desktop.ui.setelan import berkas_terakhir
from iki_desktop.ui.undo.dokumen import (
    BuatDokumen,
    GandakanJabatan,
    HapusDokumen,
    HapusJabatan,
    PindahJabatan,
    TambahJabatan,
    keturunan,
    posisi_jabatan,
)

if TYPE_CHECKING:
    from iki_desktop.ui.jendela.utama import JendelaUtama

SP = QStyle.StandardPixmap


def rincian_hapus_jabatan(dok: object, jabatan: Jabatan) -> str:
    """'Jabatan X beserta 3 bawahan, 5 sasaran dan 12 indikator akan dihapus. …'"""
    bawahan = keturunan(dok, jabatan.id)  # type: ignore[arg-type]
    semua = [jabatan, *bawahan]
    n_sas = sum(len(j.sasaran) for j in semua)
    n_ind = sum(j.jumlah_indikator for j in semua)
    bagian = []
    if bawahan:
        bagian.append(f"{len(bawahan)} bawahan")
    bagian.append(f"{n_sas} sasaran")
    isi = ", ".join(bagian) + f" dan {n_ind} indikator"
    return (
        f"Jabatan {jabatan.nama} beserta {isi} akan dihapus. "
        "Penghapusan dapat diurungkan dengan Ctrl+Z."
    )


class AksiMixin:
    def buat_satu_aksi(
        self: JendelaUtama,
        teks: str,
        slot: object,
        kunci: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ikon: SP | None = None,
        tip: str = "",
    ) -> QAction:
        """One window action: label, slot, shortcut, standard icon and status tip."""
        a = QAction(teks, self)
        if ikon is not None:
            a.setIcon(self.style().standardIcon(ikon))
        if kunci is not None:
            a.setShortcut(QKeySequence(kunci))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        a.triggered.connect(lambda *_: slot())  # type: ignore[operator]
        self.addAction(a)
        return a

    def buat_aksi(self: JendelaUtama) -> None:
        gaya = self.style()
        aksi = self.buat_satu_aksi

        self.a_baru_db = aksi(
            "Basis data ba&ru…",
            self.basis_data_baru,
            None,
            SP.SP_FileIcon,
            "Buat berkas basis data baru",
        )
        self.a_buka = aksi(
            "&Buka…",
            self.buka_dialog,
            QKeySequence.StandardKey.Open,
            SP.SP_DialogOpenButton,
            "Buka berkas basis data lain",
        )
        self.a_keluar = aksi("&Keluar", self.close, "Ctrl+Q")
        stack = self.konteks.undo_stack
        # Qt joins prefix and command text with a space: "Urungkan: Hapus jabatan X".
        self.a_urungkan = stack.createUndoAction(self, "Urungkan:")
        self.a_urungkan.setShortcut(QKeySequence.StandardKey.Undo)
        self.a_urungkan.setIcon(gaya.standardIcon(SP.SP_ArrowBack))
        self.a_urungkan.setIconText("Urungkan")  # the toolbar keeps a short label
        self.a_ulangi = stack.createRedoAction(self, "Ulangi:")
        self.a_ulangi.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.a_ulangi.setIcon(gaya.standardIcon(SP.SP_ArrowForward))
        self.a_ulangi.setIconText("Ulangi")
        # With nothing to undo Qt shows the bare prefix ("Urungkan:"); drop the colon.
        stack.undoTextChanged.connect(
            lambda t: t or self.a_urungkan.setText("Urungkan")  # type: ignore[func-returns-value]
        )
        stack.redoTextChanged.connect(
            lambda t: t or self.a_ulangi.setText("Ulangi")  # type: ignore[func-returns-value]
        )
        self.a_urungkan.setText("Urungkan")
        self.a_ulangi.setText("Ulangi")
        self.a_cari = aksi("&Cari…", self.panel_cari.fokus, QKeySequence.StandardKey.Find)
        self.a_dok_baru = aksi(
            "&Dokumen baru…",
            self.dokumen_baru,
            "Ctrl+N",
            SP.SP_FileDialogNewFolder,
            "Buat dokumen IKU/IKI untuk tahun baru",
        )
        self.a_hapus_dok = aksi("Hapus d&okumen…", self.hapus_dokumen)
        self.a_tambah = aksi(
            "&Tambah jabatan",
            self.tambah_jabatan,
            "Ctrl+J",
            SP.SP_FileDialogNewFolder,
            "Tambah jabatan setingkat dengan jabatan terpilih",
        )
        self.a_bawahan = aksi(
            "Tambah &bawahan",
            self.tambah_bawahan,
            "Ctrl+Shift+J",
            None,
            "Tambah jabatan di bawah jabatan terpilih",
        )
        self.a_gandakan = aksi(
            "&Gandakan jabatan",
            self.gandakan_jabatan,
            "Ctrl+D",
            None,
            "Salin jabatan terpilih beserta sasaran dan indikatornya",
        )
        self.a_naik = aksi("Na&ikkan jabatan", lambda: self.geser_jabatan(-1), "Alt+Up")
        self.a_turun = aksi("T&urunkan jabatan", lambda: self.geser_jabatan(1), "Alt+Down")
        self.a_ganti_nama = aksi("Ganti &nama jabatan", self.ganti_nama, "F2")
        self.a_hapus = aksi(
            "Hapus &jabatan…",
            self.hapus_jabatan,
            None,
            SP.SP_TrashIcon,
            "Hapus jabatan terpilih beserta bawahannya",
        )
        self.a_panduan = aksi("&Panduan", self.panduan, QKeySequence.StandardKey.HelpContents)
        self.a_panduan.setShortcut(QKeySequence("F1"))
        self.a_tentang = aksi("&Tentang IKI Desktop", self.tentang)

        mb = self.menuBar()
        m = mb.addMenu("&Berkas")
        m.addAction(self.a_baru_db)
        m.addAction(self.a_buka)
        self.menu_terakhir = QMenu("Berkas &terakhir", self)
        self.menu_terakhir.aboutToShow.connect(self._isi_menu_terakhir)
        m.addMenu(self.menu_terakhir)
        m.addSeparator()
        self.menu_berkas = m
        self._sebelum_keluar = m.addSeparator()
        m.addAction(self.a_keluar)
        m = mb.addMenu("&Sunting")
        m.addActions([self.a_urungkan, self.a_ulangi])
        m.addSeparator()
        m.addAction(self.a_cari)
        self.menu_sunting = m
        a_periksa = self.pemeriksaan.dok.toggleViewAction()
        a_periksa.setText("Panel &pemeriksaan")
        a_periksa.setShortcut(QKeySequence("F8"))
        m.addAction(a_periksa)
        m = mb.addMenu("&Dokumen")
        m.addActions([self.a_dok_baru, self.a_hapus_dok])
        m.addSeparator()
        m.addActions([self.a_tambah, self.a_bawahan, self.a_gandakan, self.a_ganti_nama])
        m.addActions([self.a_naik, self.a_turun])
        m.addSeparator()
        m.addAction(self.a_hapus)
        self.menu_dokumen = m
        self.menu_cetak = mb.addMenu("&Cetak")
        self.menu_cetak.menuAction().setVisible(False)  # until print actions are plugged in
        m = mb.addMenu("Ba&ntuan")
        m.addActions([self.a_panduan, self.a_tentang])

        tb = QToolBar("Alat utama", self)
        tb.setObjectName("toolbarUtama")
        tb.setIconSize(tb.iconSize() * 0.9)
        tb.setToolButtonStyle(tb.toolButtonStyle().ToolButtonTextBesideIcon)
        tb.addActions([self.a_buka, self.a_urungkan, self.a_ulangi])
        tb.addSeparator()
        tb.addActions([self.a_dok_baru, self.a_tambah, self.a_hapus])
        self.toolbar = tb
        self.addToolBar(tb)

        menu_pohon = [self.a_tambah, self.a_bawahan, self.a_gandakan, self.a_ganti_nama]
        self.pohon.addActions(menu_pohon + [self.a_naik, self.a_turun, self.a_hapus])

    def tambah_menu_cetak(self: JendelaUtama, actions: list[QAction]) -> None:
        """Plug print/preview/export actions in (Cetak menu and toolbar)."""
        for a in actions:
            self.menu_cetak.addAction(a)
        if actions:
            self.menu_cetak.menuAction().setVisible(True)
            self.toolbar.addSeparator()
            self.toolbar.addAction(actions[0])

    def perbarui_aksi(self: JendelaUtama) -> None:
        jenis, ident, dokumen_id = self.simpul_terpilih()
        ada_db = self.konteks.ada_store
        terkunci = self.dokumen_terkunci()
        bisa = ada_db and bool(dokumen_id) and not terkunci
        jab = jenis == "jabatan"
        self.a_dok_baru.setEnabled(ada_db)
        self.a_hapus_dok.setEnabled(bool(dokumen_id) and ada_db and not terkunci)
        self.a_tambah.setEnabled(bisa)
        for a in (self.a_bawahan, self.a_gandakan, self.a_hapus, self.a_ganti_nama):
            a.setEnabled(bisa and jab)
        self.a_naik.setEnabled(bisa and jab)
        self.a_turun.setEnabled(bisa and jab)
        if hasattr(self, "a_tetapkan"):  # built right after these actions
            self.perbarui_aksi_lanjut()

    # ------------------------------------------------------------ Berkas

    def _isi_menu_terakhir(self: JendelaUtama) -> None:
        self.menu_terakhir.clear()
        daftar = berkas_terakhir(self.setelan)
        if not daftar:
            a = self.menu_terakhir.addAction("(belum ada)")
            a.setEnabled(False)
        for i, path in enumerate(daftar, start=1):
            a = self.menu_terakhir.addAction(f"&{i}  {path}")
            a.triggered.connect(lambda *_, p=path: self.buka_berkas(Path(p)))

    def buka_dialog(self: JendelaUtama) -> None:
        awal = str(self.konteks.store.path.parent) if self.konteks.ada_store else ""
        nama, _ = QFileDialog.getOpenFileName(
            self, "Buka basis data", awal, "Basis data IKI Desktop (*.sqlite *.db);;Semua (*)"
        )
        if nama:
            self.buka_berkas(Path(nama))

    def basis_data_baru(self: JendelaUtama) -> None:
        nama, _ = QFileDialog.getSaveFileName(
            self, "Basis data baru", "iki-desktop.sqlite", "Basis data IKI Desktop (*.sqlite)"
        )
        if not nama:
            return
        path = Path(nama)
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        if path.exists():
            QMessageBox.warning(
                self,
                "Basis data baru",
                f"Berkas {path.name} sudah ada. Pilih nama lain; berkas yang ada tidak diubah.",
            )
            return
        from iki_desktop.ui.app import buat_basis_data

        if buat_basis_data(path, self):
            self.buka_berkas(path)

    # ------------------------------------------------------------ Dokumen

    def dokumen_baru(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.dokumen_baru import DialogDokumenBaru

        dialog = DialogDokumenBaru(self.konteks, self)
        if not dialog.exec():
            return
        try:
            dokumen, instansi = dialog.buat()
        except IkiError as err:
            self.tampilkan_galat(str(err))
            return
        self.konteks.jalankan(BuatDokumen(self.konteks, dokumen, instansi))

    def hapus_dokumen(self: JendelaUtama) -> None:
        _, _, dokumen_id = self.simpul_terpilih()
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        pesan = (
            f"Dokumen {dok.label} beserta Keputusan, IKU, {len(dok.jabatan)} jabatan dan "
            f"{dok.jumlah_indikator()} indikator akan dihapus. "
            "Penghapusan dapat diurungkan dengan Ctrl+Z."
        )
        if self.tanya("Hapus dokumen", pesan):
            self.konteks.jalankan(HapusDokumen(self.konteks, dok))

    def _jabatan_terpilih(self: JendelaUtama) -> Jabatan | None:
        jenis, ident, dokumen_id = self.simpul_terpilih()
        if jenis != "jabatan":
            return None
        return self.konteks.dokumen(dokumen_id).jabatan_by_id(ident)

    def tambah_jabatan(self: JendelaUtama, bawahan: bool = False) -> None:
        jenis, ident, dokumen_id = self.simpul_terpilih()
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        if jenis == "jabatan" and bawahan:
            parent_id, index = ident, len(dok.anak(ident))
        elif jenis == "jabatan":
            parent_id, pos = posisi_jabatan(dok, ident)
            index = pos + 1
        else:
            parent_id, index = None, len(dok.anak(None))
        baru = Jabatan(nama="Jabatan baru", parent_id=parent_id)
        teks = "Tambah bawahan" if bawahan else "Tambah jabatan"
        if self.konteks.jalankan(TambahJabatan(self.konteks, dokumen_id, baru, index, teks)):
            self.editor_jabatan.tab.setCurrentIndex(0)
            self.editor_jabatan.nama.setFocus()
            self.editor_jabatan.nama.selectAll()

    def tambah_bawahan(self: JendelaUtama) -> None:
        self.tambah_jabatan(bawahan=True)

    def gandakan_jabatan(self: JendelaUtama) -> None:
        j = self._jabatan_terpilih()
        if j is not None:
            dok = self.konteks.dokumen(self.simpul_terpilih()[2])
            self.konteks.jalankan(GandakanJabatan(self.konteks, dok, j.id))

    def geser_jabatan(self: JendelaUtama, arah: int) -> None:
        j = self._jabatan_terpilih()
        if j is None:
            return
        dok = self.konteks.dokumen(self.simpul_terpilih()[2])
        parent_id, index = posisi_jabatan(dok, j.id)
        tujuan = index + arah
        if 0 <= tujuan < len(dok.anak(parent_id)):
            self.konteks.jalankan(PindahJabatan(self.konteks, dok, j.id, parent_id, tujuan))

    def ganti_nama(self: JendelaUtama) -> None:
        idx = self.pohon.currentIndex()
        if idx.isValid() and self._jabatan_terpilih() is not None:
            self.pohon.edit(idx)

    def hapus_jabatan(self: JendelaUtama) -> None:
        j = self._jabatan_terpilih()
        if j is None:
            return
        dok = self.konteks.dokumen(self.simpul_terpilih()[2])
        if self.tanya("Hapus jabatan", rincian_hapus_jabatan(dok, j)):
            self.konteks.jalankan(HapusJabatan(self.konteks, dok.id, j))

    # ------------------------------------------------------------ Bantuan

    def panduan(self: JendelaUtama) -> None:
        from iki_desktop.ui.dialog.panduan import DialogPanduan

        DialogPanduan(self).exec()

    def tentang(self: JendelaUtama) -> None:
        QMessageBox.about(
            self,
            "Tentang IKI Desktop",
            f"<h3>IKI Desktop {__version__}</h3>"
            "<p>Menyusun, memeriksa, menyimpan dan mencetak Indikator Kinerja Utama (IKU), "
            "Indikator Kinerja Individu (IKI) dan Keputusan Camat.</p>"
            "<p>Setiap perubahan langsung tersimpan di basis data; Ctrl+Z mengurungkan.</p>"
            f"<p>Basis data: <code>{self.konteks.store.path if self.konteks.ada_store else '-'}"
            "</code></p>",
        )

    def tanya(self: JendelaUtama, judul: str, pesan: str) -> bool:
        jawab = QMessageBox.question(
            self,
            judul,
            pesan,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return jawab == QMessageBox.StandardButton.Yes


__all__ = ["AksiMixin", "QIcon", "rincian_hapus_jabatan"]
