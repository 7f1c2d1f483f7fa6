"""Power cuts: SIGKILL a writer at random moments; nothing acknowledged may be lost.

A few seeded trials here (CI); tests/benchmarks/durability.py runs hundreds.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import daya_putus  # noqa: E402

SEED = 9090


def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    hasil, _detik = daya_putus.jalankan(tmp_path, jumlah=8, seed=SEED, jeda_maks=0.5)
    gagal = [h for h in hasil if not h.ok]
    assert not gagal, "\n".join(f"seed {h.seed} jeda {h.jeda:.3f}: {h.masalah}" for h in gagal)
    # The trials must really cut edits short, not only kill an idle process.
    assert sum(h.diakui for h in hasil) > 50
    assert any(h.sedang for h in hasil)


def test_editor_mirror_agrees_with_the_store(tmp_path: Path, data_dir: Path) -> None:
    """The script's own expectations are right (else the trials would prove nothing)."""
    import subprocess

    basis = daya_putus.buat_basis(tmp_path / "basis.sqlite")
    proc = subprocess.run(
        [sys.executable, str(daya_putus.EDITOR), str(basis), "77", "300", "--periksa"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stdout.rstrip().endswith("SELESAI")


def test_output_parser_ignores_a_line_cut_in_half() -> None:
    keluaran = 'SIAP\nNIAT 1 {"a": 1}\nACK 1 {"a": 1}\nNIAT 2 {"b": [1, 2]}\nACK 2 {"b": [1'
    acks, niat = daya_putus._urai_keluaran(keluaran)
    assert acks == [(1, {"a": 1})]
    assert niat == (2, {"b": [1, 2]})


@pytest.fixture(scope="module")
def acuan(tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[tuple[str, str, str]]]:
    return daya_putus.skema_acuan(tmp_path_factory.mktemp("acuan"))


def test_kill_during_migration_leaves_a_clean_schema(tmp_path: Path, acuan: dict) -> None:
    """Kill Store.open of a v1 file at seeded SQL statements (the benchmark kills at every one)."""
    db = tmp_path / "lama.sqlite"
    shutil.copyfile(daya_putus.FIXTURE_V1, db)
    kode, keluaran = daya_putus.buka_sampai(db, 10**9, tmp_path / "data-hitung")
    assert kode == 0, keluaran
    jumlah = int(keluaran.split()[1])
    assert jumlah > 10
    for batas in sorted(random.Random(SEED).sample(range(1, jumlah + 1), 5)):
        db = tmp_path / f"lama-{batas}.sqlite"
        shutil.copyfile(daya_putus.FIXTURE_V1, db)
        data = tmp_path / f"data-{batas}"
        kode, keluaran = daya_putus.buka_sampai(db, batas, data)
        assert kode == -9, keluaran
        masalah = daya_putus.periksa_migrasi(db, acuan) + daya_putus.periksa_cadangan(data)
        assert not masalah, f"dibunuh pada pernyataan SQL ke-{batas}: {masalah}"
