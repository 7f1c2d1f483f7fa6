"""Riwayat: the versions of a Dokumen along its pendahulu chain, and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.penetapan import (
    Versi,
    buat_perubahan,
    daftar_riwayat,
    riwayat_versi,
    tampil_waktu,
)
from iki_desktop.ui.konteks import Konteks

KOLOM_VERSI = ["Versi", "Status", "Kode dokumen", "Ditetapkan", "Nomor Keputusan", "Keterangan"]
KOLOM_AUDIT = ["Waktu", "Petugas", "Tindakan", "Rincian"]


def _tabel(parent: QWidget, kolom: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(kolom), parent)
    t.setHorizontalHeaderLabels(kolom)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class DialogRiwayat(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = dokumen_id
        self.versi: list[Versi] = []
        self.setWindowTitle("Riwayat dokumen")
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        pemisah = QSplitter(Qt.Orientation.Vertical, self)
        atas = QWidget(pemisah)
        la = QVBoxLayout(atas)
        la.setContentsMargins(0, 0, 0, 0)
        la.addWidget(QLabel("<b>Versi</b> (versi yang ditetapkan tidak dapat diubah)", atas))
        self.tabel_versi = _tabel(atas, KOLOM_VERSI)
        la.addWidget(self.tabel_versi)
        bawah = QWidget(pemisah)
        lb = QVBoxLayout(bawah)
        lb.setContentsMargins(0, 0, 0, 0)
        self.judul_audit = QLabel(bawah)
        lb.addWidget(self.judul_audit)
        self.tabel_audit = _tabel(bawah, KOLOM_AUDIT)
        lb.addWidget(self.tabel_audit)
        layout.addWidget(pemisah)
        tombol = QDialogButtonBox(self)
        self.tombol_bandingkan = tombol.addButton(
            "&Bandingkan dengan versi sebelumnya…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.tombol_perubahan = tombol.addButton(
            "Buat &perubahan", QDialogButtonBox.ButtonRole.ActionRole
        )
        tombol.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        tombol.rejected.connect(self.reject)
        self.tombol_bandingkan.clicked.connect(self.bandingkan)
        self.tombol_perubahan.clicked.connect(self.perubahan)
        layout.addWidget(tombol)
        self.tabel_versi.itemSelectionChanged.connect(self._pilihan_berubah)
        self.muat()

    def muat(self) -> None:
        self.versi = riwayat_versi(self.konteks.store, self.dokumen_id)
        self.tabel_versi.setRowCount(len(self.versi))
        for r, v in enumerate(self.versi):
            sel = [
                v.label,
                v.status.label,
                v.kode or "",
                tampil_waktu(v.ditetapkan_at) if v.ditetapkan_at else "",
                v.nomor_keputusan,
                "berlaku" if v.terkini else "",
            ]
            for c, teks in enumerate(sel):
                self.tabel_versi.setItem(r, c, QTableWidgetItem(teks))
        baris = next((r for r, v in enumerate(self.versi) if v.dokumen_id == self.dokumen_id), 0)
        if self.versi:
            self.tabel_versi.selectRow(baris)
        self._pilihan_berubah()

    @property
    def terpilih(self) -> Versi | None:
        rows = self.tabel_versi.selectionModel().selectedRows()
        return self.versi[rows[0].row()] if rows else None

    def _pilihan_berubah(self) -> None:
        v = self.terpilih
        self.tombol_bandingkan.setEnabled(v is not None and self.versi.index(v) > 0)
        self.tombol_perubahan.setEnabled(v is not None and v.terkini and v is self.versi[-1])
        if v is None:
            self.tabel_audit.setRowCount(0)
            return
        self.judul_audit.setText(f"<b>Riwayat perubahan</b> {v.label}")
        isi = daftar_riwayat(self.konteks.store, v.dokumen_id)
        self.tabel_audit.setRowCount(len(isi))
        for r, baris in enumerate(isi):
            for c, teks in enumerate(baris):
                item = QTableWidgetItem(teks)
                item.setToolTip(teks)
                self.tabel_audit.setItem(r, c, item)

    def bandingkan(self) -> None:
        from iki_desktop.ui.dialog.bandingkan import DialogBandingkan

        v = self.terpilih
        if v is None or self.versi.index(v) == 0:
            return
        lama = self.versi[self.versi.index(v) - 1]
        DialogBandingkan(self.konteks, self, lama.dokumen_id, v.dokumen_id).exec()

    def perubahan(self) -> None:
        v = self.terpilih
        if v is None:
            return
        try:
            baru = buat_perubahan(self.konteks.store, v.dokumen_id)
        except IkiError as err:
            QMessageBox.warning(self, "Perubahan tidak dapat dibuat", str(err))
            return
        self.konteks.daftarDokumenDiubah.emit()
        self.konteks.mintaPilih.emit("dokumen", baru.id)
        self.dokumen_id = baru.id
        self.muat()
