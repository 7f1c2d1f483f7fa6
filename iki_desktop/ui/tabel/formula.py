"""Drawing a Formula the way it prints: text, real fractions, numbered lists.

`tata_formula` lays a Formula out for a width (pure geometry from QFontMetrics) and
`gambar_formula` paints that layout; the table delegate and the formula dialog's
live preview (`PratinjauFormula`) both use them, so screen and dialog agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from iki_desktop.domain.formula import Daftar, Formula, Pecahan, Teks

JARAK_BAGIAN = 4  # px between parts
JARAK_FAKTOR = 6  # px between the fraction bar and its factor
JARAK_GARIS = 2  # px above and below the fraction bar
RATA_TENGAH = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
RATA_KIRI = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


@dataclass
class Tata:
    """The geometry of one laid-out formula, relative to (0, 0)."""

    teks: list[tuple[QRect, int, str]] = field(default_factory=list)  # rect, flags, text
    garis: list[QLineF] = field(default_factory=list)
    lebar: int = 0
    tinggi: int = 0


def _kotak(fm: QFontMetrics, lebar: int, teks: str, flags: int) -> QRect:
    r = fm.boundingRect(QRect(0, 0, max(lebar, 1), 100_000), flags, teks or " ")
    return QRect(0, 0, min(r.width(), lebar), r.height())


def tata_formula(formula: Formula, fm: QFontMetrics, lebar: int) -> Tata:
    """Lay `formula` out in `lebar` pixels: parts stacked, each wrapped to the width."""
    tata = Tata()
    y = 0
    lebar = max(lebar, 40)
    for no, bagian in enumerate(formula.bagian):
        if no:
            y += JARAK_BAGIAN
        if isinstance(bagian, Teks):
            r = _kotak(fm, lebar, bagian.teks, RATA_KIRI)
            r.moveTo(0, y)
            tata.teks.append((r, RATA_KIRI, bagian.teks))
            tata.lebar = max(tata.lebar, r.width())
            y += r.height()
        elif isinstance(bagian, Pecahan):
            y = _tata_pecahan(tata, bagian, fm, lebar, y)
        elif isinstance(bagian, Daftar):
            y = _tata_daftar(tata, bagian, fm, lebar, y)
    tata.tinggi = y
    return tata


def _tata_pecahan(tata: Tata, p: Pecahan, fm: QFontMetrics, lebar: int, y: int) -> int:
    faktor = p.faktor.strip()
    lebar_faktor = fm.horizontalAdvance(faktor) + JARAK_FAKTOR if faktor else 0
    ruang = max(lebar - lebar_faktor, 30)
    atas = _kotak(fm, ruang, p.pembilang, RATA_TENGAH)
    bawah = _kotak(fm, ruang, p.penyebut, RATA_TENGAH)
    bar = max(atas.width(), bawah.width(), fm.horizontalAdvance("MM"))
    atas = QRect(0, y, bar, atas.height())
    garis_y = y + atas.height() + JARAK_GARIS
    bawah = QRect(0, garis_y + JARAK_GARIS + 1, bar, bawah.height())
    tata.teks.append((atas, RATA_TENGAH, p.pembilang))
    tata.teks.append((bawah, RATA_TENGAH, p.penyebut))
    tata.garis.append(QLineF(0, garis_y + 0.5, bar, garis_y + 0.5))
    if faktor:
        r = QRect(bar + JARAK_FAKTOR, garis_y - fm.height() // 2, lebar_faktor, fm.height())
        tata.teks.append((r, int(Qt.AlignmentFlag.AlignLeft), faktor))
    tata.lebar = max(tata.lebar, bar + lebar_faktor)
    return bawah.bottom() + 1


def _tata_daftar(tata: Tata, d: Daftar, fm: QFontMetrics, lebar: int, y: int) -> int:
    inden = fm.horizontalAdvance(f"{len(d.butir)}. ")
    for no, butir in enumerate(d.butir, start=1):
        r = _kotak(fm, lebar - inden, butir, RATA_KIRI)
        r.moveTo(inden, y)
        tata.teks.append(
            (QRect(0, y, inden, fm.height()), int(Qt.AlignmentFlag.AlignLeft), f"{no}.")
        )
        tata.teks.append((r, RATA_KIRI, butir))
        tata.lebar = max(tata.lebar, inden + r.width())
        y += r.height()
    return y


def gambar_formula(painter: QPainter, tata: Tata, kiri: int, atas: int) -> None:
    """Paint a layout with the painter's current pen and font, its origin at (kiri, atas)."""
    painter.save()
    painter.translate(kiri, atas)
    for rect, flags, teks in tata.teks:
        painter.drawText(rect, flags, teks)
    pen = QPen(painter.pen())
    pen.setWidthF(1.0)
    painter.setPen(pen)
    for garis in tata.garis:
        painter.drawLine(garis)
    painter.restore()


class PratinjauFormula(QWidget):
    """A live preview of a Formula on a white 'paper' background (formula dialog)."""

    TEPI = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formula = Formula()
        self.setMinimumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Pratinjau formula")

    @property
    def formula(self) -> Formula:
        return self._formula

    def setFormula(self, formula: Formula) -> None:  # noqa: N802 - Qt-style setter
        self._formula = formula
        self.updateGeometry()
        self.update()

    def _tata(self, lebar: int) -> Tata:
        return tata_formula(self._formula, QFontMetrics(self.font()), lebar - 2 * self.TEPI)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        lebar = max(self.width(), 360)
        return QSize(lebar, max(self._tata(lebar).tinggi + 2 * self.TEPI, 80))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, lebar: int) -> int:  # noqa: N802 - Qt override
        return max(self._tata(lebar).tinggi + 2 * self.TEPI, 80)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(Qt.GlobalColor.black)
        if self._formula.kosong:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), "(formula masih kosong)"
            )
            return
        gambar_formula(painter, self._tata(self.width()), self.TEPI, self.TEPI)
