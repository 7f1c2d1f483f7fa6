"""Realisasi travels also for an enacted Dokumen.

An indikator row of a locally enacted Dokumen is normally locked for a merge (the
incoming Dokumen is kept beside it). Realisasi is reported during the year, after
enactment, so an incoming row that differs from the local one only in `realisasi`
(and its timestamp) is merged like any other change; the schema's lock trigger lets
exactly that column through.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from iki_desktop.domain.errors import IkiError

_BEBAS = {"realisasi", "updated_at"}


def hanya_realisasi(tabel: str, lokal: dict[str, Any] | None, masuk: dict[str, Any]) -> bool:
    if tabel != "indikator" or lokal is None:
        return False
    kolom = (set(lokal) | set(masuk)) - _BEBAS
    return all(lokal.get(k) == masuk.get(k) for k in kolom)


def tulis_realisasi(conn: sqlite3.Connection, tabel: str, row: dict[str, Any]) -> bool:
    """Write an incoming realisasi-only change with an UPDATE (an INSERT ... ON CONFLICT
    would meet the lock trigger on insert first); False when the row is not one."""
    if tabel != "indikator":
        return False
    cur = conn.execute("SELECT * FROM indikator WHERE id = ?", (row["id"],))
    found = cur.fetchone()
    if found is None:
        return False
    lokal = dict(zip([c[0] for c in cur.description], found, strict=True))
    if not hanya_realisasi(tabel, lokal, row) or lokal == row:
        return False
    conn.execute(
        "UPDATE indikator SET realisasi = ?, updated_at = ? WHERE id = ?",
        (row["realisasi"], row["updated_at"], row["id"]),
    )
    return True


def tolak_salinan_terkunci(conn: sqlite3.Connection, tabel: str, row: dict[str, Any]) -> None:
    """'Keep both' cannot add a copy of an indikator to an enacted Dokumen (only its
    realisasi may differ there): say so instead of failing on the lock."""
    if tabel != "indikator":
        return
    status = conn.execute("SELECT status FROM dokumen WHERE id = ?", (row["dokumen_id"],))
    found = status.fetchone()
    if found is not None and found[0] == "ditetapkan":
        raise IkiError(
            f"Realisasi indikator \u201c{str(row.get('teks', ''))[:60]}\u201d diubah di kedua "
            "kantor, dan dokumennya sudah ditetapkan: keduanya tidak dapat disimpan. Pilih "
            "\u201cpakai milik saya\u201d atau \u201cpakai kiriman\u201d. Tidak ada yang diubah."
        )
