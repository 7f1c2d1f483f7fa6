"""Long work (building a PDF, writing a package) with progress, without a worker thread.

The job runs on the GUI thread; each progress report repaints the window
(processEvents without user input, so nothing can be clicked half way). A worker
thread was tried first and crashed: under PySide6 6.12 on Python 3.11 any Python
code running in a second thread while the GUI thread runs Qt's event loop ended in
segmentation faults inside the worker (reportlab list comprehensions, table set-up).
The jobs here take a fraction of a second to about one second, and the window keeps
painting its progress, so the user sees no freeze.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from iki_desktop.domain.errors import IkiError

Lapor = Callable[[float, str], None]


class TugasLatar(QObject):
    """Run `tugas(lapor)` right after the current event; results arrive as signals."""

    kemajuan = Signal(float, str)
    selesai = Signal(object)
    gagal = Signal(str)

    def __init__(
        self, tugas: Callable[[Lapor], Any], konteks_log: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tugas = tugas
        self._konteks_log = konteks_log
        self._berjalan = False

    @property
    def berjalan(self) -> bool:
        return self._berjalan

    def mulai(self) -> None:
        self._berjalan = True
        # After the click that started it returns, so the dialog shows its busy state.
        QTimer.singleShot(0, self._jalan)

    def tunggu(self) -> None:
        """Finish now if the job has not started yet (closing a dialog)."""
        if self._berjalan:
            self._jalan()

    def _lapor(self, bagian: float, teks: str) -> None:
        self.kemajuan.emit(bagian, teks)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _jalan(self) -> None:
        if not self._berjalan:
            return
        try:
            hasil: tuple[str, Any] = ("selesai", self._tugas(self._lapor))
        except IkiError as exc:
            hasil = ("gagal", str(exc))
        except Exception as exc:
            from iki_desktop.applog import log_unexpected
            from iki_desktop.store.pesan import pesan_basis_data

            path = log_unexpected(self._konteks_log)
            hasil = (
                "gagal",
                pesan_basis_data(exc)
                or f"Terjadi kesalahan tak terduga; rinciannya dicatat di {path}.",
            )
        self._berjalan = False
        if hasil[0] == "selesai":
            self.selesai.emit(hasil[1])
        else:
            self.gagal.emit(hasil[1])
