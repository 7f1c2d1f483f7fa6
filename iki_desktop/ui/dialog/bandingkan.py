"""Bandingkan: choose two versions and read what was added, removed or changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Instansi
from iki_desktop.domain.penetapan import Perbedaan
from iki_desktop.printing.perbandingan import pdf_perbandingan, tulis_perbandingan
from iki_desktop.store.penetapan import ambil_penetapan, bandingkan_versi
from iki_desktop.ui.cetak.pratinjau import cetak_ke_printer
from iki_desktop.ui.konteks import Konteks


class DialogBandingkan(QDialog):
    def __init__(
        self,
        konteks: Konteks,
        parent: QWidget | None = None,
        lama_id: str | None = None,
        baru_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.daftar: list[Perbedaan] = []
        self.setWindowTitle("Bandingkan versi")
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pilih_lama = QComboBox(self)
        self.pilih_baru = QComboBox(self)
        store = konteks.store
        semua = store.list_dokumen()
        for d in sorted(semua, key=lambda d: (d.tahun, d.revisi)):
            p = ambil_penetapan(store, d.id) if d.ditetapkan else None
            label = f"{d.label} — {d.status.label}" + (f" ({p.kode})" if p else "")
            self.pilih_lama.addItem(label, d.id)
            self.pilih_baru.addItem(label, d.id)
        if baru_id is None and semua:
            baru_id = max(semua, key=lambda d: (d.tahun, d.revisi)).id
        if lama_id is None and baru_id is not None:
            lama_id = next((d.pendahulu_id for d in semua if d.id == baru_id), None) or baru_id
        self._pilih(self.pilih_lama, lama_id)
        self._pilih(self.pilih_baru, baru_id)
        form.addRow("Versi lama:", self.pilih_lama)
        form.addRow("Versi baru:", self.pilih_baru)
        layout.addLayout(form)
        self.ringkasan = QLabel(self)
        layout.addWidget(self.ringkasan)
        self.pohon = QTreeWidget(self)
        self.pohon.setHeaderLabels(["Perbedaan"])
        self.pohon.setWordWrap(True)
        layout.addWidget(self.pohon)
        tombol = QDialogButtonBox(self)
        self.tombol_cetak = tombol.addButton("&Cetak…", QDialogButtonBox.ButtonRole.ActionRole)
        self.tombol_pdf = tombol.addButton("Simpan &PDF…", QDialogButtonBox.ButtonRole.ActionRole)
        tombol.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        self.tombol_cetak.clicked.connect(self.cetak)
        self.tombol_pdf.clicked.connect(lambda: self.simpan_pdf())
        tombol.rejected.connect(self.reject)
        layout.addWidget(tombol)
        self.pilih_lama.currentIndexChanged.connect(self.muat)
        self.pilih_baru.currentIndexChanged.connect(self.muat)
        self.muat()

    @staticmethod
    def _pilih(combo: QComboBox, dokumen_id: str | None) -> None:
        index = combo.findData(dokumen_id)
        if index >= 0:
            combo.setCurrentIndex(index)

    @property
    def judul(self) -> str:
        return (
            f"Perbandingan {self.pilih_lama.currentText()} dengan {self.pilih_baru.currentText()}"
        )

    def muat(self) -> None:
        self.pohon.clear()
        lama, baru = self.pilih_lama.currentData(), self.pilih_baru.currentData()
        if not lama or not baru:
            self.daftar = []
            self.ringkasan.setText("Belum ada dokumen untuk dibandingkan.")
            return
        try:
            self.daftar = bandingkan_versi(self.konteks.store, lama, baru)
        except IkiError as err:
            self.daftar = []
            self.ringkasan.setText(str(err))
            return
        if lama == baru:
            self.ringkasan.setText("Pilih dua versi yang berbeda.")
        elif not self.daftar:
            self.ringkasan.setText("Tidak ada perbedaan isi.")
        else:
            self.ringkasan.setText(f"{len(self.daftar)} perbedaan.")
        kelompok: dict[str, QTreeWidgetItem] = {}
        for p in self.daftar:
            induk = kelompok.get(p.tempat)
            if induk is None:
                induk = QTreeWidgetItem(self.pohon, [p.tempat])
                induk.setFirstColumnSpanned(True)
                kelompok[p.tempat] = induk
            anak = QTreeWidgetItem(induk, [p.teks])
            anak.setToolTip(0, p.teks)
        self.pohon.expandAll()

    def _instansi(self) -> Instansi:
        dok = self.konteks.dokumen(self.pilih_baru.currentData())
        instansi = self.konteks.instansi(dok.instansi_id)
        if instansi is None:
            raise IkiError("Data instansi tidak ditemukan.")
        return instansi

    def simpan_pdf(self, path: Path | None = None) -> Path | None:
        if path is None:
            nama, _ = QFileDialog.getSaveFileName(
                self, "Simpan perbandingan", str(Path.home() / "Perbandingan.pdf"), "PDF (*.pdf)"
            )
            if not nama:
                return None
            path = Path(nama)
        try:
            return tulis_perbandingan(path, self._instansi(), self.judul, self.daftar)
        except IkiError as err:
            QMessageBox.warning(self, "Gagal menyimpan", str(err))
            return None

    def cetak(self) -> None:
        try:
            data = pdf_perbandingan(self._instansi(), self.judul, self.daftar)
        except IkiError as err:
            QMessageBox.warning(self, "Gagal mencetak", str(err))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Cetak perbandingan")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        array = QByteArray(data)
        buffer = QBuffer(array, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        pdf.load(buffer)
        try:
            cetak_ke_printer(pdf, printer)
        except IkiError as err:
            QMessageBox.warning(self, "Gagal mencetak", str(err))
