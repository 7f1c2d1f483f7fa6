"""Indicator table benchmark: showing the IKI table of every jabatan, and the check rules.

Run alone:  .venv/bin/python tests/benchmarks/bench_tabel.py

"Show" = EditorTabel.tampilkan (model reset, spans, column widths) + fitting the row
heights + painting the widget once at 1200 x 700, i.e. what happens between a click on
a jabatan in the tree and the table being on screen.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from iki_desktop.domain.pemeriksaan import periksa_dokumen  # noqa: E402
from iki_desktop.resources import load_contoh  # noqa: E402
from iki_desktop.store import Store  # noqa: E402
from iki_desktop.ui.editor.tabel import EditorTabel  # noqa: E402
from iki_desktop.ui.konteks import Konteks  # noqa: E402

PUTARAN = 3  # passes over all jabatan

# PySide6 6.12.0 on Python 3.11 (where None is not immortal) drops one reference to None
# on every call of a void method (setPen, save, setText …); a few thousand calls abort
# the interpreter. Until the dependency is pinned, hold enough extra references here.
_BALAST_NONE = [None] * 2_000_000


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    instansi, dokumen = load_contoh()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["IKI_DESKTOP_DATA_DIR"] = str(Path(tmp) / "data")
        store = Store.create(Path(tmp) / "bench.sqlite")
        store.import_dokumen(instansi, dokumen)
        konteks = Konteks(store)
        t0 = time.perf_counter()
        dok = konteks.dokumen(dokumen.id)
        muat_ms = (time.perf_counter() - t0) * 1000

        editor = EditorTabel(konteks)
        editor.resize(1200, 700)
        editor.show()
        app.processEvents()

        waktu: list[float] = []
        terlama = ("", 0.0)
        for _ in range(PUTARAN):
            for jab in dok.jabatan_urut():
                t0 = time.perf_counter()
                editor.tampilkan(dok, jab.id)
                editor.view.atur_tinggi()
                editor.grab()  # one full paint
                ms = (time.perf_counter() - t0) * 1000
                waktu.append(ms)
                if ms > terlama[1]:
                    terlama = (f"{jab.nama} ({jab.jumlah_indikator} indikator)", ms)

        cek: list[float] = []
        for _ in range(50):
            t0 = time.perf_counter()
            masalah = periksa_dokumen(dok, instansi)
            cek.append((time.perf_counter() - t0) * 1000)
        editor.close()
        editor.deleteLater()
        del editor
        app.processEvents()
        store.close()

    n = len(dok.jabatan)
    print(f"sample: {n} jabatan, {dok.jumlah_indikator()} indikator")
    print(f"load Dokumen from store:            {muat_ms:8.1f} ms")
    print(f"show IKI table, median ({len(waktu)} runs):  {statistics.median(waktu):8.1f} ms")
    print(f"show IKI table, max:                {max(waktu):8.1f} ms  [{terlama[0]}]")
    print(
        f"check rules over sample, median:    {statistics.median(cek):8.2f} ms "
        f"({len(masalah)} masalah)"
    )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # See _BALAST_NONE: skip finalization, where the same PySide6 bug can still abort.
    os._exit(code)
