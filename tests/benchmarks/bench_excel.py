"""Excel benchmark: export of the full sample, own import, legacy import of each file.

Run alone:  .venv/bin/python tests/benchmarks/bench_excel.py   (median of 5 runs)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from iki_desktop.resources import load_contoh
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import import_xlsx
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama

RUNS = 5
REFERENSI = Path(__file__).resolve().parents[2].parent / "shared" / "reference"


def median_ms(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    instansi, dokumen = load_contoh()
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "contoh.xlsx"
        rows.append(
            (
                "export contoh (36 jabatan)",
                median_ms(lambda: export_xlsx(instansi, dokumen, out)),
                f"{out.stat().st_size // 1024} KB",
            )
        )
        rows.append(("impor kembali (import-xlsx)", median_ms(lambda: import_xlsx(out)), ""))
    for berkas in sorted(REFERENSI.glob("legacy-*.*")):
        pr = baca_dokumen_lama(berkas)
        rows.append(
            (
                f"impor lama {berkas.name}",
                median_ms(lambda b=berkas: baca_dokumen_lama(b)),
                f"{len(pr.jabatan)} jabatan, {pr.jumlah_indikator} indikator",
            )
        )
    print(f"{'langkah':45} {'median ms':>10}  keterangan")
    for nama, ms, ket in rows:
        print(f"{nama:45} {ms:10.1f}  {ket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
