"""Opening our SQLite files safely: header checks, pragmas, migrations with backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from iki_desktop.store.uri import sqlite_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_NAME = "IKI Desktop"


def data_dir() -> Path:
    """The user's data folder (IKI_DESKTOP_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("IKI_DESKTOP_DATA_DIR")
    path = (
        Path(override)
        if override
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "iki-desktop.sqlite"


def backup_dir() -> Path:
    path = data_dir() / "cadangan"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    wal: bool

    @classmethod
    def dari(cls, head: bytes) -> FileHeader | None:
        """The fields of a 100-byte SQLite header; None when `head` is not one."""
        if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
            return None
        return cls(
            application_id=int.from_bytes(head[68:72], "big"),
            user_version=int.from_bytes(head[60:64], "big"),
            # File format version numbers at offsets 18/19 are 2 in WAL mode.
            wal=head[18] == 2 or head[19] == 2,
        )


def read_header(path: Path) -> FileHeader:
    """Read the 100-byte SQLite header without opening the file as a database."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except FileNotFoundError as exc:
        raise IkiError(f"Berkas {path} tidak ditemukan.") from exc
    except OSError as exc:
        raise IkiError(f"Berkas {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc
    if not head:
        raise IkiError(f"Berkas {path.name} kosong, bukan basis data IKI Desktop.")
    header = FileHeader.dari(head)
    if header is None:
        raise IkiError(f"Berkas {path.name} bukan basis data IKI Desktop.")
    return header


def check_ours(path: Path) -> FileHeader:
    """Refuse foreign and newer files with a clear message; touch nothing."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise IkiError(
            f"Berkas {path.name} adalah basis data SQLite milik program lain, "
            "bukan basis data IKI Desktop. Berkas tidak diubah."
        )
    if header.user_version > SCHEMA_VERSION:
        raise IkiError(
            f"Berkas {path.name} dibuat oleh versi IKI Desktop yang lebih baru "
            f"(skema {header.user_version}, program ini skema {SCHEMA_VERSION}). "
            "Perbarui program terlebih dahulu. Berkas tidak diubah."
        )
    return header


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = sqlite_uri(path, mode=mode)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = OFF")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _configure_working_file(conn: sqlite3.Connection) -> None:
    # WAL keeps readers unblocked; FULL syncs every commit so a power cut loses nothing
    # that was acknowledged.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Ids are random UUIDs, so a merge into a kabupaten file touches pages all over its
    # indexes; with SQLite's default 2 MB cache they are read again and again and
    # receiving slows down as the file grows. 32 MB holds the hot part of a 300-office
    # file (it is an upper bound, used only as pages are read).
    conn.execute("PRAGMA cache_size = -32768")
    # For the same reason one received package dirties ~1,500 scattered pages; with the
    # default checkpoint every 1,000 pages each package paid a checkpoint of its own
    # (receiving at 300 offices took 2–3x as long as at the start). Checkpointing every
    # 16,384 pages (64 MB of WAL) spreads that cost; closing the Store folds the WAL back.
    conn.execute("PRAGMA wal_autocheckpoint = 16384")


def salin_lewat_backup(sumber: sqlite3.Connection, tujuan: Path) -> None:
    """Consistent copy of `sumber`'s database to `tujuan` through the SQLite backup API.

    Written under a temporary name, fsynced and renamed when complete: a power cut
    mid-copy must not leave a broken file that looks like a valid database.
    """
    tmp = tujuan.with_name(f".{tujuan.name}.sementara")
    try:
        dest = sqlite3.connect(tmp)
        try:
            sumber.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, tujuan)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def backup_copy(conn: sqlite3.Connection, reason: str, stem: str) -> Path:
    """Consistent copy through the SQLite backup API into the backup folder."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir() / f"{stem}-{stamp}-{reason}.sqlite"
    salin_lewat_backup(conn, target)
    return target


def _rotate_backups(stem: str, ukuran_db: int) -> None:
    """Prune pre-migration backups by the same policy as every other backup.

    Imported here because rotasi.py needs backup_dir from this module. Runs only after a
    successful migration, so a failed one leaves every older backup in place.
    """
    from iki_desktop.store.rotasi import rotasi

    # Pruning is housekeeping: an unreadable backup folder must not stop the opening.
    with contextlib.suppress(OSError):
        rotasi(stem, ukuran_db)


def open_connection(path: Path) -> sqlite3.Connection:
    """Open an existing database of ours for editing, migrating it if needed."""
    path = Path(path)
    header = check_ours(path)
    try:
        return _open_checked(path, header)
    except sqlite3.Error as exc:
        from iki_desktop.store.pesan import pesan_buka

        raise IkiError(pesan_buka(exc, path)) from exc


def _open_checked(path: Path, header: FileHeader) -> sqlite3.Connection:
    conn = _connect(path, "rw")
    try:
        # Re-check through SQLite itself: the header may lie about a damaged file.
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            from iki_desktop.store.pesan import pesan_buka

            raise IkiError(pesan_buka(exc, path)) from exc
        if app_id != APPLICATION_ID or version > SCHEMA_VERSION:
            raise IkiError(f"Berkas {path.name} bukan basis data IKI Desktop yang dapat dibuka.")
        _configure_working_file(conn)
        if header.user_version < SCHEMA_VERSION:
            salinan = backup_copy(conn, f"sebelum-migrasi-v{version}", path.stem)
            migrate(conn)
            _rotate_backups(path.stem, salinan.stat().st_size)
        return conn
    except BaseException:
        conn.close()
        raise


def create_database(path: Path) -> sqlite3.Connection:
    path = Path(path)
    if path.exists():
        raise IkiError(f"Berkas {path.name} sudah ada; pilih nama lain.")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, "rwc")
    try:
        _configure_working_file(conn)
        migrate(conn)
        return conn
    except BaseException:
        conn.close()
        path.unlink(missing_ok=True)
        raise
