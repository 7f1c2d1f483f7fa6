"""Choosing what a sasaran or indikator supports (the cascading link).

The list offers the atasan's sasaran with their indikator (and the IKU for jabatan at
the top or directly under the head); "Tampilkan unit lain" adds every other unit's
sasaran for a crosscutting link, with its role (mendukung / bersama).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.model import Dokumen, Jabatan, PeranTautan
from iki_desktop.domain.tautan import Titik, pilihan_atasan, pilihan_lintas

PERAN_ID = Qt.ItemDataRole.UserRole + 1


class DialogMendukung(QDialog):
    """`pilihan` after exec(): (target id or None to unlink, role), or None when cancelled."""

    def __init__(
        self,
        dok: Dokumen,
        jabatan: Jabatan,
        teks: str,
        sekarang: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pilih yang didukung")
        self.resize(720, 480)
        self.dok, self.jabatan, self.sekarang = dok, jabatan, sekarang
        self.pilihan: tuple[str | None, PeranTautan] | None = None
        lay = QVBoxLayout(self)
        judul = QLabel(f"<b>{jabatan.nama}</b>: “{teks}” mendukung…")
        judul.setWordWrap(True)
        judul.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(judul)
        self.daftar = QTreeWidget()
        self.daftar.setHeaderLabels(["Sasaran / indikator", "Milik"])
        self.daftar.setColumnWidth(0, 500)
        self.daftar.setAccessibleName("Daftar sasaran yang dapat didukung")
        self.daftar.itemDoubleClicked.connect(lambda *_: self._terima())
        lay.addWidget(self.daftar, 1)
        bawah = QHBoxLayout()
        self.lintas = QCheckBox("Tampilkan unit lain (crosscutting)")
        self.lintas.toggled.connect(self._isi)
        bawah.addWidget(self.lintas)
        self.peran = QComboBox()
        for p in PeranTautan:
            self.peran.addItem(p.label, p)
        self.peran.setToolTip("Peran tautan lintas unit: mendukung, atau tanggung jawab bersama")
        self.peran.setEnabled(False)
        bawah.addWidget(self.peran)
        bawah.addStretch(1)
        lay.addLayout(bawah)
        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.lepas = QPushButton("Lepas tautan")
        self.lepas.setToolTip("Sasaran ini tidak lagi mendukung apa pun (akan ditandai)")
        self.lepas.clicked.connect(self._lepas)
        tombol.addButton(self.lepas, QDialogButtonBox.ButtonRole.ActionRole)
        tombol.accepted.connect(self._terima)
        tombol.rejected.connect(self.reject)
        lay.addWidget(tombol)
        self._isi()

    def _isi(self) -> None:
        self.daftar.clear()
        self.peran.setEnabled(self.lintas.isChecked())
        titik = pilihan_atasan(self.dok, self.jabatan)
        if self.lintas.isChecked():
            titik += pilihan_lintas(self.dok, self.jabatan)
        induk: dict[str, QTreeWidgetItem] = {}
        tebal = QFont()
        tebal.setBold(True)
        for t in titik:
            item = self._item(t)
            if t.indikator is None:
                item.setFont(0, tebal)
                self.daftar.addTopLevelItem(item)
                induk[t.sasaran.id] = item
            elif t.sasaran.id in induk:
                induk[t.sasaran.id].addChild(item)
            if t.id == self.sekarang:
                self.daftar.setCurrentItem(item)
        self.daftar.expandAll()
        if not titik:
            kosong = QTreeWidgetItem(
                ["Atasan belum memiliki sasaran: isi dahulu tabel atasan.", ""]
            )
            kosong.setFlags(Qt.ItemFlag.NoItemFlags)
            self.daftar.addTopLevelItem(kosong)

    @staticmethod
    def _item(t: Titik) -> QTreeWidgetItem:
        awal = "Indikator: " if t.indikator else ""
        item = QTreeWidgetItem([awal + (t.teks or "(tanpa teks)"), t.pemilik])
        item.setData(0, PERAN_ID, t.id)
        item.setToolTip(0, t.teks)
        return item

    def _terima(self) -> None:
        item = self.daftar.currentItem()
        ident = item.data(0, PERAN_ID) if item is not None else None
        if not ident:
            return
        peran = self.peran.currentData() if self.lintas.isChecked() else PeranTautan.MENDUKUNG
        self.pilihan = (str(ident), peran)
        self.accept()

    def _lepas(self) -> None:
        self.pilihan = (None, PeranTautan.MENDUKUNG)
        self.accept()
