"""Merged cells stay consistent when indikator rows are added, moved, pasted or deleted.

A merge flag (`Indikator.gabung`) means "same cell as the row above". After a row
structure change a flag stays only where the row above holds the same text (see
`ui.tabel.gabung.rapikan`): a row moved into or out of a merged cell never gets
another row's text, and nothing is overwritten. Commands call `rapikan_tabel` inside
the transaction of their change and, on undo, `kembalikan` before reversing it, so
undo restores the flags exactly.
"""

from __future__ import annotations

from iki_desktop.domain.model import Indikator
from iki_desktop.store import Store
from iki_desktop.ui.tabel.gabung import rapikan


def rapikan_tabel(store: Store, dokumen_id: str, jabatan_id: str | None) -> list[Indikator]:
    """Tidy the merge flags of one table; returns the indikator as they were before."""
    dok = store.load_dokumen(dokumen_id)
    if jabatan_id is None:
        daftar = dok.iku
    else:
        jab = dok.jabatan_by_id(jabatan_id)
        daftar = jab.sasaran if jab is not None else []
    lama: list[Indikator] = []
    for sasaran in daftar:
        for sebelum, sesudah in rapikan(sasaran):
            store.update_indikator(sesudah)
            lama.append(sebelum)
    return lama


def kembalikan(store: Store, lama: list[Indikator]) -> None:
    """Write back the indikator `rapikan_tabel` changed (undo)."""
    for ind in lama:
        store.update_indikator(ind)
