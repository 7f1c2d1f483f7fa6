"""Stick hygiene: a send killed mid-write leaves `.<name>.<id>.sementara` behind; the
next send to that folder removes our stale temp files and never anything else."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, paket
from tests.transfer.bantu import kantor

LAMA = time.time() - 2 * paket.BASI_DETIK


@pytest.fixture
def kantor_a(tmp_path: Path):  # type: ignore[no-untyped-def]
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    yield store
    store.close()


def berkas(folder: Path, nama: str, waktu: float | None = LAMA, isi: bytes = b"x") -> Path:
    path = folder / nama
    path.write_bytes(isi)
    if waktu is not None:
        os.utime(path, (waktu, waktu))
    return path


def test_next_send_removes_only_our_stale_temp_files(kantor_a: Store, tmp_path: Path) -> None:
    stik = tmp_path / "stik"
    stik.mkdir()
    basi = [
        berkas(stik, ".kirim.0a1b2c3d.sementara"),
        berkas(stik, ".kirim.0a1b2c3d.sementara-journal"),
        berkas(stik, ".paket lain.v2.ffffffff.sementara"),  # other name, same folder
    ]
    tetap = [
        berkas(stik, ".kirim.12345678.sementara", waktu=None),  # fresh: a send may be running
        berkas(stik, ".kirim.0A1B2C3D.sementara"),  # not our id form (uppercase)
        berkas(stik, ".kirim.0a1b2c3.sementara"),  # 7 hex digits
        berkas(stik, "kirim.0a1b2c3d.sementara"),  # not hidden
        berkas(stik, ".kirim.0a1b2c3d.sementara.bak"),
        berkas(stik, ".kirim.0a1b2c3d.sementara-wal"),
        berkas(stik, "laporan.docx"),
        berkas(stik, ".kirim.ikipaket.sementara"),  # the temp of a backup copy, not ours here
    ]
    folder_mirip = stik / ".folder.0a1b2c3d.sementara"
    folder_mirip.mkdir()
    os.utime(folder_mirip, (LAMA, LAMA))
    tautan = stik / ".tautan.0a1b2c3d.sementara"
    tautan.symlink_to(tetap[-2])

    hasil = buat_paket(kantor_a, stik / "kirim.ikipaket")

    assert baca_paket(hasil.path).manifest["checksum"] == hasil.checksum
    assert not any(p.exists() for p in basi)
    assert all(p.exists() for p in tetap)
    assert folder_mirip.is_dir() and tautan.is_symlink()
    sisa = {p.name for p in stik.iterdir()}
    assert sisa == {p.name for p in tetap} | {"kirim.ikipaket", folder_mirip.name, tautan.name}


def test_cleanup_threshold_and_unreadable_folder(tmp_path: Path) -> None:
    baru = berkas(tmp_path, ".x.deadbeef.sementara", waktu=time.time() - 60)
    lama = berkas(tmp_path, ".x.cafebabe.sementara")
    assert paket.bersihkan_sementara(tmp_path) == [lama]
    assert baru.exists()
    assert paket.bersihkan_sementara(tmp_path, umur_detik=0) == [baru]
    assert paket.bersihkan_sementara(tmp_path / "tidak-ada") == []
