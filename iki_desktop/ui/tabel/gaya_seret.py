"""A drop indicator that can be seen: where a dragged jabatan or row will land.

Qt's own indicator is a one-pixel dotted line, easy to miss, so an operator dropped
twice to get a jabatan under the right atasan. Between rows this draws a thick line
with a dot where it starts; on a row (becoming its bawahan) a filled, outlined box.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

WARNA = QColor("#1565c0")


class GayaSeret(QProxyStyle):
    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop:
            super().drawPrimitive(element, option, painter, widget)
            return
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if rect.height() <= 1:  # between two rows
            painter.setPen(QPen(WARNA, 3))
            y = rect.top()
            painter.drawLine(rect.left() + 6, y, rect.right(), y)
            painter.setBrush(WARNA)
            painter.drawEllipse(QPoint(rect.left() + 4, y), 4, 4)
        else:  # onto a row
            isi = QColor(WARNA)
            isi.setAlpha(40)
            painter.setBrush(isi)
            painter.setPen(QPen(WARNA, 2, Qt.PenStyle.SolidLine))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()
