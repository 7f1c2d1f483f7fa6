"""Long jobs run on a worker thread; progress, result and errors arrive on the GUI thread."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.latar import TugasLatar


def _di_thread_gui() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class _Penerima(QObject):
    """Connected like the dialogs connect: to methods of a QObject on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.laporan: list[tuple[float, str]] = []
        self.hasil: dict[str, Any] = {}
        self.di_gui: list[bool] = []

    @Slot(float, str)
    def kemajuan(self, bagian: float, teks: str) -> None:
        self.laporan.append((bagian, teks))
        self.di_gui.append(_di_thread_gui())

    @Slot(object)
    def selesai(self, nilai: Any) -> None:
        self.hasil["selesai"] = nilai
        self.di_gui.append(_di_thread_gui())

    @Slot(str)
    def gagal(self, pesan: str) -> None:
        self.hasil["gagal"] = pesan
        self.di_gui.append(_di_thread_gui())


def _jalankan(qtbot, tugas) -> tuple[TugasLatar, _Penerima]:  # type: ignore[no-untyped-def]
    job = TugasLatar(tugas, "uji")
    penerima = _Penerima()
    job.kemajuan.connect(penerima.kemajuan)
    job.selesai.connect(penerima.selesai)
    job.gagal.connect(penerima.gagal)
    job.mulai()
    qtbot.waitUntil(lambda: not job.berjalan, timeout=5000)
    return job, penerima


def test_job_on_worker_thread_slots_on_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    thread_tugas: list[bool] = []

    def tugas(lapor):  # type: ignore[no-untyped-def]
        thread_tugas.append(threading.current_thread() is threading.main_thread())
        lapor(0.5, "Separuh")
        return 42

    _, penerima = _jalankan(qtbot, tugas)
    assert thread_tugas == [False]  # the work itself left the GUI thread
    assert penerima.hasil == {"selesai": 42}
    assert penerima.laporan == [(0.5, "Separuh")]
    assert penerima.di_gui == [True, True]


def test_window_keeps_answering_while_the_job_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    lepas = threading.Event()

    def tugas(lapor):  # type: ignore[no-untyped-def]
        lepas.wait(5)  # a slow stick syncing
        return "ok"

    job = TugasLatar(tugas, "uji")
    penerima = _Penerima()
    job.selesai.connect(penerima.selesai)
    job.mulai()
    qtbot.wait(100)  # the GUI's event loop runs; with the job on the GUI thread it could not
    assert job.berjalan and penerima.hasil == {}
    lepas.set()
    qtbot.waitUntil(lambda: not job.berjalan, timeout=5000)
    assert penerima.hasil == {"selesai": "ok"}


def test_user_error_message_is_passed_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    def tugas(lapor):  # type: ignore[no-untyped-def]
        raise IkiError("Flashdisk penuh.")

    _, penerima = _jalankan(qtbot, tugas)
    assert penerima.hasil == {"gagal": "Flashdisk penuh."}
    assert penerima.di_gui == [True]


def test_unexpected_error_is_logged_not_shown(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    def tugas(lapor):  # type: ignore[no-untyped-def]
        raise RuntimeError("rincian internal")

    _, penerima = _jalankan(qtbot, tugas)
    assert "kesalahan tak terduga" in str(penerima.hasil["gagal"])
    assert "rincian internal" not in str(penerima.hasil["gagal"])
    assert "rincian internal" in (data_dir / "log" / "iki-desktop.log").read_text()


def test_waiting_during_the_job_never_runs_it_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    panggilan: list[float] = []

    def tugas(lapor):  # type: ignore[no-untyped-def]
        panggilan.append(time.monotonic())
        lapor(0.1, "mulai")
        time.sleep(0.3)
        return len(panggilan)

    job = TugasLatar(tugas, "uji")
    penerima = _Penerima()
    job.kemajuan.connect(penerima.kemajuan)
    job.selesai.connect(penerima.selesai)
    job.mulai()
    qtbot.waitUntil(lambda: bool(penerima.laporan), timeout=5000)  # the job is running
    job.tunggu()  # e.g. the dialog closes now
    job.tunggu()
    job.mulai()  # a second start of a finished job does nothing
    qtbot.waitUntil(lambda: not job.berjalan, timeout=5000)
    qtbot.wait(50)
    assert len(panggilan) == 1
    assert penerima.hasil == {"selesai": 1}


def test_many_jobs_in_a_row_end_cleanly(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Threads and workers are released on the GUI thread, each after its thread ended.
    penerima = _Penerima()
    for n in range(40):
        job = TugasLatar(lambda lapor, n=n: bytes(n), "uji")
        job.selesai.connect(penerima.selesai)
        job.mulai()
        qtbot.waitUntil(lambda job=job: not job.berjalan, timeout=5000)
        del job
    assert penerima.hasil == {"selesai": bytes(39)}
    assert penerima.di_gui == [True] * 40
