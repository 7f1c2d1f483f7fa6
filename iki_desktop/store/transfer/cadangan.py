"""Cadangan: rotating automatic backups in data_dir()/cadangan, and restoring one.

Backups are made before every merge (here), before every migration (connection.py)
and once a day on start (`cadangan_harian`). Rotation (store/rotasi.py, below both this
module and connection.py) keeps the newest SIMPAN_TERBARU of each database plus the
newest of every month, all within BATAS_KALI_UKURAN times the database's size; a copy
identical to the newest backup is not kept twice. A restore treats the
backup like a package (header, quick_check, exact schema) and backs up the current
file first; the caller closes its Store before and reopens it after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.connection import FileHeader, backup_copy, salin_lewat_backup
from iki_desktop.store.pesan import PETUNJUK_CADANGAN, pesan_basis_data
from iki_desktop.store.rotasi import (
    SIMPAN_TERBARU,
    Cadangan,
    daftar_cadangan,
    isi_sama,
    rotasi,
)
from iki_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from iki_desktop.store.store import Store
from iki_desktop.store.transfer.umum import (
    fsync_berkas,
    fsync_folder,
    objek_berkas,
    objek_diharapkan,
    pesan_os,
)
from iki_desktop.store.uri import buka_baca, sqlite_uri

# Listing and rotation live in store/rotasi.py; re-exported for the transfer API.
__all__ = [
    "SIMPAN_TERBARU",
    "Cadangan",
    "daftar_cadangan",
    "rotasi",
    "buat_cadangan",
    "cadangan_berkas",
    "cadangan_harian",
    "periksa_cadangan",
    "salin_basis_data",
    "simpan_cadangan_ke",
    "pulihkan",
]


def periksa_keutuhan(store: Store) -> None:
    """Refuse to back up a damaged file: a backup of it would take a rotation slot and
    push out a good older one, while restoring it would bring the damage back."""
    try:
        hasil = store.conn.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        hasil = [(str(exc),)]
    if hasil != [("ok",)]:
        raise IkiError(
            f"Basis data {store.path.name} rusak, jadi TIDAK dicadangkan (cadangan yang "
            "baik tetap disimpan). " + PETUNJUK_CADANGAN
        )


def buat_cadangan(store: Store, alasan: str = "manual") -> Path:
    """A backup of the store; when nothing changed since the newest one, that one."""
    periksa_keutuhan(store)
    sebelumnya = daftar_cadangan(store.path.stem)
    try:
        path = backup_copy(store.conn, alasan, store.path.stem)
        fsync_berkas(path)
    except (OSError, sqlite3.Error) as exc:
        pesan = pesan_basis_data(exc, store.path) or f"Cadangan tidak dapat dibuat ({exc})."
        raise IkiError(f"{pesan} Tidak ada yang diubah.") from exc
    return _tanpa_kembar(path, sebelumnya, store.path.stem)


def _tanpa_kembar(path: Path, sebelumnya: list[Cadangan], stem: str) -> Path:
    """Keep one file per distinct state: an identical new copy gives way to the old."""
    if sebelumnya and isi_sama(path, sebelumnya[0].path):
        with contextlib.suppress(OSError):
            path.unlink()
            path = sebelumnya[0].path
    rotasi(stem, path.stat().st_size if path.exists() else None)
    return path


def cadangan_berkas(db_path: str | Path, alasan: str = "manual") -> Path:
    """A backup of a database file through a connection of our own (no Store needed)."""
    db_path = Path(db_path)
    sebelumnya = daftar_cadangan(db_path.stem)
    try:
        conn = buka_baca(db_path)
        try:
            if conn.execute("PRAGMA integrity_check(20)").fetchall() != [("ok",)]:
                raise IkiError(
                    f"Basis data {db_path.name} rusak, jadi TIDAK dicadangkan. " + PETUNJUK_CADANGAN
                )
            path = backup_copy(conn, alasan, db_path.stem)
        finally:
            conn.close()
        fsync_berkas(path)
    except (OSError, sqlite3.Error) as exc:
        pesan = pesan_basis_data(exc, db_path) or f"Cadangan tidak dapat dibuat ({exc})."
        raise IkiError(f"{pesan} Tidak ada yang diubah.") from exc
    return _tanpa_kembar(path, sebelumnya, db_path.stem)


def cadangan_harian(store: Store) -> Path | None:
    """Call on start: one backup per calendar day."""
    hari_ini = dt.date.today()
    if any(c.waktu.date() == hari_ini for c in daftar_cadangan(store.path.stem)):
        return None
    return buat_cadangan(store, "harian")


def periksa_cadangan(path: Path) -> int:
    """Validate a backup (or any working database file of ours) like a package."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise IkiError(f"Cadangan {path.name} tidak dapat dibaca ({exc.strerror}).") from exc
    header = FileHeader.dari(head)
    if header is None:
        raise IkiError(f"Berkas {path.name} bukan cadangan IKI Desktop atau rusak.")
    if header.application_id != APPLICATION_ID:
        raise IkiError(f"Berkas {path.name} adalah basis data program lain.")
    versi = header.user_version
    if not 1 <= versi <= SCHEMA_VERSION:
        raise IkiError(f"Cadangan {path.name} berasal dari versi program yang tidak dikenal.")
    if header.wal:
        raise IkiError(f"Cadangan {path.name} belum ditutup dengan benar; tidak dipakai.")
    conn = buka_baca(path, immutable=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise IkiError(f"Cadangan {path.name} rusak; pilih cadangan lain.")
        if objek_berkas(conn) != objek_diharapkan(versi, paket=False):
            raise IkiError(
                f"Cadangan {path.name} memuat susunan yang tidak dibuat IKI Desktop; ditolak."
            )
    except sqlite3.Error as exc:
        raise IkiError(f"Cadangan {path.name} rusak ({exc}); pilih cadangan lain.") from exc
    finally:
        conn.close()
    return versi


def salin_basis_data(sumber: Path, tujuan: Path, *, immutable: bool = False) -> None:
    """Consistent copy through the backup API to a temp name, fsync, rename into place."""
    tujuan = Path(tujuan)
    try:
        with contextlib.closing(buka_baca(sumber, immutable=immutable)) as src:
            salin_lewat_backup(src, tujuan)
        fsync_folder(tujuan.parent)
    except (OSError, sqlite3.Error) as exc:
        raise IkiError(pesan_os(exc, tujuan.parent) + " Tidak ada yang diubah.") from exc


def simpan_cadangan_ke(store: Store, tujuan: Path) -> Path:
    """A backup at a place the user chose (CLI `backup --out`)."""
    periksa_keutuhan(store)
    salin_basis_data(store.path, Path(tujuan))
    return Path(tujuan)


def pulihkan(cadangan_path: str | Path, ke_path: str | Path) -> Path | None:
    """Replace the database at ke_path by a backup; returns the backup of the old state.

    The Store on ke_path must be closed. The current file is backed up first.
    """
    sumber, ke = Path(cadangan_path), Path(ke_path)
    periksa_cadangan(sumber)
    lama: Path | None = None
    if ke.exists():
        conn = sqlite3.connect(sqlite_uri(ke, mode="rw"), uri=True, isolation_level=None)
        try:
            lama = backup_copy(conn, "sebelum-pulihkan", ke.stem)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise IkiError(
                f"Basis data {ke.name} sedang dipakai atau rusak; tutup dahulu ({exc})."
            ) from exc
        finally:
            conn.close()
    # A leftover -wal of the old file must never be applied to the restored one.
    for ext in ("-wal", "-shm"):
        side = ke.with_name(ke.name + ext)
        try:
            side.unlink(missing_ok=True)
        except OSError as exc:
            raise IkiError(f"Basis data {ke.name} masih dipakai; tutup dahulu.") from exc
    salin_basis_data(sumber, ke, immutable=True)
    return lama
