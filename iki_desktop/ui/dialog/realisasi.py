"""Targets and realisasi of one table (IKU or a jabatan's IKI), one triwulan at a time.

Per indicator: satuan, the year's target, direction (higher or lower is better),
cumulative or not, the Rencana Aksi, the triwulan's target and realisasi; the
year-to-date realisasi, capaian and predikat are computed as the capaian print does
(domain.kinerja). Each change is an undo command: targets through UbahIndikator
(only in a Draf), realisasi through UbahRealisasi (also after enactment).
"""

from __future__ import annotations

import copy

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

from iki_desktop.domain.kinerja import NAMA_TW, Arah, baris_capaian, format_angka, skala_bawaan
from iki_desktop.domain.model import Dokumen, Indikator
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.kinerja import UbahRealisasi
from iki_desktop.ui.undo.tabel import UbahIndikator

# (key, heading); the keys say what a column shows and how an edit is stored.
KOLOM = (
    ("sasaran", "Sasaran"),
    ("indikator", "Indikator"),
    ("satuan", "Satuan"),
    ("target", "Target tahun"),
    ("arah", "Arah"),
    ("kumulatif", "Kumulatif"),
    ("aksi", "Rencana aksi"),
    ("target_tw", "Target TW"),
    ("realisasi", "Realisasi TW"),
    ("realisasi_sd", "Realisasi s.d. TW"),
    ("capaian", "Capaian (%)"),
    ("predikat", "Predikat"),
)
KUNCI = [k for k, _ in KOLOM]
KOLOM_REALISASI = KUNCI.index("realisasi")
_TARGET = {"satuan", "target", "aksi", "target_tw"}  # typed, Draf only
_ARAH = [(Arah.NAIK, "Makin tinggi"), (Arah.TURUN, "Makin rendah")]


class DialogRealisasi(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = dokumen_id
        self._mengisi = False
        self._indikator: list[Indikator] = []
        self.setWindowTitle("Target dan realisasi")
        self.resize(1250, 600)
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
        self.tabel.setHorizontalHeaderLabels([judul for _, judul in KOLOM])
        kepala = self.tabel.horizontalHeader()
        for col in (0, 1, KUNCI.index("aksi")):
            kepala.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.rejected.connect(self.reject)
        self.catatan = QLabel()
        self.catatan.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(atas)
        lay.addWidget(self.tabel)
        lay.addWidget(self.catatan)
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

    @property
    def tw(self) -> int:
        return int(self.triwulan.currentData() or 1)

    def segarkan(self) -> None:
        dok = self._dok()
        jabatan_id = self.tabel_pilih.currentData()
        jabatan = dok.jabatan_by_id(jabatan_id) if jabatan_id else None
        sasaran = jabatan.sasaran if jabatan is not None else dok.iku
        self.catatan.setText(
            "Dokumen sudah ditetapkan: hanya realisasi yang dapat diisi."
            if dok.ditetapkan
            else "Ketik target dan realisasi; Ctrl+Z di jendela utama membatalkannya."
        )
        self._mengisi = True
        try:
            pasangan = [(s.teks, i) for s in sasaran for i in s.indikator]
            self._indikator = [i for _, i in pasangan]
            self.tabel.setRowCount(len(pasangan))
            for row, (teks, ind) in enumerate(pasangan):
                self._isi_baris(row, teks, ind, dok.ditetapkan)
        finally:
            self._mengisi = False

    def _nilai(self, teks: str, ind: Indikator) -> dict[str, str]:
        instansi = self.konteks.instansi(self._dok().instansi_id)
        skala = instansi.pengaturan.skala_predikat if instansi else skala_bawaan()
        b = baris_capaian(ind.kinerja, ind.realisasi, self.tw, skala)
        return {
            "sasaran": teks,
            "indikator": ind.teks,
            "satuan": ind.satuan,
            "target": ind.kinerja.target,
            "aksi": ind.kinerja.aksi,
            "target_tw": ind.kinerja.target_tw[self.tw - 1],
            "realisasi": ind.realisasi[self.tw - 1],
            "realisasi_sd": b.realisasi,
            "capaian": "" if b.capaian is None else format_angka(b.capaian),
            "predikat": b.predikat,
        }

    def _isi_baris(self, row: int, teks: str, ind: Indikator, terkunci: bool) -> None:
        nilai = self._nilai(teks, ind)
        for col, kunci in enumerate(KUNCI):
            if kunci == "arah":
                self._combo_arah(row, ind, terkunci)
                continue
            item = QTableWidgetItem(nilai.get(kunci, ""))
            bisa = kunci == "realisasi" or (kunci in _TARGET and not terkunci)
            if kunci == "kumulatif":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                centang = (
                    Qt.CheckState.Checked if ind.kinerja.kumulatif else Qt.CheckState.Unchecked
                )
                item.setCheckState(centang)
                bisa = not terkunci
            if not bisa:
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEditable & ~Qt.ItemFlag.ItemIsUserCheckable
                )
            self.tabel.setItem(row, col, item)

    def _combo_arah(self, row: int, ind: Indikator, terkunci: bool) -> None:
        """One combo per row, kept across refreshes (its value set with signals off)."""
        combo = self.tabel.cellWidget(row, KUNCI.index("arah"))
        if not isinstance(combo, QComboBox):
            combo = QComboBox()
            for arah, label in _ARAH:
                combo.addItem(label, arah.value)
            combo.currentIndexChanged.connect(
                lambda _n, r=row, c=combo: self._ubah_target(r, "arah", str(c.currentData()))
            )
            self.tabel.setCellWidget(row, KUNCI.index("arah"), combo)
        combo.blockSignals(True)
        combo.setCurrentIndex(0 if ind.kinerja.arah is Arah.NAIK else 1)
        combo.blockSignals(False)
        combo.setEnabled(not terkunci)

    def _diubah(self, item: QTableWidgetItem) -> None:
        if self._mengisi:
            return
        kunci = KUNCI[item.column()]
        if kunci == "realisasi":
            self._ubah_realisasi(item.row(), " ".join(item.text().split()))
        elif kunci == "kumulatif":
            self._ubah_target(item.row(), kunci, str(item.checkState() == Qt.CheckState.Checked))
        elif kunci in _TARGET:
            self._ubah_target(item.row(), kunci, " ".join(item.text().split()))

    def _ubah_realisasi(self, row: int, teks: str) -> None:
        ind = self._indikator[row]
        baru = list(ind.realisasi)
        baru[self.tw - 1] = teks
        if baru == ind.realisasi:
            return
        perintah = UbahRealisasi(self.konteks, self.dokumen_id, ind.id, ind.realisasi, baru)
        if not self.konteks.jalankan(perintah):
            self.segarkan()

    def _ubah_target(self, row: int, kunci: str, teks: str) -> None:
        if self._mengisi:
            return
        lama = self._indikator[row]
        baru = copy.deepcopy(lama)
        k = baru.kinerja
        if kunci == "satuan":
            baru.satuan = teks
        elif kunci == "target":
            k.target = teks
        elif kunci == "aksi":
            k.aksi = teks
        elif kunci == "target_tw":
            k.target_tw[self.tw - 1] = teks
        elif kunci == "arah":
            k.arah = Arah(teks)
        elif kunci == "kumulatif":
            k.kumulatif = teks == "True"
        if baru == lama:
            return
        jabatan_id = self.tabel_pilih.currentData()
        label = dict(KOLOM)[kunci].lower()
        perintah = UbahIndikator(
            self.konteks, self.dokumen_id, jabatan_id, lama, baru, f"Ubah {label}"
        )
        if not self.konteks.jalankan(perintah):
            self.segarkan()
