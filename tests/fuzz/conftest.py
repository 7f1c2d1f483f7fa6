"""Fixtures for the fuzz tests: small valid inputs and a pristine database to copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from iki_desktop.resources import load_contoh
from iki_desktop.store import Store


@pytest.fixture(scope="session")
def db_murni(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the whole Wonoasih sample (never written to: copy it)."""
    folder = tmp_path_factory.mktemp("murni")
    path = folder / "murni.sqlite"
    instansi, dokumen = load_contoh()
    with Store.create(path) as store:
        store.import_dokumen(instansi, dokumen)
    return path


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
