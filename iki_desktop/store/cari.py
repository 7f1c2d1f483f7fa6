"""Search over every office in the file: jabatan names, sasaran and indikator texts.

The index is the FTS5 table `cari` (trigram tokenizer: any part of a word matches,
case-insensitive, like the window's search always did). Triggers in the file queue
every inserted, changed or deleted row in `cari_antre` (schema.py explains why they
cannot write the index themselves); `segarkan` indexes the queue, and every search
calls it first, so results are in step with every write: edits, undo, merges.

Key of a row in the queue and in the index: rowid * 4 + table code (schema.CARI_TABEL);
the row's own id is stored beside it and checked on the way back.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.serialize import formula_dari_dict
from iki_desktop.store.schema import CARI_TABEL

MIN_HURUF = 2
_KODE = {k: t for t, (k, _) in CARI_TABEL.items()}
_SUMBER = {
    "jabatan": "SELECT rowid, id, nama FROM jabatan WHERE deleted = 0 AND rowid IN ({})",
    "sasaran": "SELECT rowid, id, teks FROM sasaran WHERE deleted = 0 AND rowid IN ({})",
    "indikator": (
        "SELECT rowid, id, teks, satuan, formula, sumber_data FROM indikator "
        "WHERE deleted = 0 AND rowid IN ({})"
    ),
}


@dataclass(frozen=True)
class Hasil:
    """One matching row, with where it sits: office, year, jabatan."""

    tabel: str  # "jabatan" | "sasaran" | "indikator"
    id: str
    teks: str
    dokumen_id: str
    tahun: int
    revisi: int
    instansi: str
    jabatan_id: str | None  # None: the IKU of the Dokumen
    jabatan: str
    sasaran_id: str | None


def ada_indeks(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'cari'"
        ).fetchone()
        is not None
    )


def teks_indeks(tabel: str, row: tuple[object, ...]) -> str:
    """The text a row is found by (what the editor shows of it)."""
    if tabel != "indikator":
        return str(row[2])
    _, _, teks, satuan, formula, sumber = row
    try:
        rumus = formula_satu_baris(formula_dari_dict(json.loads(str(formula))))
    except (ValueError, TypeError, KeyError, AttributeError):
        rumus = ""
    return " ".join(str(x) for x in (teks, satuan, rumus, sumber) if x)


def segarkan(conn: sqlite3.Connection) -> int:
    """Index every queued row; returns how many were queued. One transaction."""
    kunci = [k for (k,) in conn.execute("SELECT kunci FROM cari_antre")]
    if not kunci:
        return 0
    if not ada_indeks(conn):
        conn.execute("DELETE FROM cari_antre")
        return len(kunci)
    mulai = not conn.in_transaction
    if mulai:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("DELETE FROM cari WHERE rowid = ?", [(k,) for k in kunci])
        per_tabel: dict[str, list[int]] = {}
        for k in kunci:
            per_tabel.setdefault(_KODE[k % 4], []).append(k // 4)
        for tabel, rowids in per_tabel.items():
            kode = CARI_TABEL[tabel][0]
            for n in range(0, len(rowids), 500):
                bagian = rowids[n : n + 500]
                sql = _SUMBER[tabel].format(", ".join("?" * len(bagian)))
                conn.executemany(
                    "INSERT INTO cari (rowid, teks, tabel, rid) VALUES (?, ?, ?, ?)",
                    [
                        (r[0] * 4 + kode, teks_indeks(tabel, r), tabel, r[1])
                        for r in conn.execute(sql, bagian)
                    ],
                )
        conn.execute("DELETE FROM cari_antre")
        if mulai:
            conn.execute("COMMIT")
    except BaseException:
        if mulai:
            conn.execute("ROLLBACK")
        raise
    return len(kunci)


def bangun_ulang(conn: sqlite3.Connection) -> None:
    """Queue every row again (after a repair); the next search indexes them."""
    with_tx = not conn.in_transaction
    if with_tx:
        conn.execute("BEGIN IMMEDIATE")
    if ada_indeks(conn):
        conn.execute("DELETE FROM cari")
    for tabel, (kode, _) in CARI_TABEL.items():
        conn.execute(f"INSERT OR IGNORE INTO cari_antre SELECT rowid * 4 + {kode} FROM {tabel}")
    if with_tx:
        conn.execute("COMMIT")
    segarkan(conn)


_CARI_SQL = """
WITH m AS MATERIALIZED ({cocok})
SELECT 'indikator' AS tabel, x.id AS id, x.teks AS teks, x.dokumen_id AS dokumen_id,
    s.jabatan_id AS jabatan_id, s.id AS sasaran_id, m.k AS k
