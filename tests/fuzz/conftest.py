"""Fixtures for the fuzz tests: small valid inputs and a pristine database to copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store


def dokumen_kecil(jumlah_jabatan: int = 3) -> tuple[Instansi, Dokumen]:
    """The first jabatan of the sample in tree order, with fresh ids (tahun 2027)."""
    instansi, contoh = load_contoh()
    dok = salin_dokumen(contoh, 2027, kosongkan_keputusan=False, instansi_id=instansi.id)
    keep = dok.jabatan_urut()[:jumlah_jabatan]
    ids = {j.id for j in keep}
    for j in keep:
        if j.parent_id not in ids:
            j.parent_id = None
    dok.jabatan = keep
    return instansi, dok


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
