"""What every controller of the main window shares.

A controller (`Kendali` subclass) owns one group of menu actions — Berkas, Dokumen,
transfer, Cetak, Penetapan, Bantuan — and the slots behind them. It is given the
Konteks, the parent widget (the window: dialogs are centred on it and the actions'
shortcuts work anywhere in it), `pilih`, the callback that selects a tree node, and
`terpilih`, which returns the selected node. The window calls `perbarui()` after the
selection or the database changed; the controller then enables its actions. It hands its actions back as `butir_menu` (None is a separator,
a QMenu a sub-menu) and the window places them in its menus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle, QWidget

from iki_desktop.ui.konteks import Konteks

SP = QStyle.StandardPixmap
Kunci = QKeySequence | QKeySequence.StandardKey | str
ButirMenu = QAction | QMenu | None
Pilih = Callable[[str, str], bool]


@dataclass(frozen=True)
class Simpul:
    """The selected tree node: kind, id, its Dokumen id and whether that is ditetapkan."""

    jenis: str = ""
    ident: str = ""
    dokumen_id: str = ""
    terkunci: bool = False


def buat_aksi(
    induk: QWidget,
    teks: str,
    slot: Callable[[], object],
    kunci: Kunci | None = None,
    ikon: QStyle.StandardPixmap | None = None,
    tip: str = "",
) -> QAction:
    """One window action: label, slot, shortcut, standard icon and status tip."""
    a = QAction(teks, induk)
    if ikon is not None:
        a.setIcon(induk.style().standardIcon(ikon))
    if kunci is not None:
        a.setShortcut(QKeySequence(kunci))
    if tip:
        a.setStatusTip(tip)
        a.setToolTip(tip)
    a.triggered.connect(lambda *_: slot())
    induk.addAction(a)
    return a


class Kendali:
    def __init__(
        self, konteks: Konteks, induk: QWidget, pilih: Pilih, terpilih: Callable[[], Simpul]
    ) -> None:
        self.konteks = konteks
        self.induk = induk
        self.pilih = pilih
        self.terpilih = terpilih
        self.butir_menu: list[ButirMenu] = []

    def aksi(
        self,
        teks: str,
        slot: Callable[[], object],
        kunci: Kunci | None = None,
        ikon: QStyle.StandardPixmap | None = None,
        tip: str = "",
    ) -> QAction:
        return buat_aksi(self.induk, teks, slot, kunci, ikon, tip)

    @property
    def simpul(self) -> Simpul:
        return self.terpilih()

    def perbarui(self) -> None:
        """Enable the actions that apply to the selected node."""

    @property
    def ada_dokumen(self) -> bool:
        return self.konteks.ada_store and bool(self.simpul.dokumen_id)

    def dokumen_id(self) -> str | None:
        """The selected Dokumen's id, or None after telling the user to pick one."""
        if not self.simpul.dokumen_id:
            self.galat("Pilih dahulu sebuah dokumen di pohon sebelah kiri.")
            return None
        return self.simpul.dokumen_id

    def galat(self, pesan: str, judul: str = "Tidak dapat dilakukan") -> None:
        QMessageBox.warning(self.induk, judul, pesan)

    def tanya(self, judul: str, pesan: str) -> bool:
        jawab = QMessageBox.question(
            self.induk,
            judul,
            pesan,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return jawab == QMessageBox.StandardButton.Yes
