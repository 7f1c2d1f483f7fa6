"""Periksa keaslian: type the code from a printout and see which version it belongs to."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.penetapan import normalisasi_kode
from iki_desktop.store.penetapan import HasilVerifikasi, tampil_waktu, verifikasi
from iki_desktop.ui.konteks import Konteks


class DialogKeaslian(QDialog):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.hasil: HasilVerifikasi | None = None
        self.setWindowTitle("Periksa keaslian cetakan")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        petunjuk = QLabel(
            "Ketik kode dokumen yang tercetak di kaki halaman (mis. IKI-7QF3-K9PA), "
            "atau pindai kode QR-nya dengan pemindai yang mengetik ke kotak ini.",
            self,
        )
        petunjuk.setWordWrap(True)
        layout.addWidget(petunjuk)
        baris = QHBoxLayout()
        self.kode = QLineEdit(self)
        self.kode.setPlaceholderText("mis. IKI-7QF3-K9PA")
        self.kode.setAccessibleName("Kode dokumen")
        self.kode.returnPressed.connect(self.periksa)
        baris.addWidget(self.kode)
        self.tombol_periksa = QPushButton("&Periksa", self)
        self.tombol_periksa.clicked.connect(self.periksa)
        baris.addWidget(self.tombol_periksa)
        layout.addLayout(baris)
        self.jawaban = QLabel(self)
        self.jawaban.setWordWrap(True)
        self.jawaban.setMinimumHeight(120)
        layout.addWidget(self.jawaban)
        tutup = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        tutup.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        tutup.rejected.connect(self.reject)
        layout.addWidget(tutup)

    def periksa(self) -> None:
        teks = self.kode.text().strip()
        if not teks:
            self.jawaban.setText("Ketik kode dokumen terlebih dahulu.")
            return
        normal = normalisasi_kode(teks)
        self.hasil = verifikasi(self.konteks.store, teks) if normal else None
        if self.hasil is None:
            tampil = html.escape(normal or teks)
            pesan = (
                f"<p><b>Tidak ada versi yang ditetapkan dengan kode {tampil} di basis data "
                "ini.</b></p>"
            )
            if normal is None:
                pesan += "<p>Bentuk kode tidak dikenali; periksa kembali ketikan Anda.</p>"
            pesan += (
                "<p>Bila cetakan berasal dari kantor lain, terima dahulu paket USB dari "
                "kantor itu, lalu periksa lagi.</p>"
            )
            self.jawaban.setText(pesan)
            return
        h = self.hasil
        e = html.escape
        baris = [
            f"<p><b>Kode {e(h.kode)} cocok dengan versi yang ditetapkan:</b></p>",
            "<table>",
            f"<tr><td>Instansi</td><td>: {e(h.instansi)}, {e(h.daerah)}</td></tr>",
            f"<tr><td>Dokumen</td><td>: {e(h.judul)} {e(h.dokumen)}</td></tr>",
            f"<tr><td>Keputusan</td><td>: Nomor {e(h.nomor_keputusan or '-')}, "
            f"tanggal {e(h.tanggal_keputusan or '-')}</td></tr>",
            f"<tr><td>Ditetapkan</td><td>: {e(tampil_waktu(h.ditetapkan_at))}"
            + (f" oleh {e(h.ditetapkan_oleh)}" if h.ditetapkan_oleh else "")
            + "</td></tr>",
            "</table>",
        ]
        if not h.terkini:
            baris.append("<p>Catatan: versi ini sudah diganti oleh perubahan yang lebih baru.</p>")
        if not h.utuh:
            baris.append(
                "<p><b>Peringatan:</b> salinan tersimpan versi ini tidak cocok lagi dengan "
                "sidik isinya; basis data mungkin telah diubah di luar program.</p>"
            )
        self.jawaban.setText("".join(baris))
