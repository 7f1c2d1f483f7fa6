"""Backups made before a migration are pruned by the same rotation as every other backup."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from iki_desktop.store import Store
from iki_desktop.store.connection import backup_dir
from iki_desktop.store.transfer import cadangan as modul
from iki_desktop.store.transfer import daftar_cadangan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def palsu(stem: str, waktu: dt.datetime, alasan: str) -> Path:
    path = backup_dir() / f"{stem}-{waktu:%Y%m%d-%H%M%S-%f}-{alasan}.sqlite"
    path.write_bytes(b"x")
    return path


def test_old_pre_migration_backups_are_pruned_on_the_next_migration(tmp_path: Path) -> None:
    awal = dt.datetime(2025, 1, 15, 8, 0, 0)
    # 30 earlier upgrades of this database, one every 5 days (Jan..May 2025), and one of
    # another database that must stay.
    lama = [
        palsu("kantor", awal + dt.timedelta(days=5 * i), "sebelum-migrasi-v1") for i in range(30)
    ]
    lain = palsu("lain", awal, "sebelum-migrasi-v1")
    db = tmp_path / "kantor.sqlite"
    shutil.copy(FIXTURES / "schema-v1.sqlite", db)

    with Store.open(db) as store:
        assert store.load_dokumen("d-1").keputusan.nomor == "000.8/10/2026"

    sisa = daftar_cadangan("kantor")
    baru = sisa[0]
    assert baru.path not in lama and baru.alasan == "sebelum-migrasi-v1"
    assert baru.waktu.date() == dt.date.today()
    # Same policy as rotasi(): the newest SIMPAN_TERBARU, plus the newest of every month.
    simpan = set(sorted(lama)[-(modul.SIMPAN_TERBARU - 1) :])
    bulan: dict[tuple[int, int], Path] = {}
    for p in sorted(lama):
        waktu = dt.datetime.strptime(p.name[len("kantor-") :][:22], "%Y%m%d-%H%M%S-%f")
        bulan[(waktu.year, waktu.month)] = p
    simpan |= set(bulan.values())
    assert {c.path for c in sisa[1:]} == simpan
    assert len(sisa) < 31
    assert lain.exists()


def test_opening_a_current_file_does_not_rotate(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    Store.create(db).close()
    lama = [
        palsu("kantor", dt.datetime(2025, 1, 1) + dt.timedelta(days=i), "harian") for i in range(15)
    ]
    with Store.open(db):
        pass
    assert all(p.exists() for p in lama)
