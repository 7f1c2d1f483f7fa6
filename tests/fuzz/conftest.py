"""Fixtures for the fuzz tests: small valid inputs and a pristine database to copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import buat_db_contoh


@pytest.fixture(scope="session")
def db_murni(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the whole Wonoasih sample (never written to: copy it)."""
    folder = tmp_path_factory.mktemp("murni")
    return buat_db_contoh(folder / "murni.sqlite")


@pytest.fixture
def salin_db(db_murni: Path, tmp_path: Path) -> Callable[[], Path]:
    """A fresh copy of the pristine database per call (one per hypothesis example)."""
    n = [0]

    def salin() -> Path:
        n[0] += 1
        target = tmp_path / f"kerja-{n[0]}.sqlite"
        shutil.copyfile(db_murni, target)
        return target

    return salin
