"""Select the row an undo or redo touched, in the table the editor shows.

QUndoStack reports every step with `indexChanged`. After an undo or redo the command
has already announced its change, so the model shows the new rows and the row can be
selected at once. A push (a new command run by Konteks.jalankan) is reported before
the command announces its change: that selection waits for `tabelDiubah`. Commands
run by the editor itself (`menjalankan`) choose their selection already.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel.model import KOLOM_GRUP
from iki_desktop.ui.tabel.tampilan import TampilanTabel
from iki_desktop.ui.undo.tabel import PerintahTabel


class PilihSetelahUndo(QObject):
    def __init__(self, konteks: Konteks, view: TampilanTabel) -> None:
        super().__init__(view)
        self.konteks = konteks
        self.view = view
        self.model = view.model_tabel
        self.menjalankan = False
        self.tertunda: PerintahTabel | None = None
        self._indeks_lama = konteks.undo_stack.index()
        konteks.undo_stack.indexChanged.connect(self._indeks_berubah)
        konteks.storeDiganti.connect(self._store_diganti)
        konteks.tabelDiubah.connect(self._tabel_diubah)

    def _store_diganti(self) -> None:
        self._indeks_lama = self.konteks.undo_stack.index()
        self.tertunda = None

    def _indeks_berubah(self, indeks: int) -> None:
        lama, self._indeks_lama = self._indeks_lama, indeks
        self.tertunda = None
        if indeks == lama:
            return
        try:
            perintah = self.konteks.undo_stack.command(indeks if indeks < lama else indeks - 1)
        except RuntimeError:  # the stack is being destroyed with its Konteks
            return
        if self.menjalankan:
            if perintah is not None:
                perintah._dilihat_editor = True  # type: ignore[attr-defined]
            return
        dok = self.model.dokumen
        if (
            not isinstance(perintah, PerintahTabel)
            or dok is None
            or perintah.dokumen_id != dok.id
            or perintah.jabatan_id != self.model.jabatan_id
        ):
            return
        baru = not getattr(perintah, "_dilihat_editor", False)
        perintah._dilihat_editor = True  # type: ignore[attr-defined]
        if baru and indeks > lama:
            self.tertunda = perintah
        else:
            self.pilih(perintah)

    def _tabel_diubah(self, dokumen_id: str, jabatan_id: str) -> None:
        dok = self.model.dokumen
        if dok is not None and dok.id == dokumen_id and (self.model.jabatan_id or "") == jabatan_id:
            perintah, self.tertunda = self.tertunda, None
            if perintah is not None:
                self.pilih(perintah)

    def pilih(self, perintah: PerintahTabel) -> bool:
        """Select the first row the command touched that still exists."""
        m = self.model
        for jenis, ident in perintah.pilihan():
            if jenis == "indikator" and m.baris_indikator(ident) >= 0:
                col = self.view.currentIndex().column()
                if col < 0 or m.kunci(col) in KOLOM_GRUP:
                    col = m.kolom_dari_kunci("indikator")
                return self.view.pilih_baris(m.baris_indikator(ident), col)
            if jenis == "sasaran" and m.baris_sasaran(ident) >= 0:
                return self.view.pilih_baris(m.baris_sasaran(ident), m.kolom_dari_kunci("sasaran"))
        return False
