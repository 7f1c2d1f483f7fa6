"""The hub every view and undo command shares: store, undo stack and change signals.

How to use it (for every module in ``iki_desktop.ui``):

* One ``Konteks`` lives as long as the main window. Opening another database calls
  ``ganti_store(store)``: the undo stack is cleared, the cache dropped and
  ``storeDiganti`` is emitted, so views keep their connections and just reload.
* Read data with ``konteks.dokumen(dokumen_id)``: a fully loaded ``Dokumen`` from a
  cache. Treat it as a read-only snapshot: never mutate it, copy (``copy.deepcopy``
  or ``dataclasses.replace``) and hand the copy to an undo command instead.
* Change data only through undo commands (``iki_desktop.ui.undo.dokumen.Perintah``
  subclasses) run with ``konteks.jalankan(perintah)``. The command's first execution
  happens *before* it is pushed: if the store refuses (``IkiError``, e.g.
  ``DokumenTerkunci`` for a ditetapkan Dokumen) nothing is pushed, ``galat`` is
  emitted with the Indonesian message, and ``jalankan`` returns False.
* After every do/undo/redo the cache entry of that Dokumen is dropped *before* the
  signals go out, so a slot that calls ``konteks.dokumen(id)`` sees the new state.

Signals (all ids are str):

* ``dokumenDiubah(dokumen_id)``: anything in that Dokumen changed (always emitted).
* ``strukturDiubah(dokumen_id)``: jabatan added, removed or moved (tree must reset).
* ``jabatanDiubah(jabatan_id)``: header fields of one jabatan changed (name, tugas…).
* ``tabelDiubah(dokumen_id, jabatan_id)``: sasaran/indikator of a table changed;
  jabatan_id is "" for the IKU table.
* ``instansiDiubah(instansi_id)``: Instansi or print settings changed.
* ``daftarDokumenDiubah()``: a Dokumen was created or deleted.
* ``storeDiganti()``: another database file is open now.
* ``galat(pesan)``: a command was refused; the window shows the message.
* ``mintaPilih(jenis, id)``: ask the window to select a node ("jabatan", "iku",
  "keputusan", "instansi", "dokumen", "indikator"), e.g. after an undo.
* ``mintaSelesaiSunting()``: an open cell editor must save its text now (emitted by
  ``selesaikan_sunting()``, which every action and every command calls first, so a
  button, menu or shortcut never discards what is being typed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi

if TYPE_CHECKING:
    from iki_desktop.store import Store
    from iki_desktop.ui.undo.dokumen import Perintah


class Konteks(QObject):
    dokumenDiubah = Signal(str)
    strukturDiubah = Signal(str)
    jabatanDiubah = Signal(str)
    tabelDiubah = Signal(str, str)
    instansiDiubah = Signal(str)
    daftarDokumenDiubah = Signal()
    storeDiganti = Signal()
    galat = Signal(str)
    mintaPilih = Signal(str, str)
    mintaSelesaiSunting = Signal()

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._store: Store | None = store
        self._cache: dict[str, Dokumen] = {}
        self._operator = ""
        self._menyelesaikan = False

    # ------------------------------------------------------------ store

    @property
    def store(self) -> Store:
        if self._store is None:
            raise IkiError("Belum ada basis data yang dibuka.")
        return self._store

    @property
    def ada_store(self) -> bool:
        return self._store is not None

    def ganti_store(self, store: Store | None) -> None:
        """Switch to another database (the old one is closed by the caller)."""
        self.undo_stack.clear()
        self._cache.clear()
        self._store = store
        if store is not None:
            store.operator = self._operator
        self.storeDiganti.emit()

    @property
    def operator(self) -> str:
        return self._operator

    @operator.setter
    def operator(self, nama: str) -> None:
        self._operator = nama
        if self._store is not None:
            self._store.operator = nama

    # ------------------------------------------------------------ data

    def dokumen(self, dokumen_id: str) -> Dokumen:
        """The full Dokumen (cached; read-only snapshot)."""
        dok = self._cache.get(dokumen_id)
        if dok is None:
            dok = self.store.load_dokumen(dokumen_id)
            self._cache[dokumen_id] = dok
        return dok

    def instansi(self, instansi_id: str) -> Instansi | None:
        try:
            return self.store.get_instansi(instansi_id)
        except IkiError:
            return None

    def lupakan(self, dokumen_id: str | None = None) -> None:
        """Drop a cached Dokumen (all when None) so the next read reloads it."""
        if dokumen_id is None:
            self._cache.clear()
        else:
            self._cache.pop(dokumen_id, None)

    # ------------------------------------------------------------ commands

    def selesaikan_sunting(self) -> None:
        """Save what an open cell editor holds (its own undo step) before anything else."""
        if self._menyelesaikan:
            return
        self._menyelesaikan = True
        try:
            self.mintaSelesaiSunting.emit()
        finally:
            self._menyelesaikan = False

    def jalankan(self, perintah: Perintah) -> bool:
        """Do a command once; push it on the undo stack only when the store accepted it.

        An editor still open elsewhere is saved first, as its own step."""
        self.selesaikan_sunting()
        try:
            perintah.kerjakan()
        except IkiError as err:
            self.lupakan(perintah.dokumen_id or None)
            self.galat.emit(str(err))
            return False
        perintah.tandai_sudah_dikerjakan()
        self.undo_stack.push(perintah)
        perintah.kabarkan()
        return True
