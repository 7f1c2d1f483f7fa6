"""USB package unpack: mutated `.ikipaket` files are merged cleanly or refused, db unchanged."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_fuzz import coba, dokumen_kecil, mutasi_byte, pengaturan, sha256  # noqa: E402

from iki_desktop.store import Store  # noqa: E402
from iki_desktop.store.kunci import KunciKantor, _publik_dari  # noqa: E402

transfer = pytest.importorskip("iki_desktop.store.transfer")


@pytest.fixture(scope="module")
def paket_valid(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("paket")
    with Store.create(folder / "pengirim.sqlite") as store:
        store.import_dokumen(*dokumen_kecil(3))
        hasil = transfer.buat_paket(store, folder / "kiriman")
    return Path(hasil.path).read_bytes()


_nilai_sql = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.binary(max_size=20),
    st.sampled_from(["[]", "{}", "draf", "ditetapkan", "x" * 100_000, '{"a":', "null"]),
)

_SQL_JAHAT = [
    "CREATE TRIGGER jahat AFTER INSERT ON meta BEGIN DELETE FROM meta; END",
    "CREATE VIEW lihat AS SELECT 1",
    "CREATE TABLE tambahan (x)",
    "CREATE INDEX idx_jahat ON jabatan(nama)",
    "PRAGMA user_version = 99",
    "PRAGMA application_id = 1",
    "PRAGMA journal_mode = WAL",
    "DROP TABLE indikator",
]


@st.composite
def mutasi_sql(draw: st.DrawFn, data: bytes, folder: Path) -> bytes:
    """Edit the package as a database: change, delete or duplicate rows; add schema objects."""
    path = folder / "mutasi.sqlite"
    path.write_bytes(data)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for _ in range(draw(st.integers(1, 3))):
            op = draw(st.sampled_from(["ubah", "ubah", "hapus", "ganda", "skema"]))
            try:
                tabel = [
                    r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")
                ]
                t = draw(st.sampled_from(tabel))
                kolom = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
                rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {t}")]
                if op == "ubah" and rowids and kolom:
                    k = draw(st.sampled_from(kolom))
                    conn.execute(
                        f"UPDATE {t} SET {k} = ? WHERE rowid = ?",
                        (draw(_nilai_sql), draw(st.sampled_from(rowids))),
                    )
                elif op == "hapus" and rowids:
                    conn.execute(
                        f"DELETE FROM {t} WHERE rowid = ?", (draw(st.sampled_from(rowids)),)
                    )
                elif op == "ganda" and rowids:
                    conn.execute(f"INSERT INTO {t} SELECT * FROM {t} WHERE rowid = ?", (rowids[0],))
                elif op == "skema":
                    conn.execute(draw(st.sampled_from(_SQL_JAHAT)))
            except sqlite3.DatabaseError:
                pass  # the package's own schema refused it, or a table was dropped: fine
        if draw(st.booleans()):
            _tanda_ulang(conn)
    finally:
        conn.close()
    return path.read_bytes()


def _tanda_ulang(conn: sqlite3.Connection) -> None:
    """Recompute the manifest's checksum and counts, as a deliberate forger would."""
    from iki_desktop.store.transfer.umum import TABEL_PAKET, checksum, kolom_tabel

    try:
        baris = {}
        for t in TABEL_PAKET:
            kolom = [k[0] for k in kolom_tabel(t)]
            cur = conn.execute(f"SELECT {', '.join(kolom)} FROM {t}")
            baris[t] = [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]
        jumlah = json.dumps({t: len(baris[t]) for t in TABEL_PAKET}, sort_keys=True)
        conn.execute(
            "UPDATE paket_manifest SET nilai = ? WHERE kunci = 'checksum'", (checksum(baris),)
        )
        conn.execute("UPDATE paket_manifest SET nilai = ? WHERE kunci = 'jumlah'", (jumlah,))
        # ... and signs the manifest again with a key of their own, so that the checks
        # behind the signature (enactments, trust, the merge) are fuzzed too.
        from iki_desktop.store.transfer.tanda_tangan import tandatangani_manifest

        manifest = {
            str(k): str(v) for k, v in conn.execute("SELECT kunci, nilai FROM paket_manifest")
        }
        conn.execute("DELETE FROM paket_manifest")
        conn.executemany(
            "INSERT INTO paket_manifest VALUES (?, ?)",
            list(tandatangani_manifest(manifest, _KUNCI_PEMALSU).items()),
        )
    except Exception:  # noqa: BLE001 - a table was dropped or damaged: leave it as it is
        pass


def _kunci_pemalsu() -> KunciKantor:
    rahasia = Ed25519PrivateKey.generate()
    return KunciKantor(rahasia, _publik_dari(rahasia))


_KUNCI_PEMALSU = _kunci_pemalsu()


def _terima(data: bytes, db: Path, tmp_path: Path, pilihan: str) -> None:
    paket = tmp_path / "terima.ikipaket"
    paket.write_bytes(data)
    sebelum = sha256(db)
    store = Store.open(db)
    err = None
    try:
        pratinjau, err = coba(transfer.baca_paket, paket, store)
        if pratinjau is not None:
            hasil, err = coba(transfer.terapkan_paket, store, pratinjau, pilihan)
            if hasil is not None:
                for d in store.list_dokumen():
                    store.load_dokumen(d.id)
    finally:
        store.close()
    if err is not None:
        assert sha256(db) == sebelum, f"basis data berubah walau paket ditolak: {err}"


_pilihan = st.sampled_from(["kiriman", "milik-saya", "keduanya"])


@pengaturan()
@given(data=st.data(), pilihan=_pilihan)
def test_package_bytes(
    data: st.DataObject,
    pilihan: str,
    paket_valid: bytes,
    salin_db: Callable[[], Path],
    tmp_path: Path,
) -> None:
    _terima(data.draw(mutasi_byte(paket_valid)), salin_db(), tmp_path, pilihan)


@pengaturan()
@given(data=st.data(), pilihan=_pilihan)
def test_package_rows(
    data: st.DataObject,
    pilihan: str,
    paket_valid: bytes,
    salin_db: Callable[[], Path],
    tmp_path: Path,
) -> None:
    _terima(data.draw(mutasi_sql(paket_valid, tmp_path)), salin_db(), tmp_path, pilihan)
