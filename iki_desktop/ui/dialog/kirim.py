"""Kirim: write a `.ikipaket` to a flashdisk (or any folder), showing progress.

The list offers removable drives with their free space (ui/dialog/flashdisk.py: on Windows only
drives that GetDriveTypeW calls removable, never D: or a network drive); "Pilih folder lain…" picks any folder. The dialog warns when
space is short, shows progress, and ends with "Aman untuk mencabut flashdisk" only
after the package was written, renamed into place and verified. Free space reads
like "70,8 GB"; the folder last sent to is offered again next time (QSettings, when
the window passes its settings); a package of the same name is replaced only after
the operator agreed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.store import Store
from iki_desktop.store.transfer import EKSTENSI, HasilKirim, buat_paket
from iki_desktop.store.transfer.umum import ukuran_mb
from iki_desktop.ui.dialog.flashdisk import daftar_flashdisk, ukuran_bebas
from iki_desktop.ui.dialog.kunci import teks_sidik_jari
from iki_desktop.ui.latar import TugasLatar

PERAN_PATH = Qt.ItemDataRole.UserRole
KUNCI_FOLDER = "kirim/folder"


class DialogKirim(QDialog):
    terkirim = Signal(object)  # HasilKirim

    def __init__(
        self, store: Store, parent: QWidget | None = None, setelan: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setelan = setelan
        self.hasil: HasilKirim | None = None
        self.pesan_galat = ""
        self._tugas: TugasLatar | None = None
        self.setWindowTitle("Kirim ke flashdisk")
        self.resize(560, 520)

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<b>1. Simpan ke</b>"))
        self.daftar_tempat = QListWidget()
        self.daftar_tempat.currentItemChanged.connect(lambda *_: self._periksa_ruang())
        lay.addWidget(self.daftar_tempat)
        baris = QHBoxLayout()
        self.tombol_folder = QPushButton("Pilih &folder lain…")
        self.tombol_folder.clicked.connect(self._pilih_folder)
        segarkan = QPushButton("&Segarkan daftar")
        segarkan.clicked.connect(self.isi_tempat)
        baris.addWidget(self.tombol_folder)
        baris.addWidget(segarkan)
        baris.addStretch()
        lay.addLayout(baris)
        baris = QHBoxLayout()
        baris.addWidget(QLabel("Nama berkas:"))
        self.nama_berkas = QLineEdit(self._nama_bawaan())
        baris.addWidget(self.nama_berkas)
        lay.addLayout(baris)

        self._pilihan_isi(lay)
        self.peringatan = QLabel()
        self.peringatan.setWordWrap(True)
        lay.addWidget(self.peringatan)
        self.kemajuan = QProgressBar()
        self.kemajuan.setRange(0, 100)
        self.kemajuan.setVisible(False)
        lay.addWidget(self.kemajuan)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.sidik_jari = QLabel(teks_sidik_jari())
        self.sidik_jari.setWordWrap(True)
        self.sidik_jari.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.sidik_jari)

        self.tombol = QDialogButtonBox()
        self.tombol_kirim = self.tombol.addButton("&Kirim", QDialogButtonBox.ButtonRole.AcceptRole)
        self.tombol_tutup = self.tombol.addButton(QDialogButtonBox.StandardButton.Close)
        self.tombol_tutup.setText("Tutup")
        self.tombol_kirim.clicked.connect(self.kirim)
        self.tombol_tutup.clicked.connect(self.reject)
        lay.addWidget(self.tombol)
        self.isi_tempat()
        self._pilih_folder_terakhir()

    def _pilihan_isi(self, lay: QVBoxLayout) -> None:
        lay.addWidget(QLabel("<b>2. Isi paket</b>"))
        self.pilih_semua = QRadioButton("Seluruh basis data")
        self.pilih_dokumen = QRadioButton("Hanya dokumen yang dicentang:")
        grup = QButtonGroup(self)
        grup.addButton(self.pilih_semua)
        grup.addButton(self.pilih_dokumen)
        self.pilih_semua.setChecked(True)
        lay.addWidget(self.pilih_semua)
        lay.addWidget(self.pilih_dokumen)
        self.daftar_dokumen = QListWidget()
        for dok in self.store.list_dokumen():
            item = QListWidgetItem(f"{dok.label} — {dok.judul} [{dok.status.label}]")
            item.setData(PERAN_PATH, dok.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.daftar_dokumen.addItem(item)
        self.daftar_dokumen.setEnabled(False)
        self.pilih_dokumen.toggled.connect(self.daftar_dokumen.setEnabled)
        lay.addWidget(self.daftar_dokumen)

    # ------------------------------------------------------------------ places

    def _nama_bawaan(self) -> str:
        semua = self.store.list_instansi()
        nama = semua[0].nama_lengkap if len(semua) == 1 else "IKI Desktop"
        nama = re.sub(r"[^\w\- ]+", "", nama).strip() or "paket"
        return f"{nama} {dt.date.today():%Y-%m-%d}{EKSTENSI}"

    def isi_tempat(self) -> None:
        self.daftar_tempat.clear()
        for label, root, _bebas in daftar_flashdisk():
            self._tambah_tempat(label, root)
        if self.daftar_tempat.count():
            self.daftar_tempat.setCurrentRow(0)
        else:
            self.peringatan.setText(
                "Tidak ada flashdisk yang terbaca. Pasang flashdisk lalu tekan "
                "“Segarkan daftar”, atau pilih folder lain."
            )

    def _pilih_folder_terakhir(self) -> None:
        """Offer again the folder the last package went to, when it is still there."""
        nilai = self.setelan.value(KUNCI_FOLDER, "") if self.setelan is not None else ""
        if not nilai or not Path(str(nilai)).is_dir():
            return
        folder = Path(str(nilai))
        for row in range(self.daftar_tempat.count()):
            if Path(self.daftar_tempat.item(row).data(PERAN_PATH)) == folder:
                self.daftar_tempat.setCurrentRow(row)
                return
        self.set_folder(folder)

    def _tambah_tempat(self, label: str, folder: Path) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(PERAN_PATH, str(folder))
        self.daftar_tempat.addItem(item)
        return item

    def set_folder(self, folder: str | Path) -> None:
        """Select a folder as the target (used by "Pilih folder lain…" and by tests)."""
        folder = Path(folder)
        try:
            bebas = shutil.disk_usage(folder).free
            label = f"{folder} — bebas {ukuran_bebas(bebas)}"
        except OSError:
            label = str(folder)
        self.daftar_tempat.setCurrentItem(self._tambah_tempat(label, folder))

    def _pilih_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder tujuan")
        if folder:
            self.set_folder(folder)

    def folder(self) -> Path | None:
        item = self.daftar_tempat.currentItem()
        return Path(item.data(PERAN_PATH)) if item else None

    def _periksa_ruang(self) -> bool:
        folder = self.folder()
        if folder is None:
            return False
        try:
            perlu = int(self.store.path.stat().st_size * 1.2) + 128 * 1024
            bebas = shutil.disk_usage(folder).free
        except OSError:
            self.peringatan.setText(f"{folder} tidak dapat dibaca (flashdisk tercabut?).")
            return False
        if bebas < perlu:
            self.peringatan.setText(
                f"<span style='color:#b00020'>Ruang kosong di {folder} tidak cukup: perlu "
                f"sekitar {ukuran_bebas(perlu)}, tersedia {ukuran_bebas(bebas)}.</span>"
            )
            return False
        self.peringatan.setText(f"Ruang kosong cukup ({ukuran_bebas(bebas)} tersedia).")
        return True

    def dokumen_terpilih(self) -> list[str] | None:
        if self.pilih_semua.isChecked():
            return None
        return [
            self.daftar_dokumen.item(i).data(PERAN_PATH)
            for i in range(self.daftar_dokumen.count())
            if self.daftar_dokumen.item(i).checkState() == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------------ sending

    def kirim(self) -> None:
        folder = self.folder()
        if folder is None:
            self.status.setText("Pilih flashdisk atau folder tujuan terlebih dahulu.")
            return
        ids = self.dokumen_terpilih()
        if ids is not None and not ids:
            self.status.setText("Centang paling sedikit satu dokumen.")
            return
        nama = self.nama_berkas.text().strip() or self._nama_bawaan()
        if not nama.lower().endswith(EKSTENSI):
            nama += EKSTENSI
        tujuan = folder / nama
        if tujuan.exists() and not self._boleh_timpa(tujuan):
            self.status.setText("Tidak dikirim: ganti nama berkas atau pilih folder lain.")
            return
        store = self.store
        self.hasil, self.pesan_galat = None, ""
        self._sibuk(True)

        def tugas(lapor: Callable[[float, str], None]) -> HasilKirim:
            return buat_paket(store, tujuan, ids, lapor)

        self._tugas = TugasLatar(tugas, "pengiriman paket", self)
        self._tugas.kemajuan.connect(self._lapor)
        self._tugas.selesai.connect(self._selesai)
        self._tugas.gagal.connect(self._gagal)
        self._tugas.mulai()

    def _boleh_timpa(self, tujuan: Path) -> bool:
        kotak = QMessageBox(
            QMessageBox.Icon.Warning,
            "Paket sudah ada",
            f"Di {tujuan.parent} sudah ada paket bernama “{tujuan.name}”.\n\n"
            "Timpa paket itu dengan kiriman baru ini?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        kotak.button(QMessageBox.StandardButton.Yes).setText("Timpa")
        kotak.button(QMessageBox.StandardButton.No).setText("Batal")
        kotak.setDefaultButton(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton(kotak.exec()) == QMessageBox.StandardButton.Yes

    def sedang_berjalan(self) -> bool:
        return self._tugas is not None and self._tugas.berjalan

    def _sibuk(self, sibuk: bool) -> None:
        self.kemajuan.setVisible(True)
        self.kemajuan.setValue(0 if sibuk else self.kemajuan.value())
        for w in (self.tombol_kirim, self.tombol_tutup, self.tombol_folder, self.daftar_tempat):
            w.setEnabled(not sibuk)
        if sibuk:
            self.status.setText("Menulis paket… Jangan cabut flashdisk.")

    @Slot(float, str)
    def _lapor(self, bagian: float, teks: str) -> None:
        self.kemajuan.setValue(int(bagian * 100))
        self.status.setText(teks)

    @Slot(object)
    def _selesai(self, hasil: HasilKirim) -> None:
        self.hasil = hasil
        self._sibuk(False)
        self.kemajuan.setValue(100)
        self.status.setText(
            f"<b>Paket tersimpan:</b> {hasil.path}<br>"
            f"{hasil.jumlah['dokumen']} dokumen, {hasil.jumlah['jabatan']} jabatan, "
            f"{hasil.jumlah['indikator']} indikator ({ukuran_mb(hasil.ukuran)}).<br>"
            "<b style='color:#006400'>Aman untuk mencabut flashdisk.</b>"
        )
        self.tombol_kirim.setEnabled(False)
        if self.setelan is not None:
            self.setelan.setValue(KUNCI_FOLDER, str(Path(hasil.path).parent))
        self.terkirim.emit(hasil)

    @Slot(str)
    def _gagal(self, pesan: str) -> None:
        self.pesan_galat = pesan
        self._sibuk(False)
        self.kemajuan.setVisible(False)
        self.status.setText(f"<span style='color:#b00020'>{_escape(pesan)}</span>")

    def reject(self) -> None:
        if self.sedang_berjalan():
            return  # never abandon a write half way; the user waits for the result
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if self.sedang_berjalan():
            event.ignore()
            return
        super().closeEvent(event)


def _escape(teks: str) -> str:
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
