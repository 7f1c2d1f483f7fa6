"""Print speed and memory: the full sample in process, as a CLI process, and LibreOffice.

Run: .venv/bin/python tests/benchmarks/bench_print.py
Targets (issue 4): <= 0.25 s in process for the full sample (Keputusan + 36 jabatan);
the whole `iki-desktop print` process >= 3.5x faster (issue 18; was 4x) than LibreOffice converting the
legacy Word file of the same document.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOCX = REPO.parent / "shared" / "reference" / "legacy-wonoasih-2026.docx"
RUNS = 5


def _median_time(fn: object) -> tuple[float, list[float]]:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def _child_maxrss_mb(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Median wall time of RUNS runs and the peak RSS (MB) of the child processes."""
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), rss_kb / 1024


def main() -> int:
    from iki_desktop.printing import build_pdf
    from iki_desktop.resources import load_contoh
    from iki_desktop.store import Store

    instansi, dokumen = load_contoh()
    t = time.perf_counter()
    pdf = build_pdf(instansi, dokumen)  # first build: font registration, imports warm
    first = time.perf_counter() - t
    in_proc, _ = _median_time(lambda: build_pdf(instansi, dokumen))
    tracemalloc.start()
    build_pdf(instansi, dokumen)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    rows: list[tuple[str, str, str]] = [
        ("in process, first build (fonts registered)", f"{first:.3f} s", ""),
        (
            f"in process, median of {RUNS}",
            f"{in_proc:.3f} s",
            f"peak Python heap {peak / 2**20:.1f} MB",
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "contoh.sqlite"
        with Store.create(db) as store:
            store.import_dokumen(instansi, dokumen)
        exe = Path(sys.executable).with_name("iki-desktop")
        cmd = [str(exe), "print", "--db", str(db), "--out", str(tmp / "cli.pdf")]
        cli_time, cli_rss = _child_maxrss_mb(cmd, tmp)
        rows.append(
            ("`iki-desktop print` process", f"{cli_time:.3f} s", f"max RSS {cli_rss:.0f} MB")
        )
        soffice = shutil.which("soffice")
        lo_time = None
        if soffice and DOCX.exists():
            profile = tmp / "lo-profile"
            lo_cmd = [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp / "lo"),
                str(DOCX),
            ]
            subprocess.run(lo_cmd, cwd=tmp, check=True, capture_output=True)  # profile warm-up
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            lo_time, lo_rss = _child_maxrss_mb(lo_cmd, tmp)
            note = f"max RSS {lo_rss:.0f} MB" if lo_rss * 1024 > before else "max RSS n/a"
            rows.append(("LibreOffice docx -> pdf process", f"{lo_time:.3f} s", note))
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    print(f"IKI Desktop print benchmark (sample: {len(dokumen.jabatan)} jabatan, ~{pages} pages)")
    print(f"{'measurement':<46} {'time':>9}  memory")
    print("-" * 80)
    for name, value, mem in rows:
        print(f"{name:<46} {value:>9}  {mem}")
    print("-" * 80)
    ok = in_proc <= 0.25
    print(f"target in process <= 0.250 s: {'OK' if ok else 'MISSED'} ({in_proc:.3f} s)")
    if lo_time is not None:
        ratio = lo_time / cli_time
        print(
            f"LibreOffice / iki-desktop (whole processes): {ratio:.1f}x (target >= 3.5x, issue 18)"
        )
        ok = ok and ratio >= 3.5
    else:
        print("soffice not installed: LibreOffice comparison skipped")
    print(f"CPU cores: {os.cpu_count()}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
