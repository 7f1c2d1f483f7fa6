"""Helpers for the forgery tests: offices with their own keys, package surgery."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iki_desktop.domain.model import Dokumen, Indikator
from iki_desktop.domain.penetapan import hash_konten, kode_dokumen
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.store import Store
from iki_desktop.store.kunci import KunciKantor, _publik_dari
from iki_desktop.store.transfer.tanda_tangan import pesan_manifest
from iki_desktop.store.transfer.umum import checksum
from tests.transfer.bantu import baca_baris


@contextmanager
def sebagai(folder: Path) -> Iterator[None]:
    """Run as the installation whose data folder (and so office key) is `folder`."""
    lama = os.environ.get("IKI_DESKTOP_DATA_DIR")
    os.environ["IKI_DESKTOP_DATA_DIR"] = str(folder)
    try:
        yield
    finally:
        if lama is None:
            del os.environ["IKI_DESKTOP_DATA_DIR"]
        else:
            os.environ["IKI_DESKTOP_DATA_DIR"] = lama


def kunci_penyerang() -> KunciKantor:
    rahasia = Ed25519PrivateKey.generate()
    return KunciKantor(rahasia, _publik_dari(rahasia))


def segel_ulang(path: Path, kunci: KunciKantor | None = None, **manifest: str) -> None:
    """What an attacker does after editing a package: recompute the checksum and counts,
    change manifest fields, and sign again with their own key (or leave the old signature)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        baris = baca_baris(conn)
        isi = dict(conn.execute("SELECT kunci, nilai FROM paket_manifest").fetchall())
        isi["checksum"] = checksum(baris)
        isi["jumlah"] = json.dumps({t: len(v) for t, v in baris.items()}, sort_keys=True)
        isi.update(manifest)
        if kunci is not None:
            isi["kunci_publik"] = kunci.publik
            isi["tanda_tangan"] = kunci.tandatangani(pesan_manifest(isi))
        conn.execute("DELETE FROM paket_manifest")
        conn.executemany("INSERT INTO paket_manifest VALUES (?, ?)", list(isi.items()))
    finally:
        conn.close()


def tanpa_pemicu(conn: sqlite3.Connection) -> None:
    """Drop every lock trigger, as someone with the sqlite3 shell would."""
    for (nama,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {nama}")


@contextmanager
def bedah_paket(path: Path) -> Iterator[sqlite3.Connection]:
    """Edit a package like a careful forger: drop the lock triggers, edit, and put the
    very same triggers back so that the schema still looks like ours."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        pemicu = conn.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger'").fetchall()
        tanpa_pemicu(conn)
        yield conn
        for (sql,) in pemicu:
            conn.execute(sql)
    finally:
        conn.close()


def ubah_snapshot(conn: sqlite3.Connection, dokumen_id: str, teks: str, kode_tetap: bool) -> str:
    """Edit the first IKU indikator in the frozen snapshot, re-hash; keep or renew the code.
    Returns the new content hash."""
    snapshot, kode = conn.execute(
        "SELECT snapshot, kode FROM penetapan WHERE dokumen_id = ?", (dokumen_id,)
    ).fetchone()
    instansi, dok = paket_dari_dict(json.loads(snapshot))
    indikator_pertama(dok).teks = teks
    baru = hash_konten(instansi, dok)
    kode_baru = kode if kode_tetap else kode_dokumen(baru)
    conn.execute(
        "UPDATE penetapan SET snapshot = ?, content_hash = ?, kode = ? WHERE dokumen_id = ?",
        (json.dumps(paket_ke_dict(instansi, dok), ensure_ascii=False), baru, kode_baru,
         dokumen_id),
    )  # fmt: skip
    return baru


def indikator_pertama(dok: Dokumen) -> Indikator:
    """The first indikator in print order (same id in the snapshot and in the rows)."""
    sasaran = [*dok.iku, *(s for j in dok.jabatan_urut() for s in j.sasaran)]
    return next(i for s in sasaran for i in s.indikator)


def ubah_baris(conn: sqlite3.Connection, dokumen_id: str, teks: str) -> None:
    """Edit the first indikator row of a Dokumen in print order (snapshot untouched)."""
    (snapshot,) = conn.execute(
        "SELECT snapshot FROM penetapan WHERE dokumen_id = ?", (dokumen_id,)
    ).fetchone()
    _, dok = paket_dari_dict(json.loads(snapshot))
    conn.execute("UPDATE indikator SET teks = ? WHERE id = ?", (teks, indikator_pertama(dok).id))


def teks_indikator_pertama(store: Store, dokumen_id: str) -> str:
    return indikator_pertama(store.load_dokumen(dokumen_id)).teks
