"""The Store: every read and write of the local database goes through here.

Every public write is one transaction, committed before the method returns (there is
no Save button to forget). Deletes are tombstones, so an undo brings back exactly what
one delete removed, and merges between offices can tell "deleted" from "never had".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iki_desktop.domain.errors import DokumenTerkunci, IkiError
from iki_desktop.domain.kinerja import Kinerja, PerjanjianKinerja
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Keputusan,
    Sasaran,
    StatusDokumen,
    Tautan,
    new_id,
)
from iki_desktop.domain.serialize import keputusan_ke_dict
from iki_desktop.store import cari as cari_mod
from iki_desktop.store import kinerja as kinerja_store
from iki_desktop.store import pohon, rows
from iki_desktop.store.connection import backup_copy, create_database, open_connection
from iki_desktop.store.tautan import update_tautan
from iki_desktop.store.tombstone import Penghapusan, set_deleted

if TYPE_CHECKING:
    import sqlite_utils

LOCK_MARK = "IKI_DOKUMEN_TERKUNCI"


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = Path(path)
        self.operator = ""  # name recorded in the audit trail

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over our connection, for writes; reads use self.conn directly.

        Created on first use: importing sqlite-utils costs ~50 ms (click, pluggy, dateutil),
        which a read-only run such as `iki-desktop print` never needs. Its defaults would
        turn `PRAGMA recursive_triggers` back on (connection.py turns it off: the lock
        triggers must not fire each other) and run any sqlite-utils plugin installed on
        the machine against our file; both are switched off here.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)

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
            s = rows.sasaran_from_row(r)
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

    def require_draf(self, dokumen_id: str) -> None:
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
            self.log_edit(dokumen.id, "Impor dokumen", dokumen.label)
        if dokumen.ditetapkan:
            # An imported enacted Dokumen is frozen (code, snapshot) at once; later, a
            # ditetapkan Dokumen without one can only come from outside the program.
            from iki_desktop.store.penetapan import lengkapi_penetapan

            lengkapi_penetapan(self, hanya=[dokumen.id])

    def add_dokumen(self, dokumen: Dokumen) -> None:
        """Insert a new Dokumen tree for an Instansi already in the store."""
        with self.transaction():
            self._insert_tree(dokumen)
            self.log_edit(dokumen.id, "Buat dokumen", dokumen.label)

    def update_dokumen_header(self, dokumen: Dokumen) -> None:
        """Tahun, periode, judul, table columns, cascading and print shape of a Draf."""
        row = rows.dokumen_row(dokumen)
        kolom = ("tahun", "periode", "judul", "kolom_iku", "kolom_iki", "cascading", "bentuk")
        changes = {k: row[k] for k in kolom}
        with self.transaction():
            self.require_draf(dokumen.id)
            self.db.table("dokumen").update(dokumen.id, changes | {"updated_at": rows.now_utc()})
            self.log_edit(dokumen.id, "Ubah data dokumen", dokumen.label)

    def update_keputusan(self, dokumen_id: str, keputusan: Keputusan) -> None:
        with self.transaction():
            self.require_draf(dokumen_id)
            self.db.table("dokumen").update(
                dokumen_id,
                {
                    "keputusan": rows.dumps(keputusan_ke_dict(keputusan)),
                    "updated_at": rows.now_utc(),
                },
            )
            self.log_edit(dokumen_id, "Ubah Keputusan", keputusan.nomor)

    def delete_dokumen(self, dokumen_id: str) -> Penghapusan:
        with self.transaction():
            self.require_draf(dokumen_id)
            token = Penghapusan(dokumen_id)
            for table in ("indikator", "sasaran", "jabatan"):
                for (row_id,) in self.conn.execute(
                    f"SELECT id FROM {table} WHERE dokumen_id = ? AND deleted = 0",
                    (dokumen_id,),
                ).fetchall():
                    token.baris.append((table, row_id))
            token.baris.append(("dokumen", dokumen_id))
            set_deleted(self.conn, token.baris, 1)
            return token

    # ------------------------------------------------------------ tombstones

    def undelete(self, token: Penghapusan) -> None:
        """Undo a delete: bring back exactly the rows it tombstoned."""
        with self.transaction():
            set_deleted(self.conn, token.baris, 0)
            self.log_edit(token.dokumen_id, "Batalkan penghapusan", f"{len(token.baris)} baris")

    # ------------------------------------------------------------ jabatan, sasaran, indikator
    # The edits live in pohon.py; these keep one Store API for the undo commands.

    def add_jabatan(self, dokumen_id: str, jabatan: Jabatan, index: int | None = None) -> None:
        pohon.add_jabatan(self, dokumen_id, jabatan, index)

    def update_jabatan(self, dokumen_id: str, jabatan: Jabatan) -> None:
        pohon.update_jabatan(self, dokumen_id, jabatan)

    def move_jabatan(self, jabatan_id: str, parent_id: str | None, index: int) -> None:
        pohon.move_jabatan(self, jabatan_id, parent_id, index)

    def delete_jabatan(self, jabatan_id: str) -> Penghapusan:
        return pohon.delete_jabatan(self, jabatan_id)

    def add_sasaran(
        self, dokumen_id: str, jabatan_id: str | None, sasaran: Sasaran, index: int
    ) -> None:
        pohon.add_sasaran(self, dokumen_id, jabatan_id, sasaran, index)

    def update_sasaran(self, sasaran_id: str, teks: str) -> None:
        pohon.update_sasaran(self, sasaran_id, teks)

    def update_tautan(self, rekaman_id: str, tautan: list[Tautan]) -> None:
        """Set the cascading links of a sasaran or indikator (store/tautan.py)."""
        update_tautan(self, rekaman_id, tautan)

    def move_sasaran(self, sasaran_id: str, index: int) -> None:
        pohon.move_sasaran(self, sasaran_id, index)

    def delete_sasaran(self, sasaran_id: str) -> Penghapusan:
        return pohon.delete_sasaran(self, sasaran_id)

    def add_indikator(self, sasaran_id: str, indikator: Indikator, index: int) -> None:
        pohon.add_indikator(self, sasaran_id, indikator, index)

    def update_indikator(self, indikator: Indikator) -> None:
        pohon.update_indikator(self, indikator)

    def move_indikator(self, indikator_id: str, sasaran_id: str, index: int) -> None:
        pohon.move_indikator(self, indikator_id, sasaran_id, index)

    def delete_indikator(self, indikator_id: str) -> Penghapusan:
        return pohon.delete_indikator(self, indikator_id)

    # ------------------------------------------------------------ targets, realisasi, PK

    def update_kinerja(self, indikator_id: str, kinerja: Kinerja) -> None:
        kinerja_store.update_kinerja(self, indikator_id, kinerja)

    def update_realisasi(self, indikator_id: str, realisasi: list[str]) -> None:
        """Allowed also on an enacted Dokumen: realisasi is reported during the year."""
        kinerja_store.update_realisasi(self, indikator_id, realisasi)

    def update_pk(self, dokumen_id: str, pk: PerjanjianKinerja) -> None:
        kinerja_store.update_pk(self, dokumen_id, pk)

    # ------------------------------------------------------------ audit trail

    def log_edit(self, dokumen_id: str, aksi: str, rincian: str = "") -> None:
        """One line of the audit trail (riwayat), in the caller's transaction."""
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

    # ------------------------------------------------------------ search (store/cari.py)

    def cari(self, teks: str, batas: int | None = None) -> list[cari_mod.Hasil]:
        """Jabatan, sasaran and indikator containing `teks`, in every office and year."""
        return cari_mod.cari(self.conn, teks, batas)

    def dokumen_jabatan(self, jabatan_id: str) -> str | None:
        """The Dokumen a live jabatan belongs to (a lazy tree finds its branch by it)."""
        row = self.conn.execute(
            "SELECT dokumen_id FROM jabatan WHERE id = ? AND deleted = 0", (jabatan_id,)
        ).fetchone()
        return str(row[0]) if row else None
