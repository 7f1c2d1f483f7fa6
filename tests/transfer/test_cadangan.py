"""Rotating backups and restore: the current state is always backed up first."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.connection import backup_dir
from iki_desktop.store.transfer import (
    buat_cadangan,
    cadangan_harian,
    daftar_cadangan,
    pulihkan,
)
from iki_desktop.store.transfer import cadangan as modul
from tests.transfer.bantu import dump, kantor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def palsu(stem: str, waktu: dt.datetime, alasan: str = "harian") -> Path:
    path = backup_dir() / f"{stem}-{waktu:%Y%m%d-%H%M%S-%f}-{alasan}.sqlite"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_newest_and_one_per_month(tmp_path: Path) -> None:
    awal = dt.datetime(2025, 1, 15, 8, 0, 0)
    for i in range(40):  # one backup every 5 days for 200 days
        palsu("kantor", awal + dt.timedelta(days=5 * i))
    palsu("lain", awal)
    terbaru = [c.path for c in daftar_cadangan("kantor")[: modul.SIMPAN_TERBARU]]
    modul.rotasi("kantor")
    sisa = daftar_cadangan("kantor")
    bulan = {(c.waktu.year, c.waktu.month) for c in sisa}
    assert len(bulan) == 7  # Jan..Jul 2025
    assert [c.path for c in sisa[: modul.SIMPAN_TERBARU]] == terbaru
    assert len(sisa) < 40 and len(sisa) >= modul.SIMPAN_TERBARU
    assert sisa[0].waktu == awal + dt.timedelta(days=5 * 39)
    assert len(daftar_cadangan("lain")) == 1  # other databases untouched


def test_daily_backup_once_per_day(tmp_path: Path) -> None:
    store, _, _ = kantor(tmp_path / "kantor.sqlite", "Wonoasih")
    first = cadangan_harian(store)
    assert first is not None and first.exists()
    assert cadangan_harian(store) is None
    assert [c.keterangan for c in daftar_cadangan("kantor")] == ["Cadangan harian"]
    store.close()


def test_restore_backs_up_current_state_first(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    store, _, dok = kantor(db, "Wonoasih")
    cad = buat_cadangan(store, "manual")
    isi_cadangan = dump(store)
    store.delete_dokumen(dok.id)
    isi_terkini = dump(store)
    store.close()
    lama = pulihkan(cad, db)
    assert lama is not None and dump(lama) == isi_terkini
    assert dump(db) == isi_cadangan
    assert not Path(str(db) + "-wal").exists()
    with Store.open(db) as s:
        assert s.load_dokumen(dok.id).jumlah_indikator() == 133


def test_restore_refuses_foreign_and_damaged_files(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    store, _, _ = kantor(db, "Wonoasih")
    store.close()
    sebelum = dump(db)
    lain = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(lain)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(IkiError, match="program lain"):
        pulihkan(lain, db)
    rusak = tmp_path / "rusak.sqlite"
    rusak.write_bytes(db.read_bytes()[:3000])
    with pytest.raises(IkiError):
        pulihkan(rusak, db)
    jahat = tmp_path / "jahat.sqlite"
    shutil.copy(db, jahat)
    conn = sqlite3.connect(jahat)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE VIEW jahat AS SELECT 1")
    conn.commit()
    conn.close()
    with pytest.raises(IkiError, match="tidak dibuat IKI Desktop"):
        pulihkan(jahat, db)
    assert dump(db) == sebelum


def test_restore_an_old_schema_backup_then_open_migrates(tmp_path: Path) -> None:
    db = tmp_path / "kantor.sqlite"
    store, _, _ = kantor(db, "Wonoasih")
    store.close()
    lama = tmp_path / "v1.sqlite"
    shutil.copy(FIXTURES / "schema-v1.sqlite", lama)
    pulihkan(lama, db)
    with Store.open(db) as s:
        assert s.load_dokumen("d-1").keputusan.nomor == "000.8/10/2026"
    assert os.path.getsize(FIXTURES / "schema-v1.sqlite") > 0
