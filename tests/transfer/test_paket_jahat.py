"""Hostile packages: each refused with a clear Indonesian IkiError, nothing changed locally,
and no SQL of theirs ever runs."""

from __future__ import annotations

import io
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.schema import SCHEMA_VERSION
from iki_desktop.store.transfer import baca_paket, buat_paket, terima
from tests.conftest import file_hash
from tests.transfer.bantu import dump, kantor, segel

ROOT = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def paket_sah(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sah")
    store, _, _ = kantor(folder / "a.sqlite", "Wonoasih")
    path = buat_paket(store, folder / "sah.ikipaket").path
    store.close()
    return path


@pytest.fixture
def lokal(tmp_path: Path):  # type: ignore[no-untyped-def]
    store, _, _ = kantor(tmp_path / "lokal.sqlite", "Kedopok")
    yield store
    store.close()


def salinan(paket_sah: Path, tmp_path: Path, nama: str = "jahat.ikipaket") -> Path:
    target = tmp_path / nama
    shutil.copy(paket_sah, target)
    return target


def ubah(path: Path, *sql: str, checks: bool = True, reseal: bool = True) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    if not checks:
        conn.execute("PRAGMA ignore_check_constraints = ON")
    for s in sql:
        conn.execute(s)
    conn.close()
    if reseal:
        segel(path)
    return path


def ditolak(path: Path, store: Store, cocok: str) -> IkiError:
    sebelum = dump(store)
    with pytest.raises(IkiError, match=cocok) as err:
        baca_paket(path, store)
    assert dump(store) == sebelum
    assert "Tidak ada yang diubah" in str(err.value) or "tidak ditemukan" in str(err.value)
    return err.value


def test_valid_package_is_accepted(paket_sah: Path, lokal: Store) -> None:
    assert baca_paket(paket_sah, lokal).ringkasan["indikator"].baru == 133


def test_truncated(paket_sah: Path, lokal: Store, tmp_path: Path) -> None:
    p = tmp_path / "potong.ikipaket"
    data = paket_sah.read_bytes()
    for n in (50, 4096, len(data) // 2, len(data) - 1):
        p.write_bytes(data[:n])
        ditolak(p, lokal, "terpotong|rusak")


def test_random_bytes_empty_xlsx_pdf(lokal: Store, tmp_path: Path) -> None:
    p = tmp_path / "x.ikipaket"
    p.write_bytes(bytes(range(256)) * 40)
    ditolak(p, lokal, "bukan paket IKI Desktop")
    p.write_bytes(b"")
    ditolak(p, lokal, "kosong")
    buf = io.BytesIO()
    wb = openpyxl.Workbook()
    wb.active["A1"] = "IKI"
    wb.save(buf)
    p.write_bytes(buf.getvalue())
    ditolak(p, lokal, "Excel")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(100, 700, "Keputusan Camat")
    c.save()
    p.write_bytes(buf.getvalue())
    ditolak(p, lokal, "PDF")


def test_wal_mode_database_without_its_wal(paket_sah: Path, lokal: Store, tmp_path: Path) -> None:
    kerja = salinan(paket_sah, tmp_path, "kerja.sqlite")
    conn = sqlite3.connect(kerja, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE paket_manifest SET nilai = 'x' WHERE kunci = 'paket_id'")
    p = tmp_path / "wal.ikipaket"
    shutil.copy(kerja, p)  # the -wal stays behind, as on a stick pulled too early
    conn.close()
    assert not (tmp_path / "wal.ikipaket-wal").exists()
    ditolak(p, lokal, "belum ditutup dengan benar")


def test_foreign_sqlite_and_newer_schema(paket_sah: Path, lokal: Store, tmp_path: Path) -> None:
    lain = tmp_path / "lain.ikipaket"
    conn = sqlite3.connect(lain)
    conn.execute("CREATE TABLE catatan (x)")
    conn.commit()
    conn.close()
    ditolak(lain, lokal, "program lain")
    baru = salinan(paket_sah, tmp_path)
    ubah(baru, f"PRAGMA user_version = {SCHEMA_VERSION + 1}", reseal=False)
    ditolak(baru, lokal, "lebih baru")


def test_size_limit(paket_sah: Path, lokal: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terima, "MAKS_UKURAN_PAKET", 64 * 1024)
    ditolak(paket_sah, lokal, "terlalu besar")


def test_missing_file_and_folder(lokal: Store, tmp_path: Path) -> None:
    ditolak(tmp_path / "tidak-ada.ikipaket", lokal, "tidak ditemukan")
    with pytest.raises(IkiError, match="folder"):
        baca_paket(tmp_path, lokal)


PLANTED = {
    "trigger": "CREATE TRIGGER jahat AFTER INSERT ON instansi BEGIN SELECT tanda(); END",
    "view": "CREATE VIEW jahat AS SELECT tanda() AS x",
    "view-mirip": "CREATE VIEW dokumen_terbaru AS SELECT tanda(), * FROM dokumen",
    "table": "CREATE TABLE jahat (x)",
    "index": "CREATE INDEX jahat ON jabatan(tanda(nama))",
}


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_planted_schema_objects_refused_and_never_run(
    paket_sah: Path, lokal: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    p = salinan(paket_sah, tmp_path)
    conn = sqlite3.connect(p, isolation_level=None)
    conn.create_function("tanda", -1, lambda *a: 1, deterministic=True)
    conn.execute(PLANTED[kind])
    conn.close()
    segel(p)
    marker = tmp_path / "tanda-dijalankan"
    statements: list[str] = []
    connect = sqlite3.connect

    def connect_and_watch(*args, **kwargs):  # type: ignore[no-untyped-def]
        c = connect(*args, **kwargs)

        def tanda(*_a: object) -> int:
            marker.write_text("SQL milik paket dijalankan")
            return 1

        # Offer the planted SQL everything it wants: a function that leaves a trace,
        # and record every statement (triggers report themselves as "-- TRIGGER").
        c.create_function("tanda", -1, tanda, deterministic=True)
        c.set_trace_callback(statements.append)
        return c

    monkeypatch.setattr(terima.sqlite3, "connect", connect_and_watch)
    # An index calling a function is refused by SQLite itself while the schema is read
    # (trusted_schema=OFF: "unsafe use"); everything else by our schema comparison.
    err = ditolak(p, lokal, "rusak" if kind == "index" else "tidak dibuat oleh IKI Desktop")
    assert "jahat" in str(err) or "dokumen_terbaru" in str(err)
    assert not marker.exists()
    assert statements and not any("jahat" in s or "tanda" in s for s in statements)
    assert not any(s.startswith("SELECT") and "FROM" in s and "dokumen_terbaru" in s
                   for s in statements)  # fmt: skip


def test_altered_trigger_of_ours_is_refused(paket_sah: Path, lokal: Store, tmp_path: Path) -> None:
    p = ubah(
        salinan(paket_sah, tmp_path),
        "DROP TRIGGER penetapan_tetap_update",
        "CREATE TRIGGER penetapan_tetap_update BEFORE UPDATE ON penetapan BEGIN SELECT 1; END",
    )
    ditolak(p, lokal, "tidak dibuat oleh IKI Desktop")


ROW_VIOLATIONS: dict[str, tuple[list[str], str]] = {
    "enum": (["UPDATE jabatan SET jenis = 'raja' WHERE rowid = 1"], "melanggar aturan"),
    "fk": (["UPDATE indikator SET sasaran_id = 'tidak-ada' WHERE rowid = 1"], "melanggar aturan"),
    "json": (["UPDATE jabatan SET fungsi = '[rusak' WHERE rowid = 2"], "melanggar aturan"),
    "json-bentuk": (["UPDATE dokumen SET keputusan = '[1, 2]'"], "melanggar aturan"),
    "jenis": (["UPDATE jabatan SET urutan = 'pertama' WHERE rowid = 1"], "melanggar aturan"),
    "id": (["UPDATE riwayat_edit SET id = '../../windows/system32'"], "melanggar aturan"),
    "duplikat": (
        [
            "INSERT INTO indikator (id, dokumen_id, sasaran_id, urutan, teks, updated_at) "
            "SELECT (SELECT id FROM jabatan LIMIT 1), dokumen_id, id, 99, 'dobel', updated_at "
            "FROM sasaran LIMIT 1"
        ],
        "melanggar aturan",
    ),
    "lingkaran": (
        [
            "UPDATE jabatan SET parent_id = (SELECT id FROM jabatan WHERE rowid = 2) WHERE rowid = 1",
            "UPDATE jabatan SET parent_id = (SELECT id FROM jabatan WHERE rowid = 1) WHERE rowid = 2",
        ],
        "melanggar aturan",
    ),
    "checksum": (["UPDATE sasaran SET teks = 'diam-diam diubah' WHERE rowid = 1"], "checksum"),
}


@pytest.mark.parametrize("kind", sorted(ROW_VIOLATIONS))
def test_rows_violating_our_rules(paket_sah: Path, lokal: Store, tmp_path: Path, kind: str) -> None:
    sql, cocok = ROW_VIOLATIONS[kind]
    p = ubah(salinan(paket_sah, tmp_path), *sql, checks=False, reseal=kind != "checksum")
    ditolak(p, lokal, cocok)


# ------------------------------------------------------------------ fuzz

Mutasi = Callable[[bytearray], bytearray]


@st.composite
def mutasi(draw: st.DrawFn) -> list[tuple[str, int, int]]:
    n = draw(st.integers(min_value=1, max_value=8))
    return [
        (
            draw(st.sampled_from(["set", "potong", "hapus"])),
            draw(st.integers(min_value=0, max_value=400_000)),
            draw(st.integers(min_value=0, max_value=255)),
        )
        for _ in range(n)
    ]


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=mutasi())
def test_fuzz_mutated_packages_only_ikierror(
    paket_sah: Path, lokal: Store, tmp_path: Path, ops: list[tuple[str, int, int]]
) -> None:
    data = bytearray(paket_sah.read_bytes())
    for op, pos, val in ops:
        if not data:
            break
        pos %= len(data)
        if op == "set":
            data[pos] = val
        elif op == "potong":
            data = data[:pos]
        else:
            del data[pos : pos + val]
    p = tmp_path / "fuzz.ikipaket"
    p.write_bytes(bytes(data))
    sebelum = dump(lokal)
    try:
        baca_paket(p, lokal)
    except IkiError as exc:
        assert str(exc)
    assert dump(lokal) == sebelum


def test_local_file_hash_unchanged_after_refusals(paket_sah: Path, tmp_path: Path) -> None:
    store, _, _ = kantor(tmp_path / "lokal.sqlite", "Kedopok")
    store.close()
    h = file_hash(tmp_path / "lokal.sqlite")
    p = tmp_path / "x.ikipaket"
    p.write_bytes(paket_sah.read_bytes()[:5000])
    with Store.open(tmp_path / "lokal.sqlite") as s, pytest.raises(IkiError):
        baca_paket(p, s)
    assert file_hash(tmp_path / "lokal.sqlite") == h
