"""Helpers for the transfer tests: offices with their own data, row dumps, enactment."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from iki_desktop.domain.model import Dokumen, Instansi, JenisDaerah, Sasaran
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.store.transfer.umum import TABEL_PAKET, checksum, nama_kolom
from tests.conftest import file_hash

SEMUA_TABEL = ("meta", *TABEL_PAKET)


def kantor(path: Path, nama: str, tahun: int = 2026) -> tuple[Store, Instansi, Dokumen]:
    """A database of one office holding a Wonoasih-sized Dokumen with fresh ids."""
    _, contoh = load_contoh()
    instansi = Instansi(nama=nama, jenis_daerah=JenisDaerah.KOTA, nama_daerah="Probolinggo")
    dok = salin_dokumen(contoh, tahun, instansi_id=instansi.id)
    store = Store.create(path)
    store.import_dokumen(instansi, dok)
    return store, instansi, dok


def dump(store_or_path: Store | Path) -> str:
    """Every row of every table, canonical: equal dumps mean equal content."""
    if isinstance(store_or_path, Store):
        conn = store_or_path.conn
        tutup = False
    else:
        conn = sqlite3.connect(f"{Path(store_or_path).resolve().as_uri()}?mode=ro", uri=True)
        tutup = True
    try:
        out: dict[str, Any] = {}
        for tabel in SEMUA_TABEL:
            out[tabel] = sorted(
                json.dumps([repr(v) for v in r], ensure_ascii=False)
                for r in conn.execute(f"SELECT * FROM {tabel}")
            )
        return hashlib.sha256(json.dumps(out).encode()).hexdigest()
    finally:
        if tutup:
            conn.close()


def tetapkan(store: Store, dokumen_id: str) -> str:
    """Enact a Dokumen through the penetapan service (snapshot, code, office signature);
    returns its code."""
    import datetime as dt

    from iki_desktop.store.penetapan import tetapkan as tetapkan_sungguh

    dok = store.load_dokumen(dokumen_id)
    if not dok.keputusan.nomor or dok.keputusan.tanggal is None:
        dok.keputusan.nomor = dok.keputusan.nomor or "800/17/426.101/2026"
        dok.keputusan.tanggal = dok.keputusan.tanggal or dt.date(2026, 1, 7)
        store.update_keputusan(dokumen_id, dok.keputusan)
    return tetapkan_sungguh(store, dokumen_id, oleh="Camat").kode


def baca_baris(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of a package's tables, as the checksum sees them."""
    out = {}
    for tabel in TABEL_PAKET:
        kolom = nama_kolom(tabel)
        out[tabel] = [
            dict(zip(kolom, r, strict=True))
            for r in conn.execute(f"SELECT {', '.join(kolom)} FROM {tabel}")
        ]
    return out


def segel(path: Path) -> None:
    """Recompute the manifest checksum after a test edited a package's rows on purpose,
    so that the row validation (not the checksum) is what refuses it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        baris = baca_baris(conn)
        conn.execute(
            "UPDATE paket_manifest SET nilai = ? WHERE kunci = 'checksum'", (checksum(baris),)
        )
        conn.execute(
            "UPDATE paket_manifest SET nilai = ? WHERE kunci = 'jumlah'",
            (json.dumps({t: len(v) for t, v in baris.items()}, sort_keys=True),),
        )
    finally:
        conn.close()


def file_hash_tertutup(store: Store) -> str:
    """sha256 of the database file after closing the store (WAL folded back)."""
    store.close()
    return file_hash(store.path)


def sasaran_ke(dok: Dokumen, n: int = 0) -> Sasaran:
    """The n-th sasaran of a Dokumen in tree order (IKU first)."""
    semua = list(dok.iku) + [s for j in dok.jabatan_urut() for s in j.sasaran]
    return semua[n]
