"""Undo command for drag and drop of indikator rows: a new order of some sasaran.

The command holds the indikator order of every sasaran the drop touched, before and
after, and reaches the wanted order with `store.move_indikator` calls in one
transaction. Applying an order front to back (put item i at position i) is correct
whatever the start; a simulated copy of the lists skips the calls that would not
move anything, so the history log only names rows that really moved.
"""

from __future__ import annotations

from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel import PerintahTabel

Urutan = dict[str, list[str]]  # sasaran id -> indikator ids in order


class SusunIndikator(PerintahTabel):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        lama: Urutan,
        baru: Urutan,
        dipindah: list[str],
    ) -> None:
        n = len(dipindah)
        teks = "Pindahkan indikator" if n == 1 else f"Pindahkan {n} indikator"
        super().__init__(konteks, dokumen_id, jabatan_id, teks)
        self.lama = {k: list(v) for k, v in lama.items()}
        self.baru = {k: list(v) for k, v in baru.items()}
        self.dipindah = list(dipindah)

    def pilihan(self) -> list[tuple[str, str]]:
        return [("indikator", i) for i in self.dipindah[:1]]

    def _terapkan(self, kini: Urutan, tujuan: Urutan) -> None:
        sim = {k: list(v) for k, v in kini.items()}
        with self.store.transaction():
            for sasaran_id, daftar in tujuan.items():
                for posisi, ident in enumerate(daftar):
                    kini_s = sim[sasaran_id]
                    if ident in kini_s and kini_s.index(ident) == posisi:
                        continue
                    for lain in sim.values():
                        if ident in lain:
                            lain.remove(ident)
                    sim[sasaran_id].insert(posisi, ident)
                    self.store.move_indikator(ident, sasaran_id, posisi)

    def kerjakan(self) -> None:
        with self.store.transaction():
            self._terapkan(self.lama, self.baru)
            self.rapikan_gabungan()

    def batalkan(self) -> None:
        with self.store.transaction():
            self.kembalikan_gabungan()
            self._terapkan(self.baru, self.lama)
