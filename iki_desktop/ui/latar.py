"""Long work (building a PDF, writing a package) on a worker thread, results on the GUI thread.

`TugasLatar(tugas, konteks_log, parent)` runs `tugas(lapor)` on a QThread; `kemajuan`,
`selesai` and `gagal` are emitted on the GUI thread, so whatever is connected to them may
touch widgets. The window keeps painting and answering (no "Not Responding") while a slow
stick syncs.

The rule that keeps this safe under PySide6: every signal of the worker is connected to a
method of a QObject (the worker's own slot, or this object's relay slots), never to a lambda
or plain function. A lambda has no thread affinity, so Qt calls it directly in the worker
thread, and touching a widget there crashes. The relay slots belong to this object, which
lives on the GUI thread, so Qt queues each call to it. (A worker thread building the sample
PDF for 40 s while the GUI made 30,000 Qt calls did not crash on PySide6 6.12 with Python
3.11 plus the refcount guard in ui/__init__.py, nor on 3.12.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from iki_desktop.domain.errors import IkiError

Lapor = Callable[[float, str], None]

# Every started thread and its worker, referenced here until the thread has finished: a
# QThread destroyed while running aborts the program (e.g. when its dialog is deleted).
# Both are owned by Python and released only on the GUI thread after the thread ended;
# deleteLater in the worker thread would race with Python releasing the same object.
_BERJALAN: dict[QThread, QObject] = {}


class _Pekerja(QObject):
    """Lives on the worker thread; runs the job once and reports through signals."""

    kemajuan = Signal(float, str)
    selesai = Signal(object)
    gagal = Signal(str)

    def __init__(self, tugas: Callable[[Lapor], Any], konteks_log: str) -> None:
        super().__init__()
        self._tugas = tugas
        self._konteks_log = konteks_log

    @Slot()
    def jalan(self) -> None:
        try:
            hasil = self._tugas(self.kemajuan.emit)
        except IkiError as exc:
            self.gagal.emit(str(exc))
        except Exception as exc:
            from iki_desktop.applog import log_unexpected
            from iki_desktop.store.pesan import pesan_basis_data

            path = log_unexpected(self._konteks_log)
            self.gagal.emit(
                pesan_basis_data(exc)
                or f"Terjadi kesalahan tak terduga; rinciannya dicatat di {path}."
            )
        else:
            self.selesai.emit(hasil)
        finally:
            self._tugas = None  # type: ignore[assignment]
            thread = self.thread()
            if thread is not None:
                thread.quit()


class TugasLatar(QObject):
    """Run `tugas(lapor)` on a worker thread once; results arrive as signals on the GUI thread."""

    kemajuan = Signal(float, str)
    selesai = Signal(object)
    gagal = Signal(str)

    def __init__(
        self, tugas: Callable[[Lapor], Any], konteks_log: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._tugas: Callable[[Lapor], Any] | None = tugas
        self._konteks_log = konteks_log
        self._berjalan = False
        self._thread: QThread | None = None

    @property
    def berjalan(self) -> bool:
        """True from mulai() until the result (or the error) has been delivered."""
        return self._berjalan

    def mulai(self) -> None:
        """Start the job; a second call (or one after the job ran) does nothing."""
        if self._tugas is None:
            return
        tugas, self._tugas = self._tugas, None
        self._berjalan = True
        thread = QThread()
        pekerja = _Pekerja(tugas, self._konteks_log)
        pekerja.moveToThread(thread)
        thread.started.connect(pekerja.jalan)
        pekerja.kemajuan.connect(self._relai_kemajuan)
        pekerja.selesai.connect(self._relai_selesai)
        pekerja.gagal.connect(self._relai_gagal)
        thread.finished.connect(_penjaga().thread_selesai)
        self._thread = thread
        _BERJALAN[thread] = pekerja
        thread.start()

    def tunggu(self) -> None:
        """Block until a running job has finished (closing a dialog); never starts it again.

        The result is still delivered afterwards through the signals, by the event loop.
        """
        thread = self._thread
        if thread is not None and thread in _BERJALAN:
            thread.wait()

    @Slot(float, str)
    def _relai_kemajuan(self, bagian: float, teks: str) -> None:
        self.kemajuan.emit(bagian, teks)

    @Slot(object)
    def _relai_selesai(self, hasil: Any) -> None:
        self._berjalan = False
        self.selesai.emit(hasil)

    @Slot(str)
    def _relai_gagal(self, pesan: str) -> None:
        self._berjalan = False
        self.gagal.emit(pesan)


class _Penjaga(QObject):
    """On the GUI thread: releases each worker thread and its worker once it has finished."""

    @Slot()
    def thread_selesai(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in _BERJALAN:
            thread.wait()  # `finished` is emitted just before the thread really ends
            del _BERJALAN[thread]


_PENJAGA: list[_Penjaga] = []


def _penjaga() -> _Penjaga:
    if not _PENJAGA:
        _PENJAGA.append(_Penjaga())
    return _PENJAGA[0]
