"""Fixtures of the print tests (builders live in dokumen_uji.py)."""

from __future__ import annotations

import pytest

from iki_desktop.domain.model import Dokumen, Instansi
from tests.printing import dokumen_uji


@pytest.fixture
def kecil() -> tuple[Instansi, Dokumen]:
    return dokumen_uji.contoh_kecil()


@pytest.fixture
def stres() -> tuple[Instansi, Dokumen]:
    return dokumen_uji.contoh_stres()
