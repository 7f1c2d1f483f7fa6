"""Schema and numbered migrations.

`PRAGMA user_version` is the schema version and `PRAGMA application_id` marks our
files. Each migration runs in one transaction together with the version bump, after
the caller made a backup copy. We number migrations ourselves (rather than
sqlite-utils' name-keyed `Migrations` table) because the design fixes user_version
as the version marker that import checks read from the file header.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x494B4944  # "IKID"
SCHEMA_VERSION = 9

_TIMESTAMPS = (
    "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"
)

_V1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE instansi (
    id TEXT PRIMARY KEY,
    nama TEXT NOT NULL DEFAULT '',
    jenis TEXT NOT NULL CHECK (jenis IN ('kecamatan', 'kelurahan')),
    jenis_daerah TEXT NOT NULL CHECK (jenis_daerah IN ('kabupaten', 'kota')),
    nama_daerah TEXT NOT NULL DEFAULT '',
    alamat TEXT NOT NULL DEFAULT '[]',
    telepon TEXT NOT NULL DEFAULT '',
    faks TEXT NOT NULL DEFAULT '',
    laman TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    kode_pos TEXT NOT NULL DEFAULT '',
    kecamatan_induk TEXT NOT NULL DEFAULT '',
    lambang BLOB,
    pengaturan TEXT NOT NULL DEFAULT '{{}}',
    {_TIMESTAMPS}
);
CREATE TABLE dokumen (
    id TEXT PRIMARY KEY,
    instansi_id TEXT NOT NULL REFERENCES instansi(id) DEFERRABLE INITIALLY DEFERRED,
    tahun INTEGER NOT NULL CHECK (tahun BETWEEN 1900 AND 2200),
    periode TEXT NOT NULL DEFAULT '',
    judul TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draf', 'ditetapkan')),
    revisi INTEGER NOT NULL DEFAULT 0 CHECK (revisi >= 0),
    pendahulu_id TEXT REFERENCES dokumen(id) DEFERRABLE INITIALLY DEFERRED,
    keputusan TEXT NOT NULL DEFAULT '{{}}',
    kolom_iku TEXT NOT NULL DEFAULT '[]',
    kolom_iki TEXT NOT NULL DEFAULT '[]',
    cascading TEXT NOT NULL DEFAULT '{{}}',
    {_TIMESTAMPS}
);
CREATE TABLE jabatan (
    id TEXT PRIMARY KEY,
    dokumen_id TEXT NOT NULL REFERENCES dokumen(id) DEFERRABLE INITIALLY DEFERRED,
    parent_id TEXT REFERENCES jabatan(id) DEFERRABLE INITIALLY DEFERRED,
    urutan INTEGER NOT NULL DEFAULT 0,
    nama TEXT NOT NULL DEFAULT '',
    unit_kerja TEXT NOT NULL DEFAULT '',
    jenis TEXT NOT NULL CHECK (jenis IN ('struktural', 'fungsional', 'pelaksana')),
    pemangku TEXT NOT NULL DEFAULT '{{}}',
    tugas TEXT NOT NULL DEFAULT '',
    tugas_butir TEXT NOT NULL DEFAULT '[]',
    gaya_tugas TEXT NOT NULL DEFAULT 'huruf' CHECK (gaya_tugas IN ('huruf', 'angka', 'poin')),
    fungsi TEXT NOT NULL DEFAULT '[]',
    gaya_fungsi TEXT NOT NULL DEFAULT 'huruf' CHECK (gaya_fungsi IN ('huruf', 'angka', 'poin')),
    {_TIMESTAMPS}
);
CREATE INDEX jabatan_dokumen ON jabatan(dokumen_id);
CREATE TABLE sasaran (
    id TEXT PRIMARY KEY,
    dokumen_id TEXT NOT NULL REFERENCES dokumen(id) DEFERRABLE INITIALLY DEFERRED,
    jabatan_id TEXT REFERENCES jabatan(id) DEFERRABLE INITIALLY DEFERRED,
    urutan INTEGER NOT NULL DEFAULT 0,
    teks TEXT NOT NULL DEFAULT '',
    {_TIMESTAMPS}
);
CREATE INDEX sasaran_dokumen ON sasaran(dokumen_id);
CREATE TABLE indikator (
    id TEXT PRIMARY KEY,
    dokumen_id TEXT NOT NULL REFERENCES dokumen(id) DEFERRABLE INITIALLY DEFERRED,
    sasaran_id TEXT NOT NULL REFERENCES sasaran(id) DEFERRABLE INITIALLY DEFERRED,
    urutan INTEGER NOT NULL DEFAULT 0,
    teks TEXT NOT NULL DEFAULT '',
    satuan TEXT NOT NULL DEFAULT '',
    formula TEXT NOT NULL DEFAULT '[]',
    sumber_data TEXT NOT NULL DEFAULT '',
    penanggung_jawab TEXT NOT NULL DEFAULT '',
    catatan TEXT NOT NULL DEFAULT '',
    {_TIMESTAMPS}
);
CREATE INDEX indikator_dokumen ON indikator(dokumen_id);
CREATE INDEX indikator_sasaran ON indikator(sasaran_id);

-- A ditetapkan Dokumen is read-only in the store itself, whatever code path writes.
CREATE TRIGGER dokumen_terkunci_update BEFORE UPDATE ON dokumen
WHEN OLD.status = 'ditetapkan'
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
CREATE TRIGGER dokumen_terkunci_delete BEFORE DELETE ON dokumen
WHEN OLD.status = 'ditetapkan'
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
"""

