"""PanelPemeriksaan: the list of problems found by domain.pemeriksaan, with jump-to.

`perbarui(dokumen, instansi)` re-runs the rules (a few ms for a full kecamatan);
double-click or Enter on a problem emits `lompat(jenis, id)`: the main window
selects that node ("instansi", "keputusan", "iku", "jabatan") and, for an
"indikator", the jabatan (Masalah.jabatan_id, or the IKU when None) and then
EditorTabel.pilih_indikator(id).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.pemeriksaan import GALAT, Masalah, periksa_dokumen, ringkasan
from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading

PERAN_MASALAH = Qt.ItemDataRole.UserRole + 1
SARING = (
    ("semua", "Semua"),
    ("galat", "Kesalahan saja"),
    ("penetapan", "Menghalangi penetapan"),
    ("cascading", "Cascading (pohon kinerja)"),
)


BELUM_DIPERIKSA = "Pilih sebuah dokumen di pohon untuk memeriksanya."


class _Daftar(QListWidget):
    """Enter on an item jumps like a double-click does."""

    tekanEnter = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.tekanEnter.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class PanelPemeriksaan(QWidget):
    lompat = Signal(str, str)  # jenis, id
    # For an indikator the window also needs its table: (jabatan_id or "" for IKU, indikator_id).
    lompatIndikator = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._masalah: list[Masalah] = []
        self._cascading: list[Masalah] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        atas = QHBoxLayout()
        self.ringkasan = QLabel("Belum diperiksa")
        self.ringkasan.setAccessibleName("Ringkasan pemeriksaan")
        atas.addWidget(self.ringkasan, 1)
        self.saring = QComboBox()
        for kunci, label in SARING:
            self.saring.addItem(label, kunci)
        self.saring.setToolTip("Saring daftar masalah")
        self.saring.currentIndexChanged.connect(self._isi)
        atas.addWidget(self.saring)
        lay.addLayout(atas)
        self.daftar = _Daftar()
        self.daftar.setWordWrap(True)
        self.daftar.setAlternatingRowColors(True)
        self.daftar.setAccessibleName("Daftar masalah")
        self.daftar.setToolTip("Klik dua kali atau tekan Enter untuk menuju tempat masalah")
        self.daftar.itemActivated.connect(self._aktif)
        self.daftar.tekanEnter.connect(self._aktif)
        lay.addWidget(self.daftar, 1)
        gaya = self.style()
        self._ikon_galat = gaya.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._ikon_peringatan = gaya.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    @property
    def masalah(self) -> list[Masalah]:
        return list(self._masalah)

    def perbarui(self, dokumen: Dokumen | None, instansi: Instansi | None) -> list[Masalah]:
        self._cascading = [] if dokumen is None else periksa_cascading(dokumen)
        dasar = [] if dokumen is None else periksa_dokumen(dokumen, instansi)
        self._masalah = dasar + self._cascading
        self._isi()
        if dokumen is None:  # never "no problems" for a Dokumen that was not checked
            self.ringkasan.setText(BELUM_DIPERIKSA)
        return self._masalah

    def _isi(self) -> None:
        saring = self.saring.currentData()
        tampil = [
            m
            for m in self._masalah
            if saring == "semua"
            or (saring == "galat" and m.tingkat == GALAT)
            or (saring == "penetapan" and m.memblokir)
            or (saring == "cascading" and m in self._cascading)
        ]
        self.daftar.clear()
        for m in tampil:
            item = QListWidgetItem(
                self._ikon_galat if m.tingkat == GALAT else self._ikon_peringatan, m.pesan
            )
            item.setData(PERAN_MASALAH, m)
            tip = "Galat" if m.tingkat == GALAT else "Peringatan"
            if m.memblokir:
                tip += " — harus diperbaiki sebelum penetapan"
            item.setToolTip(tip)
            self.daftar.addItem(item)
        teks = ringkasan(self._masalah)
        blok = sum(1 for m in self._masalah if m.memblokir)
        if blok:
            teks += f" ({blok} menghalangi penetapan)"
        self.ringkasan.setText(teks)

    def _aktif(self, item: QListWidgetItem) -> None:
        m: Masalah = item.data(PERAN_MASALAH)
        if m.jenis == "indikator":
            self.lompatIndikator.emit(m.jabatan_id or "", m.id)
        self.lompat.emit(m.jenis, m.id)
