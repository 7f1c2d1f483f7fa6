"""PDF import: hostile or unreadable PDFs are refused in Indonesian, nothing changes."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from iki_desktop.cli import main
from iki_desktop.domain.errors import IkiError
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama
from iki_desktop.store import Store
from tests.conftest import buat_db_contoh


def _pindaian(path: Path) -> Path:
    """A 'scan': drawing only, no text layer."""
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return path


def _terkunci(path: Path, asli: Path) -> Path:
    w = PdfWriter()
    for page in PdfReader(asli).pages:
        w.add_page(page)
    w.encrypt(user_password="rahasia", owner_password="pemilik")
    with path.open("wb") as fh:
        w.write(fh)
    return path


def _terpotong(path: Path, asli: Path) -> Path:
    data = asli.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _sampah(path: Path, asli: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n" * 50)
    return path


def _raksasa(path: Path, asli: Path) -> Path:
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.seek(51 * 1024 * 1024)
        fh.write(b"\n%%EOF\n")
    return path


def _bom(path: Path, asli: Path) -> Path:
    """One page whose content stream inflates to 80 MB (a decompression bomb, ~80 KB)."""
    import zlib

    isi = zlib.compress(b" " * (80 * 1024 * 1024), 9)
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(isi) + isi + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    posisi = []
    for i, o in enumerate(objek, start=1):
        posisi.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % p for p in posisi)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


BUAT: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "pindaian": (lambda p, a: _pindaian(p), "lapisan teks"),
    "terkunci": (_terkunci, "kata sandi"),
    "terpotong": (_terpotong, "rusak"),
    "sampah": (_sampah, "rusak"),
    "raksasa": (_raksasa, "terlalu besar"),
    "bom": (_bom, "membesar"),
}


@pytest.mark.parametrize("jenis", sorted(BUAT))
def test_pdf_berbahaya_ditolak(
    tmp_path: Path, berkas_gaya: dict[tuple[str, str], Path], jenis: str
) -> None:
    db = buat_db_contoh(tmp_path / "iki.db")
    sebelum = hashlib.sha256(db.read_bytes()).hexdigest()
    buat, kata = BUAT[jenis]
    berkas = buat(tmp_path / f"{jenis}.pdf", berkas_gaya[("paragraf", "pdf")])
    with pytest.raises(IkiError) as err:
        baca_dokumen_lama(berkas)
    assert kata in str(err.value) and berkas.name in str(err.value)
    assert main(["import-legacy", str(berkas), "--db", str(db)]) == 2
    assert hashlib.sha256(db.read_bytes()).hexdigest() == sebelum


def test_pdf_diimpor_lewat_cli(tmp_path: Path, berkas_gaya: dict[tuple[str, str], Path]) -> None:
    db = tmp_path / "iki.db"
    Store.create(db).close()
    keluar = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(keluar):
        assert main(["import-legacy", str(berkas_gaya[("label", "pdf")]), "--db", str(db)]) == 0
    assert "Kepala Seksi Pemerintahan" in keluar.getvalue()
    with Store.open(db) as store:
        (dok,) = store.list_dokumen()
        assert store.load_dokumen(dok.id).jumlah_indikator() == 5
