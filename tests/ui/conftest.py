"""Fixtures for the UI tests: a store in tmp_path, settings in tmp_path, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from iki_desktop.store import Store


@pytest.fixture(autouse=True)
def setelan_sementara(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    """QSettings (recent files, window layout) go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("setelan")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture
def store_contoh(db_contoh: Path) -> Iterator[Store]:
    store = Store.open(db_contoh)
    yield store
    store.close()


@pytest.fixture
def konteks(store_contoh: Store) -> object:
    from iki_desktop.ui.konteks import Konteks

    return Konteks(store_contoh)
