"""Fixtures for the Penetapan tests: a database holding the Wonoasih sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iki_desktop.store import Store


@pytest.fixture
def store(db_contoh: Path) -> Iterator[Store]:
    s = Store.open(db_contoh)
    s.operator = "Penguji"
    yield s
    s.close()


@pytest.fixture
def dokumen_id(store: Store) -> str:
    return store.list_dokumen()[0].id
