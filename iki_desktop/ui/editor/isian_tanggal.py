"""A date field that takes what an operator types or picks.

Typed as "7 Januari 2026", "7 Jan 2026", "7/1/2026", "07-01-2026" or "2026-01-07"
(domain/tanggal.py reads them) and shown back as "7 Januari 2026"; the button next to
it opens a calendar at the set date, or at today when none is set. An empty field
means no date. Text that is not a date is kept as typed, marked red with the reason,
and not saved, so nothing typed disappears.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.tanggal import format_tanggal, parse_tanggal

LOKAL_ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
PETUNJUK = "mis. 7 Januari 2026 atau 7/1/2026"


class IsianTanggal(QWidget):
    """Date or None; `editingFinished` after a valid change (typed, picked or cleared)."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tanggal: dt.date | None = None
        self.galat = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(PETUNJUK)
        self.edit.editingFinished.connect(self._baca)
        self.tombol = QToolButton(self)
        self.tombol.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.tombol.setToolTip("Pilih tanggal pada kalender")
        self.tombol.setAccessibleName("Pilih tanggal pada kalender")
        self.tombol.clicked.connect(self.buka_kalender)
        self.kalender = QCalendarWidget()
        self.kalender.setLocale(LOKAL_ID)
        self.kalender.setGridVisible(True)
        self.kalender.clicked.connect(self._dipilih)
        self.kalender.activated.connect(self._dipilih)
        self.menu = QMenu(self)
        wadah = QWidgetAction(self.menu)
        wadah.setDefaultWidget(self.kalender)
        self.menu.addAction(wadah)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.tombol)
        self.setFocusProxy(self.edit)

    # ------------------------------------------------------------ value

    def tanggal(self) -> dt.date | None:
        return self._tanggal

    def atur(self, tanggal: dt.date | None) -> None:
        """Show a stored date (no signal)."""
        self._tanggal = tanggal
        self._tandai("")
        self.edit.setText(format_tanggal(tanggal))

    def text(self) -> str:
        return self.edit.text()

    def setToolTip(self, teks: str) -> None:  # noqa: N802 - Qt name
        self.edit.setToolTip(teks)

    # ------------------------------------------------------------ typing

    def _baca(self) -> None:
        teks = self.edit.text().strip()
        if not teks:
            self._ganti(None)
            return
        try:
            tanggal = parse_tanggal(teks)
        except IkiError as err:
            self._tandai(str(err))
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), str(err))
            return
        self._ganti(tanggal)

    def _ganti(self, tanggal: dt.date | None) -> None:
        self._tandai("")
        self.edit.setText(format_tanggal(tanggal))
        if tanggal != self._tanggal:
            self._tanggal = tanggal
            self.editingFinished.emit()

    def _tandai(self, galat: str) -> None:
        self.galat = galat
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if galat else "")
        if galat:
            self.edit.setToolTip(galat)

    # ------------------------------------------------------------ calendar

    def buka_kalender(self) -> None:
        """Open the calendar at the set date, or at today."""
        awal = self._tanggal or dt.date.today()
        q = QDate(awal.year, awal.month, awal.day)
        self.kalender.setSelectedDate(q)
        self.kalender.setCurrentPage(q.year(), q.month())
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.kalender.setFocus()

    def _dipilih(self, q: QDate) -> None:
        self.menu.close()
        self._ganti(dt.date(q.year(), q.month(), q.day()))
        self.edit.setFocus()
