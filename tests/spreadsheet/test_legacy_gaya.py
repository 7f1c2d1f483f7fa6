"""Every house style imports field by field: Word, the same in Excel, and Word printed to PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from legacy_gen import GAYA, skor

from iki_desktop.spreadsheet.legacy import baca_dokumen_lama


@pytest.mark.parametrize("jenis", ["docx", "xlsx", "pdf"])
@pytest.mark.parametrize("gaya", GAYA)
def test_gaya(berkas_gaya: dict[tuple[str, str], Path], gaya: str, jenis: str) -> None:
    pratinjau = baca_dokumen_lama(berkas_gaya[(gaya, jenis)])
    benar, total, salah = skor(pratinjau.hasil)
    assert salah == [], f"{benar}/{total} benar:\n" + "\n".join(salah)
    assert pratinjau.masalah == []  # a well-read layout raises no doubt
