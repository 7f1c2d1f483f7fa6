"""Undo commands: each one calls Store methods (never SQL, never widgets).

Every Store write commits at once, so a command's ``kerjakan`` (do) and ``batalkan``
(undo) are both committed edits; QUndoStack only remembers how to go back and forth.
Deletes keep the ``Penghapusan`` token the store hands back, and undo restores
exactly those rows; redo of an add restores the rows its undo tombstoned, so ids
stay stable across undo/redo (other commands on the stack refer to them).

Write a new command like this::

    class UbahSesuatu(Perintah):
        def __init__(self, konteks, dokumen_id, lama, baru):
            super().__init__(konteks, dokumen_id, "Ubah sesuatu")
            ...
        def kerjakan(self): self.store.update_x(self.baru)
        def batalkan(self): self.store.update_x(self.lama)
        def kabarkan(self):
            super().kabarkan()            # drops the cache, emits dokumenDiubah
            self.konteks.tabelDiubah.emit(self.dokumen_id, jabatan_id)

and run it with ``konteks.jalankan(UbahSesuatu(...))`` (see konteks.py).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, Jabatan, Keputusan
from iki_desktop.domain.salin import salin_jabatan
from iki_desktop.domain.teks import pendek
from iki_desktop.store import Penghapusan, Store
from iki_desktop.ui.konteks import Konteks


class Perintah(QUndoCommand):
    """Base: one undoable, already-committed edit of one Dokumen ("" for none)."""

    def __init__(self, konteks: Konteks, dokumen_id: str, teks: str) -> None:
        super().__init__(teks)
        self.konteks = konteks
        self.dokumen_id = dokumen_id
        self._lewati_redo = False

    @property
    def store(self) -> Store:
        return self.konteks.store

    # Subclasses implement these two (and may extend kabarkan).
    def kerjakan(self) -> None:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define kerjakan()")

    def batalkan(self) -> None:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define batalkan()")

    def kabarkan(self) -> None:
        """Tell the views what changed. Called after do, undo and redo."""
        self.konteks.lupakan(self.dokumen_id or None)
        if self.dokumen_id:
            self.konteks.dokumenDiubah.emit(self.dokumen_id)

    # QUndoStack interface ------------------------------------------------

    def tandai_sudah_dikerjakan(self) -> None:
        """Konteks.jalankan did the first run already; push() must not repeat it."""
        self._lewati_redo = True

    def redo(self) -> None:
        if self._lewati_redo:
            self._lewati_redo = False
            return
        self._aman(self.kerjakan)

    def undo(self) -> None:
        self._aman(self.batalkan)

    def _aman(self, langkah: object) -> None:
        # Exceptions must not escape into Qt's C++ undo machinery.
        try:
            langkah()  # type: ignore[operator]
        except IkiError as err:
            self.konteks.lupakan(self.dokumen_id or None)
            self.konteks.galat.emit(str(err))
            return
        self.kabarkan()


# ---------------------------------------------------------------- helpers


def posisi_jabatan(dokumen: Dokumen, jabatan_id: str) -> tuple[str | None, int]:
    """(parent_id, index among its siblings) of a jabatan."""
    jab = dokumen.jabatan_by_id(jabatan_id)
    if jab is None:
        raise IkiError("Jabatan tidak ditemukan (mungkin sudah dihapus).")
    saudara = [j.id for j in dokumen.anak(jab.parent_id)]
    return jab.parent_id, saudara.index(jabatan_id)


def keturunan(dokumen: Dokumen, jabatan_id: str) -> list[Jabatan]:
    """All jabatan below one jabatan, in tree order."""
    out: list[Jabatan] = []

    def walk(pid: str) -> None:
        for anak in dokumen.anak(pid):
            out.append(anak)
            walk(anak.id)

    walk(jabatan_id)
    return out


# ---------------------------------------------------------------- jabatan


class TambahJabatan(Perintah):
    """Insert a jabatan (with whatever sasaran/indikator it carries)."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan: Jabatan,
        index: int,
        teks: str = "Tambah jabatan",
    ) -> None:
        super().__init__(konteks, dokumen_id, teks)
        self.jabatan = copy.deepcopy(jabatan)
        self.index = index
        self._token: Penghapusan | None = None

    def kerjakan(self) -> None:
        if self._token is None:
            self.store.add_jabatan(self.dokumen_id, self.jabatan, self.index)
        else:
            self.store.undelete(self._token)
            self._token = None

    def batalkan(self) -> None:
        self._token = self.store.delete_jabatan(self.jabatan.id)

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.strukturDiubah.emit(self.dokumen_id)
        if self._token is None:
            self.konteks.mintaPilih.emit("jabatan", self.jabatan.id)


