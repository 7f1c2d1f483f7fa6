"""The self-test's preview check tells a rendered page from an empty one."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from iki_desktop.ui.uji_qt import render_halaman_pdf


def _pdf(path: Path, teks: str) -> Path:
    kanvas = Canvas(str(path), pagesize=A4)
    kanvas.setFont("Helvetica-Bold", 28)
    for baris in range(20):
        kanvas.drawString(60, 780 - baris * 36, teks)
    kanvas.showPage()
    kanvas.save()
    return path


def test_page_with_text_renders(qapp: object, tmp_path: Path) -> None:
    assert render_halaman_pdf(_pdf(tmp_path / "isi.pdf", "KEPUTUSAN CAMAT"), 1) == (
        "pratinjau 595×842 pt"
    )


def test_blank_page_is_reported(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="hampir kosong"):
        render_halaman_pdf(_pdf(tmp_path / "kosong.pdf", ""), 1)


def test_wrong_page_count_and_broken_file_are_reported(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 halaman|bukan 2"):
        render_halaman_pdf(_pdf(tmp_path / "isi.pdf", "IKU"), 2)
    rusak = tmp_path / "rusak.pdf"
    rusak.write_bytes(b"%PDF-1.4 bukan pdf")
    with pytest.raises(ValueError, match="tidak dapat membuka"):
        render_halaman_pdf(rusak, 1)
