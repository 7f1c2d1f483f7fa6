"""References a merge wrote, checked without scanning the whole file.

`PRAGMA foreign_key_check` reads every row of every table: 200–300 ms per package in
a 300-office file, growing with every office received. A merge only writes the rows
of the Dokumen it carries (and the copies it makes of them), so checking every foreign
key of those rows — found by `dokumen_id` (or `id` for the dokumen table) through the
indexes — finds the same broken references in a few milliseconds. The foreign keys
are read from the schema itself, so a new one is checked without touching this code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from iki_desktop.store.rows import potongan_in

_BATCH = 400


def _kunci_asing(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(table, column, parent table, parent column) of every foreign key."""
    out = []
    tabel = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    for t in tabel:
        for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')"):
            out.append((t, str(fk[3]), str(fk[2]), str(fk[4] or "rowid")))
    return out


def rujukan_rusak(conn: sqlite3.Connection, dokumen_ids: Iterable[str]) -> list[str]:
    """Broken references among the rows of these Dokumen: 'table.column' each."""
    ids = sorted(set(dokumen_ids))
    out: list[str] = []
    for t, kolom, induk, kolom_induk in _kunci_asing(conn):
        kolom_t = {r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")}
        pilih = "id" if t == "dokumen" else "dokumen_id" if "dokumen_id" in kolom_t else None
        if pilih is None:
            continue  # instansi and the bookkeeping tables: a merge adds no references there
        for bagian, tanda in potongan_in(ids, _BATCH):
            sql = (
                f"SELECT 1 FROM {t} x WHERE x.{pilih} IN ({tanda}) "
                f"AND x.{kolom} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {induk} p WHERE p.{kolom_induk} = x.{kolom}) LIMIT 1"
            )
            if conn.execute(sql, bagian).fetchone():
                out.append(f"{t}.{kolom}")
                break
    return out