_CHILD_LOCK = """
CREATE TRIGGER {t}_terkunci_insert BEFORE INSERT ON {t}
WHEN (SELECT status FROM dokumen WHERE id = NEW.dokumen_id) = 'ditetapkan'
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
CREATE TRIGGER {t}_terkunci_update BEFORE UPDATE ON {t}
WHEN (SELECT status FROM dokumen WHERE id = OLD.dokumen_id) = 'ditetapkan'
  OR (SELECT status FROM dokumen WHERE id = NEW.dokumen_id) = 'ditetapkan'
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
CREATE TRIGGER {t}_terkunci_delete BEFORE DELETE ON {t}
WHEN (SELECT status FROM dokumen WHERE id = OLD.dokumen_id) = 'ditetapkan'
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
"""

_V2 = """
-- Penetapan: the frozen snapshot and content hash of an enacted Dokumen.
CREATE TABLE penetapan (
    dokumen_id TEXT PRIMARY KEY REFERENCES dokumen(id) DEFERRABLE INITIALLY DEFERRED,
    content_hash TEXT NOT NULL,
    kode TEXT NOT NULL UNIQUE,
    snapshot TEXT NOT NULL,
    ditetapkan_at TEXT NOT NULL,
    ditetapkan_oleh TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TRIGGER penetapan_tetap_update BEFORE UPDATE ON penetapan
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
CREATE TRIGGER penetapan_tetap_delete BEFORE DELETE ON penetapan
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
-- Audit trail of edits to a Draf: who, when, what.
CREATE TABLE riwayat_edit (
    id TEXT PRIMARY KEY,
    dokumen_id TEXT NOT NULL,
    waktu TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    aksi TEXT NOT NULL,
    rincian TEXT NOT NULL DEFAULT ''
);
CREATE INDEX riwayat_edit_dokumen ON riwayat_edit(dokumen_id, waktu);
"""


def _migration_1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V1)
    for table in ("jabatan", "sasaran", "indikator"):
        _run_script(conn, _CHILD_LOCK.format(t=table))


def _migration_2(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V2)


_V3 = """
-- Sinkron: per record, the content hash both offices last agreed on when a transfer
-- package was exchanged. A record changed on both sides since then is a conflict.
CREATE TABLE sinkron (
    tabel TEXT NOT NULL,
    id TEXT NOT NULL,
    hash_terakhir TEXT NOT NULL,
    PRIMARY KEY (tabel, id)
);
"""


def _migration_3(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V3)


