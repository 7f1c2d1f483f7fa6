"""Undo commands of the yearly cycle: Perjanjian Kinerja data and realisasi.

Targets are indikator fields and go through UbahIndikator (ui/undo/tabel.py); the
table columns that show them through UbahHeaderDokumen. Realisasi is written with
Store.update_realisasi, which an enacted Dokumen accepts too.
"""

from __future__ import annotations

import copy

from iki_desktop.domain.kinerja import NAMA_TW, PerjanjianKinerja
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import Perintah


class UbahPk(Perintah):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        lama: PerjanjianKinerja,
        baru: PerjanjianKinerja,
        teks: str = "Ubah Perjanjian Kinerja",
    ) -> None:
        super().__init__(konteks, dokumen_id, teks)
        self.lama = copy.deepcopy(lama)
        self.baru = copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self.store.update_pk(self.dokumen_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_pk(self.dokumen_id, self.lama)


class UbahRealisasi(Perintah):
    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        indikator_id: str,
        lama: list[str],
        baru: list[str],
    ) -> None:
        berubah = [NAMA_TW[n] for n, (a, b) in enumerate(zip(lama, baru, strict=True)) if a != b]
        super().__init__(konteks, dokumen_id, f"Ubah realisasi {', '.join(berubah)}".strip())
        self.indikator_id = indikator_id
        self.lama = list(lama)
        self.baru = list(baru)

    def kerjakan(self) -> None:
        self.store.update_realisasi(self.indikator_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_realisasi(self.indikator_id, self.lama)
