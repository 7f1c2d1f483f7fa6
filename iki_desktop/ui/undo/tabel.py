"""Undo commands of the indicator tables (IKU and IKI): sasaran and indikator rows.

Each command calls the Store (one committed transaction per call; multi-row paste
joins its calls in one `store.transaction()`), keeps the Penghapusan token of a
delete so undo restores exactly those rows, and announces `tabelDiubah` so the
table model reloads. `jabatan_id` is None for the IKU table.

Also here: the clipboard form of copied rows (JSON for our own paste, tab-separated
text for Excel), because pasting is a command and must read what copying wrote.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.formula import formula_ke_teks
from iki_desktop.domain.model import KOLOM_GABUNG, Indikator, Sasaran, new_id
from iki_desktop.domain.salin import salin_sasaran
from iki_desktop.domain.serialize import sasaran_dari_dict, sasaran_ke_dict
from iki_desktop.domain.tautan import tautan_tempel
from iki_desktop.domain.teks import pendek
from iki_desktop.store import Penghapusan
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import Perintah
from iki_desktop.ui.undo.rapi_gabungan import kembalikan, rapikan_tabel

MIME_BARIS = "application/x-iki-baris"


class PerintahTabel(Perintah):
    """Base: an edit of the table of one jabatan (or of the IKU when jabatan_id is None)."""

    def __init__(
        self, konteks: Konteks, dokumen_id: str, jabatan_id: str | None, teks: str
    ) -> None:
        super().__init__(konteks, dokumen_id, teks)
        self.jabatan_id = jabatan_id
        self._gabungan_lama: list[Indikator] = []  # see rapikan_gabungan

    def kabarkan(self) -> None:
        super().kabarkan()
        self.konteks.tabelDiubah.emit(self.dokumen_id, self.jabatan_id or "")

    def rapikan_gabungan(self) -> None:
        """After rows were added, moved or deleted (inside that change's transaction)."""
        self._gabungan_lama = rapikan_tabel(self.store, self.dokumen_id, self.jabatan_id)

    def kembalikan_gabungan(self) -> None:
        """Undo of `rapikan_gabungan`, before the row change itself is reversed."""
        kembalikan(self.store, self._gabungan_lama)
        self._gabungan_lama = []

    def pilihan(self) -> list[tuple[str, str]]:
        """Rows this command touched, best first, as ("indikator"|"sasaran", id): the
        editor re-selects the first one that still exists after an undo or redo."""
        return []


class _Tambah(PerintahTabel):
    """Shared add logic: first do inserts, undo tombstones, redo restores the same rows."""

    _token: Penghapusan | None = None

    def _sisipkan(self) -> None:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define _sisipkan()")

    def _hapus(self) -> Penghapusan:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define _hapus()")

    def kerjakan(self) -> None:
        with self.store.transaction():
            if self._token is None:
                self._sisipkan()
            else:
                self.store.undelete(self._token)
                self._token = None
            self.rapikan_gabungan()

    def batalkan(self) -> None:
        with self.store.transaction():
            self.kembalikan_gabungan()
            self._token = self._hapus()


class TambahSasaran(_Tambah):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        sasaran: Sasaran,
        index: int,
        teks: str = "Tambah sasaran",
    ) -> None:
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        self.sasaran = copy.deepcopy(sasaran)
        self.index = index

    def _sisipkan(self) -> None:
        self.store.add_sasaran(self.dokumen_id, self.jabatan_id, self.sasaran, self.index)

    def _hapus(self) -> Penghapusan:
        return self.store.delete_sasaran(self.sasaran.id)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("sasaran", self.sasaran.id)]


class TambahIndikator(_Tambah):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        sasaran_id: str,
        indikator: Indikator,
        index: int,
        teks: str = "Tambah indikator",
    ) -> None:
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        self.sasaran_id = sasaran_id
        self.indikator = copy.deepcopy(indikator)
        self.index = index

    def _sisipkan(self) -> None:
        self.store.add_indikator(self.sasaran_id, self.indikator, self.index)

    def _hapus(self) -> Penghapusan:
        return self.store.delete_indikator(self.indikator.id)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", self.indikator.id), ("sasaran", self.sasaran_id)]


class UbahSasaran(PerintahTabel):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        sasaran_id: str,
        lama: str,
        baru: str,
    ) -> None:
        super().__init__(konteks, dokumen_id, jabatan_id, f"Ubah sasaran {pendek(baru, 40)}")
        self.sasaran_id, self.lama, self.baru = sasaran_id, lama, baru

    def kerjakan(self) -> None:
        self.store.update_sasaran(self.sasaran_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_sasaran(self.sasaran_id, self.lama)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("sasaran", self.sasaran_id)]


