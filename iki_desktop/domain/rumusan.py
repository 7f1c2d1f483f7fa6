"""How the place and date above a closing signature are worded."""

from __future__ import annotations

from enum import StrEnum


class RumusanTempat(StrEnum):
    """'Sukamaju, 19 Januari 2019' or Ngluyu's 'Ditetapkan di … / pada tanggal …'."""

    TEMPAT_TANGGAL = "tempat_tanggal"
    DITETAPKAN = "ditetapkan"

    @property
    def label(self) -> str:
        if self is RumusanTempat.DITETAPKAN:
            return "Ditetapkan di … / pada tanggal …"
        return "Tempat, tanggal"
