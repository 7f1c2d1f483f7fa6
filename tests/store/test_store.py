"""Store behaviour a user notices: data survives reopen, enacted documents cannot change,
foreign and newer files are refused untouched, old files are upgraded with a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.domain.errors import DokumenTerkunci, IkiError
from iki_desktop.domain.formula import Formula
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    JenisDaerah,
    Keputusan,
    Sasaran,
    StatusDokumen,
)
from iki_desktop.domain.serialize import dokumen_ke_dict
from iki_desktop.store import SCHEMA_VERSION, Store
from iki_desktop.store.schema import APPLICATION_ID
from tests.conftest import file_hash

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def contoh_dokumen(status: StatusDokumen = StatusDokumen.DRAF) -> tuple[Instansi, Dokumen]:
    instansi = Instansi(nama="Wonoasih", jenis_daerah=JenisDaerah.KOTA, nama_daerah="Probolinggo")
    camat = Jabatan(nama="Camat")
    sekcam = Jabatan(nama="Sekretaris Kecamatan", parent_id=camat.id, tugas="Mengoordinasikan")
    sekcam.sasaran.append(
        Sasaran(
            teks="Meningkatnya kualitas administrasi",
            indikator=[
                Indikator(
                    teks="Persentase surat tepat waktu",
                    formula=Formula.pecahan("Surat tepat waktu", "Seluruh surat"),
                ),
                Indikator(teks="Jumlah laporan", sumber_data="Arsip"),
            ],
        )
    )
    dok = Dokumen(tahun=2026, status=status, keputusan=Keputusan(nomor="000.8/10/2026"))
    dok.jabatan = [camat, sekcam]
    dok.iku = [Sasaran(teks="Meningkatnya pelayanan publik", indikator=[Indikator(teks="IKM")])]
    return instansi, dok


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kantor.sqlite"


def test_new_file_is_marked_as_ours(db: Path) -> None:
    Store.create(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_whole_dokumen_survives_close_and_reopen(db: Path) -> None:
    instansi, dok = contoh_dokumen()
    with Store.create(db) as store:
        store.import_dokumen(instansi, dok)
    with Store.open(db) as store:
        again = store.load_dokumen(dok.id)
        assert dokumen_ke_dict(again) == dokumen_ke_dict(dok)
        assert store.get_instansi(instansi.id).nama_lengkap == "Kecamatan Wonoasih"


def test_edits_are_committed_at_once(db: Path) -> None:
    instansi, dok = contoh_dokumen()
    store = Store.create(db)
    store.import_dokumen(instansi, dok)
    sekcam = dok.jabatan[1]
    sasaran = sekcam.sasaran[0]
    store.add_indikator(sasaran.id, Indikator(teks="Indikator baru"), 0)
    store.update_sasaran(sasaran.id, "Sasaran diubah")
    # A second connection (another process after a power cut) sees the edits.
    other = sqlite3.connect(db)
    texts = {r[0] for r in other.execute("SELECT teks FROM indikator WHERE deleted = 0")}
    assert "Indikator baru" in texts
    assert (
        other.execute("SELECT teks FROM sasaran WHERE id = ?", (sasaran.id,)).fetchone()[0]
        == "Sasaran diubah"
    )
    other.close()
    store.close()


def test_order_moves_and_delete_restore(db: Path) -> None:
    instansi, dok = contoh_dokumen()
    with Store.create(db) as store:
        store.import_dokumen(instansi, dok)
        sasaran = dok.jabatan[1].sasaran[0]
        first, second = sasaran.indikator
        store.move_indikator(second.id, sasaran.id, 0)
        loaded = store.load_dokumen(dok.id).jabatan_by_id(dok.jabatan[1].id)
        assert loaded is not None
        assert [i.id for i in loaded.sasaran[0].indikator] == [second.id, first.id]

        token = store.delete_jabatan(dok.jabatan[0].id)  # Camat and Sekcam below it
        assert store.counts(dok.id) == {"jabatan": 0, "sasaran": 1, "indikator": 1}
        store.undelete(token)
        assert store.counts(dok.id) == {"jabatan": 2, "sasaran": 2, "indikator": 3}


def test_jabatan_cannot_move_under_itself(db: Path) -> None:
    instansi, dok = contoh_dokumen()
    with Store.create(db) as store:
        store.import_dokumen(instansi, dok)
        camat, sekcam = dok.jabatan
        with pytest.raises(IkiError, match="dirinya sendiri"):
            store.move_jabatan(camat.id, sekcam.id, 0)


def test_enacted_dokumen_cannot_change_through_the_store(db: Path) -> None:
    instansi, dok = contoh_dokumen(StatusDokumen.DITETAPKAN)
    with Store.create(db) as store:
        store.import_dokumen(instansi, dok)
    store = Store.open(db)
    audit_before = len(store.riwayat(dok.id))
    sekcam = dok.jabatan[1]
    sasaran = sekcam.sasaran[0]
    indikator = sasaran.indikator[0]
    attempts = [
        lambda: store.update_keputusan(dok.id, Keputusan(nomor="lain")),
        lambda: store.update_dokumen_header(dok),
        lambda: store.delete_dokumen(dok.id),
        lambda: store.add_jabatan(dok.id, Jabatan(nama="Baru")),
        lambda: store.update_jabatan(dok.id, sekcam),
        lambda: store.move_jabatan(sekcam.id, None, 0),
        lambda: store.delete_jabatan(sekcam.id),
        lambda: store.add_sasaran(dok.id, sekcam.id, Sasaran(teks="x"), 0),
        lambda: store.update_sasaran(sasaran.id, "x"),
        lambda: store.delete_sasaran(sasaran.id),
        lambda: store.add_indikator(sasaran.id, Indikator(teks="x"), 0),
        lambda: store.update_indikator(indikator),
        lambda: store.delete_indikator(indikator.id),
        lambda: store.import_dokumen(instansi, dok),
    ]
    for attempt in attempts:
        with pytest.raises(DokumenTerkunci):
            attempt()
    # Even raw SQL is stopped by the triggers in the file itself.
    for sql in (
        "UPDATE indikator SET teks = 'x'",
        "DELETE FROM sasaran",
        "UPDATE dokumen SET status = 'draf'",
        f"INSERT INTO jabatan (id, dokumen_id, jenis, updated_at) VALUES ('z', '{dok.id}', 'pelaksana', '')",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="IKI_DOKUMEN_TERKUNCI"):
            store.conn.execute(sql)
    # Refused edits leave no trace in the audit trail either.
    assert len(store.riwayat(dok.id)) == audit_before
    store.close()
    with Store.open(db) as store:
        assert dokumen_ke_dict(store.load_dokumen(dok.id)) == dokumen_ke_dict(dok)


def test_foreign_sqlite_file_is_refused_untouched(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE catatan (x)")
    conn.execute("INSERT INTO catatan VALUES (1)")
    conn.commit()
    conn.close()
    before = file_hash(db)
    with pytest.raises(IkiError, match="program lain"):
        Store.open(db)
    assert file_hash(db) == before
    assert not Path(str(db) + "-wal").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "kosong"),
        (b"PK\x03\x04 this is a zip", "bukan basis data"),
        (b"%PDF-1.7\n" * 20, "bukan basis data"),
    ],
)
def test_non_database_files_are_refused_untouched(db: Path, content: bytes, message: str) -> None:
    db.write_bytes(content)
    with pytest.raises(IkiError, match=message):
        Store.open(db)
    assert db.read_bytes() == content


def test_newer_schema_is_refused_untouched(db: Path) -> None:
    Store.create(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = file_hash(db)
    with pytest.raises(IkiError, match="lebih baru"):
        Store.open(db)
    assert file_hash(db) == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.sqlite"
    with pytest.raises(IkiError, match="tidak ditemukan"):
        Store.open(missing)
    assert not missing.exists()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_old_fixture_is_migrated_with_a_backup(
    tmp_path: Path, data_dir: Path, version: int
) -> None:
    copy = tmp_path / f"lama-v{version}.sqlite"
    shutil.copy(FIXTURES / f"schema-v{version}.sqlite", copy)
    with Store.open(copy) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        dok = store.load_dokumen("d-1")
        assert dok.keputusan.nomor == "000.8/10/2026"
        jabatan = dok.jabatan_by_id("j-1")
        assert jabatan is not None and jabatan.fungsi == ["penyusunan perencanaan"]
        ind = jabatan.sasaran[0].indikator[0]
        assert ind.formula.ada_pecahan and ind.sumber_data == "Register layanan"
        # The upgraded file accepts edits.
        store.update_sasaran(jabatan.sasaran[0].id, "Diubah setelah migrasi")
    backups = list(
        (data_dir / "cadangan").glob(f"lama-v{version}-*sebelum-migrasi-v{version}.sqlite")
    )
    if version < SCHEMA_VERSION:
        assert len(backups) == 1
        conn = sqlite3.connect(backups[0])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.close()
    # The committed fixture itself is never written.
    assert (FIXTURES / f"schema-v{version}.sqlite").stat().st_size > 0


def test_skeleton_has_the_tree_and_the_counts(db: Path) -> None:
    instansi, dok = contoh_dokumen()
    with Store.create(db) as store:
        store.import_dokumen(instansi, dok)
        kerangka, jumlah = store.load_kerangka(dok.id)
        assert [j.nama for j in kerangka.jabatan_urut()] == ["Camat", "Sekretaris Kecamatan"]
        assert all(not j.sasaran for j in kerangka.jabatan)
        assert jumlah == {dok.jabatan[1].id: (1, 2)}
