"""The CLI is a contract for scripts: sub-commands, exit codes and Indonesian messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iki_desktop.cli import main
from tests.conftest import file_hash


def run(*argv: str) -> int:
    return main(list(argv))


def test_new_with_sample_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    assert run("new", "--db", str(db), "--contoh") == 0
    assert run("info", "--db", str(db)) == 0
    out = capsys.readouterr().out
    assert "Kecamatan Wonoasih" in out
    assert "36 jabatan" in out and "133 indikator" in out


def test_new_from_template_gets_fresh_ids_and_the_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert run("new", "--db", str(a), "--template", "--tahun", "2027") == 0
    assert run("new", "--db", str(b), "--template", "--tahun", "2027") == 0
    assert (
        run("export-json", "--db", str(a), "--tahun", "2027", "--out", str(tmp_path / "a.json"))
        == 0
    )
    assert run("export-json", "--db", str(b), "--out", str(tmp_path / "b.json")) == 0
    da = json.loads((tmp_path / "a.json").read_text())
    db_ = json.loads((tmp_path / "b.json").read_text())
    assert da["dokumen"]["tahun"] == 2027
    assert da["dokumen"]["id"] != db_["dokumen"]["id"]
    assert {j["nama"] for j in da["dokumen"]["jabatan"]} == {
        j["nama"] for j in db_["dokumen"]["jabatan"]
    }


def test_export_import_json_between_databases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, dst = tmp_path / "src.sqlite", tmp_path / "dst.sqlite"
    run("new", "--db", str(src), "--contoh")
    run("new", "--db", str(dst))
    assert run("export-json", "--db", str(src), "--out", str(tmp_path / "d.json")) == 0
    assert run("import-json", "--db", str(dst), str(tmp_path / "d.json")) == 0
    assert "133 indikator" in capsys.readouterr().out
    # A second import without --ganti is refused and changes nothing.
    before = file_hash(dst)
    assert run("import-json", "--db", str(dst), str(tmp_path / "d.json")) == 2
    assert "--ganti" in capsys.readouterr().err
    assert file_hash(dst) == before


def test_user_errors_exit_2_with_indonesian_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("info", "--db", str(tmp_path / "tidak-ada.sqlite")) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    db = tmp_path / "x.sqlite"
    run("new", "--db", str(db))
    assert run("new", "--db", str(db)) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert run("export-json", "--db", str(db), "--out", str(tmp_path / "o.json")) == 2
    assert "belum berisi dokumen" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_wrong_arguments_are_explained_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run("tidak-ada-perintah")
    assert exc.value.code == 2
    assert "perintah tidak lengkap atau salah" in capsys.readouterr().err


def test_unexpected_errors_are_logged_not_shown(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import iki_desktop.cli.dasar as dasar

    def boom(args: object) -> int:
        raise RuntimeError("internal detail")

    monkeypatch.setattr(dasar, "cmd_info", boom)
    db = tmp_path / "x.sqlite"
    run("new", "--db", str(db))
    capsys.readouterr()
    assert run("info", "--db", str(db)) == 1
    err = capsys.readouterr().err
    assert "kesalahan tak terduga" in err
    assert "Traceback" not in err and "internal detail" not in err
    log = (data_dir / "log" / "iki-desktop.log").read_text()
    assert "internal detail" in log and "Traceback" in log


def test_version_and_console_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "iki_desktop.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("IKI Desktop ")
