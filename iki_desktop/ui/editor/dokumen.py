"""The Dokumen node: year, period, title, status and what it contains."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.ui.bidang import atur_teks, form_baru
from iki_desktop.ui.editor.bentuk import IsianBentuk
from iki_desktop.ui.editor.dasar import EditorDasar, gulir, judul_bagian
from iki_desktop.ui.editor.kinerja import BagianKinerja
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import UbahHeaderDokumen


class EditorDokumen(EditorDasar):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(konteks, parent)
        self.judul_halaman = judul_bagian("Dokumen")
        isi = QWidget()
        form = form_baru(isi)
        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2100)
        self.tahun.setToolTip("Tahun berlakunya IKU/IKI")
        self.tahun.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.periode = QLineEdit()
        self.periode.setPlaceholderText("kosongkan bila hanya satu tahun, mis. 2025-2026")
        self.periode.setToolTip("Periode bila dokumen berlaku lebih dari satu tahun")
        self.judul = QLineEdit()
        self.judul.setToolTip("Judul dokumen")
        self.status = QLabel()
        self.isi = QLabel()
        self.isi.setWordWrap(True)
        form.addRow("Tahun:", self.tahun)
        form.addRow("Periode:", self.periode)
        form.addRow("Judul:", self.judul)
        form.addRow("Status:", self.status)
        form.addRow("Isi:", self.isi)
        petunjuk = QLabel(
            "Pilih <b>Keputusan</b>, <b>IKU</b> atau sebuah jabatan di pohon sebelah kiri untuk "
            "menyuntingnya. Jabatan dapat dipindah dengan diseret, atau dengan Alt+Atas/Bawah; "
            "Alt+Kanan menjadikannya bawahan jabatan di atasnya, Alt+Kiri mengeluarkannya."
        )
        petunjuk.setWordWrap(True)
        # Scrolled: the target and PK part makes the page taller than a small window.
        konten = QWidget()
        luar = QVBoxLayout(self)
        luar.setContentsMargins(0, 0, 0, 0)
        luar.addWidget(gulir(konten))
        lay = QVBoxLayout(konten)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(self.judul_halaman)
        lay.addWidget(isi)
        self.bentuk = IsianBentuk(self)
        lay.addWidget(self.bentuk)
        lay.addWidget(petunjuk)
        self.kinerja = BagianKinerja(konteks)
        lay.addWidget(self.kinerja)
        lay.addStretch(1)
        self.tahun.editingFinished.connect(self._simpan)
        self.periode.editingFinished.connect(self._simpan)
        self.judul.editingFinished.connect(self._simpan)
        self.bentuk.selesai.connect(self._simpan)
        konteks.dokumenDiubah.connect(self._diubah)

    def _diubah(self, dokumen_id: str) -> None:
        if dokumen_id == self.dokumen_id and self.isVisible():
            self.segarkan()

    def isi_dari_data(self) -> None:
        dok = self.konteks.dokumen(self.dokumen_id)
        self.judul_halaman.setText(f"Dokumen {dok.label}")
        if self.tahun.value() != dok.tahun:
            self.tahun.setValue(dok.tahun)
        atur_teks(self.periode, dok.periode)
        atur_teks(self.judul, dok.judul)
        self.bentuk.atur(dok.bentuk)
        status = dok.status.label
        if dok.ditetapkan and dok.keputusan.tanggal:
            status += f" pada {format_tanggal(dok.keputusan.tanggal)}"
        self.status.setText(status)
        n_sas = sum(len(j.sasaran) for j in dok.jabatan) + len(dok.iku)
        self.isi.setText(
            f"{len(dok.jabatan)} jabatan, {n_sas} sasaran, {dok.jumlah_indikator()} indikator "
            f"(IKU: {sum(len(s.indikator) for s in dok.iku)} indikator)"
        )
        self.kinerja.tampilkan(dok)

    def _simpan(self) -> None:
        if self._sedang_mengisi or self.hanya_baca or not self.dokumen_id:
            return
        lama = self.konteks.dokumen(self.dokumen_id)
        baru = replace(
            lama,
            tahun=self.tahun.value(),
            periode=self.periode.text().strip(),
            judul=" ".join(self.judul.text().split()) or lama.judul,
            bentuk=self.bentuk.bentuk(),
        )
        kunci = ("tahun", "periode", "judul", "bentuk")
        if all(getattr(baru, k) == getattr(lama, k) for k in kunci):
            return
        if not self.konteks.jalankan(UbahHeaderDokumen(self.konteks, lama, baru)):
            self.segarkan()
