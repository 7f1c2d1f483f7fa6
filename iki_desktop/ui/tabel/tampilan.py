"""TampilanTabel: the QTableView of an indicator table, made to read like the printout.

It spans each sasaran cell over its indikator rows (recomputed on every model
reset), shares the width among the columns by weight, fits row heights to the
wrapped text (capped; the tooltip shows the rest), and keeps the selected row
across a model reset by remembering ids rather than row numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QDropEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iki_desktop.ui.tabel.delegasi import TEPI, DelegasiTabel, tinggi_teks
from iki_desktop.ui.tabel.model import KOLOM_GRUP, Baris, ModelTabel

TINGGI_MAKS_BARIS = 260  # px; taller cells show the rest in their tooltip
BOBOT_KOLOM = {"no": 0.5, "sasaran": 2.2, "indikator": 2.4, "formula": 3.2, "sumber_data": 2.0}
BOBOT_LAIN = 1.6


class TampilanTabel(QTableView):
    def __init__(self, model: ModelTabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_tabel = model
        self.setModel(model)
        self.delegasi = DelegasiTabel(self)
        self.setItemDelegate(self.delegasi)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self.jadwal_tinggi)
        self.setStyleSheet(
            "QHeaderView::section { font-weight: bold; padding: 4px; }"
            "QTableView { gridline-color: #9a9a9a; }"
        )
        self.setAccessibleName("Tabel indikator")
        # Drag rows to reorder them; a drop on a sasaran cell moves into that group.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pilih_nanti: tuple[str, str, int] | None = None  # (jenis, id, column)
        self.aksi_tabel: list[QAction] = []

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.atur_tinggi)
        model.modelAboutToBeReset.connect(self._ingat_pilihan)
        model.modelReset.connect(self._setelah_reset)
        model.dataChanged.connect(self.jadwal_tinggi)

    # ------------------------------------------------------------ keyboard

    def _aksi_untuk(self, event: QKeyEvent) -> QAction | None:
        tekan = QKeySequence(event.keyCombination())
        for aksi in self.aksi_tabel:
            if aksi.isEnabled() and any(
                tekan.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in aksi.shortcuts()
            ):
                return aksi
        return None

    def event(self, event: QEvent) -> bool:
        # The main window binds some of the same keys (F2, Alt+Up/Down) for the tree; a
        # plain shortcut clash would be ambiguous and fire neither. Claiming the key here
        # while the table has focus makes the table's meaning win.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and self._aksi_untuk(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        aksi = self._aksi_untuk(event) if self.state() != self.State.EditingState else None
        if aksi is not None:
            aksi.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ drag and drop

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Hand the drop to the model ourselves: a spanned sasaran cell counts as its
        whole group (Qt would measure "below" from the group's first row), and the
        event is not accepted as a move, so the view never clears the source cells."""
        m = self.model_tabel
        index = self.indexAt(event.position().toPoint())
        posisi = self.dropIndicatorPosition()
        Posisi = QAbstractItemView.DropIndicatorPosition
        row, parent, bawah = -1, QModelIndex(), False
        if index.isValid() and posisi == Posisi.OnItem:
            parent = index
        elif index.isValid() and posisi == Posisi.AboveItem:
            row = index.row()
        elif index.isValid() and posisi == Posisi.BelowItem:
            row, bawah = index.row() + self.rowSpan(index.row(), index.column()), True
        m.lepas_bawah = bawah
        m.dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, -1, parent)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    # ------------------------------------------------------------ selection

    def baris_kini(self) -> Baris | None:
        index = self.currentIndex()
        if not index.isValid() or index.row() >= self.model_tabel.rowCount():
            return None
        return self.model_tabel.baris(index.row())

    def kolom_grup_kini(self) -> bool:
        index = self.currentIndex()
        return index.isValid() and self.model_tabel.kunci(index.column()) in KOLOM_GRUP

    def pilih_baris(self, row: int, column: int) -> bool:
        if row < 0:
            return False
        index = self.model_tabel.index(row, max(column, 0))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.setFocus()
        return True

    def _ingat_pilihan(self) -> None:
        b = self.baris_kini()
        if self.pilih_nanti is None and b is not None:
            col = self.currentIndex().column()
            if b.indikator is not None:
                self.pilih_nanti = ("indikator", b.indikator.id, col)
            else:
                self.pilih_nanti = ("sasaran", b.sasaran.id, col)

    def _setelah_reset(self) -> None:
        self.clearSpans()
        for row, col, n in self.model_tabel.rentang_grup():
            self.setSpan(row, col, n, 1)
        if self.pilih_nanti is not None:
            jenis, ident, col = self.pilih_nanti
            self.pilih_nanti = None
            m = self.model_tabel
            row = m.baris_indikator(ident) if jenis == "indikator" else -1
            if row < 0:
                row = m.baris_sasaran(ident)
            if row >= 0:
                self.setCurrentIndex(m.index(row, max(col, 0)))
        self.atur_lebar()

    # ------------------------------------------------------------ geometry

    def atur_lebar(self) -> None:
        m = self.model_tabel
        if m.columnCount() == 0:
            return
        bobot = [BOBOT_KOLOM.get(m.kunci(c), BOBOT_LAIN) for c in range(m.columnCount())]
        lebar = max(self.viewport().width(), 600)
        header = self.horizontalHeader()
        header.blockSignals(True)
        for c, b in enumerate(bobot):
            self.setColumnWidth(c, int(lebar * b / sum(bobot)))
        header.blockSignals(False)
        self.jadwal_tinggi()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.atur_lebar()

    def jadwal_tinggi(self, *_: object) -> None:
        self._timer.start()

    def atur_tinggi(self) -> None:
        """Fit rows to their text (capped), then grow a group's last row if its sasaran needs more."""
        self._timer.stop()
        self.resizeRowsToContents()
        for row in range(self.model_tabel.rowCount()):
            if self.rowHeight(row) > TINGGI_MAKS_BARIS:
                self.setRowHeight(row, TINGGI_MAKS_BARIS)
        fm = self.fontMetrics()
        for row, col, n in self.model_tabel.rentang_grup():
            teks = str(self.model_tabel.index(row, col).data() or "")
            perlu = tinggi_teks(fm, teks, self.columnWidth(col) - 2 * TEPI) + 2 * TEPI
            perlu = min(perlu, TINGGI_MAKS_BARIS * n)
            ada = sum(self.rowHeight(r) for r in range(row, row + n))
            if perlu > ada:
                akhir = row + n - 1
                self.setRowHeight(akhir, self.rowHeight(akhir) + perlu - ada)