FROM m JOIN indikator x ON x.rowid = m.k / 4 AND x.id = m.rid AND x.deleted = 0
JOIN sasaran s ON s.id = x.sasaran_id AND s.deleted = 0
WHERE m.tabel = 'indikator'
UNION ALL
SELECT 'sasaran', x.id, x.teks, x.dokumen_id, x.jabatan_id, x.id, m.k
FROM m JOIN sasaran x ON x.rowid = m.k / 4 AND x.id = m.rid AND x.deleted = 0
WHERE m.tabel = 'sasaran'
UNION ALL
SELECT 'jabatan', x.id, x.nama, x.dokumen_id, x.id, NULL, m.k
FROM m JOIN jabatan x ON x.rowid = m.k / 4 AND x.id = m.rid AND x.deleted = 0
WHERE m.tabel = 'jabatan'
"""
_TEMPAT_SQL = """
SELECT h.*, d.tahun, d.revisi, upper(substr(n.jenis, 1, 1)) || substr(n.jenis, 2) || ' ' || n.nama, j.nama
FROM ({hasil}) AS h
JOIN dokumen d ON d.id = h.dokumen_id AND d.deleted = 0
JOIN instansi n ON n.id = d.instansi_id
LEFT JOIN jabatan j ON j.id = h.jabatan_id
WHERE h.jabatan_id IS NULL OR j.deleted = 0
ORDER BY n.nama, d.tahun DESC, d.revisi DESC, h.k
"""


def _sql_cocok(conn: sqlite3.Connection, kunci: str) -> tuple[str, list[object]]:
    """A SELECT of (k, tabel, rid) for every indexed row containing `kunci`."""
    if ada_indeks(conn) and len(kunci) >= 3:
        frasa = '"' + kunci.replace('"', '""') + '"'
        return "SELECT rowid AS k, tabel, rid FROM cari WHERE cari MATCH ?", [frasa]
    if ada_indeks(conn):  # two letters: trigrams cannot help, scan the indexed texts
        pola = "%" + kunci.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return "SELECT rowid AS k, tabel, rid FROM cari WHERE teks LIKE ? ESCAPE '\\'", [pola]
    # No FTS5 in this SQLite: compare the texts here, hand the matches over in a temp table.
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cari_cocok (k INTEGER, tabel TEXT, rid TEXT)")
    conn.execute("DELETE FROM temp.cari_cocok")
    for tabel, (kode, _) in CARI_TABEL.items():
        sql = _SUMBER[tabel].replace(" AND rowid IN ({})", "")
        conn.executemany(
            "INSERT INTO temp.cari_cocok VALUES (?, ?, ?)",
            [
                (r[0] * 4 + kode, tabel, r[1])
                for r in conn.execute(sql)
                if kunci.casefold() in teks_indeks(tabel, r).casefold()
            ],
        )
    return "SELECT k, tabel, rid FROM temp.cari_cocok", []


def cari(conn: sqlite3.Connection, teks: str, batas: int | None = None) -> list[Hasil]:
    """Every live jabatan, sasaran and indikator whose text contains `teks`, in every
    office and year, with the office, year and jabatan it belongs to."""
    kunci = " ".join(teks.split())
    if len(kunci) < MIN_HURUF:
        return []
    with contextlib.suppress(sqlite3.OperationalError):  # read-only: search what is indexed
        segarkan(conn)
    cocok, param = _sql_cocok(conn, kunci)
    sql = _TEMPAT_SQL.format(hasil=_CARI_SQL.format(cocok=cocok))
    if batas is not None:
        sql += f" LIMIT {int(batas)}"
    return [
        Hasil(
            tabel=r[0], id=r[1], teks=r[2], dokumen_id=r[3], jabatan_id=r[4], sasaran_id=r[5],
            tahun=int(r[7]), revisi=int(r[8]), instansi=str(r[9]), jabatan=str(r[10] or "IKU"),
        )
        for r in conn.execute(sql, param)
    ]  # fmt: skip
