"""Cadangan: list the automatic backups of this database and restore one.

Restoring replaces the database file, so the window must close its Store first and
reopen it afterwards: pass `tutup_store` (called after the user confirmed, before the
file is replaced) and connect `dipulihkan(path)` to reopen. The current state is
always backed up before it is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.store.connection import backup_dir
from iki_desktop.store.transfer import Cadangan, cadangan_berkas, daftar_cadangan, pulihkan
from iki_desktop.store.transfer.pemulihan import ringkasan_pemulihan
from iki_desktop.store.transfer.umum import ukuran_mb
from iki_desktop.ui.dialog.kunci import pasang_kunci, simpan_kunci

KOLOM = ["Waktu", "Keterangan", "Ukuran"]


def label_waktu(c: Cadangan) -> str:
    return f"{format_tanggal(c.waktu.date())} pukul {c.waktu:%H.%M}"


class DialogCadangan(QDialog):
    dipulihkan = Signal(str)  # path of the restored database

    def __init__(
        self,
        store_path: str | Path,
        parent: QWidget | None = None,
        tutup_store: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.tutup_store = tutup_store
        self.cadangan: list[Cadangan] = []
        self.pesan = ""
        self.setWindowTitle("Cadangan basis data")
        self.resize(640, 440)

        lay = QVBoxLayout(self)
        info = QLabel(
            "IKI Desktop membuat cadangan otomatis setiap hari, sebelum menerima paket, dan "
            "sebelum memperbarui format basis data. Sepuluh cadangan terbaru dan satu cadangan "
            "setiap bulan disimpan."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.tabel = QTableWidget(0, len(KOLOM))
        self.tabel.setHorizontalHeaderLabels(KOLOM)
        self.tabel.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabel.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.tabel.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for kolom in (0, 2):  # "24 November 2026 pukul 21.00" must not be cut off
            self.tabel.horizontalHeader().setSectionResizeMode(
                kolom, QHeaderView.ResizeMode.ResizeToContents
            )
        self.tabel.itemSelectionChanged.connect(self._perbarui_tombol)
        lay.addWidget(self.tabel, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

        baris = QHBoxLayout()
        self.tombol_buat = QPushButton("&Buat cadangan sekarang")
        self.tombol_buat.clicked.connect(self.buat)
        self.tombol_pulihkan = QPushButton("&Pulihkan dari cadangan…")
        self.tombol_pulihkan.clicked.connect(self.pulihkan_terpilih)
        folder = QPushButton("Buka &folder cadangan")
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_dir())))
        )
        tutup = QPushButton("Tutup")
        tutup.clicked.connect(self.reject)
        kunci = QPushButton("Simpan &kunci kantor…")
        kunci.setToolTip("Untuk komputer baru: kunci ini membuat tanda tangan kantor tetap sama.")
        kunci.clicked.connect(lambda: self._lapor(simpan_kunci(self)))
        pasang = QPushButton("Pasang kunci…")
        pasang.clicked.connect(lambda: self._lapor(pasang_kunci(self)))
        for b in (self.tombol_buat, self.tombol_pulihkan, folder, kunci, pasang):
            baris.addWidget(b)
        baris.addStretch()
        baris.addWidget(tutup)
        lay.addLayout(baris)
        self.muat()

    def muat(self) -> None:
        self.cadangan = daftar_cadangan(self.store_path.stem)
        self.tabel.setRowCount(len(self.cadangan))
        for r, c in enumerate(self.cadangan):
            for k, teks in enumerate([label_waktu(c), c.keterangan, ukuran_mb(c.ukuran)]):
                item = QTableWidgetItem(teks)
                if k == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.tabel.setItem(r, k, item)
        if not self.cadangan:
            self.status.setText("Belum ada cadangan untuk basis data ini.")
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        self.tombol_pulihkan.setEnabled(bool(self.tabel.selectionModel().selectedRows()))

    def terpilih(self) -> Cadangan | None:
        rows = self.tabel.selectionModel().selectedRows()
        return self.cadangan[rows[0].row()] if rows else None

    def _lapor(self, pesan: str) -> None:
        if pesan:
            self.pesan = pesan
            self.status.setText(pesan)

    def buat(self) -> None:
        try:
            path = cadangan_berkas(self.store_path, "manual")
        except IkiError as exc:
            self.pesan = str(exc)
        else:
            self.pesan = f"Cadangan dibuat: {path.name}"
        self.muat()
        self.status.setText(self.pesan)

    def pulihkan_terpilih(self) -> bool:
        c = self.terpilih()
        if c is None:
            return False
        try:
            rincian = ringkasan_pemulihan(c.path, self.store_path).teks()
        except IkiError as exc:
            rincian = str(exc)
        jawab = QMessageBox.question(
            self,
            "Pulihkan dari cadangan",
            f"Basis data akan dikembalikan ke keadaan {label_waktu(c)} "
            f"({c.keterangan.lower()}).\n\n{rincian}\n\nKeadaan sekarang dicadangkan lebih "
            "dahulu, sehingga pemulihan ini pun dapat dibatalkan dengan memulihkan cadangan "
            "tersebut.\n\nLanjutkan?",
        )
        if jawab != QMessageBox.StandardButton.Yes:
            return False
        if self.tutup_store is not None:
            self.tutup_store()
        try:
            lama = pulihkan(c.path, self.store_path)
        except IkiError as exc:
            self.pesan = str(exc)
            self.status.setText(f"<span style='color:#b00020'>{self.pesan}</span>")
            self.dipulihkan.emit(str(self.store_path))  # reopen the unchanged file
            return False
        self.pesan = f"Basis data dipulihkan dari cadangan {label_waktu(c)}." + (
            f" Keadaan sebelumnya disimpan sebagai {lama.name}." if lama else ""
        )
        self.muat()
        self.status.setText(self.pesan)
        self.dipulihkan.emit(str(self.store_path))
        return True
