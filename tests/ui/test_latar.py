"""Long jobs: result, progress and errors arrive as signals, all on the GUI thread."""

from __future__ import annotations

import threading

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.latar import TugasLatar


def _jalankan(qtbot, tugas):  # type: ignore[no-untyped-def]
    job = TugasLatar(tugas, "uji")
    hasil: dict[str, object] = {}
    laporan: list[tuple[float, str, bool]] = []
    job.kemajuan.connect(
        lambda f, t: laporan.append((f, t, threading.current_thread() is threading.main_thread()))
    )
    job.selesai.connect(lambda v: hasil.setdefault("selesai", v))
    job.gagal.connect(lambda v: hasil.setdefault("gagal", v))
    job.mulai()
    qtbot.waitUntil(lambda: not job.berjalan, timeout=5000)
    return hasil, laporan


def test_result_and_progress_on_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    def tugas(lapor):  # type: ignore[no-untyped-def]
        lapor(0.5, "Separuh")
        return 42

    hasil, laporan = _jalankan(qtbot, tugas)
    assert hasil == {"selesai": 42}
    assert laporan and all(on_gui for _, _, on_gui in laporan)


def test_user_error_message_is_passed_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    def tugas(lapor):  # type: ignore[no-untyped-def]
        raise IkiError("Flashdisk penuh.")

    hasil, _ = _jalankan(qtbot, tugas)
    assert hasil == {"gagal": "Flashdisk penuh."}


def test_unexpected_error_is_logged_not_shown(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    def tugas(lapor):  # type: ignore[no-untyped-def]
        raise RuntimeError("rincian internal")

    hasil, _ = _jalankan(qtbot, tugas)
    assert "kesalahan tak terduga" in str(hasil["gagal"])
    assert "rincian internal" not in str(hasil["gagal"])
    assert "rincian internal" in (data_dir / "log" / "iki-desktop.log").read_text()
