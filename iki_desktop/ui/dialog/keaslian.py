"""Periksa keaslian: type the code (or paste the scanned QR text) from a printout and see
which version it belongs to, which office key enacted it, and whether everything holds."""

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

from iki_desktop.domain.keaslian import PERINGATAN, pisah_qr
from iki_desktop.domain.penetapan import normalisasi_kode
from iki_desktop.store.keaslian import Keaslian, periksa_keaslian
from iki_desktop.store.penetapan import HasilVerifikasi, tampil_waktu
from iki_desktop.store.transfer.tanda_tangan import teks_aman
from iki_desktop.ui.konteks import Konteks


class DialogKeaslian(QDialog):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.hasil: HasilVerifikasi | None = None
        self.keaslian: Keaslian | None = None
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
        kode, _ = pisah_qr(teks)
        normal = normalisasi_kode(kode)
        self.keaslian = periksa_keaslian(self.konteks.store, teks) if normal else None
        self.hasil = self.keaslian.hasil if self.keaslian else None
        if self.keaslian is None:
            tampil = html.escape(normal or teks_aman(kode, 40))
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
        self.jawaban.setText(_html_keaslian(self.keaslian))


def _html_keaslian(k: Keaslian) -> str:
    h, e = k.hasil, html.escape
    if k.utuh:
        judul = f"<p><b>Kode {e(h.kode)} cocok dengan versi yang ditetapkan:</b></p>"
    else:
        judul = (
            f"<p style='color:#b00020'><b>{e(PERINGATAN)}</b> Kode {e(h.kode)} tercatat, "
            "tetapi pemeriksaan keaslian GAGAL.</p>"
        )
    if k.tanda is None:
        penetap = "tanpa tanda tangan kantor (versi program lama); asal tidak dapat dipastikan"
    else:
        nama = k.kantor.nama if k.kantor else k.tanda.nama_kantor or "kantor tak dikenal"
        sah = "sah" if k.tanda_sah else "<b style='color:#b00020'>TIDAK SAH</b>"
        penetap = (
            f"{e(teks_aman(nama))}, kunci <tt>{e(k.tanda.sidik_jari)}</tt>; tanda tangan {sah}"
        )
    baris = [
        judul,
        "<table>",
        f"<tr><td>Instansi</td><td>: {e(h.instansi)}, {e(h.daerah)}</td></tr>",
        f"<tr><td>Dokumen</td><td>: {e(h.judul)} {e(h.dokumen)}</td></tr>",
        f"<tr><td>Keputusan</td><td>: Nomor {e(h.nomor_keputusan or '-')}, "
        f"tanggal {e(h.tanggal_keputusan or '-')}</td></tr>",
        f"<tr><td>Ditetapkan</td><td>: {e(tampil_waktu(h.ditetapkan_at))}"
        + (f" oleh {e(h.ditetapkan_oleh)}" if h.ditetapkan_oleh else "")
        + "</td></tr>",
        f"<tr><td>Penetap</td><td>: {penetap}</td></tr>",
    ]
    if k.qr_diberikan:
        qr = "sah" if k.qr_sah else "<b style='color:#b00020'>TIDAK SAH</b>"
        baris.append(f"<tr><td>Kode QR</td><td>: tanda tangan pada kode QR {qr}</td></tr>")
    baris.append("</table>")
    if not h.terkini:
        baris.append("<p>Catatan: versi ini sudah diganti oleh perubahan yang lebih baru.</p>")
    if k.masalah:
        daftar = "".join(f"<li>{e(m.strip())}</li>" for m in k.masalah)
        baris.append(
            f"<ul style='color:#b00020'>{daftar}</ul><p>Jangan memakai cetakan atau isi ini "
            "sebelum diperiksa; minta salinan asli dari kantor yang menetapkannya.</p>"
        )
    return "".join(baris)
