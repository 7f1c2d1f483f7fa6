"""Shared fixtures: every test gets its own data folder, never the user's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from iki_desktop.store import Store
from iki_desktop.store.isi import isi_contoh

REPO = Path(__file__).resolve().parents[1]
REFERENCE = REPO.parent / "shared" / "reference"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(folder))
    return folder


def file_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def buat_db_contoh(path: Path) -> Path:
    """A new database at `path` holding the shipped Wonoasih sample."""
    with Store.create(path) as store:
        isi_contoh(store)
    return path


@pytest.fixture
def db_contoh(tmp_path: Path) -> Path:
    return buat_db_contoh(tmp_path / "contoh.sqlite")
