"""What sender and receiver share: the package schema, row hashing, checksums, fsync.

A `.ikipaket` is a SQLite file holding our own tables at the schema version that
wrote it, plus one extra table, `paket_manifest`, that never exists in a working
database. Everything a receiver accepts is defined here, from our own code: the
expected schema objects are read back from a schema this module creates itself.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.pesan import pesan_os as pesan_os  # re-exported
from iki_desktop.store.schema import SCHEMA_VERSION, hapus_objek_cari, migrate

Row = dict[str, Any]

EKSTENSI = ".ikipaket"
FORMAT = "iki-desktop-paket"
# Packages are accepted from the schema that added office signatures (penetapan_tanda,
# sinkron_leluhur); older packages are unsigned and are refused with a clear message.
VERSI_PAKET_MINIMUM = 4

# Records merged by id and content hash, in the order a merge writes them.
TABEL_REKAMAN = ("instansi", "dokumen", "jabatan", "sasaran", "indikator")
# Every table a package carries (meta stays home: it holds local settings).
TABEL_PAKET = (
    *TABEL_REKAMAN,
    "penetapan",
    "penetapan_tanda",
    "riwayat_edit",
    "sinkron",
    "sinkron_leluhur",
)
KUNCI_TABEL = {
    "penetapan": ("dokumen_id",),
    "penetapan_tanda": ("dokumen_id",),
    "sinkron": ("tabel", "id"),
    "sinkron_leluhur": ("tabel", "id", "hash"),
}

MANIFEST_SQL = "CREATE TABLE paket_manifest (kunci TEXT PRIMARY KEY, nilai TEXT NOT NULL)"

# Ids come from our code (uuid4/uuid5) or older fixtures ("d-1"); anything else is refused.
POLA_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
POLA_HASH = re.compile(r"[0-9a-f]{64}")


@dataclass
class IsiPaket:
    """The validated content of a package, read into memory."""

    manifest: dict[str, str]
    baris: dict[str, list[Row]]
    versi_skema: int
    ukuran: int = 0
    hash_baris: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def jumlah(self) -> dict[str, int]:
        return {t: len(self.baris.get(t, [])) for t in TABEL_PAKET}


def kunci(tabel: str) -> tuple[str, ...]:
    return KUNCI_TABEL.get(tabel, ("id",))


# ------------------------------------------------------------------ expected schema


def _normal(sql: str | None) -> str | None:
    return " ".join(sql.split()) if sql is not None else None


@lru_cache(maxsize=8)
def _skema_buatan(versi: int, paket: bool) -> tuple[frozenset[tuple[Any, ...]], dict[str, Any]]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if paket:
            buat_skema_paket(conn, versi)
        else:
            migrate(conn, target=versi)
        objek = frozenset(
            (r[0], r[1], r[2], _normal(r[3]))
            for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
        )
        kolom: dict[str, Any] = {}
        for (nama,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'"):
            kolom[nama] = tuple(
                (r[1], r[2].upper(), bool(r[3]))
                for r in conn.execute(f"PRAGMA table_info('{nama}')")
            )
        return objek, kolom
    finally:
        conn.close()


def objek_diharapkan(versi: int, *, paket: bool = True) -> frozenset[tuple[Any, ...]]:
    """(type, name, tbl_name, normalised sql) of every object our code creates."""
    return _skema_buatan(versi, paket)[0]


def kolom_tabel(tabel: str, versi: int = SCHEMA_VERSION) -> tuple[tuple[str, str, bool], ...]:
    """(name, declared type, not null) of one of our tables, from our own schema."""
    return _skema_buatan(versi, True)[1][tabel]  # type: ignore[no-any-return]


def nama_kolom(tabel: str, versi: int = SCHEMA_VERSION) -> list[str]:
    return [k[0] for k in kolom_tabel(tabel, versi)]


def objek_berkas(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[1], r[2], _normal(r[3]))
        for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    }


def buat_skema_paket(conn: sqlite3.Connection, versi: int = SCHEMA_VERSION) -> None:
    """Our schema at `versi` without the search index, plus the manifest table."""
    migrate(conn, target=versi)
    conn.execute("DELETE FROM meta")  # local settings never travel, not even defaults
    hapus_objek_cari(conn)
    conn.execute(MANIFEST_SQL)


# ------------------------------------------------------------------ hashing


def _nilai(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"b64": base64.b64encode(bytes(v)).decode("ascii")}
    return v


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# Columns added by a later schema version, with the value that means "nothing": left out
# of a record's hash while they hold it, so records hash alike before and after the
# migration and between offices on different versions (no false conflicts).
KOLOM_TAMBAHAN_KOSONG = {"tautan": "[]"}


def hash_isi(tabel: str, row: Row) -> str:
    """Content hash of one record: every column but updated_at (an equal edit is equal)."""
    kolom = [
        c
        for c in nama_kolom(tabel)
        if c != "updated_at"
        and not (c in KOLOM_TAMBAHAN_KOSONG and row.get(c) in (None, KOLOM_TAMBAHAN_KOSONG[c]))
    ]
    return hashlib.sha256(_json([tabel, [[c, _nilai(row.get(c))] for c in kolom]])).hexdigest()


def checksum(baris: dict[str, list[Row]], versi: int = SCHEMA_VERSION) -> str:
    """sha256 over every row of every package table, in a fixed canonical order."""
    h = hashlib.sha256()
    for tabel in TABEL_PAKET:
        kolom = nama_kolom(tabel, versi)
        k = kunci(tabel)
        urut = sorted(baris.get(tabel, []), key=lambda r: tuple(str(r[c]) for c in k))
        h.update(_json(["tabel", tabel, kolom]) + b"\n")
        for r in urut:
            h.update(_json([_nilai(r.get(c)) for c in kolom]) + b"\n")
    return h.hexdigest()


# ------------------------------------------------------------------ files


def fsync_berkas(path: Path) -> None:
    # Windows needs a writable handle for FlushFileBuffers.
    with open(path, "r+b") as f:
        f.flush()
        os.fsync(f.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; not possible on Windows, where it is skipped."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def ukuran_mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def cek_ruang(folder: Path, perlu: int, free: int) -> None:
    if free < perlu:
        raise IkiError(
            f"Ruang kosong di {folder} tidak cukup: perlu sekitar {ukuran_mb(perlu)}, "
            f"tersedia {ukuran_mb(free)}. Kosongkan flashdisk atau pilih tempat lain."
        )
