"""The realisasi view: one triwulan of one table (IKU or a jabatan's IKI) at a time.

Per indicator it shows the year's target and the triwulan's target, takes the
realisasi of that triwulan, and computes the year-to-date realisasi, capaian and
predikat as the capaian print does (domain.kinerja). Each typed value is an undo
command (UbahRealisasi); an enacted Dokumen accepts realisasi too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.kinerja import NAMA_TW, baris_capaian, format_angka, skala_bawaan
from iki_desktop.domain.model import Dokumen, Indikator
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.kinerja import UbahRealisasi

KOLOM = (
    "Sasaran",
    "Indikator",
    "Satuan",
    "Target tahun",
    "Target triwulan",
    "Realisasi triwulan",
    "Realisasi s.d. triwulan",
    "Capaian (%)",
    "Predikat",
)
KOLOM_REALISASI = 5


class DialogRealisasi(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = dokumen_id
        self._mengisi = False
        self._indikator: list[Indikator] = []
        self.setWindowTitle("Realisasi per triwulan")
        self.resize(1100, 560)
        self.tabel_pilih = QComboBox()
        self.triwulan = QComboBox()
        for n, nama in enumerate(NAMA_TW, start=1):
            self.triwulan.addItem(nama, n)
        atas = QHBoxLayout()
        atas.addWidget(QLabel("Tabel:"))
        atas.addWidget(self.tabel_pilih, 1)
        atas.addWidget(QLabel("Triwulan:"))
        atas.addWidget(self.triwulan)
        self.tabel = QTableWidget(0, len(KOLOM))
        self.tabel.setHorizontalHeaderLabels(list(KOLOM))
        kepala = self.tabel.horizontalHeader()
        for col in (0, 1):
            kepala.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(atas)
        lay.addWidget(self.tabel)
        lay.addWidget(
            QLabel("Ketik realisasi triwulan terpilih; Ctrl+Z di jendela utama membatalkannya.")
        )
        lay.addWidget(tombol)
        self._isi_pilihan()
        self.tabel_pilih.currentIndexChanged.connect(lambda _n: self.segarkan())
        self.triwulan.currentIndexChanged.connect(lambda _n: self.segarkan())
        self.tabel.itemChanged.connect(self._diubah)
        konteks.dokumenDiubah.connect(self._dokumen_diubah)
        self.segarkan()

    def _dok(self) -> Dokumen:
        return self.konteks.dokumen(self.dokumen_id)

    def _isi_pilihan(self) -> None:
        dok = self._dok()
        self.tabel_pilih.addItem("IKU", None)
        for j in dok.jabatan_urut():
            if j.jumlah_indikator:
                self.tabel_pilih.addItem(j.judul, j.id)

    def _dokumen_diubah(self, dokumen_id: str) -> None:
        if dokumen_id == self.dokumen_id:
            self.segarkan()

    def segarkan(self) -> None:
        dok = self._dok()
        jabatan_id = self.tabel_pilih.currentData()
        jabatan = dok.jabatan_by_id(jabatan_id) if jabatan_id else None
        sasaran = jabatan.sasaran if jabatan is not None else dok.iku
        tw = int(self.triwulan.currentData() or 1)
        instansi = self.konteks.instansi(dok.instansi_id)
        skala = instansi.pengaturan.skala_predikat if instansi else skala_bawaan()
        self._mengisi = True
        try:
            pasangan = [(s, i) for s in sasaran for i in s.indikator]
            self._indikator = [i for _, i in pasangan]
            self.tabel.setRowCount(len(pasangan))
            for row, (s, ind) in enumerate(pasangan):
                b = baris_capaian(ind.kinerja, ind.realisasi, tw, skala)
                nilai = [
                    s.teks,
                    ind.teks,
                    ind.satuan,
                    ind.kinerja.target,
                    ind.kinerja.target_tw[tw - 1],
                    ind.realisasi[tw - 1],
                    b.realisasi,
                    "" if b.capaian is None else format_angka(b.capaian),
                    b.predikat,
                ]
                for col, teks in enumerate(nilai):
                    item = QTableWidgetItem(teks)
                    if col != KOLOM_REALISASI:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.tabel.setItem(row, col, item)
        finally:
            self._mengisi = False

    def _diubah(self, item: QTableWidgetItem) -> None:
        if self._mengisi or item.column() != KOLOM_REALISASI:
            return
        ind = self._indikator[item.row()]
        tw = int(self.triwulan.currentData() or 1)
        baru = list(ind.realisasi)
        baru[tw - 1] = " ".join(item.text().split())
        if baru == ind.realisasi:
            return
        perintah = UbahRealisasi(self.konteks, self.dokumen_id, ind.id, ind.realisasi, baru)
        if not self.konteks.jalankan(perintah):
            self.segarkan()
