"""Delegate of the indicator table: real fractions on screen and multi-line cell editing.

Painting: the formula column draws its Formula with `tabel/formula.py` (text,
fraction with bar and factor, numbered list); other cells use the default painter
with word wrap. Editing: a QPlainTextEdit, as in a spreadsheet: Enter saves and
asks the view to move down (`mintaTurun`), Alt+Enter or Shift+Enter makes a new line
(sumber data and sasaran texts are often lists), Ctrl+Enter or leaving the cell saves,
Esc cancels. An editor opened by typing or for a new row starts with its text
selected (`pilih_semua`), so the first key replaces it. The formula column does not
edit in place: it asks for the formula dialog.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from iki_desktop.domain.formula import Formula
from iki_desktop.ui.tabel.formula import gambar_formula, tata_formula
from iki_desktop.ui.tabel.model import (
    KOLOM_FORMULA,
    KOLOM_GRUP,
    PERAN_FORMULA,
    PERAN_KUNCI,
    PERAN_UKURAN_GRUP,
)

TEPI = 4  # px of padding inside a cell
# Texts a new row starts with: an editor opened on one selects it, so typing replaces it
# (never "Sasaran baruTerkelolanya …").
TEKS_SEMENTARA = ("Sasaran baru", "Indikator baru")
PETUNJUK_EDITOR = "Enter: simpan  •  Alt+Enter: baris baru  •  Esc: batal"


class EditorSel(QPlainTextEdit):
    """Multi-line cell editor; Enter commits, Alt+Enter adds a line (see the delegate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setToolTip(PETUNJUK_EDITOR)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setAccessibleDescription(PETUNJUK_EDITOR)


class DelegasiTabel(QStyledItemDelegate):
    mintaFormula = Signal(QModelIndex)  # the formula cell wants the dialog
    mintaTurun = Signal(QWidget)  # Enter in an editor: save it, then select the cell below

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor_aktif: EditorSel | None = None
        self.pilih_semua = False  # the next editor opens with its text selected

    # ------------------------------------------------------------ painting

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Background, selection and focus come from the style; the text is drawn here so
        # that text cells and drawn formulas share one padding and line up at the top.
        formula = index.data(PERAN_FORMULA)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        teks, flags = opt.text, int(opt.displayAlignment | Qt.TextFlag.TextWordWrap)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setFont(opt.font)
        if opt.state & QStyle.StateFlag.State_Selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
            warna = index.data(Qt.ItemDataRole.ForegroundRole)
            if warna is not None:
                painter.setPen(warna.color())
        isi = opt.rect.adjusted(TEPI, TEPI, -TEPI, -TEPI)
        if index.data(PERAN_KUNCI) == KOLOM_FORMULA and isinstance(formula, Formula):
            tata = tata_formula(formula, QFontMetrics(opt.font), isi.width())
            gambar_formula(painter, tata, isi.left(), isi.top())
        else:
            painter.drawText(isi, flags, teks)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        kunci = index.data(PERAN_KUNCI)
        fm = QFontMetrics(option.font)
        if kunci in KOLOM_GRUP and (index.data(PERAN_UKURAN_GRUP) or 1) > 1:
            # A spanned group cell: the view shares its height over the group's rows.
            return QSize(option.rect.width(), fm.height() + 2 * TEPI)
        lebar = max(option.rect.width() - 2 * TEPI, 40)
        if kunci == KOLOM_FORMULA and isinstance(index.data(PERAN_FORMULA), Formula):
            tata = tata_formula(index.data(PERAN_FORMULA), fm, lebar)
            return QSize(option.rect.width(), tata.tinggi + 2 * TEPI)
        return QSize(
            option.rect.width(), tinggi_teks(fm, str(index.data() or ""), lebar) + 2 * TEPI
        )

    # ------------------------------------------------------------ editing

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget | None:
        if index.data(PERAN_KUNCI) == KOLOM_FORMULA:
            # Later, not inside the view's edit() call that is asking for an editor.
            target = QModelIndex(index)
            QTimer.singleShot(0, lambda: self.mintaFormula.emit(target))
            return None
        editor = EditorSel(parent)
        editor.installEventFilter(self)
        self.editor_aktif = editor
        return editor

    def destroyEditor(  # noqa: N802 - Qt override
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if editor is self.editor_aktif:
            self.editor_aktif = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, EditorSel):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            if self.pilih_semua or editor.toPlainText() in TEKS_SEMENTARA:
                editor.selectAll()  # typed on the cell, or a new row: the key replaces it
            else:
                editor.moveCursor(QTextCursor.MoveOperation.End)  # like F2 in Excel
            self.pilih_semua = False
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # type: ignore[no-untyped-def]
        if isinstance(editor, EditorSel):
            model.setData(index, editor.toPlainText().rstrip("\n"), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # At least a few lines high, so a one-line row still edits comfortably.
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), QFontMetrics(option.font).height() * 4))
        editor.setGeometry(rect)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(obj, EditorSel)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return super().eventFilter(obj, event)
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
                obj.insertPlainText("\n")
            elif mods & Qt.KeyboardModifier.ControlModifier:
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
            else:
                self.mintaTurun.emit(obj)
            return True
        return super().eventFilter(obj, event)


def tinggi_teks(fm: QFontMetrics, teks: str, lebar: int) -> int:
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return fm.boundingRect(QRect(0, 0, lebar, 100_000), flags, teks or " ").height()
