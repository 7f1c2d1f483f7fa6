"""A kabupaten file stays fast as it fills: every foreign key has an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from iki_desktop.store import Store


def test_every_foreign_key_is_indexed(tmp_path: Path) -> None:
    Store.create(tmp_path / "kab.sqlite").close()
    conn = sqlite3.connect(tmp_path / "kab.sqlite")
    tabel = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    tanpa_indeks = []
    for t in tabel:
        awal_indeks = set()
        for idx in conn.execute(f"PRAGMA index_list('{t}')"):
            kolom = [r[2] for r in conn.execute(f"PRAGMA index_info('{idx[1]}')")]
            if kolom:
                awal_indeks.add(kolom[0])
        for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')"):
            if fk[3] not in awal_indeks:
                tanpa_indeks.append(f"{t}.{fk[3]}")
    conn.close()
    assert tanpa_indeks == []


def test_merge_lookups_use_an_index(tmp_path: Path) -> None:
    Store.create(tmp_path / "kab.sqlite").close()
    conn = sqlite3.connect(tmp_path / "kab.sqlite")
    for sql in (
        "SELECT id FROM sasaran WHERE jabatan_id = 'x'",
        "SELECT id FROM jabatan WHERE parent_id = 'x'",
        "SELECT id FROM dokumen WHERE instansi_id = 'x'",
    ):
        rencana = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX" in rencana, (sql, rencana)
    conn.close()


def test_a_merge_checks_the_references_of_its_own_rows_only(tmp_path: Path) -> None:
    from iki_desktop.store.transfer.rujukan import rujukan_rusak
    from tests.transfer.bantu import kantor

    store, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    assert rujukan_rusak(store.conn, [dok.id]) == []
    store.conn.execute("BEGIN")
    store.conn.execute(
        "INSERT INTO jabatan (id, dokumen_id, parent_id, jenis, updated_at) "
        "VALUES ('j-yatim', ?, 'tidak-ada', 'pelaksana', '2026-01-01T00:00:00+00:00')",
        (dok.id,),
    )
    assert rujukan_rusak(store.conn, [dok.id]) == ["jabatan.parent_id"]
    assert rujukan_rusak(store.conn, ["dokumen-lain"]) == []
    store.conn.execute("ROLLBACK")
    store.close()
