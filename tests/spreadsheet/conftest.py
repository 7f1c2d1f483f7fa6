"""Legacy documents of every house style, made once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from legacy_gen import GAYA, buat_docx, buat_pdf, buat_xlsx  # noqa: E402


@pytest.fixture(scope="session")
def berkas_gaya(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """(gaya, "docx" | "xlsx" | "pdf") -> generated file."""
    folder = tmp_path_factory.mktemp("gaya")
    out: dict[tuple[str, str], Path] = {}
    for g in GAYA:
        out[(g, "docx")] = buat_docx(g, folder / f"gaya-{g}.docx")
        out[(g, "xlsx")] = buat_xlsx(g, folder / f"gaya-{g}.xlsx")
    pdf = buat_pdf([out[(g, "docx")] for g in GAYA], folder)
    for g, p in zip(GAYA, pdf, strict=True):
        out[(g, "pdf")] = p
    return out
