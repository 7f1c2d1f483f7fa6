"""Forgeries, each with the database hash before and after: none becomes enacted
content anywhere, the genuine code keeps verifying to the genuine text, and `verify`
exits non-zero on tampering at rest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.keaslian import periksa_keaslian
from iki_desktop.store.penetapan import buat_perubahan, muat_untuk_cetak
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.conftest import file_hash
from tests.kepercayaan.bantu import (
    bedah_paket,
    indikator_pertama,
    kunci_penyerang,
    sebagai,
    segel_ulang,
    tanpa_pemicu,
    teks_indikator_pertama,
    ubah_baris,
    ubah_snapshot,
)
from tests.transfer.bantu import kantor, tetapkan

PALSU = "Persentase yang dipalsukan"


@pytest.fixture
def asli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Wonoasih (its own key) enacts its Dokumen and sends the genuine package."""
    with sebagai(tmp_path / "data-wonoasih"):
        a, _, dok = kantor(tmp_path / "wonoasih.sqlite", "Wonoasih")
        kode = tetapkan(a, dok.id)
        teks = teks_indikator_pertama(a, dok.id)
        paket = buat_paket(a, tmp_path / "asli.ikipaket").path
        a.close()
    return tmp_path / "wonoasih.sqlite", dok.id, kode, teks, paket


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out + out.err


def _salin(paket: Path, ke: Path) -> Path:
    ke.write_bytes(paket.read_bytes())
    return ke


def _ditolak_tanpa_perubahan(db: Path, paket: Path, **opsi: object) -> str:
    sebelum = file_hash(db)
    with Store.open(db) as kab, pytest.raises(IkiError) as err:
        terapkan_paket(kab, baca_paket(paket, kab), **opsi)  # type: ignore[arg-type]
    assert file_hash(db) == sebelum
    return str(err.value)


def _kabupaten(tmp_path: Path) -> Path:
    path = tmp_path / "kabupaten.sqlite"
    with sebagai(tmp_path / "data-kabupaten"):
        Store.create(path).close()
    return path


