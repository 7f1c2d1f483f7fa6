"""Save an open cell editor before any window action runs.

A toolbar button does not take the keyboard focus, and a menu shortcut fires while
the cell editor still has it, so the editor's own "save on focus loss" never runs:
the action would then reload the table and the typed text would be gone. This
filter watches the window's actions (a shortcut), its tool buttons (a press) and its
menus (opening) and asks Konteks to save first (`Konteks.selesaikan_sunting`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from iki_desktop.ui.konteks import Konteks


class PenjagaSunting(QObject):
    def __init__(self, konteks: Konteks, jendela: QWidget) -> None:
        super().__init__(jendela)
        self.konteks = konteks
        self.pasang(jendela)

    def pasang(self, jendela: QWidget) -> None:
        """Watch every action, button and menu the window has now."""
        for aksi in jendela.findChildren(QAction):
            aksi.installEventFilter(self)
        for tombol in jendela.findChildren(QAbstractButton):
            tombol.installEventFilter(self)
        for menu in jendela.findChildren(QMenu):
            menu.aboutToShow.connect(self.konteks.selesaikan_sunting)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        jenis = event.type()
        if (jenis == QEvent.Type.Shortcut and isinstance(obj, QAction)) or (
            jenis == QEvent.Type.MouseButtonPress and isinstance(obj, QAbstractButton)
        ):
            self.konteks.selesaikan_sunting()
        return False