class UbahIndikator(PerintahTabel):
    """Any field(s) of one indikator, the formula included ("Ubah formula")."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        lama: Indikator,
        baru: Indikator,
        teks: str = "",
    ) -> None:
        super().__init__(
            konteks, dokumen_id, jabatan_id, teks or f"Ubah indikator {pendek(baru.teks, 40)}"
        )
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def _teks_gabung_berubah(self) -> bool:
        return any(getattr(self.lama, k) != getattr(self.baru, k) for k in KOLOM_GABUNG)

    def kerjakan(self) -> None:
        with self.store.transaction():
            self.store.update_indikator(self.baru)
            if self._teks_gabung_berubah():
                # One row of a merged cell edited elsewhere (Target dialog): it leaves the merge.
                self.rapikan_gabungan()

    def batalkan(self) -> None:
        with self.store.transaction():
            self.kembalikan_gabungan()
            self.store.update_indikator(self.lama)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", self.baru.id)]


class PindahSasaran(PerintahTabel):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        sasaran_id: str,
        index_lama: int,
        index_baru: int,
    ) -> None:
        arah = "naik" if index_baru < index_lama else "turun"
        super().__init__(konteks, dokumen_id, jabatan_id, f"Pindahkan sasaran {arah}")
        self.sasaran_id, self.index_lama, self.index_baru = sasaran_id, index_lama, index_baru

    def kerjakan(self) -> None:
        self.store.move_sasaran(self.sasaran_id, self.index_baru)

    def batalkan(self) -> None:
        self.store.move_sasaran(self.sasaran_id, self.index_lama)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("sasaran", self.sasaran_id)]


class PindahIndikator(PerintahTabel):
    """Move an indikator within its sasaran or across to a neighbouring sasaran."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        indikator_id: str,
        asal: tuple[str, int],
        tujuan: tuple[str, int],
        teks: str = "",
    ) -> None:
        if not teks:
            naik = (asal[0] == tujuan[0] and tujuan[1] < asal[1]) or asal[0] != tujuan[0]
            teks = "Pindahkan indikator " + ("naik" if naik else "turun")
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        self.indikator_id, self.asal, self.tujuan = indikator_id, asal, tujuan

    def kerjakan(self) -> None:
        with self.store.transaction():
            self.store.move_indikator(self.indikator_id, *self.tujuan)
            self.rapikan_gabungan()

    def batalkan(self) -> None:
        with self.store.transaction():
            self.kembalikan_gabungan()
            self.store.move_indikator(self.indikator_id, *self.asal)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", self.indikator_id)]


class _Hapus(PerintahTabel):
    _token: Penghapusan | None = None

    def _hapus(self) -> Penghapusan:
        # Abstract: every subclass defines it (QUndoCommand/QWidget cannot take ABCMeta).
        raise TypeError(f"{type(self).__name__} must define _hapus()")

    def kerjakan(self) -> None:
        with self.store.transaction():
            self._token = self._hapus()
            self.rapikan_gabungan()

    def batalkan(self) -> None:
        with self.store.transaction():
            self.kembalikan_gabungan()
            if self._token is not None:
                self.store.undelete(self._token)
                self._token = None


class HapusSasaran(_Hapus):
    def __init__(
        self, konteks: Konteks, dokumen_id: str, jabatan_id: str | None, sasaran: Sasaran
    ) -> None:
        super().__init__(
            konteks, dokumen_id, jabatan_id, f"Hapus sasaran {pendek(sasaran.teks, 40)}"
        )
        self.sasaran_id = sasaran.id

    def _hapus(self) -> Penghapusan:
        return self.store.delete_sasaran(self.sasaran_id)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("sasaran", self.sasaran_id)]


class HapusIndikator(_Hapus):
    def __init__(
        self, konteks: Konteks, dokumen_id: str, jabatan_id: str | None, indikator: Indikator
    ) -> None:
        super().__init__(
            konteks, dokumen_id, jabatan_id, f"Hapus indikator {pendek(indikator.teks, 40)}"
        )
        self.indikator_id = indikator.id

    def _hapus(self) -> Penghapusan:
        return self.store.delete_indikator(self.indikator_id)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", self.indikator_id)]


# ---------------------------------------------------------------- copy and paste


@dataclass
class IsiSalinan:
    """Rows on the clipboard: whole sasaran, or indikator (grouped by their sasaran)."""

    jenis: str  # "sasaran" or "indikator"
    sasaran: list[Sasaran]

    @property
    def jumlah_indikator(self) -> int:
        return sum(len(s.indikator) for s in self.sasaran)


def salinan_ke_json(isi: IsiSalinan) -> str:
    data = {
        "format": "iki-baris",
        "versi": 1,
        "jenis": isi.jenis,
        "sasaran": [sasaran_ke_dict(s) for s in isi.sasaran],
    }
    return json.dumps(data, ensure_ascii=False)


def salinan_dari_json(teks: str | bytes) -> IsiSalinan:
    try:
        data = json.loads(teks)
        if data.get("format") != "iki-baris" or data.get("jenis") not in ("sasaran", "indikator"):
            raise ValueError(data.get("format"))
        return IsiSalinan(data["jenis"], [sasaran_dari_dict(s) for s in data["sasaran"]])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise IkiError("Isi papan klip bukan baris tabel indikator.") from exc


