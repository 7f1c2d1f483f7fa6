"""Manifest attacks: refused before anything shows them, database byte-identical, and
what a genuine package shows is printed safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, teks_pratinjau, terapkan_paket
from iki_desktop.store.transfer.tanda_tangan import teks_aman
from tests.conftest import file_hash
from tests.kepercayaan.bantu import kunci_penyerang, segel_ulang
from tests.transfer.bantu import kantor

SERANGAN = {
    "nama 3 MB": {"kantor_nama": "Wonoasih " * 350_000},
    "escape terminal": {"kantor_nama": "Wonoasih\x1b[2J\x1b[31mPALSU"},
    "pembalik arah": {"kantor_nama": "Wonoasih\u202etxt.exe"},
    "baris baru": {"instansi_nama": "Kecamatan Wonoasih\nDari: Kabupaten"},
    "isian asing": {"perintah": "rm -rf /"},
    "nol lebar": {"kantor_nama": "Wono\u200basih"},
    "id aneh": {"kantor_id": "../../etc/passwd"},
}


@pytest.fixture
def paket_asli(tmp_path: Path) -> Path:
    a, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    p = buat_paket(a, tmp_path / "asli.ikipaket").path
    a.close()
    return p


@pytest.mark.parametrize("nama", sorted(SERANGAN))
@pytest.mark.parametrize("ditandatangani_ulang", [False, True])
def test_manifest_attacks_are_refused_and_change_nothing(
    paket_asli: Path, tmp_path: Path, nama: str, ditandatangani_ulang: bool
) -> None:
    palsu = tmp_path / "palsu.ikipaket"
    palsu.write_bytes(paket_asli.read_bytes())
    segel_ulang(palsu, kunci_penyerang() if ditandatangani_ulang else None, **SERANGAN[nama])
    db = tmp_path / "b.sqlite"
    Store.create(db).close()
    sebelum = file_hash(db)
    with Store.open(db) as b, pytest.raises(IkiError) as err:
        terapkan_paket(b, baca_paket(palsu, b))
    pesan = str(err.value) + "\n".join(err.value.rincian or [])
    assert "ditolak" in pesan or "TIDAK SAH" in pesan
    assert "\x1b" not in pesan and "\u202e" not in pesan and len(pesan) < 2000
    assert file_hash(db) == sebelum


def test_names_the_sender_has_are_sent_clean_and_shown_safely(tmp_path: Path) -> None:
    a, inst, _ = kantor(tmp_path / "a.sqlite", "Wono\u202easih\x1b[31m" + "x" * 500)
    p = buat_paket(a, tmp_path / "p.ikipaket").path
    a.close()
    with Store.create(tmp_path / "b.sqlite") as b:
        pratinjau = baca_paket(p, b)
        assert len(pratinjau.manifest["kantor_nama"]) <= 200
        teks = teks_pratinjau(pratinjau)
        assert "\x1b" not in teks and "\u202e" not in teks
        terapkan_paket(b, pratinjau)
        # The receiving office can still send everything on.
        buat_paket(b, tmp_path / "terus.ikipaket")


def test_teks_aman() -> None:
    assert teks_aman("a\nb\x1b[2Jc\u202ed") == "a b[2Jcd"
    assert len(teks_aman("x" * 10_000)) == 200
