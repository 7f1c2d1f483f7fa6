"""The check panel (Pemeriksaan) docked under the editors, kept current and wired to jump."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.jendela.pemeriksaan import PanelPemeriksaan

if TYPE_CHECKING:
    from iki_desktop.ui.jendela.utama import JendelaUtama


class DokPemeriksaan(QObject):
    """Re-checks the selected Dokumen shortly after it changes (edits come in bursts)."""

    def __init__(self, jendela: JendelaUtama) -> None:
        super().__init__(jendela)
        self.jendela = jendela
        self.panel = PanelPemeriksaan()
        self.dok = QDockWidget("Pemeriksaan", jendela)
        self.dok.setObjectName("dokPemeriksaan")
        self.dok.setWidget(self.panel)
        self.dok.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        jendela.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dok)
        # Short by default: the editors need the height; the list scrolls.
        jendela.resizeDocks([self.dok], [140], Qt.Orientation.Vertical)
        self.dokumen_id = ""
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(150)
        self._tunda.timeout.connect(self.perbarui)
        k = jendela.konteks
        k.dokumenDiubah.connect(self._mungkin)
        k.instansiDiubah.connect(lambda *_: self._tunda.start())
        k.daftarDokumenDiubah.connect(self._tunda.start)
        k.storeDiganti.connect(self._lupakan)
        self.panel.lompat.connect(self._lompat)
        self.panel.lompatIndikator.connect(self._lompat_indikator)

    def _lupakan(self) -> None:
        # Another database: the tree may already have selected its first Dokumen (its
        # slot runs before this one), so check whatever is selected now.
        self.panel.perbarui(None, None)
        self.dokumen_id = self.jendela.simpul().dokumen_id if self.jendela.konteks.ada_store else ""
        self._tunda.start()

    def _mungkin(self, dokumen_id: str) -> None:
        if dokumen_id == self.dokumen_id:
            self._tunda.start()

    def dokumen_dipilih(self, dokumen_id: str) -> None:
        if dokumen_id != self.dokumen_id:
            self.dokumen_id = dokumen_id
            self._tunda.start()

    def perbarui(self) -> None:
        k = self.jendela.konteks
        if not self.dokumen_id or not k.ada_store:
            self.panel.perbarui(None, None)
            return
        try:
            dok = k.dokumen(self.dokumen_id)
        except IkiError:  # deleted meanwhile
            self.panel.perbarui(None, None)
            return
        self.panel.perbarui(dok, k.instansi(dok.instansi_id))
        n = len(self.panel.masalah)
        self.dok.setWindowTitle(f"Pemeriksaan ({n})" if n else "Pemeriksaan")

    def _lompat(self, jenis: str, ident: str) -> None:
        if jenis in ("instansi", "keputusan", "iku", "dokumen"):
            self.jendela.pilih(jenis, self.dokumen_id)
        elif jenis == "jabatan":
            self.jendela.pilih("jabatan", ident)
        # "indikator" and "sasaran" are handled by _lompat_indikator.

    def _lompat_indikator(self, jabatan_id: str, indikator_id: str) -> None:
        if jabatan_id:
            self.jendela._lompat_temuan("jabatan", jabatan_id, indikator_id)
        else:
            self.jendela._lompat_temuan("iku", self.dokumen_id, indikator_id)