class GandakanJabatan(TambahJabatan):
    """A copy of one jabatan with its sasaran and indikator, placed right after it."""

    def __init__(self, konteks: Konteks, dokumen: Dokumen, jabatan_id: str) -> None:
        asli = dokumen.jabatan_by_id(jabatan_id)
        if asli is None:
            raise IkiError("Jabatan tidak ditemukan (mungkin sudah dihapus).")
        baru = salin_jabatan(asli)
        baru.nama = f"{asli.nama} (salinan)"
        _, index = posisi_jabatan(dokumen, jabatan_id)
        super().__init__(
            konteks, dokumen.id, baru, index + 1, f"Gandakan jabatan {pendek(asli.nama, 40)}"
        )


class UbahJabatan(Perintah):
    """Header fields of one jabatan (name, unit, pemangku, tugas, fungsi…)."""

    def __init__(
        self, konteks: Konteks, dokumen_id: str, lama: Jabatan, baru: Jabatan, teks: str = ""
    ) -> None:
        super().__init__(konteks, dokumen_id, teks or f"Ubah jabatan {pendek(baru.nama, 40)}")
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self.store.update_jabatan(self.dokumen_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_jabatan(self.dokumen_id, self.lama)

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.jabatanDiubah.emit(self.baru.id)


class HapusJabatan(Perintah):
    """Tombstone a jabatan with its bawahan, sasaran and indikator; undo restores them."""

    def __init__(self, konteks: Konteks, dokumen_id: str, jabatan: Jabatan) -> None:
        super().__init__(konteks, dokumen_id, f"Hapus jabatan {pendek(jabatan.nama, 40)}")
        self.jabatan_id = jabatan.id
        self._token: Penghapusan | None = None

    def kerjakan(self) -> None:
        self._token = self.store.delete_jabatan(self.jabatan_id)

    def batalkan(self) -> None:
        if self._token is not None:
            self.store.undelete(self._token)
            self._token = None

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.strukturDiubah.emit(self.dokumen_id)
        if self._token is None:
            self.konteks.mintaPilih.emit("jabatan", self.jabatan_id)


class PindahJabatan(Perintah):
    """Re-parent or reorder a jabatan (drag and drop, or move up/down)."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen: Dokumen,
        jabatan_id: str,
        parent_baru: str | None,
        index_baru: int,
    ) -> None:
        jab = dokumen.jabatan_by_id(jabatan_id)
        nama = jab.nama if jab else ""
        super().__init__(konteks, dokumen.id, f"Pindahkan jabatan {pendek(nama, 40)}")
        self.jabatan_id = jabatan_id
        self.parent_lama, self.index_lama = posisi_jabatan(dokumen, jabatan_id)
        self.parent_baru = parent_baru
        self.index_baru = index_baru

    def kerjakan(self) -> None:
        self.store.move_jabatan(self.jabatan_id, self.parent_baru, self.index_baru)

    def batalkan(self) -> None:
        self.store.move_jabatan(self.jabatan_id, self.parent_lama, self.index_lama)

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.strukturDiubah.emit(self.dokumen_id)
        self.konteks.mintaPilih.emit("jabatan", self.jabatan_id)


# ---------------------------------------------------------------- instansi, dokumen


class UbahInstansi(Perintah):
    """Instansi data and its print settings (shared by every Dokumen of the office)."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        lama: Instansi,
        baru: Instansi,
        teks: str = "Ubah data instansi",
    ) -> None:
        super().__init__(konteks, dokumen_id, teks)
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self._tolak_bila_terkunci()
        self.store.save_instansi(self.baru)

    def batalkan(self) -> None:
        self.store.save_instansi(self.lama)

    def _tolak_bila_terkunci(self) -> None:
        # The store does not lock the Instansi row, but the print of a ditetapkan
        # Dokumen depends on it: edit it from a Draf only.
        if self.dokumen_id and self.konteks.dokumen(self.dokumen_id).ditetapkan:
            from iki_desktop.domain.errors import DokumenTerkunci

            raise DokumenTerkunci()

    def kabarkan(self) -> None:
        self.konteks.lupakan()
        self.konteks.instansiDiubah.emit(self.baru.id)
        if self.dokumen_id:
            self.konteks.dokumenDiubah.emit(self.dokumen_id)


