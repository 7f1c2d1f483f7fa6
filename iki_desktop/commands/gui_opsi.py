"""Top-level GUI options: `--keluar-setelah-tampil` (cold-start benchmark)."""

from __future__ import annotations

import argparse
import os
import time
from typing import Any

_IMPORT = time.perf_counter()


def opsi_global(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keluar-setelah-tampil",
        action="store_true",
        help="tutup setelah jendela pertama kali tergambar dan cetak lamanya (ms); "
        "untuk mengukur waktu mulai",
    )


def daftarkan(sub: Any) -> None:
    """No sub-command here; this module only adds the global option."""


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
