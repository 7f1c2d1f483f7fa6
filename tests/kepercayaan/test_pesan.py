"""Each failure its own Indonesian message and exit code 2: read-only media, a damaged
file (pointing to the backups), a full disk, a write-protected stick; backup refuses a
damaged file; a bad row costs no backup; restore says what it replaces and needs --ya."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store, connection
from iki_desktop.store.connection import backup_dir
from iki_desktop.store.transfer import baca_paket, buat_paket, paket, terapkan_paket
from tests.conftest import file_hash
from tests.kepercayaan.bantu import bedah_paket, kunci_penyerang, segel_ulang
from tests.transfer.bantu import kantor, tetapkan


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out + out.err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    s, _, _ = kantor(tmp_path / "kantor.sqlite", "Wonoasih")
    s.close()
    return tmp_path / "kantor.sqlite"


def _rusakkan(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for awal in range(4096 * 4, len(data) - 4096, 4096 * 3):
        data[awal + 8 : awal + 300] = os.urandom(292)
    path.write_bytes(bytes(data))


def test_damaged_file_points_to_the_backups_and_is_not_backed_up(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rusakkan(db)
    sebelum = sorted(backup_dir().iterdir())
    for perintah in (["info"], ["backup"], ["backup", "--out", str(db.with_name("c.sqlite"))]):
        rc, out = _cli(capsys, *perintah, "--db", str(db))
        assert rc == 2, out
        assert "rusak" in out and "Cadangan" in out and "restore" in out
        assert "Traceback" not in out and "malformed" not in out
    assert sorted(backup_dir().iterdir()) == sebelum
    assert not db.with_name("c.sqlite").exists()


def test_read_only_media_is_not_called_damaged(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def hanya_baca(conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(connection, "_configure_working_file", hanya_baca)
    rc, out = _cli(capsys, "info", "--db", str(db))
    assert rc == 2 and "hanya dapat dibaca" in out and "rusak" not in out.replace("tidak rusak", "")


def test_disk_full_during_an_edit(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from iki_desktop.cli import penetapan

    def penuh(args: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(penetapan, "cmd_enact", penuh)
    rc, out = _cli(capsys, "enact", "--db", str(db))
    assert rc == 2 and "Ruang disk habis" in out and "Maaf" not in out


def test_write_protected_stick_is_not_called_pulled(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def tidak_bisa(tmp: Path, *args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(paket, "_tulis", tidak_bisa)
    monkeypatch.setattr("iki_desktop.store.pesan.folder_bisa_ditulis", lambda folder: False)
    with Store.open(db) as s, pytest.raises(IkiError) as err:
        buat_paket(s, tmp_path / "p.ikipaket")
    assert "dikunci" in str(err.value) and "tercabut" not in str(err.value)


def test_bad_row_is_refused_in_indonesian_before_any_backup(db: Path, tmp_path: Path) -> None:
    with Store.open(db) as s:
        p = buat_paket(s, tmp_path / "p.ikipaket").path
    with bedah_paket(p) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE dokumen SET tahun = 3000")
    segel_ulang(p, kunci_penyerang())
    tujuan = tmp_path / "b.sqlite"
    Store.create(tujuan).close()
    sebelum, cadangan = file_hash(tujuan), sorted(backup_dir().iterdir())
    with Store.open(tujuan) as b, pytest.raises(IkiError) as err:
        terapkan_paket(b, baca_paket(p, b))
    pesan = str(err.value)
    assert "ditolak" in pesan and "CHECK" not in pesan and "constraint" not in pesan
    assert file_hash(tujuan) == sebelum and sorted(backup_dir().iterdir()) == cadangan


def test_restore_says_what_it_replaces_and_needs_ya(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cadangan = tmp_path / "cadangan.sqlite"
    rc, out = _cli(capsys, "backup", "--db", str(db), "--out", str(cadangan))
    assert rc == 0 and "Kunci kantor ikut disimpan" in out
    with Store.open(db) as s:
        kode = tetapkan(s, s.list_dokumen()[0].id)
    sebelum = file_hash(db)
    rc, out = _cli(capsys, "restore", "--db", str(db), str(cadangan))
    assert rc == 2 and "--ya" in out and file_hash(db) == sebelum
    assert "KEMBALI TIDAK DITETAPKAN" in out and kode in out and "Indikator" in out
    rc, out = _cli(capsys, "restore", "--db", str(db), str(cadangan), "--ya")
    assert rc == 0 and "dipulihkan" in out and "Kunci kantor dari cadangan dipasang" in out
    with Store.open(db) as s:
        assert s.list_dokumen()[0].status.value == "draf"


def test_key_export_and_import_keeps_the_identity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.kepercayaan.bantu import sebagai

    with sebagai(tmp_path / "pc-lama"):
        rc, out = _cli(capsys, "key", "--ekspor", str(tmp_path / "kunci"))
        assert rc == 0
        _, out = _cli(capsys, "key", "--db", str(tmp_path / "tidak-ada.sqlite"))
        sidik = out.split(":", 1)[1].split("\n")[0].strip()
    with sebagai(tmp_path / "pc-baru"):
        rc, out = _cli(capsys, "key", "--impor", str(tmp_path / "kunci.ikikunci"))
        assert rc == 0 and sidik in out
        rc, out = _cli(capsys, "key", "--impor", str(tmp_path / "tidak-ada"))
        assert rc == 2 and "tidak dapat dibaca" in out


def test_older_enactments_can_be_signed_by_their_office(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(db) as s:
        dok_id = s.list_dokumen()[0].id
        tetapkan(s, dok_id)
        # as if enacted by a version without office keys
        s.conn.execute("DROP TRIGGER penetapan_tanda_tetap_delete")
        s.conn.execute("DELETE FROM penetapan_tanda")
        s.conn.execute(
            "CREATE TRIGGER penetapan_tanda_tetap_delete BEFORE DELETE ON penetapan_tanda\n"
            "BEGIN SELECT RAISE(ABORT, 'IKI_DOKUMEN_TERKUNCI'); END"
        )
        p = buat_paket(s, tmp_path / "lama.ikipaket").path
    with Store.create(tmp_path / "b.sqlite") as b:
        pratinjau = baca_paket(p, b)
        assert pratinjau.kepercayaan is not None and dok_id in pratinjau.kepercayaan.usulan
    rc, out = _cli(capsys, "key", "--db", str(db), "--tandatangani-lama")
    assert rc == 2 and "--ya" in out and "Perubahan" not in out
    rc, out = _cli(capsys, "key", "--db", str(db), "--tandatangani-lama", "--ya")
    assert rc == 0 and "1 penetapan ditandatangani" in out
    with Store.open(db) as s:
        p = buat_paket(s, tmp_path / "baru.ikipaket").path
    with Store.create(tmp_path / "c.sqlite") as c:
        terapkan_paket(c, baca_paket(p, c))
        assert c.dokumen_status(dok_id).value == "ditetapkan"
