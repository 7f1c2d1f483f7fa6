"""The Store: every read and write of the local database goes through here.

Every public write is one transaction, committed before the method returns (there is
no Save button to forget). Deletes are tombstones, so an undo restores exactly what
one delete removed, and merges between offices can tell "deleted" from "never had".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iki_desktop.domain.errors import DokumenTerkunci, IkiError
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Keputusan,
    Sasaran,
    StatusDokumen,
    new_id,
)
from iki_desktop.domain.serialize import keputusan_ke_dict
from iki_desktop.store import rows
from iki_desktop.store.connection import backup_copy, create_database, open_connection

if TYPE_CHECKING:
    import sqlite_utils

LOCK_MARK = "IKI_DOKUMEN_TERKUNCI"


@dataclass
class Penghapusan:
    """What one delete tombstoned: handed back to `restore` by undo."""

    dokumen_id: str
    baris: list[tuple[str, str]] = field(default_factory=list)  # (table, id)


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = Path(path)
        self.operator = ""  # name recorded in the audit trail

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over our connection, for writes; reads use self.conn directly.

        Created on first use: importing sqlite-utils costs ~50 ms (click, pluggy, dateutil),
        which a read-only run such as `iki-desktop print` never needs.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path) -> Store:
        return cls(open_connection(Path(path)), Path(path))

    @classmethod
    def create(cls, path: str | Path) -> Store:
        return cls(create_database(Path(path)), Path(path))

    def close(self) -> None:
        # Fold the WAL back so the file can be copied as one piece.
        with suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, reason: str) -> Path:
        return backup_copy(self.conn, reason, self.path.stem)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested calls join the outer one."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._rollback()
            if LOCK_MARK in str(exc):
                raise DokumenTerkunci() from exc
            raise IkiError(f"Perubahan ditolak karena data tidak konsisten ({exc}).") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    # ------------------------------------------------------------ meta

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    # ------------------------------------------------------------ instansi

    def list_instansi(self) -> list[Instansi]:
        found = self._query("SELECT * FROM instansi WHERE deleted = 0 ORDER BY nama")
        return [rows.instansi_from_row(r) for r in found]

    def get_instansi(self, instansi_id: str) -> Instansi:
        found = self._query("SELECT * FROM instansi WHERE id = ?", (instansi_id,))
        if not found:
            raise IkiError("Data instansi tidak ditemukan.")
        return rows.instansi_from_row(found[0])

    def save_instansi(self, instansi: Instansi) -> None:
        row = rows.instansi_row(instansi) | {"updated_at": rows.now_utc(), "deleted": 0}
        with self.transaction():
            self.db.table("instansi").upsert(row, pk="id")

    # ------------------------------------------------------------ dokumen

    def list_dokumen(self) -> list[Dokumen]:
        """Headers of every live Dokumen (without jabatan and IKU), newest year first."""
        found = self._query(
            "SELECT * FROM dokumen WHERE deleted = 0 ORDER BY tahun DESC, revisi DESC"
        )
        return [rows.dokumen_from_row(r) for r in found]

    def dokumen_status(self, dokumen_id: str) -> StatusDokumen:
        row = self.conn.execute(
            "SELECT status FROM dokumen WHERE id = ? AND deleted = 0", (dokumen_id,)
        ).fetchone()
        if row is None:
            raise IkiError("Dokumen tidak ditemukan.")
        return StatusDokumen(row[0])

    def load_dokumen(self, dokumen_id: str) -> Dokumen:
        found = self._query("SELECT * FROM dokumen WHERE id = ? AND deleted = 0", (dokumen_id,))
        if not found:
            raise IkiError("Dokumen tidak ditemukan di basis data ini.")
        dok = rows.dokumen_from_row(found[0])
        jabatan = {
            r["id"]: rows.jabatan_from_row(r)
            for r in self._query(
                "SELECT * FROM jabatan WHERE dokumen_id = ? AND deleted = 0 ORDER BY urutan",
                (dokumen_id,),
            )
        }
        sasaran: dict[str, Sasaran] = {}
        for r in self._query(
            "SELECT * FROM sasaran WHERE dokumen_id = ? AND deleted = 0 ORDER BY urutan",
            (dokumen_id,),
        ):
            s = Sasaran(id=r["id"], teks=r["teks"])
            sasaran[s.id] = s
            if r["jabatan_id"] is None:
                dok.iku.append(s)
            elif r["jabatan_id"] in jabatan:
                jabatan[r["jabatan_id"]].sasaran.append(s)
        for r in self._query(
            "SELECT * FROM indikator WHERE dokumen_id = ? AND deleted = 0 ORDER BY urutan",
            (dokumen_id,),
        ):
            if r["sasaran_id"] in sasaran:
                sasaran[r["sasaran_id"]].indikator.append(rows.indikator_from_row(r))
        dok.jabatan = list(jabatan.values())
        return dok

    def load_kerangka(self, dokumen_id: str) -> tuple[Dokumen, dict[str, tuple[int, int]]]:
        """A Dokumen with its jabatan but without sasaran/indikator, plus per jabatan the
        number of (sasaran, indikator): what a tree needs, at a fraction of load_dokumen."""
        found = self._query("SELECT * FROM dokumen WHERE id = ? AND deleted = 0", (dokumen_id,))
        if not found:
            raise IkiError("Dokumen tidak ditemukan di basis data ini.")
        dok = rows.dokumen_from_row(found[0])
        dok.jabatan = [
            rows.jabatan_from_row(r)
            for r in self._query(
                "SELECT * FROM jabatan WHERE dokumen_id = ? AND deleted = 0 ORDER BY urutan",
                (dokumen_id,),
            )
        ]
        jumlah = {
            str(jid): (int(ns), int(ni))
            for jid, ns, ni in self.conn.execute(
                "SELECT s.jabatan_id, count(DISTINCT s.id), count(i.id) FROM sasaran s "
                "LEFT JOIN indikator i ON i.sasaran_id = s.id AND i.deleted = 0 "
                "WHERE s.dokumen_id = ? AND s.deleted = 0 AND s.jabatan_id IS NOT NULL "
                "GROUP BY s.jabatan_id",
                (dokumen_id,),
            )
        }
        return dok, jumlah

    def _require_draf(self, dokumen_id: str) -> None:
        if self.dokumen_status(dokumen_id) is StatusDokumen.DITETAPKAN:
            raise DokumenTerkunci()

    def _insert_tree(self, dok: Dokumen) -> None:
        now = rows.now_utc()
        stamp = {"updated_at": now, "deleted": 0}
        # Children go in while the row is still a draf: the lock triggers would refuse
        # them under a ditetapkan parent. The status is set last, in the same transaction.
        self.db.table("dokumen").insert(rows.dokumen_row(dok) | stamp | {"status": "draf"})
        jab_rows = [rows.jabatan_row(j, dok.id) | stamp for j in dok.jabatan]
        sas_rows: list[dict[str, Any]] = []
        ind_rows: list[dict[str, Any]] = []
        for owner, sasaran_list in [(None, dok.iku)] + [(j.id, j.sasaran) for j in dok.jabatan]:
            for si, s in enumerate(sasaran_list):
                sas_rows.append(rows.sasaran_row(s, dok.id, owner, si) | stamp)
                for ii, ind in enumerate(s.indikator):
                    ind_rows.append(rows.indikator_row(ind, dok.id, s.id, ii) | stamp)
        self.db.table("jabatan").insert_all(jab_rows)
        self.db.table("sasaran").insert_all(sas_rows)
        self.db.table("indikator").insert_all(ind_rows)
        if dok.status is not StatusDokumen.DRAF:
            self.conn.execute(
                "UPDATE dokumen SET status = ? WHERE id = ?", (dok.status.value, dok.id)
            )

    def _purge_tree(self, dokumen_id: str) -> None:
        for table in ("indikator", "sasaran", "jabatan", "dokumen"):
            column = "id" if table == "dokumen" else "dokumen_id"
            self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (dokumen_id,))

    def import_dokumen(self, instansi: Instansi, dokumen: Dokumen) -> None:
        """Write a whole Dokumen with its Instansi in one transaction.

        A Draf with the same id is replaced; a ditetapkan one is never touched.
        """
        dokumen.instansi_id = instansi.id
        with self.transaction():
            existing = self.conn.execute(
                "SELECT status FROM dokumen WHERE id = ?", (dokumen.id,)
            ).fetchone()
            if existing and existing[0] == StatusDokumen.DITETAPKAN.value:
                raise DokumenTerkunci(dokumen.label)
            if existing:
                self._purge_tree(dokumen.id)
            self.save_instansi(instansi)
            self._insert_tree(dokumen)
            self._log(dokumen.id, "Impor dokumen", dokumen.label)

    def add_dokumen(self, dokumen: Dokumen) -> None:
        """Insert a new Dokumen tree for an Instansi already in the store."""
        with self.transaction():
            self._insert_tree(dokumen)
            self._log(dokumen.id, "Buat dokumen", dokumen.label)

    def update_dokumen_header(self, dokumen: Dokumen) -> None:
        """Tahun, periode, judul, table columns and cascading of a Draf."""
        row = rows.dokumen_row(dokumen)
        changes = {
            k: row[k] for k in ("tahun", "periode", "judul", "kolom_iku", "kolom_iki", "cascading")
        }
        with self.transaction():
            self._require_draf(dokumen.id)
            self.db.table("dokumen").update(dokumen.id, changes | {"updated_at": rows.now_utc()})
            self._log(dokumen.id, "Ubah data dokumen", dokumen.label)

    def update_keputusan(self, dokumen_id: str, keputusan: Keputusan) -> None:
        with self.transaction():
            self._require_draf(dokumen_id)
            self.db.table("dokumen").update(
                dokumen_id,
                {
                    "keputusan": rows.dumps(keputusan_ke_dict(keputusan)),
                    "updated_at": rows.now_utc(),
                },
            )
            self._log(dokumen_id, "Ubah Keputusan", keputusan.nomor)

    def delete_dokumen(self, dokumen_id: str) -> Penghapusan:
        with self.transaction():
            self._require_draf(dokumen_id)
            token = Penghapusan(dokumen_id)
            for table in ("indikator", "sasaran", "jabatan"):
                for (row_id,) in self.conn.execute(
                    f"SELECT id FROM {table} WHERE dokumen_id = ? AND deleted = 0",
                    (dokumen_id,),
                ).fetchall():
                    token.baris.append((table, row_id))
            token.baris.append(("dokumen", dokumen_id))
            self._set_deleted(token.baris, 1)
            return token

    # ------------------------------------------------------------ tombstones

    def _set_deleted(self, baris: list[tuple[str, str]], flag: int) -> None:
        now = rows.now_utc()
        for table, row_id in baris:
            self.conn.execute(
                f"UPDATE {table} SET deleted = ?, updated_at = ? WHERE id = ?",
                (flag, now, row_id),
            )

    def restore(self, token: Penghapusan) -> None:
        """Undo a delete: bring back exactly the rows it tombstoned."""
        with self.transaction():
            self._set_deleted(token.baris, 0)
            self._log(token.dokumen_id, "Batalkan penghapusan", f"{len(token.baris)} baris")

    # ------------------------------------------------------------ ordering

    def _renumber(
        self, table: str, where: str, params: tuple[Any, ...], moving: str, index: int
    ) -> None:
        ids = [
            r[0]
            for r in self.conn.execute(
                f"SELECT id FROM {table} WHERE {where} AND deleted = 0 AND id != ? "
                "ORDER BY urutan, rowid",
                (*params, moving),
            )
        ]
        index = max(0, min(index, len(ids)))
        ids.insert(index, moving)
        now = rows.now_utc()
        for position, row_id in enumerate(ids):
            self.conn.execute(
                f"UPDATE {table} SET urutan = ?, updated_at = ? WHERE id = ? AND urutan != ?",
                (position, now, row_id, position),
            )

    def _dokumen_of(self, table: str, row_id: str) -> str:
        row = self.conn.execute(
            f"SELECT dokumen_id FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is None:
            raise IkiError("Data yang akan diubah tidak ditemukan (mungkin sudah dihapus).")
        return str(row[0])

    # ------------------------------------------------------------ jabatan

    def add_jabatan(self, dokumen_id: str, jabatan: Jabatan, index: int | None = None) -> None:
        """Insert a jabatan (with any sasaran/indikator it carries) under jabatan.parent_id."""
        now = {"updated_at": rows.now_utc(), "deleted": 0}
        with self.transaction():
            self._require_draf(dokumen_id)
            self.db.table("jabatan").insert(rows.jabatan_row(jabatan, dokumen_id) | now)
            for si, s in enumerate(jabatan.sasaran):
                self._insert_sasaran(dokumen_id, jabatan.id, s, si)
            self._renumber(
                "jabatan",
                "dokumen_id = ? AND parent_id IS ?",
                (dokumen_id, jabatan.parent_id),
                jabatan.id,
                jabatan.urutan if index is None else index,
            )
            self._log(dokumen_id, "Tambah jabatan", jabatan.nama)

    def update_jabatan(self, dokumen_id: str, jabatan: Jabatan) -> None:
        """Header fields of a jabatan (not its place in the tree, not its sasaran)."""
        row = rows.jabatan_row(jabatan, dokumen_id)
        for key in ("id", "dokumen_id", "parent_id", "urutan"):
            row.pop(key)
        with self.transaction():
            self._require_draf(dokumen_id)
            self.db.table("jabatan").update(jabatan.id, row | {"updated_at": rows.now_utc()})
            self._log(dokumen_id, "Ubah jabatan", jabatan.nama)

    def move_jabatan(self, jabatan_id: str, parent_id: str | None, index: int) -> None:
        with self.transaction():
            dokumen_id = self._dokumen_of("jabatan", jabatan_id)
            self._require_draf(dokumen_id)
            # A jabatan cannot become its own descendant.
            cursor = parent_id
            while cursor is not None:
                if cursor == jabatan_id:
                    raise IkiError("Jabatan tidak dapat dipindahkan ke bawah dirinya sendiri.")
                row = self.conn.execute(
                    "SELECT parent_id FROM jabatan WHERE id = ?", (cursor,)
                ).fetchone()
                cursor = row[0] if row else None
            self.conn.execute(
                "UPDATE jabatan SET parent_id = ?, updated_at = ? WHERE id = ?",
                (parent_id, rows.now_utc(), jabatan_id),
            )
            self._renumber(
                "jabatan",
                "dokumen_id = ? AND parent_id IS ?",
                (dokumen_id, parent_id),
                jabatan_id,
                index,
            )
            self._log(dokumen_id, "Pindahkan jabatan", jabatan_id)

    def delete_jabatan(self, jabatan_id: str) -> Penghapusan:
        """Tombstone a jabatan, its descendants, and all their sasaran and indikator."""
        with self.transaction():
            dokumen_id = self._dokumen_of("jabatan", jabatan_id)
            self._require_draf(dokumen_id)
            token = Penghapusan(dokumen_id)
            subtree = [jabatan_id]
            i = 0
            while i < len(subtree):
                subtree += [
                    r[0]
                    for r in self.conn.execute(
                        "SELECT id FROM jabatan WHERE parent_id = ? AND deleted = 0",
                        (subtree[i],),
                    )
                ]
                i += 1
            for jid in subtree:
                token.baris.append(("jabatan", jid))
                for (sid,) in self.conn.execute(
                    "SELECT id FROM sasaran WHERE jabatan_id = ? AND deleted = 0", (jid,)
                ).fetchall():
                    token.baris.append(("sasaran", sid))
                    token.baris += [
                        ("indikator", r[0])
                        for r in self.conn.execute(
                            "SELECT id FROM indikator WHERE sasaran_id = ? AND deleted = 0",
                            (sid,),
                        )
                    ]
            self._set_deleted(token.baris, 1)
            self._log(dokumen_id, "Hapus jabatan", f"{len(subtree)} jabatan")
            return token

    # ------------------------------------------------------------ sasaran

    def _insert_sasaran(
        self, dokumen_id: str, jabatan_id: str | None, s: Sasaran, urutan: int
    ) -> None:
        stamp = {"updated_at": rows.now_utc(), "deleted": 0}
        self.db.table("sasaran").insert(rows.sasaran_row(s, dokumen_id, jabatan_id, urutan) | stamp)
        self.db.table("indikator").insert_all(
            rows.indikator_row(ind, dokumen_id, s.id, ii) | stamp
            for ii, ind in enumerate(s.indikator)
        )

    def add_sasaran(
        self, dokumen_id: str, jabatan_id: str | None, sasaran: Sasaran, index: int
    ) -> None:
        """Add a sasaran (with its indikator) to a jabatan, or to the IKU when jabatan_id is None."""
        with self.transaction():
            self._require_draf(dokumen_id)
            self._insert_sasaran(dokumen_id, jabatan_id, sasaran, index)
            self._renumber(
                "sasaran",
                "dokumen_id = ? AND jabatan_id IS ?",
                (dokumen_id, jabatan_id),
                sasaran.id,
                index,
            )
            self._log(dokumen_id, "Tambah sasaran", sasaran.teks[:80])

    def update_sasaran(self, sasaran_id: str, teks: str) -> None:
        with self.transaction():
            dokumen_id = self._dokumen_of("sasaran", sasaran_id)
            self._require_draf(dokumen_id)
            self.db.table("sasaran").update(
                sasaran_id, {"teks": teks, "updated_at": rows.now_utc()}
            )
            self._log(dokumen_id, "Ubah sasaran", teks[:80])

    def move_sasaran(self, sasaran_id: str, index: int) -> None:
        with self.transaction():
            dokumen_id = self._dokumen_of("sasaran", sasaran_id)
            self._require_draf(dokumen_id)
            (jabatan_id,) = self.conn.execute(
                "SELECT jabatan_id FROM sasaran WHERE id = ?", (sasaran_id,)
            ).fetchone()
            self._renumber(
                "sasaran",
                "dokumen_id = ? AND jabatan_id IS ?",
                (dokumen_id, jabatan_id),
                sasaran_id,
                index,
            )
            self._log(dokumen_id, "Pindahkan sasaran", sasaran_id)

    def delete_sasaran(self, sasaran_id: str) -> Penghapusan:
        with self.transaction():
            dokumen_id = self._dokumen_of("sasaran", sasaran_id)
            self._require_draf(dokumen_id)
            token = Penghapusan(dokumen_id, [("sasaran", sasaran_id)])
            token.baris += [
                ("indikator", r[0])
                for r in self.conn.execute(
                    "SELECT id FROM indikator WHERE sasaran_id = ? AND deleted = 0", (sasaran_id,)
                )
            ]
            self._set_deleted(token.baris, 1)
            self._log(dokumen_id, "Hapus sasaran", sasaran_id)
            return token

    # ------------------------------------------------------------ indikator

    def add_indikator(self, sasaran_id: str, indikator: Indikator, index: int) -> None:
        with self.transaction():
            dokumen_id = self._dokumen_of("sasaran", sasaran_id)
            self._require_draf(dokumen_id)
            stamp = {"updated_at": rows.now_utc(), "deleted": 0}
            self.db.table("indikator").insert(
                rows.indikator_row(indikator, dokumen_id, sasaran_id, index) | stamp
            )
            self._renumber("indikator", "sasaran_id = ?", (sasaran_id,), indikator.id, index)
            self._log(dokumen_id, "Tambah indikator", indikator.teks[:80])

    def update_indikator(self, indikator: Indikator) -> None:
        with self.transaction():
            dokumen_id = self._dokumen_of("indikator", indikator.id)
            self._require_draf(dokumen_id)
            row = rows.indikator_row(indikator, dokumen_id, "", 0)
            for key in ("id", "dokumen_id", "sasaran_id", "urutan"):
                row.pop(key)
            self.db.table("indikator").update(indikator.id, row | {"updated_at": rows.now_utc()})
            self._log(dokumen_id, "Ubah indikator", indikator.teks[:80])

    def move_indikator(self, indikator_id: str, sasaran_id: str, index: int) -> None:
        """Move an indikator within its sasaran or under another sasaran of the same Dokumen."""
        with self.transaction():
            dokumen_id = self._dokumen_of("indikator", indikator_id)
            self._require_draf(dokumen_id)
            if self._dokumen_of("sasaran", sasaran_id) != dokumen_id:
                raise IkiError("Indikator hanya dapat dipindahkan di dalam dokumen yang sama.")
            self.conn.execute(
                "UPDATE indikator SET sasaran_id = ?, updated_at = ? WHERE id = ?",
                (sasaran_id, rows.now_utc(), indikator_id),
            )
            self._renumber("indikator", "sasaran_id = ?", (sasaran_id,), indikator_id, index)
            self._log(dokumen_id, "Pindahkan indikator", indikator_id)

    def delete_indikator(self, indikator_id: str) -> Penghapusan:
        with self.transaction():
            dokumen_id = self._dokumen_of("indikator", indikator_id)
            self._require_draf(dokumen_id)
            token = Penghapusan(dokumen_id, [("indikator", indikator_id)])
            self._set_deleted(token.baris, 1)
            self._log(dokumen_id, "Hapus indikator", indikator_id)
            return token

    # ------------------------------------------------------------ audit trail

    def _log(self, dokumen_id: str, aksi: str, rincian: str = "") -> None:
        self.db.table("riwayat_edit").insert(
            {
                "id": new_id(),
                "dokumen_id": dokumen_id,
                "waktu": rows.now_utc(),
                "operator": self.operator,
                "aksi": aksi,
                "rincian": rincian,
            }
        )

    def riwayat(self, dokumen_id: str) -> list[dict[str, Any]]:
        return self._query(
            "SELECT waktu, operator, aksi, rincian FROM riwayat_edit WHERE dokumen_id = ? "
            "ORDER BY waktu",
            (dokumen_id,),
        )

    # ------------------------------------------------------------ counts

    def counts(self, dokumen_id: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("jabatan", "sasaran", "indikator"):
            (n,) = self.conn.execute(
                f"SELECT count(*) FROM {table} WHERE dokumen_id = ? AND deleted = 0",
                (dokumen_id,),
            ).fetchone()
            out[table] = int(n)
        return out
