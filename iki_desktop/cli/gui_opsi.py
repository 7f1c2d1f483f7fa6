"""Top-level GUI options: `--keluar-setelah-tampil` (cold-start benchmark)."""

from __future__ import annotations

import argparse
from typing import Any

# Imported here, at CLI start, so its fallback clock starts as early as before.
from iki_desktop import waktu_mulai  # noqa: F401


def opsi_global(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keluar-setelah-tampil",
        action="store_true",
        help="tutup setelah jendela pertama kali tergambar dan cetak lamanya (ms); "
        "untuk mengukur waktu mulai",
    )


def daftarkan(sub: Any) -> None:
    """No sub-command here; this module only adds the global option."""
