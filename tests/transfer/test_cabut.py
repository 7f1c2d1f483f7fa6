"""Pulled stick: however the send is interrupted, no file with the final name is left half
written (it is absent, or complete and valid) and the local database is unchanged."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import namedtuple
from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, paket
from tests.transfer.bantu import dump, kantor


@pytest.fixture
def kantor_a(tmp_path: Path):  # type: ignore[no-untyped-def]
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    yield store
    store.close()


def langkah_semua(store: Store, folder: Path) -> list[str]:
    seen: list[str] = []
    asli = paket._titik
    paket._titik = seen.append  # type: ignore[assignment]
    try:
        buat_paket(store, folder / "rekam.ikipaket")
    finally:
        paket._titik = asli  # type: ignore[assignment]
    (folder / "rekam.ikipaket").unlink()
    return seen


def assert_utuh_atau_tidak_ada(target: Path, checksum_lama: str | None = None) -> None:
    if target.exists():
        isi = baca_paket(target)  # raises if it is not a complete, valid package
        if checksum_lama is not None:
            assert isi.manifest["checksum"] == checksum_lama


def sisa_sementara(folder: Path) -> list[str]:
    return [
        p.name for p in folder.iterdir() if "sementara" in p.name or p.name.endswith("-journal")
    ]


@pytest.mark.parametrize("ada_paket_lama", [False, True])
def test_failure_at_every_step(
    kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ada_paket_lama: bool
) -> None:
    stik = tmp_path / "stik"
    stik.mkdir()
    target = stik / "kirim.ikipaket"
    steps = langkah_semua(kantor_a, stik)
    assert {"skema", "commit", "fsync", "ganti-nama", "verifikasi"} <= set(steps)
    lama = buat_paket(kantor_a, target).checksum if ada_paket_lama else None
    sebelum = dump(kantor_a)
    for step in steps:

        def gagal(nama: str, step: str = step) -> None:
            if nama == step:
                raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(paket, "_titik", gagal)
        with pytest.raises(IkiError, match="tidak tersimpan"):
            buat_paket(kantor_a, target)
        assert dump(kantor_a) == sebelum
        assert sisa_sementara(stik) == []
        if step in ("fsync-folder", "verifikasi"):  # after the rename: removed again
            assert not target.exists()
            if ada_paket_lama:
                lama = None
        else:
            assert target.exists() == (lama is not None)
        assert_utuh_atau_tidak_ada(target, lama)


@pytest.mark.parametrize("fungsi", ["fsync", "replace"])
def test_os_level_failures(
    kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fungsi: str
) -> None:
    target = tmp_path / "kirim.ikipaket"
    sebelum = dump(kantor_a)
    asli = getattr(os, fungsi)
    for k in range(1, 4):
        calls = {"n": 0}

        def rusak(*args, k=k, calls=calls):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            if calls["n"] == k:
                raise OSError(errno.EIO, "Input/output error")
            return asli(*args)

        monkeypatch.setattr(os, fungsi, rusak)
        try:
            buat_paket(kantor_a, target)
        except IkiError as exc:
            assert "tidak tersimpan" in str(exc)
        monkeypatch.setattr(os, fungsi, asli)
        assert_utuh_atau_tidak_ada(target)
        assert sisa_sementara(tmp_path) == []
        assert dump(kantor_a) == sebelum


SKRIP = """
import sys
from pathlib import Path
from iki_desktop.store import Store
from iki_desktop.store.transfer import buat_paket
store = Store.open(sys.argv[1])
print("siap", flush=True)
while True:
    buat_paket(store, Path(sys.argv[2]))
"""


def test_writer_killed_at_random_moments(tmp_path: Path) -> None:
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    store.close()
    sebelum = dump(tmp_path / "a.sqlite")
    stik = tmp_path / "stik"
    stik.mkdir()
    target = stik / "kirim.ikipaket"
    rng = random.Random(20260107)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", SKRIP, str(tmp_path / "a.sqlite"), str(target)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"siap"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert_utuh_atau_tidak_ada(target)
        # A killed writer may leave a temp name behind; it never has the final name.
        for p in stik.iterdir():
            assert p == target or "sementara" in p.name or p.name.endswith("-journal")
    assert dump(tmp_path / "a.sqlite") == sebelum


def test_short_space_is_refused_before_writing(
    kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Usage = namedtuple("Usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(10**6, 10**6 - 1000, 1000))
    with pytest.raises(IkiError, match="Ruang kosong .* tidak cukup"):
        buat_paket(kantor_a, tmp_path / "kirim.ikipaket")
    assert list(tmp_path.glob("*.ikipaket")) == []


def test_disk_full_while_writing(
    kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def penuh(nama: str) -> None:
        if nama == "isi:indikator":
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paket, "_titik", penuh)
    sebelum = dump(kantor_a)
    with pytest.raises(IkiError, match="flashdisk penuh"):
        buat_paket(kantor_a, tmp_path / "kirim.ikipaket")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite", "a.sqlite-shm",
                                                          "a.sqlite-wal"]  # fmt: skip
    assert dump(kantor_a) == sebelum


def test_really_full_filesystem(
    kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real 160 KB filesystem (tmpfs; needs root, skipped elsewhere) and a lying free-space
    report, so that SQLite itself runs into ENOSPC."""
    mnt = tmp_path / "kecil"
    mnt.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mnt)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        Usage = namedtuple("Usage", "total used free")
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: Usage(10**9, 0, 10**9))
        sebelum = dump(kantor_a)
        with pytest.raises(IkiError, match="penuh|tidak tersimpan"):
            buat_paket(kantor_a, mnt / "kirim.ikipaket")
        assert list(mnt.iterdir()) == []
        assert dump(kantor_a) == sebelum
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_read_only_target(kantor_a: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stik = tmp_path / "stik"
    stik.mkdir()
    stik.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: simulate the locked stick
        asli = paket._tulis

        def terkunci(tmp: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise OSError(errno.EROFS, "Read-only file system", str(tmp))

        monkeypatch.setattr(paket, "_tulis", terkunci)
        assert asli is not None
    sebelum = dump(kantor_a)
    try:
        with pytest.raises(IkiError, match="tidak dapat ditulisi|hanya-baca|tidak tersimpan"):
            buat_paket(kantor_a, stik / "kirim.ikipaket")
    finally:
        stik.chmod(0o755)
    assert list(stik.iterdir()) == []
    assert dump(kantor_a) == sebelum


def test_missing_folder(kantor_a: Store, tmp_path: Path) -> None:
    with pytest.raises(IkiError, match="tidak ada"):
        buat_paket(kantor_a, tmp_path / "tercabut" / "kirim.ikipaket")
