"""Edits of the jabatan / sasaran / indikator tree of a Draf Dokumen.

The Store's public methods (`Store.add_jabatan`, `move_sasaran`, `delete_indikator`, ...)
call these; each runs in one transaction, refuses an enacted Dokumen, keeps `urutan`
dense, and records one line in the audit trail. Deletes are tombstones whose
Penghapusan token `Store.undelete` takes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Indikator, Jabatan, Sasaran
from iki_desktop.store import rows
from iki_desktop.store.tombstone import Penghapusan, set_deleted

if TYPE_CHECKING:
    from iki_desktop.store.store import Store


# ---------------------------------------------------------------- ordering


def _renumber(
    store: Store, table: str, where: str, params: tuple[Any, ...], moving: str, index: int
) -> None:
    ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM {table} WHERE {where} AND deleted = 0 AND id != ? "
            "ORDER BY urutan, rowid",
            (*params, moving),
        )
    ]
    index = max(0, min(index, len(ids)))
    ids.insert(index, moving)
    now = rows.now_utc()
    for position, row_id in enumerate(ids):
        store.conn.execute(
            f"UPDATE {table} SET urutan = ?, updated_at = ? WHERE id = ? AND urutan != ?",
            (position, now, row_id, position),
        )


def _dokumen_of(store: Store, table: str, row_id: str) -> str:
    row = store.conn.execute(f"SELECT dokumen_id FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise IkiError("Data yang akan diubah tidak ditemukan (mungkin sudah dihapus).")
    return str(row[0])


# ---------------------------------------------------------------- jabatan


def add_jabatan(store: Store, dokumen_id: str, jabatan: Jabatan, index: int | None = None) -> None:
    """Insert a jabatan (with any sasaran/indikator it carries) under jabatan.parent_id."""
    now = {"updated_at": rows.now_utc(), "deleted": 0}
    with store.transaction():
        store.require_draf(dokumen_id)
        store.db.table("jabatan").insert(rows.jabatan_row(jabatan, dokumen_id) | now)
        for si, s in enumerate(jabatan.sasaran):
            _insert_sasaran(store, dokumen_id, jabatan.id, s, si)
        _renumber(
            store,
            "jabatan",
            "dokumen_id = ? AND parent_id IS ?",
            (dokumen_id, jabatan.parent_id),
            jabatan.id,
            jabatan.urutan if index is None else index,
        )
        store.log_edit(dokumen_id, "Tambah jabatan", jabatan.nama)


def update_jabatan(store: Store, dokumen_id: str, jabatan: Jabatan) -> None:
    """Header fields of a jabatan (not its place in the tree, not its sasaran)."""
    row = rows.jabatan_row(jabatan, dokumen_id)
    for key in ("id", "dokumen_id", "parent_id", "urutan"):
        row.pop(key)
    with store.transaction():
        store.require_draf(dokumen_id)
        store.db.table("jabatan").update(jabatan.id, row | {"updated_at": rows.now_utc()})
        store.log_edit(dokumen_id, "Ubah jabatan", jabatan.nama)


def move_jabatan(store: Store, jabatan_id: str, parent_id: str | None, index: int) -> None:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "jabatan", jabatan_id)
        store.require_draf(dokumen_id)
        # A jabatan cannot become its own descendant.
        cursor = parent_id
        while cursor is not None:
            if cursor == jabatan_id:
                raise IkiError("Jabatan tidak dapat dipindahkan ke bawah dirinya sendiri.")
            row = store.conn.execute(
                "SELECT parent_id FROM jabatan WHERE id = ?", (cursor,)
            ).fetchone()
            cursor = row[0] if row else None
        store.conn.execute(
            "UPDATE jabatan SET parent_id = ?, updated_at = ? WHERE id = ?",
            (parent_id, rows.now_utc(), jabatan_id),
        )
        _renumber(
            store,
            "jabatan",
            "dokumen_id = ? AND parent_id IS ?",
            (dokumen_id, parent_id),
            jabatan_id,
            index,
        )
        store.log_edit(dokumen_id, "Pindahkan jabatan", jabatan_id)


def delete_jabatan(store: Store, jabatan_id: str) -> Penghapusan:
    """Tombstone a jabatan, its descendants, and all their sasaran and indikator."""
    with store.transaction():
        dokumen_id = _dokumen_of(store, "jabatan", jabatan_id)
        store.require_draf(dokumen_id)
        token = Penghapusan(dokumen_id)
        subtree = [jabatan_id]
        i = 0
        while i < len(subtree):
            subtree += [
                r[0]
                for r in store.conn.execute(
                    "SELECT id FROM jabatan WHERE parent_id = ? AND deleted = 0",
                    (subtree[i],),
                )
            ]
            i += 1
        for jid in subtree:
            token.baris.append(("jabatan", jid))
            for (sid,) in store.conn.execute(
                "SELECT id FROM sasaran WHERE jabatan_id = ? AND deleted = 0", (jid,)
            ).fetchall():
                token.baris.append(("sasaran", sid))
                token.baris += [
                    ("indikator", r[0])
                    for r in store.conn.execute(
                        "SELECT id FROM indikator WHERE sasaran_id = ? AND deleted = 0",
                        (sid,),
                    )
                ]
        set_deleted(store.conn, token.baris, 1)
        store.log_edit(dokumen_id, "Hapus jabatan", f"{len(subtree)} jabatan")
        return token


# ---------------------------------------------------------------- sasaran


def _insert_sasaran(
    store: Store, dokumen_id: str, jabatan_id: str | None, s: Sasaran, urutan: int
) -> None:
    stamp = {"updated_at": rows.now_utc(), "deleted": 0}
    store.db.table("sasaran").insert(rows.sasaran_row(s, dokumen_id, jabatan_id, urutan) | stamp)
    store.db.table("indikator").insert_all(
        rows.indikator_row(ind, dokumen_id, s.id, ii) | stamp for ii, ind in enumerate(s.indikator)
    )


def add_sasaran(
    store: Store, dokumen_id: str, jabatan_id: str | None, sasaran: Sasaran, index: int
) -> None:
    """Add a sasaran (with its indikator) to a jabatan, or to the IKU when jabatan_id is None."""
    with store.transaction():
        store.require_draf(dokumen_id)
        _insert_sasaran(store, dokumen_id, jabatan_id, sasaran, index)
        _renumber(
            store,
            "sasaran",
            "dokumen_id = ? AND jabatan_id IS ?",
            (dokumen_id, jabatan_id),
            sasaran.id,
            index,
        )
        store.log_edit(dokumen_id, "Tambah sasaran", sasaran.teks[:80])


def update_sasaran(store: Store, sasaran_id: str, teks: str) -> None:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "sasaran", sasaran_id)
        store.require_draf(dokumen_id)
        store.db.table("sasaran").update(sasaran_id, {"teks": teks, "updated_at": rows.now_utc()})
        store.log_edit(dokumen_id, "Ubah sasaran", teks[:80])


def move_sasaran(store: Store, sasaran_id: str, index: int) -> None:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "sasaran", sasaran_id)
        store.require_draf(dokumen_id)
        (jabatan_id,) = store.conn.execute(
            "SELECT jabatan_id FROM sasaran WHERE id = ?", (sasaran_id,)
        ).fetchone()
        _renumber(
            store,
            "sasaran",
            "dokumen_id = ? AND jabatan_id IS ?",
            (dokumen_id, jabatan_id),
            sasaran_id,
            index,
        )
        store.log_edit(dokumen_id, "Pindahkan sasaran", sasaran_id)


def delete_sasaran(store: Store, sasaran_id: str) -> Penghapusan:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "sasaran", sasaran_id)
        store.require_draf(dokumen_id)
        token = Penghapusan(dokumen_id, [("sasaran", sasaran_id)])
        token.baris += [
            ("indikator", r[0])
            for r in store.conn.execute(
                "SELECT id FROM indikator WHERE sasaran_id = ? AND deleted = 0", (sasaran_id,)
            )
        ]
        set_deleted(store.conn, token.baris, 1)
        store.log_edit(dokumen_id, "Hapus sasaran", sasaran_id)
        return token


# ---------------------------------------------------------------- indikator


def add_indikator(store: Store, sasaran_id: str, indikator: Indikator, index: int) -> None:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "sasaran", sasaran_id)
        store.require_draf(dokumen_id)
        stamp = {"updated_at": rows.now_utc(), "deleted": 0}
        store.db.table("indikator").insert(
            rows.indikator_row(indikator, dokumen_id, sasaran_id, index) | stamp
        )
        _renumber(store, "indikator", "sasaran_id = ?", (sasaran_id,), indikator.id, index)
        store.log_edit(dokumen_id, "Tambah indikator", indikator.teks[:80])


def update_indikator(store: Store, indikator: Indikator) -> None:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "indikator", indikator.id)
        store.require_draf(dokumen_id)
        row = rows.indikator_row(indikator, dokumen_id, "", 0)
        for key in ("id", "dokumen_id", "sasaran_id", "urutan"):
            row.pop(key)
        store.db.table("indikator").update(indikator.id, row | {"updated_at": rows.now_utc()})
        store.log_edit(dokumen_id, "Ubah indikator", indikator.teks[:80])


def move_indikator(store: Store, indikator_id: str, sasaran_id: str, index: int) -> None:
    """Move an indikator within its sasaran or under another sasaran of the same Dokumen."""
    with store.transaction():
        dokumen_id = _dokumen_of(store, "indikator", indikator_id)
        store.require_draf(dokumen_id)
        if _dokumen_of(store, "sasaran", sasaran_id) != dokumen_id:
            raise IkiError("Indikator hanya dapat dipindahkan di dalam dokumen yang sama.")
        store.conn.execute(
            "UPDATE indikator SET sasaran_id = ?, updated_at = ? WHERE id = ?",
            (sasaran_id, rows.now_utc(), indikator_id),
        )
        _renumber(store, "indikator", "sasaran_id = ?", (sasaran_id,), indikator_id, index)
        store.log_edit(dokumen_id, "Pindahkan indikator", indikator_id)


def delete_indikator(store: Store, indikator_id: str) -> Penghapusan:
    with store.transaction():
        dokumen_id = _dokumen_of(store, "indikator", indikator_id)
        store.require_draf(dokumen_id)
        token = Penghapusan(dokumen_id, [("indikator", indikator_id)])
        set_deleted(store.conn, token.baris, 1)
        store.log_edit(dokumen_id, "Hapus indikator", indikator_id)
        return token