class UbahKeputusan(Perintah):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        lama: Keputusan,
        baru: Keputusan,
        teks: str = "Ubah Keputusan",
    ) -> None:
        super().__init__(konteks, dokumen_id, teks)
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self.store.update_keputusan(self.dokumen_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_keputusan(self.dokumen_id, self.lama)


class UbahHeaderDokumen(Perintah):
    """Tahun, periode, judul, table columns, cascading."""

    def __init__(
        self,
        konteks: Konteks,
        lama: Dokumen,
        baru: Dokumen,
        teks: str = "Ubah data dokumen",
    ) -> None:
        super().__init__(konteks, baru.id, teks)
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self.store.update_dokumen_header(self.baru)

    def batalkan(self) -> None:
        self.store.update_dokumen_header(self.lama)

    def kabarkan(self) -> None:
        super().kabarkan()
        # The tree shows tahun/label in its root rows.
        self.konteks.daftarDokumenDiubah.emit()


class BuatDokumen(Perintah):
    """Add a whole new Dokumen (empty, from the template or copied from another year)."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen: Dokumen,
        instansi: Instansi | None = None,
        teks: str = "",
    ) -> None:
        super().__init__(konteks, dokumen.id, teks or f"Buat dokumen {dokumen.label}")
        self.dokumen = copy.deepcopy(dokumen)
        self.instansi = copy.deepcopy(instansi)
        self._token: Penghapusan | None = None
        self._ada = False

    def kerjakan(self) -> None:
        if self._token is not None:
            self.store.undelete(self._token)
            self._token = None
        elif self.instansi is not None:
            self.store.import_dokumen(self.instansi, self.dokumen)
        else:
            self.store.add_dokumen(self.dokumen)
        self._ada = True

    def batalkan(self) -> None:
        self._token = self.store.delete_dokumen(self.dokumen.id)
        self._ada = False

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.daftarDokumenDiubah.emit()
        if self._ada:
            self.konteks.mintaPilih.emit("dokumen", self.dokumen.id)


class HapusDokumen(Perintah):
    def __init__(self, konteks: Konteks, dokumen: Dokumen) -> None:
        super().__init__(konteks, dokumen.id, f"Hapus dokumen {dokumen.label}")
        self._token: Penghapusan | None = None

    def kerjakan(self) -> None:
        self._token = self.store.delete_dokumen(self.dokumen_id)

    def batalkan(self) -> None:
        if self._token is not None:
            self.store.undelete(self._token)
            self._token = None

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.daftarDokumenDiubah.emit()
        if self._token is None:
            self.konteks.mintaPilih.emit("dokumen", self.dokumen_id)
