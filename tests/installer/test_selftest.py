"""`--self-test` from source: one line, exit code, and no writes outside its temp folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from iki_desktop.cli import selftest

REPO = Path(__file__).resolve().parents[2]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    # __pycache__ is excluded: from source Python caches bytecode there; the frozen program
    # has no such files (its code is in the executable), and build.py checks the bundle.
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if "__pycache__" not in p.parts
    }


def test_self_test_from_source_succeeds_and_writes_nothing(data_dir: Path) -> None:
    package = REPO / "iki_desktop"
    resources = REPO / "resources"
    before = (_snapshot(package), _snapshot(resources))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-m", "iki_desktop.cli", "--self-test"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, lines
    assert re.fullmatch(
        r"Uji mandiri berhasil: jendela( \d+ ms)?, PDF \d+ halaman, teks Qt Indonesia, "
        r"pratinjau \d+×\d+ pt, penjaga satu jendela, Excel \d+ lembar \(\d+,\d s\)",
        lines[0],
    ), lines[0]
    assert (_snapshot(package), _snapshot(resources)) == before
    # The user's data folder (here the test's) is not touched either.
    assert list(data_dir.iterdir()) == []


def test_failure_is_one_line_and_exit_code_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "_uji_jendela", lambda db: "jendela")

    def rusak(*args: object) -> str:
        raise selftest.UjiGagal("contoh kerusakan")

    monkeypatch.setattr(selftest, "_uji_pdf", rusak)
    baris: list[str] = []
    assert selftest.jalankan_uji(baris.append) == 1
    assert baris == ["Uji mandiri GAGAL pada langkah PDF: contoh kerusakan"]
    assert "contoh kerusakan" in capsys.readouterr().err  # the traceback, for support


def test_self_test_restores_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "_uji", lambda folder, langkah: ["jendela"])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    data = os.environ["IKI_DESKTOP_DATA_DIR"]
    assert selftest.jalankan_uji(lambda baris: None) == 0
    assert "QT_QPA_PLATFORM" not in os.environ
    assert os.environ["IKI_DESKTOP_DATA_DIR"] == data


def test_flag_is_listed_in_help() -> None:
    from iki_desktop.cli import build_parser

    assert "--self-test" in build_parser().format_help()


def test_missing_qt_translation_fails_the_self_test(tmp_path: Path) -> None:
    # What a frozen build without qt_id.qm would do: Qt's buttons and key names in English.
    code = (
        "import sys, pathlib\n"
        "from iki_desktop.ui import terjemahan\n"
        f"terjemahan.QM = pathlib.Path({str(tmp_path / 'hilang.qm')!r})\n"
        "from iki_desktop.cli.selftest import jalankan_uji\n"
        "sys.exit(jalankan_uji())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    assert result.returncode == 1
    assert result.stdout.strip().startswith(
        "Uji mandiri GAGAL pada langkah teks Qt dan pratinjau: teks bawaan Qt tidak berbahasa "
        "Indonesia: tombol Cancel bertuliskan 'Cancel', bukan 'Batal'"
    ), result.stdout