def _genuine_arrives_and_verifies(kab: Path, asli: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    _, dok_id, kode, teks, paket = asli
    with sebagai(tmp_path / "data-kabupaten"), Store.open(kab) as store:
        terapkan_paket(store, baca_paket(paket, store))
        k = periksa_keaslian(store, kode)
        assert k is not None and k.utuh and k.tanda_sah
        assert teks_indikator_pertama(store, dok_id) == teks
        _, beku, _ = muat_untuk_cetak(store, dok_id)
        assert indikator_pertama(beku).teks == teks
        assert PALSU not in [r[0] for r in store.conn.execute("SELECT teks FROM indikator")]


# ------------------------------------------------------------------ packages


@pytest.mark.parametrize("kode_tetap", [True, False])
def test_snapshot_edited_rehashed_resealed_resigned(asli, tmp_path: Path, kode_tetap: bool) -> None:  # type: ignore[no-untyped-def]
    _, dok_id, _, _, paket = asli
    palsu = _salin(paket, tmp_path / "palsu.ikipaket")
    with bedah_paket(palsu) as conn:
        ubah_snapshot(conn, dok_id, PALSU, kode_tetap)
        ubah_baris(conn, dok_id, PALSU)
    kab = _kabupaten(tmp_path)
    # Re-sealed with the old signature: the signature no longer holds.
    segel_ulang(palsu)
    with sebagai(tmp_path / "data-kabupaten"):
        pesan = _ditolak_tanpa_perubahan(kab, palsu)
    assert "TIDAK SAH" in pesan or "ditolak" in pesan
    # Re-signed with the forger's own key, at a kabupaten that never saw Wonoasih (the
    # first contact): the enactment itself does not hold.
    segel_ulang(palsu, kunci_penyerang())
    with sebagai(tmp_path / "data-kabupaten"):
        pesan = _ditolak_tanpa_perubahan(kab, palsu)
    assert "PERINGATAN" in pesan and "ditolak" in pesan.lower()
    _genuine_arrives_and_verifies(kab, asli, tmp_path)


def test_rows_edited_snapshot_kept(asli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, dok_id, _, _, paket = asli
    palsu = _salin(paket, tmp_path / "palsu.ikipaket")
    with bedah_paket(palsu) as conn:
        ubah_baris(conn, dok_id, PALSU)
    kab = _kabupaten(tmp_path)
    for kunci in (None, kunci_penyerang()):
        segel_ulang(palsu, kunci)
        with sebagai(tmp_path / "data-kabupaten"):
            pesan = _ditolak_tanpa_perubahan(kab, palsu)
        assert "TIDAK SAH" in pesan or "PERINGATAN" in pesan
    _genuine_arrives_and_verifies(kab, asli, tmp_path)


def test_package_resigned_with_another_key_is_refused_where_the_office_is_known(
    asli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    _, _, _, _, paket = asli
    kab = _kabupaten(tmp_path)
    with sebagai(tmp_path / "data-kabupaten"), Store.open(kab) as store:
        p = baca_paket(paket, store)
        assert p.kepercayaan is not None and p.kepercayaan.status == "baru"
        terapkan_paket(store, p)
    lain = _salin(paket, tmp_path / "lain.ikipaket")
    segel_ulang(lain, kunci_penyerang())
    with sebagai(tmp_path / "data-kabupaten"):
        pesan = _ditolak_tanpa_perubahan(kab, lain)
        assert "BERBEDA" in pesan and "--terima-kunci-baru" in pesan
        sebelum = file_hash(kab)
        rc, out = _cli(capsys, "unpack", "--db", str(kab), str(lain))
    assert rc == 2 and "KUNCI KANTOR INI BERBEDA" in out and file_hash(kab) == sebelum


def test_revision_enacted_on_someone_elses_copy(asli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db_a, dok_id, kode, teks, paket = asli
    kab = _kabupaten(tmp_path)
    with sebagai(tmp_path / "data-kabupaten"), Store.open(kab) as store:
        terapkan_paket(store, baca_paket(paket, store))
    # Someone copies Wonoasih's file and, on their own PC, revises and enacts.
    salinan = tmp_path / "salinan.sqlite"
    salinan.write_bytes(db_a.read_bytes())
    with sebagai(tmp_path / "data-penyerang"), Store.open(salinan) as s:
        # Speak for a second instansi so that the package does not claim Wonoasih.
        s.conn.execute("DELETE FROM meta WHERE key = 'kantor_instansi_id'")
        baru = buat_perubahan(s, dok_id)
        ind = indikator_pertama(baru)
        ind.teks = PALSU
        s.update_indikator(ind)
        tetapkan(s, baru.id)
        p = buat_paket(s, tmp_path / "perubahan.ikipaket", [baru.id]).path
    # Claiming Wonoasih with another key: refused outright.
    with sebagai(tmp_path / "data-kabupaten"):
        assert "BERBEDA" in _ditolak_tanpa_perubahan(kab, p)
        # Claiming to be a new office: the Perubahan arrives only as a proposal.
        palsu = _salin(p, tmp_path / "kantor-baru.ikipaket")
        segel_ulang(palsu, None)
    conn = sqlite3.connect(palsu, isolation_level=None)
    (kunci_lama,) = conn.execute(
        "SELECT nilai FROM paket_manifest WHERE kunci = 'kunci_publik'"
    ).fetchone()
    conn.close()
    with sebagai(tmp_path / "data-penyerang"):
        from iki_desktop.store.kunci import kunci_kantor

        k = kunci_kantor()
        assert k.publik == kunci_lama
        segel_ulang(palsu, k, kantor_id="", kantor_nama="Kantor Baru")
    with sebagai(tmp_path / "data-kabupaten"), Store.open(kab) as store:
        pratinjau = baca_paket(palsu, store)
        assert pratinjau.kepercayaan is not None
        assert baru.id in pratinjau.kepercayaan.usulan
        hasil = terapkan_paket(store, pratinjau)
        assert "usulan" in hasil.pesan
        assert store.dokumen_status(dok_id).value == "ditetapkan"
        status = dict(store.conn.execute("SELECT id, status FROM dokumen").fetchall())
        assert baru.id not in status  # never stored as itself
        usulan = [d for d in store.list_dokumen() if d.id != dok_id]
        assert len(usulan) == 1 and usulan[0].status.value == "draf"
        assert "usulan dari" in usulan[0].judul
        k = periksa_keaslian(store, kode)
        assert k is not None and k.utuh and teks_indikator_pertama(store, dok_id) == teks
        assert k.hasil.terkini  # the proposal did not replace the version in force


# ------------------------------------------------------------------ at rest


def test_rows_edited_at_rest_after_dropping_triggers(
    asli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    db_a, dok_id, kode, _, _ = asli
    conn = sqlite3.connect(db_a, isolation_level=None)
    tanpa_pemicu(conn)
    ubah_baris(conn, dok_id, PALSU)
    conn.close()
    sebelum = file_hash(db_a)
    with sebagai(tmp_path / "data-wonoasih"):
        rc, out = _cli(capsys, "verify", "--db", str(db_a), kode)
        assert rc == 1
        assert "PERINGATAN" in out and "diubah di luar program" in out and PALSU in out
        assert "Pengaman basis data telah dilepas" in out
        rc, out = _cli(capsys, "print", "--db", str(db_a), "--out", str(tmp_path / "x.pdf"))
        assert rc == 2 and "tidak dicetak sebagai dokumen yang ditetapkan" in out
        assert not (tmp_path / "x.pdf").exists()
        rc, out = _cli(capsys, "export-xlsx", "--db", str(db_a), "--out", str(tmp_path / "x.xlsx"))
        assert rc == 2 and "tidak diekspor" in out and not (tmp_path / "x.xlsx").exists()
        with Store.open(db_a) as s, pytest.raises(IkiError, match="Paket tidak dibuat"):
            buat_paket(s, tmp_path / "teruskan.ikipaket")
    assert file_hash(db_a) == sebelum
    assert not (tmp_path / "teruskan.ikipaket").exists()


@pytest.mark.parametrize("kode_tetap", [True, False])
def test_snapshot_edited_at_rest(
    asli, tmp_path: Path, capsys: pytest.CaptureFixture[str], kode_tetap: bool
) -> None:  # type: ignore[no-untyped-def]
    db_a, dok_id, kode, _, _ = asli
    conn = sqlite3.connect(db_a, isolation_level=None)
    tanpa_pemicu(conn)
    ubah_snapshot(conn, dok_id, PALSU, kode_tetap)
    ubah_baris(conn, dok_id, PALSU)
    (kode_sekarang,) = conn.execute(
        "SELECT kode FROM penetapan WHERE dokumen_id = ?", (dok_id,)
    ).fetchone()
    conn.close()
    sebelum = file_hash(db_a)
    with sebagai(tmp_path / "data-wonoasih"):
        rc, out = _cli(capsys, "verify", "--db", str(db_a), kode_sekarang)
        assert rc == 1 and "PERINGATAN" in out
        rc, out = _cli(capsys, "print", "--db", str(db_a), "--out", str(tmp_path / "x.pdf"))
        assert rc == 2
    assert file_hash(db_a) == sebelum


def test_draft_turned_enacted_at_rest_never_gets_a_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kantor.sqlite"
    s, _, dok = kantor(db, "Wonoasih")
    s.close()
    conn = sqlite3.connect(db, isolation_level=None)
    tanpa_pemicu(conn)
    conn.execute("UPDATE dokumen SET status = 'ditetapkan'")
    conn.close()
    sebelum = file_hash(db)
    rc, out = _cli(capsys, "print", "--db", str(db), "--out", str(tmp_path / "x.pdf"))
    assert rc == 2 and "tanpa catatan penetapan" in out and not (tmp_path / "x.pdf").exists()
    rc, out = _cli(capsys, "riwayat", "--db", str(db), "--dokumen", dok.id)
    assert "kode IKI-" not in out
    with Store.open(db) as s2:
        assert s2.conn.execute("SELECT count(*) FROM penetapan").fetchone() == (0,)
    assert file_hash(db) == sebelum
