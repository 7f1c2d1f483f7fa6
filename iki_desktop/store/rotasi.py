"""The automatic backups of one database in data_dir()/cadangan: listing and rotation.

Below both connection.py (which prunes after a migration backup) and the transfer
package (which backs up before a merge), so neither imports the other.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from iki_desktop.store.connection import backup_dir

SIMPAN_TERBARU = 10
_POLA = re.compile(r"(?P<stem>.+)-(?P<waktu>\d{8}-\d{6}-\d{6})-(?P<alasan>[a-z0-9-]+)\.sqlite")
_ALASAN = {
    "harian": "Cadangan harian",
    "sebelum-terima": "Sebelum menerima paket",
    "sebelum-pulihkan": "Sebelum pemulihan",
    "manual": "Dibuat manual",
}


@dataclass(frozen=True)
class Cadangan:
    path: Path
    stem: str
    waktu: dt.datetime
    alasan: str
    ukuran: int

    @property
    def keterangan(self) -> str:
        if self.alasan.startswith("sebelum-migrasi"):
            return "Sebelum pembaruan format basis data"
        return _ALASAN.get(self.alasan, self.alasan)


def daftar_cadangan(stem: str | None = None) -> list[Cadangan]:
    """Backups in the backup folder (of one database when stem is given), newest first."""
    out: list[Cadangan] = []
    for path in backup_dir().glob("*.sqlite"):
        m = _POLA.fullmatch(path.name)
        if not m or (stem is not None and m["stem"] != stem):
            continue
        try:
            waktu = dt.datetime.strptime(m["waktu"], "%Y%m%d-%H%M%S-%f")
            ukuran = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(Cadangan(path, m["stem"], waktu, m["alasan"], ukuran))
    return sorted(out, key=lambda c: c.waktu, reverse=True)


def rotasi(stem: str) -> list[Path]:
    """Delete old backups of one database: keep the newest ones and one per month."""
    semua = daftar_cadangan(stem)
    simpan = {c.path for c in semua[:SIMPAN_TERBARU]}
    bulan: set[tuple[int, int]] = set()
    for c in semua:  # newest first: the first seen of a month is its newest
        if (c.waktu.year, c.waktu.month) not in bulan:
            bulan.add((c.waktu.year, c.waktu.month))
            simpan.add(c.path)
    dihapus = []
    for c in semua:
        if c.path not in simpan:
            with contextlib.suppress(OSError):
                c.path.unlink()
                dihapus.append(c.path)
    return dihapus
