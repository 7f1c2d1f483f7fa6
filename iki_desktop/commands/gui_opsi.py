"""Top-level GUI options: `--keluar-setelah-tampil` (cold-start benchmark)."""

from __future__ import annotations

import argparse
import os
import sys
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


def keluar_setelah_gambar(jendela: Any, mulai: float | None = None) -> None:
    """Quit right after the window's first paint; print the elapsed time in ms."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _Pengamat(QObject):
        selesai = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.selesai:
                self.selesai = True
                QTimer.singleShot(0, self._keluar)
            return False

        def _keluar(self) -> None:
            print(f"Jendela tergambar setelah {ms_sejak_proses_mulai():.0f} ms", flush=True)
            sys.stdout.flush()
            QApplication.quit()

    pengamat = _Pengamat(jendela)
    jendela.installEventFilter(pengamat)
    jendela._pengamat_gambar = pengamat