_V4 = """
-- Leluhur: every content hash of a record that this database ever received, so that a
-- receiver tells "the sender built on what I have" from "both changed it" even when
-- a third office's version arrived in between (sinkron holds only the last one).
CREATE TABLE sinkron_leluhur (
    tabel TEXT NOT NULL,
    id TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (tabel, id, hash)
) WITHOUT ROWID;
INSERT INTO sinkron_leluhur (tabel, id, hash) SELECT tabel, id, hash_terakhir FROM sinkron;
-- Per sending installation (kantor_id holds its public key) and record: the newest
-- version of theirs this database took in.
-- "Ours is still what we last took from this office" means only they changed it since.
-- Stays home (never in a package); sending changes nothing in the sender's database.
CREATE TABLE sinkron_kantor (
    kantor_id TEXT NOT NULL,
    tabel TEXT NOT NULL,
    id TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (kantor_id, tabel, id)
) WITHOUT ROWID;
-- The office key that enacted a Dokumen and its signature over id and content hash.
CREATE TABLE penetapan_tanda (
    dokumen_id TEXT PRIMARY KEY REFERENCES penetapan(dokumen_id) DEFERRABLE INITIALLY DEFERRED,
    kunci_publik TEXT NOT NULL,
    tanda_tangan TEXT NOT NULL,
    nama_kantor TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER penetapan_tanda_tetap_update BEFORE UPDATE ON penetapan_tanda
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
CREATE TRIGGER penetapan_tanda_tetap_delete BEFORE DELETE ON penetapan_tanda
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
-- Offices whose key this database has seen (trust on first use), by the instansi id
-- they speak for. Stays home: never part of a package.
-- Enacted Dokumen without a penetapan row are frozen lazily only in databases that
-- still have such legacy Dokumen; in every other one a Dokumen turned ditetapkan
-- without a penetapan row was altered outside the program (store/penetapan.py).
INSERT INTO meta (key, value) SELECT 'penetapan_lengkap', '1' WHERE NOT EXISTS (
    SELECT 1 FROM dokumen WHERE status = 'ditetapkan' AND deleted = 0
    AND id NOT IN (SELECT dokumen_id FROM penetapan));
CREATE TABLE kantor_dikenal (
    kantor_id TEXT PRIMARY KEY,
    nama TEXT NOT NULL DEFAULT '',
    kunci_publik TEXT NOT NULL,
    pertama_at TEXT NOT NULL,
    diganti_at TEXT,
    kunci_lama TEXT NOT NULL DEFAULT '[]'
);
"""


def _migration_4(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V4)


_V5 = """
-- Print shape of a Dokumen (Keputusan + Lampiran, signed at the end, booklet,
-- unsigned) with its closing signature; merged cells of consecutive indicators.
ALTER TABLE dokumen ADD COLUMN bentuk TEXT NOT NULL DEFAULT '{}';
ALTER TABLE indikator ADD COLUMN gabung TEXT NOT NULL DEFAULT '[]';
"""


def _migration_5(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V5)


_V6 = """
-- Tautan: cascading links of a sasaran/indikator to what it supports (domain/tautan.py),
-- a JSON list of {"ke": id, "peran": "mendukung"|"bersama"}.
ALTER TABLE sasaran ADD COLUMN tautan TEXT NOT NULL DEFAULT '[]';
ALTER TABLE indikator ADD COLUMN tautan TEXT NOT NULL DEFAULT '[]';
"""


def _migration_6(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V6)


# Targets and Perjanjian Kinerja (domain.kinerja). Realisasi is reported during the
# year, also after enactment: the indikator lock lets an update through when it
# changes nothing but `realisasi` and `updated_at`. The trigger lists every other
# column of the table; a column added later must be added to its list
# (tests/kinerja/test_model_kinerja.py checks that every column is guarded).
_V7_KOLOM = """
ALTER TABLE indikator ADD COLUMN kinerja TEXT NOT NULL DEFAULT '{}';
ALTER TABLE indikator ADD COLUMN realisasi TEXT NOT NULL DEFAULT '[]';
ALTER TABLE dokumen ADD COLUMN pk TEXT NOT NULL DEFAULT '{}';
DROP TRIGGER indikator_terkunci_update;
"""

KOLOM_INDIKATOR_TERKUNCI = (
    "id",
    "dokumen_id",
    "sasaran_id",
    "urutan",
    "teks",
    "satuan",
    "formula",
    "sumber_data",
    "penanggung_jawab",
    "catatan",
    "deleted",
    "gabung",
    "tautan",
    "kinerja",
)


def _trigger_indikator(kolom: tuple[str, ...]) -> str:
    berubah = " OR ".join(f"NEW.{k} IS NOT OLD.{k}" for k in kolom)
    return f"""
CREATE TRIGGER indikator_terkunci_update BEFORE UPDATE ON indikator
WHEN ((SELECT status FROM dokumen WHERE id = OLD.dokumen_id) = 'ditetapkan'
  OR (SELECT status FROM dokumen WHERE id = NEW.dokumen_id) = 'ditetapkan')
  AND ({berubah})
BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END;
"""


def _migration_7(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V7_KOLOM)
    _run_script(conn, _trigger_indikator(KOLOM_INDIKATOR_TERKUNCI))


_V8 = """
-- Every foreign key has an index: without them a merge scans whole tables per row and
-- receiving slows down linearly as a kabupaten file fills with offices.
CREATE INDEX IF NOT EXISTS dokumen_instansi ON dokumen(instansi_id);
CREATE INDEX IF NOT EXISTS dokumen_pendahulu ON dokumen(pendahulu_id);
CREATE INDEX IF NOT EXISTS jabatan_parent ON jabatan(parent_id);
CREATE INDEX IF NOT EXISTS sasaran_jabatan ON sasaran(jabatan_id);
"""


