"""Confirm Penetapan: show what blocks it, or a summary and the final question."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.pemeriksaan import PERINGATAN, periksa_dokumen
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.store.penetapan import Penetapan, masalah_penetapan, tetapkan
from iki_desktop.ui.konteks import Konteks

PERTANYAAN = "Tetapkan dokumen ini? Setelah ditetapkan, isinya tidak dapat diubah lagi."


class DialogTetapkan(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = dokumen_id
        self.penetapan: Penetapan | None = None
        dok = konteks.dokumen(dokumen_id)
        instansi = konteks.instansi(dok.instansi_id)
        self.setWindowTitle(f"Tetapkan dokumen {dok.label}")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.masalah = [] if dok.ditetapkan else masalah_penetapan(instansi, dok)
        tombol = QDialogButtonBox(self)
        if dok.ditetapkan:
            self.judul = QLabel(f"Dokumen {dok.label} sudah ditetapkan.", self)
            layout.addWidget(self.judul)
            tombol.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        elif self.masalah:
            self.judul = QLabel(
                "<b>Dokumen belum dapat ditetapkan.</b> Perbaiki dahulu masalah berikut "
                "(lihat juga panel Pemeriksaan):",
                self,
            )
            self.judul.setWordWrap(True)
            layout.addWidget(self.judul)
            self.daftar = QListWidget(self)
            self.daftar.addItems(self.masalah)
            layout.addWidget(self.daftar)
            tombol.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        else:
            kep = dok.keputusan
            peringatan = [m for m in periksa_dokumen(dok, instansi) if m.tingkat == PERINGATAN]
            form = QFormLayout()
            form.addRow("Instansi:", QLabel(instansi.nama_lengkap if instansi else "-", self))
            form.addRow("Dokumen:", QLabel(f"{dok.judul} {dok.label}", self))
            form.addRow("Nomor Keputusan:", QLabel(kep.nomor, self))
            form.addRow("Tanggal:", QLabel(format_tanggal(kep.tanggal), self))
            form.addRow("Penandatangan:", QLabel(kep.penandatangan.pejabat.nama, self))
            form.addRow(
                "Isi:",
                QLabel(f"{len(dok.jabatan)} jabatan, {dok.jumlah_indikator()} indikator", self),
            )
            if peringatan:
                form.addRow("Peringatan:", QLabel(f"{len(peringatan)} (tidak menghalangi)", self))
            layout.addLayout(form)
            self.judul = QLabel(f"<b>{PERTANYAAN}</b>", self)
            self.judul.setWordWrap(True)
            layout.addWidget(self.judul)
            self.tombol_tetapkan = tombol.addButton(
                "&Tetapkan", QDialogButtonBox.ButtonRole.AcceptRole
            )
            batal = tombol.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
            batal.setDefault(True)  # enacting is final: Enter must not do it by accident
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)
        layout.addWidget(tombol)

    def accept(self) -> None:
        try:
            self.penetapan = tetapkan(
                self.konteks.store, self.dokumen_id, oleh=self.konteks.operator
            )
        except IkiError as err:
            QMessageBox.warning(self, "Penetapan ditolak", str(err))
            return
        # Edits of this Dokumen on the undo stack can never be undone now.
        self.konteks.undo_stack.clear()
        self.konteks.lupakan(self.dokumen_id)
        self.konteks.dokumenDiubah.emit(self.dokumen_id)
        self.konteks.daftarDokumenDiubah.emit()
        super().accept()


def tetapkan_dengan_konfirmasi(
    konteks: Konteks, dokumen_id: str, parent: QWidget | None = None
) -> Penetapan | None:
    dialog = DialogTetapkan(konteks, dokumen_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.penetapan is None:
        return None
    QMessageBox.information(
        parent,
        "Dokumen ditetapkan",
        f"Dokumen telah ditetapkan dengan kode {dialog.penetapan.kode}.\n"
        "Kode ini dan kode QR-nya tercetak di kaki setiap halaman.",
    )
    return dialog.penetapan
