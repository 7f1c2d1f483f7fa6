"""UI speed with the full sample (36 jabatan): open, tree build, select, cold start.

Run alone:  .venv/bin/python tests/benchmarks/bench_ui.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _baris(nama: str, nilai: str) -> None:
    print(f"{nama:<48} {nilai:>22}")


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    os.environ["IKI_DESKTOP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "setelan"))

    from iki_desktop.resources import load_contoh
    from iki_desktop.store import Store
    from iki_desktop.ui.app import buat_aplikasi

    db = tmp / "contoh.sqlite"
    with Store.create(db) as store:
        instansi, dokumen = load_contoh()
        store.import_dokumen(instansi, dokumen)

    app = buat_aplikasi()
    from PySide6.QtTest import QTest

    from iki_desktop.ui.jendela.utama import JendelaUtama

    t0 = time.perf_counter()
    jendela = JendelaUtama()
    t1 = time.perf_counter()
    jendela.buka_berkas(db)
    t2 = time.perf_counter()
    jendela.resize(1400, 900)
    jendela.show()
    QTest.qWaitForWindowExposed(jendela)
    jendela.repaint()
    t3 = time.perf_counter()

    model = jendela.model
    n_tree = []
    for _ in range(20):
        s = time.perf_counter()
        model.muat_ulang()
        n_tree.append((time.perf_counter() - s) * 1000)

    dok = jendela.konteks.dokumen(jendela.konteks.store.list_dokumen()[0].id)
    waktu: list[float] = []
    for putaran in range(3):
        for j in dok.jabatan_urut():
            idx = jendela.proxy.mapFromSource(model.cari("jabatan", j.id))
            # Alternate with another node so every selection really switches the editor.
            jendela.pohon.setCurrentIndex(jendela.proxy.mapFromSource(model.cari("iku", dok.id)))
            app.processEvents()
            s = time.perf_counter()
            jendela.pohon.setCurrentIndex(idx)
            jendela.repaint()  # synchronous paint: the editor is on screen
            e = (time.perf_counter() - s) * 1000
            if putaran:  # first round warms caches (fonts, row heights)
                waktu.append(e)
    jendela.close()

    cold: list[float] = []
    wall: list[float] = []
    exe = Path(sys.executable).with_name("iki-desktop")
    for _ in range(5):
        s = time.perf_counter()
        out = subprocess.run(
            [str(exe), "--db", str(db), "--keluar-setelah-tampil"],
            capture_output=True,
            text=True,
            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
            timeout=60,
        )
        wall.append((time.perf_counter() - s) * 1000)
        m = re.search(r"setelah (\d+) ms", out.stdout)
        if m:
            cold.append(float(m.group(1)))

    print(
        f"IKI Desktop UI benchmark — {len(dok.jabatan)} jabatan, "
        f"{dok.jumlah_indikator()} indikator (offscreen)"
    )
    print("-" * 72)
    _baris("build window (no data)", f"{(t1 - t0) * 1000:.0f} ms")
    _baris("open database + build tree + first editor", f"{(t2 - t1) * 1000:.0f} ms")
    _baris("show + first paint", f"{(t3 - t2) * 1000:.0f} ms")
    _baris("tree rebuild (reset), median of 20", f"{statistics.median(n_tree):.1f} ms")
    _baris(
        f"select jabatan → editor painted (n={len(waktu)})",
        f"median {statistics.median(waktu):.1f} / max {max(waktu):.1f} ms",
    )
    if cold:
        _baris("cold start to first paint (median of 5)", f"{statistics.median(cold):.0f} ms")
    _baris("process wall time incl. exit (median of 5)", f"{statistics.median(wall):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