def _migration_8(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V8)


# Search over every office (store/cari.py). The index is an FTS5 table; SQLite refuses
# FTS5 inside triggers of a file opened with trusted_schema=OFF (as we open every file),
# so the triggers only queue the changed rows (key = rowid * 4 + table code) in a plain
# table, and the search service indexes the queue before it searches. Whatever writes a
# row, the queue sees it. (No INSERT OR IGNORE in the triggers: an outer UPSERT
# overrides a trigger's conflict clause, so a repeated key is skipped by NOT EXISTS.)
_ANTRE = """INSERT INTO cari_antre (kunci) SELECT {r}.rowid * 4 + {k} {dari}
  WHERE {syarat}NOT EXISTS (SELECT 1 FROM cari_antre WHERE kunci = {r}.rowid * 4 + {k});"""
_CARI_PEMICU = """
CREATE TRIGGER cari_{t}_tambah AFTER INSERT ON {t}
BEGIN {antre_baru} END;
CREATE TRIGGER cari_{t}_ubah AFTER UPDATE OF {kolom} ON {t}
BEGIN {antre_baru}{lagi} END;
CREATE TRIGGER cari_{t}_hapus AFTER DELETE ON {t}
BEGIN {antre_lama} END;
"""
# An indikator is indexed with its sasaran's jabatan: moving a sasaran re-indexes them.
_INDIKATOR_IKUT = _ANTRE.format(
    r="i",
    k=3,
    dari="FROM indikator i",
    syarat="i.sasaran_id = NEW.id AND NEW.jabatan_id IS NOT OLD.jabatan_id AND ",
)
CARI_TABEL = {  # table -> (code in the key, columns whose change re-indexes the row)
    "jabatan": (1, "nama, deleted"),
    "sasaran": (2, "teks, deleted, jabatan_id"),
    "indikator": (3, "teks, satuan, formula, sumber_data, deleted, sasaran_id"),
}
CARI_FTS = (
    "CREATE VIRTUAL TABLE cari USING fts5(teks, lain, tabel UNINDEXED, rid UNINDEXED, "
    "dokumen_id UNINDEXED, jabatan_id UNINDEXED, sasaran_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def _migration_9(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE cari_antre (kunci INTEGER PRIMARY KEY)")
    for t, (k, kolom) in CARI_TABEL.items():
        pemicu = _CARI_PEMICU.format(
            t=t,
            kolom=kolom,
            antre_baru=_ANTRE.format(r="NEW", k=k, dari="", syarat=""),
            antre_lama=_ANTRE.format(r="OLD", k=k, dari="", syarat=""),
            lagi=("\n" + _INDIKATOR_IKUT) if t == "sasaran" else "",
        )
        _run_script(conn, pemicu)
        conn.execute(f"INSERT INTO cari_antre (kunci) SELECT rowid * 4 + {k} FROM {t}")
    try:
        conn.execute(CARI_FTS)
    except sqlite3.OperationalError as exc:
        # An SQLite built without FTS5: the search scans the tables instead.
        if "fts5" not in str(exc):
            raise


# Indexes that serve only a working file (merges, the tree): a package is read whole.
INDEKS_KERJA = ("dokumen_instansi", "dokumen_pendahulu", "jabatan_parent", "sasaran_jabatan")


def hapus_objek_cari(conn: sqlite3.Connection) -> None:
    """Drop the search index, its queue and the working-file indexes: a transfer package
    carries data, no index (writing and checking it is faster without them)."""
    for nama in INDEKS_KERJA:
        conn.execute(f"DROP INDEX IF EXISTS {nama}")
    for t in CARI_TABEL:
        for akhir in ("tambah", "ubah", "hapus"):
            conn.execute(f"DROP TRIGGER IF EXISTS cari_{t}_{akhir}")
    conn.execute("DROP TABLE IF EXISTS cari_antre")
    conn.execute("DROP TABLE IF EXISTS cari")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
    _migration_7,
    _migration_8,
    _migration_9,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT our transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in schema: {buffer[:80]!r}")


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply pending migrations up to `target`, each in its own transaction.

    Returns the versions applied. The connection must be in autocommit mode
    (isolation_level=None) so that BEGIN/COMMIT here are the only transaction control.
    """
    applied: list[int] = []
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


# Every schema object we create, by type and name: import checks refuse anything else.
def expected_objects(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (row[0], row[1])
        for row in conn.execute(
            "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"
        )
    }
