"""Command output redirected under a Windows code page keeps every character."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

from iki_desktop.store import Store
from iki_desktop.store.penetapan import buat_perubahan, tetapkan
from tests.conftest import buat_db_contoh

TEKS_BARU = "Persentase surat selesai ≤ 3 hari ≥ 90 % (target ≈ 95 %)"


def _db_with_unicode_diff(tmp_path: Path) -> tuple[Path, str, str]:
    path = buat_db_contoh(tmp_path / "contoh.sqlite")
    with Store.open(path) as store:
        store.operator = "Penguji"
        lama = store.list_dokumen()[0].id
        tetapkan(store, lama)
        rev = buat_perubahan(store, lama)
        ind = copy.deepcopy(rev.jabatan_urut()[3].sasaran[0].indikator[0])
        ind.teks = TEKS_BARU
        store.update_indikator(ind)
    return path, lama, rev.id


def test_diff_redirected_under_cp1252_exits_0(tmp_path: Path) -> None:
    db, lama, baru = _db_with_unicode_diff(tmp_path)
    out = tmp_path / "hasil.txt"
    env = dict(os.environ, PYTHONIOENCODING="cp1252", PYTHONUTF8="0")
    code = "import sys; from iki_desktop.cli import main; sys.exit(main())"
    with out.open("wb") as f:
        result = subprocess.run(
            [sys.executable, "-c", code, "diff", "--db", str(db), lama[:8], baru[:8]],
            stdout=f,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert TEKS_BARU in out.read_text(encoding="utf-8")
