"""`iki-desktop print` end to end on a real database file."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from iki_desktop.cli import main
from iki_desktop.store import Store
from tests.printing.dokumen_uji import contoh_kecil


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "uji.sqlite"
    instansi, dokumen = contoh_kecil()
    with Store.create(path) as store:
        store.import_dokumen(instansi, dokumen)
    return path


def test_print_whole_document(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hasil.pdf"
    assert main(["print", "--db", str(db), "--tahun", "2026", "--out", str(out)]) == 0
    pages = len(pypdf.PdfReader(out).pages)
    assert f"PDF tersimpan: {out}, {pages} halaman" in capsys.readouterr().out


def test_print_selected_jabatan_on_a4(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "seksi.pdf"
    argv = ["print", "--db", str(db), "--out", str(out), "--bagian", "iki"]
    assert main([*argv, "--jabatan", "seksi pemerintahan", "--kertas", "A4"]) == 0
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Kepala Seksi Pemerintahan" in text and "Sekretaris Kecamatan pada" not in text
    assert round(float(reader.pages[0].mediabox.height) / 72 * 25.4) == 297


def test_print_errors_are_indonesian(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.pdf")
    assert main(["print", "--db", str(db), "--out", out, "--bagian", "lampiran"]) == 2
    assert "Bagian 'lampiran' tidak dikenal" in capsys.readouterr().err
    # A part the document does not have is never printed, with the reason.
    assert main(["print", "--db", str(db), "--out", out, "--bagian", "sampul"]) == 2
    assert "Sampul hanya dicetak untuk bentuk Buku" in capsys.readouterr().err
    assert main(["print", "--db", str(db), "--out", out, "--jabatan", "tidak ada"]) == 2
    assert "Tidak ada jabatan" in capsys.readouterr().err
    assert main(["print", "--db", str(db), "--out", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.pdf").exists()
