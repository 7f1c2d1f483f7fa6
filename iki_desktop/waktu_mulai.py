"""How long the process has been running: for the cold-start benchmark.

Imported early by the CLI (cli/gui_opsi.py), read by the window after its first paint
(ui/otomasi.py); it lives at the package root so the window never imports the CLI.
"""

from __future__ import annotations

import os
import time

_IMPORT = time.perf_counter()


def ms_sejak_proses_mulai() -> float:
    """Milliseconds since the process started (Linux: from /proc; else since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        hz = os.sysconf("SC_CLK_TCK")
        return (uptime - start_ticks / hz) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORT) * 1000.0
