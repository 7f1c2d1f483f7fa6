"""Undo command for the cascading links of one sasaran or indikator (Mendukung)."""

from __future__ import annotations

import copy

from iki_desktop.domain.model import Tautan
from iki_desktop.domain.teks import pendek
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel import PerintahTabel


class UbahTautan(PerintahTabel):
    """Set what a sasaran/indikator supports; undo puts the previous links back."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        rekaman: tuple[str, str, str],
        lama: list[Tautan],
        baru: list[Tautan],
    ) -> None:
        jenis, rekaman_id, teks = rekaman
        super().__init__(konteks, dokumen_id, jabatan_id, f"Ubah yang didukung {pendek(teks, 40)}")
        self.jenis, self.rekaman_id = jenis, rekaman_id
        self.lama, self.baru = copy.deepcopy(lama), copy.deepcopy(baru)

    def kerjakan(self) -> None:
        self.store.update_tautan(self.rekaman_id, self.baru)

    def batalkan(self) -> None:
        self.store.update_tautan(self.rekaman_id, self.lama)

    def pilihan(self) -> list[tuple[str, str]]:
        return [(self.jenis, self.rekaman_id)]
