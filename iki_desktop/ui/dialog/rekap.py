"""Rekap kantor: the kabupaten's overview of every office, sortable, filterable, to Excel.

The rows come from `store.rekap.rekap` (one per office, plus offices expected but
missing); the table model below only shows them. Sorting uses the numbers themselves
(PERAN_URUT), filtering matches any column's text, and "Hanya yang belum lengkap"
keeps the missing offices and those with no enacted Dokumen. The list of expected
offices is edited here and kept in the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.rekap import (
    KOLOM,
    BarisRekap,
    atur_kantor_diharapkan,
    kantor_diharapkan,
    nilai_baris,
    rekap,
)
from iki_desktop.store.store import Store

PERAN_URUT = Qt.ItemDataRole.UserRole + 1  # the value to sort by (numbers as numbers)
KOLOM_DOKUMEN = KOLOM.index("Dokumen")
_TANPA_INDUK = QModelIndex()


class ModelRekap(QAbstractTableModel):
    """One row per office; rebuilt as a whole (beginResetModel) when the rekap is read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.baris: list[BarisRekap] = []
        self._sel: list[tuple[str | int, ...]] = []

    def atur(self, baris: list[BarisRekap]) -> None:
        self.beginResetModel()
        self.baris = baris
        self._sel = [nilai_baris(b) for b in baris]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK) -> int:
        return 0 if parent.isValid() else len(self.baris)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK) -> int:
        return 0 if parent.isValid() else len(KOLOM)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return KOLOM[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        nilai = self._sel[index.row()][index.column()]
        b = self.baris[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(nilai)
        if role == PERAN_URUT:
            return nilai if isinstance(nilai, int) else str(nilai).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == KOLOM_DOKUMEN:
            return "\n".join(d.teks for d in b.dokumen) or None
        if role == Qt.ItemDataRole.ForegroundRole and not b.ada:
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(nilai, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SaringRekap(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(PERAN_URUT)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.hanya_belum = False

    def atur_hanya_belum(self, nilai: bool) -> None:
        self.beginFilterChange()
        self.hanya_belum = nilai
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if self.hanya_belum and isinstance(model, ModelRekap):
            b = model.baris[source_row]
            if b.ada and any(d.ditetapkan and d.sah for d in b.dokumen):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class DialogRekap(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pesan = ""
        self.setWindowTitle("Rekap kantor")
        self.resize(1100, 600)
        self.model = ModelRekap(self)
        self.saring = SaringRekap(self)
        self.saring.setSourceModel(self.model)
        self.tabel = QTableView()
        self.tabel.setModel(self.saring)
        self.tabel.setSortingEnabled(True)
        self.tabel.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setAccessibleName("Tabel rekap kantor")
        kepala = self.tabel.horizontalHeader()
        kepala.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kepala.setStretchLastSection(False)
        self.ringkasan = QLabel()
        lay = QVBoxLayout(self)
        lay.addLayout(self._baris_atas())
        lay.addWidget(self.tabel)
        lay.addWidget(self.ringkasan)
        lay.addLayout(self._baris_bawah())
        self.muat()

    def _baris_atas(self) -> QHBoxLayout:
        self.kotak = QLineEdit()
        self.kotak.setPlaceholderText("Saring: nama kantor, status, kode…")
        self.kotak.setClearButtonEnabled(True)
        self.kotak.textChanged.connect(self.saring.setFilterFixedString)
        self.tahun = QSpinBox()
        self.tahun.setRange(0, 2200)
        self.tahun.setSpecialValueText("Semua tahun")
        self.tahun.setToolTip("Hanya dokumen tahun ini (0: semua tahun)")
        self.tahun.valueChanged.connect(lambda *_: self.muat())
        self.belum = QCheckBox("Hanya yang belum lengkap")
        self.belum.setToolTip("Kantor tanpa data atau tanpa dokumen yang sah ditetapkan")
        self.belum.toggled.connect(self.saring.atur_hanya_belum)
        atas = QHBoxLayout()
        atas.addWidget(QLabel("Cari:"))
        atas.addWidget(self.kotak, 1)
        atas.addWidget(QLabel("Tahun:"))
        atas.addWidget(self.tahun)
        atas.addWidget(self.belum)
        return atas

    def _baris_bawah(self) -> QHBoxLayout:
        b_harap = QPushButton("Kantor yang diharapkan…")
        b_harap.clicked.connect(self.sunting_diharapkan)
        b_ekspor = QPushButton("Ekspor ke Excel…")
        b_ekspor.clicked.connect(lambda: self.ekspor(None))
        b_tutup = QPushButton("Tutup")
        b_tutup.clicked.connect(self.accept)
        bawah = QHBoxLayout()
        bawah.addWidget(b_harap)
        bawah.addStretch(1)
        bawah.addWidget(b_ekspor)
        bawah.addWidget(b_tutup)
        return bawah

    def muat(self) -> None:
        tahun = self.tahun.value() or None
        self.model.atur(rekap(self.store, tahun))
        self.tabel.resizeColumnsToContents()
        self.tabel.setColumnWidth(KOLOM_DOKUMEN, min(self.tabel.columnWidth(KOLOM_DOKUMEN), 360))
        baris = self.model.baris
        hilang = sum(1 for b in baris if not b.ada)
        tetap = sum(1 for b in baris if any(d.ditetapkan for d in b.dokumen))
        self.ringkasan.setText(
            f"{len(baris) - hilang} kantor ada datanya ({tetap} dengan dokumen ditetapkan), "
            f"{hilang} kantor yang diharapkan belum ada datanya."
        )

    def sunting_diharapkan(self, teks: str | None = None) -> None:
        """Edit the expected offices, one per line (`teks` given: no dialog, for tests)."""
        if teks is None:
            lama = "\n".join(kantor_diharapkan(self.store))
            teks, ok = QInputDialog.getMultiLineText(
                self,
                "Kantor yang diharapkan",
                "Satu kantor per baris, mis. \u201cKecamatan Wonoasih\u201d:",
                lama,
            )
            if not ok:
                return
        try:
            atur_kantor_diharapkan(self.store, teks.splitlines())
        except IkiError as err:
            QMessageBox.warning(self, "Daftar tidak disimpan", str(err))
            return
        self.muat()

    def ekspor(self, tujuan: str | Path | None) -> Path | None:
        """Export what the table holds (all rows, in the rekap's order) to Excel."""
        from iki_desktop.spreadsheet.rekap import ekspor_rekap

        if tujuan is None:
            tujuan, _ = QFileDialog.getSaveFileName(
                self, "Simpan rekap", "rekap-kantor.xlsx", "Buku kerja Excel (*.xlsx)"
            )
            if not tujuan:
                return None
        tahun = self.tahun.value()
        judul = "Rekap kiriman kantor" + (f" tahun {tahun}" if tahun else "")
        try:
            path = ekspor_rekap(self.model.baris, tujuan, judul)
        except IkiError as err:
            self.pesan = str(err)
            QMessageBox.warning(self, "Rekap tidak disimpan", self.pesan)
            return None
        self.pesan = f"Rekap disimpan: {path}"
        self.ringkasan.setText(self.pesan)
        return path
