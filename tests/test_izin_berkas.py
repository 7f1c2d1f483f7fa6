"""Saved PDFs, workbooks and packages get the user's normal permissions (the umask), not 0600."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iki_desktop.printing.dokumen import write_pdf
from iki_desktop.printing.evaluasi import tulis_sebelum_sesudah
from iki_desktop.printing.perbandingan import tulis_perbandingan
from iki_desktop.printing.siklus import write_pdf_siklus
from iki_desktop.resources import load_contoh
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.store import Store
from iki_desktop.store.transfer.paket import buat_paket

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    lama = os.umask(request.param)
    yield request.param
    os.umask(lama)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_outputs_follow_the_umask(umask: int, tmp_path: Path) -> None:
    instansi, dokumen = load_contoh()
    expected = 0o666 & ~umask
    write_pdf(tmp_path / "iki.pdf", instansi, dokumen)
    tulis_perbandingan(tmp_path / "beda.pdf", instansi, "Perbandingan", [])
    # The PK and the before/after print were written through mkstemp (0600) before.
    write_pdf_siklus(
        tmp_path / "pk.pdf",
        instansi,
        dokumen,
        "pk",
        jabatan_ids=None,
        kertas=None,
        footer_kode=None,
        triwulan=None,
        lalu=None,
    )
    tulis_sebelum_sesudah(tmp_path / "evaluasi.pdf", instansi, dokumen, dokumen)
    xlsx = export_xlsx(instansi, dokumen, tmp_path / "iki.xlsx")
    db = tmp_path / "db.sqlite"
    with Store.create(db) as store:
        store.import_dokumen(instansi, dokumen)
        paket = buat_paket(store, tmp_path / "kirim").path
    hasil = {
        p.name: oct(_mode(p))
        for p in [*(tmp_path / f for f in ("iki.pdf", "beda.pdf", "pk.pdf", "evaluasi.pdf")), xlsx]
    }
    hasil[paket.name] = oct(_mode(paket))
    assert hasil == dict.fromkeys(hasil, oct(expected))
