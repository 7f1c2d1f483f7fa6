"""Undo command that changes several indikator at once in one Store transaction:
merging cells, splitting them, and editing a merged cell (every row of it).

Undo writes back the old indikator exactly as they were (text and merge flags).
"""

from __future__ import annotations

import copy

from iki_desktop.domain.model import Indikator
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel import PerintahTabel


class UbahBanyakIndikator(PerintahTabel):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        pasangan: list[tuple[Indikator, Indikator]],
        teks: str,
    ) -> None:
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        self.lama = [copy.deepcopy(a) for a, _ in pasangan]
        self.baru = [copy.deepcopy(b) for _, b in pasangan]

    def _tulis(self, daftar: list[Indikator]) -> None:
        with self.store.transaction():
            for ind in daftar:
                self.store.update_indikator(ind)

    def kerjakan(self) -> None:
        self._tulis(self.baru)

    def batalkan(self) -> None:
        self._tulis(self.lama)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", ind.id) for ind in self.baru]
