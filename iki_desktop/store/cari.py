"""Search over every office in the file: jabatan names, sasaran and indikator texts.

The index is the FTS5 table `cari` (unicode61 words, accents folded, prefix indexes):
a query matches where its words start words of the text ("pelay" finds "pelayanan";
several words must follow each other). Triggers in the file queue every inserted,
changed or deleted row in `cari_antre` (schema.py explains why they cannot write the
index themselves); `segarkan` indexes the queue, and every search calls it first, so
results are in step with every write: edits, undo, merges.

Each indexed row carries its Dokumen, jabatan and sasaran ids, so a search reads only
the index; the offices, years and jabatan names of the hits are read in one query each.
Key of a row in the queue and in the index: rowid * 4 + table code (schema.CARI_TABEL).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.serialize import formula_dari_dict
from iki_desktop.store.rows import potongan_in
from iki_desktop.store.schema import CARI_TABEL

MIN_HURUF = 2
_KODE = {k: t for t, (k, _) in CARI_TABEL.items()}
# (rowid, id, text columns…, dokumen_id, jabatan_id, sasaran_id) of live rows
_SUMBER = {
    "jabatan": (
        "SELECT rowid, id, nama, dokumen_id, id, NULL FROM jabatan "
        "WHERE deleted = 0 AND rowid IN ({})"
    ),
    "sasaran": (
        "SELECT rowid, id, teks, dokumen_id, jabatan_id, id FROM sasaran "
        "WHERE deleted = 0 AND rowid IN ({})"
    ),
    "indikator": (
        "SELECT i.rowid, i.id, i.teks, i.satuan, i.formula, i.sumber_data, i.dokumen_id, "
        "s.jabatan_id, i.sasaran_id FROM indikator i LEFT JOIN sasaran s ON s.id = i.sasaran_id "
        "WHERE i.deleted = 0 AND i.rowid IN ({})"
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


def teks_indeks(tabel: str, row: tuple[object, ...]) -> tuple[str, str]:
    """The texts a row is found by: its own (shown in results) and the rest of it
    (an indikator's satuan, formula as the editor shows it, and sumber data)."""
    if tabel != "indikator":
        return str(row[2]), ""
    teks, satuan, formula, sumber = row[2:6]
    try:
        rumus = formula_satu_baris(formula_dari_dict(json.loads(str(formula))))
    except (ValueError, TypeError, KeyError, AttributeError):
        rumus = ""
    return str(teks), " ".join(str(x) for x in (satuan, rumus, sumber) if x)


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
            for bagian, tanda in potongan_in(rowids):
                sql = _SUMBER[tabel].format(tanda)
                conn.executemany(
                    "INSERT INTO cari (rowid, teks, lain, tabel, rid, dokumen_id, jabatan_id, "
                    "sasaran_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (r[0] * 4 + kode, *teks_indeks(tabel, r), tabel, r[1], *r[-3:])
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


_KOLOM_HASIL = "k, tabel, rid, teks, dokumen_id, jabatan_id, sasaran_id"


def _kueri_fts(kunci: str) -> str:
    """The query as one FTS5 phrase whose last word may be the start of a word."""
    return '"' + kunci.replace('"', '""') + '"*'


def _cocok(conn: sqlite3.Connection, kunci: str, batas: int | None) -> list[tuple[object, ...]]:
    """(k, tabel, rid, teks, dokumen_id, jabatan_id, sasaran_id) of matching rows."""
    if ada_indeks(conn):
        sql = f"SELECT rowid AS {_KOLOM_HASIL} FROM cari WHERE cari MATCH ? ORDER BY rowid"
        if batas is not None:
            sql += f" LIMIT {int(batas)}"
        return list(conn.execute(sql, (_kueri_fts(kunci),)))
    out: list[tuple[object, ...]] = []  # no FTS5 in this SQLite: compare the texts here
    lipat = kunci.casefold()
    for tabel, (kode, _) in CARI_TABEL.items():
        sql = _SUMBER[tabel].replace(" AND rowid IN ({})", "").replace(" AND i.rowid IN ({})", "")
        for r in conn.execute(sql):
            teks, lain = teks_indeks(tabel, r)
            if lipat in teks.casefold() or lipat in lain.casefold():
                out.append((r[0] * 4 + kode, tabel, r[1], teks, *r[-3:]))
    return out[:batas] if batas is not None else out


def _tempat(conn: sqlite3.Connection) -> dict[str, tuple[int, int, str]]:
    """Live Dokumen id -> (tahun, revisi, "Kecamatan Wonoasih")."""
    return {
        str(r[0]): (int(r[1]), int(r[2]), f"{str(r[3]).capitalize()} {r[4]}")
        for r in conn.execute(
            "SELECT d.id, d.tahun, d.revisi, n.jenis, n.nama FROM dokumen d "
            "JOIN instansi n ON n.id = d.instansi_id WHERE d.deleted = 0"
        )
    }


def _nama_jabatan(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part, tanda in potongan_in(sorted(ids)):
        out.update(
            conn.execute(
                f"SELECT id, nama FROM jabatan WHERE deleted = 0 AND id IN ({tanda})", part
            ).fetchall()
        )
    return out


def cari(conn: sqlite3.Connection, teks: str, batas: int | None = None) -> list[Hasil]:
    """Live jabatan, sasaran and indikator whose text holds `teks` (see the module
    docstring), in every office and year, ordered by office, newest year first.
    With `batas`, at most that many (the first ones in the index)."""
    kunci = " ".join(teks.split())
    if len(kunci) < MIN_HURUF:
        return []
    with contextlib.suppress(sqlite3.OperationalError):  # read-only: search what is indexed
        segarkan(conn)
    baris = _cocok(conn, kunci, batas)
    tempat = _tempat(conn)
    jabatan = _nama_jabatan(conn, {str(r[5]) for r in baris if r[5] is not None})
    out: list[tuple[tuple[str, int, int, int], Hasil]] = []
    for k, tabel, rid, isi, dok, jab, sas in baris:
        t = tempat.get(str(dok))
        if t is None or (jab is not None and str(jab) not in jabatan):
            continue  # a deleted Dokumen or jabatan
        nama = jabatan[str(jab)] if jab is not None else "IKU"
        urut = (t[2].casefold(), -t[0], -t[1], int(k))  # type: ignore[call-overload]
        out.append(
            (urut, Hasil(str(tabel), str(rid), str(isi), str(dok), t[0], t[1], t[2],
                         None if jab is None else str(jab), nama,
                         None if sas is None else str(sas)))
        )  # fmt: skip
    out.sort(key=lambda x: x[0])
    return [h for _, h in out]
