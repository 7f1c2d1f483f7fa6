"""Common ground of the node editors shown in the centre of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.bidang import atur_hanya_baca
from iki_desktop.ui.konteks import Konteks


def judul_bagian(teks: str) -> QLabel:
    label = QLabel(teks)
    label.setObjectName("judulEditor")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def gulir(isi: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(isi)
    return area


class EditorDasar(QWidget):
    """An editor shows one node (`tampilkan`) and re-reads it when the data changes."""

    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = ""
        self.ident = ""
        self.hanya_baca = False
        self._sedang_mengisi = False
        konteks.storeDiganti.connect(self._lupakan)

    def _lupakan(self) -> None:
        self.dokumen_id = ""
        self.ident = ""

    def tampilkan(self, dokumen_id: str, ident: str) -> None:
        self.dokumen_id = dokumen_id
        self.ident = ident
        self.segarkan()

    def segarkan(self) -> None:
        if not self.dokumen_id or not self.konteks.ada_store:
            return
        self._sedang_mengisi = True
        try:
            self.isi_dari_data()
        except IkiError:
            pass  # the node vanished (deleted or undone); the window selects another
        finally:
            self._sedang_mengisi = False

    def isi_dari_data(self) -> None:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define isi_dari_data()")

    def atur_hanya_baca(self, hanya_baca: bool) -> None:
        self.hanya_baca = hanya_baca
        atur_hanya_baca(self, hanya_baca)


def bungkus(editor: QWidget, *atas: QWidget) -> QVBoxLayout:
    lay = QVBoxLayout(editor)
    lay.setContentsMargins(12, 10, 12, 10)
    for w in atas:
        lay.addWidget(w)
    return lay