def _sel_tsv(teks: str) -> str:
    # Excel reads a quoted cell with embedded newlines as one cell.
    if any(c in teks for c in '\t\n"'):
        return '"' + teks.replace('"', '""') + '"'
    return teks


def salinan_ke_tsv(isi: IsiSalinan) -> str:
    """Tab-separated rows for Excel: sasaran, indikator, formula, sumber data, penanggung jawab."""
    baris = []
    for s in isi.sasaran:
        for ind in s.indikator or [Indikator()]:
            sel = [s.teks, ind.teks, formula_ke_teks(ind.formula), ind.sumber_data]
            sel.append(ind.penanggung_jawab)
            baris.append("\t".join(_sel_tsv(x) for x in sel))
    return "\r\n".join(baris) + "\r\n"


class TempelDasar(PerintahTabel):
    """Insert fresh rows in one transaction: new sasaran groups at `index_sasaran`,
    and/or indikator under the existing sasaran `sasaran_id` from `index_indikator`.
    Undo tombstones them all; redo restores exactly those rows (same ids)."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        teks: str,
        *,
        sasaran: list[Sasaran],
        indikator: list[Indikator],
        index_sasaran: int,
        sasaran_id: str | None = None,
        index_indikator: int = 0,
    ) -> None:
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        if indikator and sasaran_id is None:
            raise ValueError("indikator need a sasaran_id")
        self.sasaran = sasaran
        self.indikator = indikator
        self.index_sasaran = index_sasaran
        self.sasaran_id = sasaran_id
        self.index_indikator = index_indikator
        self._token: Penghapusan | None = None

    @property
    def id_baru(self) -> list[str]:
        """Ids of the pasted sasaran, or of the pasted indikator."""
        return [s.id for s in self.sasaran] or [i.id for i in self.indikator]

    def pilihan(self) -> list[tuple[str, str]]:
        out = [("indikator", i.id) for i in self.indikator[:1]]
        out += [("sasaran", s.id) for s in self.sasaran[:1]]
        if self.sasaran_id:
            out.append(("sasaran", self.sasaran_id))
        return out

    def kerjakan(self) -> None:
        with self.store.transaction():
            if self._token is not None:
                self.store.undelete(self._token)
                self._token = None
            else:
                for n, ind in enumerate(self.indikator):
                    assert self.sasaran_id is not None
                    self.store.add_indikator(self.sasaran_id, ind, self.index_indikator + n)
                for n, s in enumerate(self.sasaran):
                    self.store.add_sasaran(
                        self.dokumen_id, self.jabatan_id, s, self.index_sasaran + n
                    )
            self.rapikan_gabungan()

    def batalkan(self) -> None:
        token = Penghapusan(self.dokumen_id)
        with self.store.transaction():
            self.kembalikan_gabungan()
            for s in self.sasaran:
                token.baris += self.store.delete_sasaran(s.id).baris
            for ind in self.indikator:
                token.baris += self.store.delete_indikator(ind.id).baris
        self._token = token


def _sesuaikan_tautan(
    konteks: Konteks,
    dokumen_id: str,
    jabatan_id: str | None,
    sasaran: list[Sasaran],
    indikator: list[Indikator],
) -> None:
    """Pasted copies keep only the links that fit the table they land in."""
    dok = konteks.dokumen(dokumen_id)
    jab = dok.jabatan_by_id(jabatan_id) if jabatan_id else None
    for r in [*sasaran, *(i for s in sasaran for i in s.indikator), *indikator]:
        r.tautan = tautan_tempel(dok, jab, r.tautan)


class TempelBaris(TempelDasar):
    """Paste copied rows as fresh copies (new ids): sasaran groups, or indikator
    under one sasaran."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        isi: IsiSalinan,
        *,
        index_sasaran: int,
        sasaran_id: str | None = None,
        index_indikator: int = 0,
    ) -> None:
        indikator: list[Indikator] = []
        sasaran: list[Sasaran] = []
        if isi.jenis == "indikator" and sasaran_id is not None:
            indikator = [copy.deepcopy(i) for s in isi.sasaran for i in s.indikator]
            for ind in indikator:
                ind.id = new_id()
            teks = f"Tempel {len(indikator)} indikator"
        else:
            sasaran = [salin_sasaran(s) for s in isi.sasaran]
            teks = f"Tempel {len(sasaran)} sasaran"
        _sesuaikan_tautan(konteks, dokumen_id, jabatan_id, sasaran, indikator)
        super().__init__(
            konteks,
            dokumen_id,
            jabatan_id,
            teks,
            sasaran=sasaran,
            indikator=indikator,
            index_sasaran=index_sasaran,
            sasaran_id=sasaran_id if indikator else None,
            index_indikator=index_indikator,
        )
