"""The kabupaten receives a stick full of packages: several at once, one backup, bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.store import Store
from iki_desktop.store.connection import backup_dir
from iki_desktop.store.transfer import buat_paket, daftar_cadangan, pulihkan
from iki_desktop.store.transfer.banyak import StatusPaket, kumpulkan_paket, terima_banyak
from tests.transfer.bantu import dump, kantor

KANTOR = ("Wonoasih", "Kademangan", "Kanigaran")


@pytest.fixture(scope="module")
def stik(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with one package per office (made once: each is a Wonoasih-sized office)."""
    folder = tmp_path_factory.mktemp("stik")
    for nama in KANTOR:
        store, _, _ = kantor(folder / f"{nama}.sqlite", nama)
        buat_paket(store, folder / f"{nama}.ikipaket")
        store.close()
        for p in folder.glob(f"{nama}.sqlite*"):
            p.unlink()
    return folder


def kabupaten(tmp_path: Path) -> Path:
    db = tmp_path / "kabupaten.sqlite"
    Store.create(db).close()
    return db


def test_unpack_a_folder_merges_every_package_with_one_backup(
    tmp_path: Path, stik: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kabupaten(tmp_path)
    sebelum = dump(db)
    assert main(["unpack", "--db", str(db), str(stik)]) == 0
    out = capsys.readouterr().out
    for nama in KANTOR:
        assert f"{nama}.ikipaket" in out and nama in out
    assert "Jumlah: 3 paket — 3 diterima" in out
    with Store.open(db) as store:
        assert sorted(i.nama for i in store.list_instansi()) == sorted(KANTOR)
    cadangan = daftar_cadangan("kabupaten")
    assert len(cadangan) == 1  # one session, one backup: the state before all three
    assert dump(cadangan[0].path) == sebelum


def test_unpack_several_files_skips_a_bad_one_and_reports_it(
    tmp_path: Path, stik: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kabupaten(tmp_path)
    rusak = tmp_path / "rusak.ikipaket"
    rusak.write_bytes(b"bukan paket")
    args = [str(stik / "Wonoasih.ikipaket"), str(rusak), str(stik / "Kademangan.ikipaket")]
    assert main(["unpack", "--db", str(db), *args]) == 2
    out = capsys.readouterr().out
    assert "rusak.ikipaket: " in out and "bukan paket IKI Desktop" in out
    assert "2 diterima" in out and "1 ditolak" in out
    with Store.open(db) as store:
        assert sorted(i.nama for i in store.list_instansi()) == ["Kademangan", "Wonoasih"]


def test_receiving_the_same_packages_again_changes_nothing_and_adds_no_backup(
    tmp_path: Path, stik: Path
) -> None:
    db = kabupaten(tmp_path)
    with Store.open(db) as store:
        paths = kumpulkan_paket([stik])
        hasil, _ = terima_banyak(store, paths)
        assert [h.status for h in hasil] == [StatusPaket.DITERIMA] * 3
        sebelum = dump(store)
        hasil, sesi = terima_banyak(store, paths)
        assert [h.status for h in hasil] == [StatusPaket.SAMA] * 3
        assert sesi.cadangan is None and dump(store) == sebelum
    assert len(daftar_cadangan("kabupaten")) == 1


def test_dry_run_of_a_folder_changes_nothing(
    tmp_path: Path, stik: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kabupaten(tmp_path)
    sebelum = dump(db)
    assert main(["unpack", "--db", str(db), "--dry-run", str(stik)]) == 0
    assert "uji coba" in capsys.readouterr().out
    assert dump(db) == sebelum and daftar_cadangan("kabupaten") == []


def test_backups_stay_within_three_times_the_database_and_the_last_state_restores(
    tmp_path: Path, stik: Path
) -> None:
    db = kabupaten(tmp_path)
    keadaan = []
    for p in kumpulkan_paket([stik]) * 2:  # six sessions, three of which change nothing
        keadaan.append(dump(db))
        with Store.open(db) as store:
            terima_banyak(store, [p])
    ukuran_db = sum(p.stat().st_size for p in tmp_path.glob("kabupaten.sqlite*"))
    cadangan = daftar_cadangan("kabupaten")
    total = sum(c.ukuran for c in cadangan)
    assert total <= 3 * ukuran_db
    assert len({dump(c.path) for c in cadangan}) == len(cadangan)  # no identical twins
    # The newest backup is the state before the last receive that changed something.
    pulihkan(cadangan[0].path, db)
    assert dump(db) == keadaan[2]
    assert all(p.name.endswith(".sqlite") for p in backup_dir().iterdir())


def test_single_package_usage_is_unchanged(
    tmp_path: Path, stik: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = kabupaten(tmp_path)
    assert main(["unpack", "--db", str(db), str(stik / "Wonoasih.ikipaket")]) == 0
    out = capsys.readouterr().out
    assert "Paket dari Kecamatan Wonoasih diterima" in out and "Jumlah:" not in out


@pytest.mark.gui
def test_dialog_receives_several_packages_with_one_backup(
    qtbot, tmp_path: Path, stik: Path
) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.ui.dialog.terima import DialogTerima

    db = kabupaten(tmp_path)
    sebelum = dump(db)
    rusak = tmp_path / "rusak.ikipaket"
    rusak.write_bytes(b"bukan paket")
    store = Store.open(db)
    dlg = DialogTerima(store, None)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.diterima, timeout=20000):
        dlg.buka_banyak([*kumpulkan_paket([stik]), rusak])
    assert "3 diterima" in dlg.pesan and "1 ditolak" in dlg.pesan and "rusak.ikipaket" in dlg.pesan
    assert sorted(i.nama for i in store.list_instansi()) == sorted(KANTOR)
    store.close()
    cadangan = daftar_cadangan("kabupaten")
    assert len(cadangan) == 1 and dump(cadangan[0].path) == sebelum
