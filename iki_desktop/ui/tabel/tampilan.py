"""TampilanTabel: the QTableView of an indicator table, made to read like the printout.

It spans each sasaran cell over its indikator rows (recomputed on every model
reset), shares the width among the columns by weight (never narrower than a column's
heading needs, so no heading is clipped), fits row heights to the
wrapped text (capped; the tooltip shows the rest), and keeps the selected row
across a model reset by remembering ids rather than row numbers.

Editing feels like a spreadsheet: typing on a selected cell opens it with the typed
key replacing the text, Enter saves and moves down, and `selesaikan_sunting()` saves
an open editor before any action (the table's own buttons, and Konteks's
`mintaSelesaiSunting` for everything else), so typed text is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iki_desktop.ui.tabel.delegasi import TEPI, DelegasiTabel, tinggi_teks
from iki_desktop.ui.tabel.gaya_seret import GayaSeret
from iki_desktop.ui.tabel.model import KOLOM_FORMULA, KOLOM_GRUP, KOLOM_NO, Baris, ModelTabel

TINGGI_MAKS_BARIS = 260  # px; taller cells show the rest in their tooltip
BOBOT_KOLOM = {
    "no": 0.5,
    "sasaran": 2.2,
    "indikator": 2.4,
    "formula": 3.2,
    "sumber_data": 2.0,
    # Short numbers: narrow columns, as wide as their heading needs.
    **dict.fromkeys(("satuan", "target", "baseline"), 1.0),
    **dict.fromkeys(("target_tw1", "target_tw2", "target_tw3", "target_tw4"), 0.8),
}
BOBOT_LAIN = 1.6


_PAD_JUDUL = 16  # px: the heading's padding (4 px each side) and frame
_PECAH_JUDUL = re.compile(r"(?<=/)|\s+")


def kata_judul(judul: str) -> list[str]:
    """The words of a heading; it may wrap at a space or after a slash ("TW III" is one)."""
    out: list[str] = []
    for w in _PECAH_JUDUL.split(judul):
        if not w:
            continue
        if out and out[-1].upper() == "TW":
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def _gabung(kata: list[str]) -> str:
    teks = ""
    for w in kata:
        teks += w if not teks or teks.endswith("/") else " " + w
    return teks


def bungkus_lebar(judul: str, lebar: int, ukur: Callable[[str], int]) -> str:
    """`judul` on as few lines as fit `lebar`; two lines are balanced ("TARGET" over
    "TW III", not "TARGET TW" over "III")."""
    kata = kata_judul(judul)
    if ukur(_gabung(kata)) <= lebar or len(kata) < 2:
        return _gabung(kata)
    dua = [(kata[:n], kata[n:]) for n in range(1, len(kata))]
    muat = [(a, b) for a, b in dua if max(ukur(_gabung(a)), ukur(_gabung(b))) <= lebar]
    if muat:
        a, b = min(muat, key=lambda p: max(ukur(_gabung(p[0])), ukur(_gabung(p[1]))))
        return f"{_gabung(a)}\n{_gabung(b)}"
    baris: list[list[str]] = []
    for w in kata:
        if baris and ukur(_gabung([*baris[-1], w])) <= lebar:
            baris[-1].append(w)
        else:
            baris.append([w])
    return "\n".join(_gabung(b) for b in baris)


def bagi_lebar(lebar: int, bobot: list[float], minimum: list[int]) -> list[int]:
    """Widths by weight, none under its minimum: what a narrow column lacks is taken
    from the columns that have room to spare. When even the minimums do not fit, they
    shrink alike (every column stays in sight)."""
    if sum(minimum) >= lebar:
        return [int(mn * lebar / sum(minimum)) for mn in minimum]
    w = [lebar * b / sum(bobot) for b in bobot]
    for _ in range(len(w)):
        kurang = sum(max(0.0, mn - x) for x, mn in zip(w, minimum, strict=True))
        if kurang <= 0.5:
            break
        w = [max(x, float(mn)) for x, mn in zip(w, minimum, strict=True)]
        ruang = [max(0.0, x - mn) for x, mn in zip(w, minimum, strict=True)]
        w = [x - kurang * r / sum(ruang) for x, r in zip(w, ruang, strict=True)]
    return [int(x) for x in w]


class TampilanTabel(QTableView):
    def __init__(self, model: ModelTabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_tabel = model
        self.setModel(model)
        self.delegasi = DelegasiTabel(self)
        self.setItemDelegate(self.delegasi)
        self.delegasi.mintaTurun.connect(self._simpan_turun)
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
        self._gaya_seret = GayaSeret()  # a thick line where the rows will land
        self.setStyle(self._gaya_seret)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pilih_nanti: tuple[str, str, int] | None = None  # (jenis, id, column)
        self.aksi_tabel: list[QAction] = []
        self._menyimpan = False

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
        if self._ketik_membuka(event):
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ editing

    def _ketik_membuka(self, event: QKeyEvent) -> bool:
        """A printable key on a selected text cell opens it; the key replaces the text."""
        teks = event.text()
        perubah = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        index = self.currentIndex()
        if (
            self.state() == QAbstractItemView.State.EditingState
            or not teks
            or not teks.isprintable()
            or event.modifiers() & perubah
            or not index.isValid()
            or self.model_tabel.kunci(index.column()) in (KOLOM_FORMULA, KOLOM_NO)
        ):
            return False
        if not self.buka_sunting(index, pilih_semua=True):
            return False
        editor = self.delegasi.editor_aktif
        if editor is not None:
            editor.insertPlainText(teks)
        return True

    def buka_sunting(self, index: QModelIndex, pilih_semua: bool = False) -> bool:
        """Open the cell editor; with pilih_semua its text starts selected."""
        if not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        self.setCurrentIndex(index)
        self.delegasi.pilih_semua = pilih_semua
        terbuka = super().edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
        self.delegasi.pilih_semua = False
        return bool(terbuka) and self.delegasi.editor_aktif is not None

    def selesaikan_sunting(self) -> bool:
        """Save and close an open cell editor (True when there was one)."""
        editor = self.delegasi.editor_aktif
        if (
            editor is None
            or self._menyimpan
            or self.state() != QAbstractItemView.State.EditingState
        ):
            return False
        self._menyimpan = True  # the save runs a command, which asks every editor to save
        try:
            self.commitData(editor)
        finally:
            self._menyimpan = False
        # Saving may reset the model, which already released the editor.
        if self.delegasi.editor_aktif is editor:
            self.closeEditor(editor, self.delegasi.EndEditHint.NoHint)
        return True

    def _simpan_turun(self, editor: QWidget) -> None:
        if editor is not self.delegasi.editor_aktif:
            return
        col = self.currentIndex().column()
        self.selesaikan_sunting()
        index = self.currentIndex()
        if not index.isValid():
            return
        m = self.model_tabel
        b = m.baris(index.row())
        kolom_indikator = m.kolom_dari_kunci("indikator")
        if b.indikator is None and m.kunci(col) in KOLOM_GRUP and kolom_indikator >= 0:
            # A new sasaran: on to its first indikator, not into the next group.
            self.setCurrentIndex(m.index(index.row(), kolom_indikator))
        else:
            bawah = index.row() + max(self.rowSpan(index.row(), index.column()), 1)
            if bawah < m.rowCount():
                self.setCurrentIndex(m.index(bawah, col))
        self.setFocus()

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
        for row, col, n in self.model_tabel.rentang_sel():
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
        """Share the width by weight, each column at least as wide as the longest word of
        its heading, and wrap every heading to its column ("TARGET" over "TW III")."""
        m = self.model_tabel
        if m.columnCount() == 0:
            return
        bobot = [BOBOT_KOLOM.get(m.kunci(c), BOBOT_LAIN) for c in range(m.columnCount())]
        lebar = max(self.viewport().width(), 600)
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)
        fm = QFontMetrics(font)
        kolom = m.kolom()
        minimum = [
            max((fm.horizontalAdvance(w) for w in kata_judul(k.judul)), default=0) + _PAD_JUDUL
            for k in kolom
        ]
        lebar_kolom = bagi_lebar(lebar, bobot, minimum)
        m.atur_judul_tampil(
            {
                (k.kunci, k.judul): bungkus_lebar(k.judul, w - _PAD_JUDUL, fm.horizontalAdvance)
                for k, w in zip(kolom, lebar_kolom, strict=True)
            }
        )
        header = self.horizontalHeader()
        header.blockSignals(True)
        for c, w in enumerate(lebar_kolom):
            self.setColumnWidth(c, w)
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
        for row, col, n in self.model_tabel.rentang_sel():
            teks = str(self.model_tabel.index(row, col).data() or "")
            perlu = tinggi_teks(fm, teks, self.columnWidth(col) - 2 * TEPI) + 2 * TEPI
            perlu = min(perlu, TINGGI_MAKS_BARIS * n)
            ada = sum(self.rowHeight(r) for r in range(row, row + n))
            if perlu > ada:
                akhir = row + n - 1
                self.setRowHeight(akhir, self.rowHeight(akhir) + perlu - ada)
