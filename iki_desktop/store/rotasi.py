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
# All backups of one database together stay within this many times its size: a
# kabupaten file of 70 MB must not leave 700 MB of backups behind.
BATAS_KALI_UKURAN = 3
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


def rotasi(stem: str, ukuran_db: int | None = None) -> list[Path]:
    """Delete old backups of one database: keep the newest ones and one per month.

    With `ukuran_db` (the size of the database, usually that of the backup just made)
    the kept ones together stay within BATAS_KALI_UKURAN times it, dropping the oldest
    first; the newest backup is always kept, so the state before the last receive or
    migration can be restored.
    """
    semua = daftar_cadangan(stem)
    simpan = {c.path for c in semua[:SIMPAN_TERBARU]}
    bulan: set[tuple[int, int]] = set()
    for c in semua:  # newest first: the first seen of a month is its newest
        if (c.waktu.year, c.waktu.month) not in bulan:
            bulan.add((c.waktu.year, c.waktu.month))
            simpan.add(c.path)
    if ukuran_db is not None and semua:
        batas, total = BATAS_KALI_UKURAN * ukuran_db, 0
        for i, c in enumerate(semua):
            if c.path not in simpan:
                continue
            if i > 0 and total + c.ukuran > batas:
                simpan.discard(c.path)
                continue
            total += c.ukuran
    dihapus = []
    for c in semua:
        if c.path not in simpan:
            with contextlib.suppress(OSError):
                c.path.unlink()
                dihapus.append(c.path)
    return dihapus


def isi_sama(a: Path, b: Path) -> bool:
    """True when two backup files are byte-identical (copies of an unchanged database).

    The SQLite backup API copies pages verbatim, so an unchanged database gives the same
    bytes; compared in chunks, stopping at the first difference.
    """
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                x, y = fa.read(1 << 20), fb.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False
