"""Tombstones: a delete marks rows `deleted = 1`, and its token can take them back.

Merges between offices tell "deleted" from "never had" by these rows; undo brings back
exactly what one delete removed, with the same ids.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from iki_desktop.store import rows


@dataclass
class Penghapusan:
    """What one delete tombstoned: handed back to `Store.undelete` by undo."""

    dokumen_id: str
    baris: list[tuple[str, str]] = field(default_factory=list)  # (table, id)


def set_deleted(conn: sqlite3.Connection, baris: list[tuple[str, str]], flag: int) -> None:
    now = rows.now_utc()
    for table, row_id in baris:
        conn.execute(
            f"UPDATE {table} SET deleted = ?, updated_at = ? WHERE id = ?",
            (flag, now, row_id),
        )
