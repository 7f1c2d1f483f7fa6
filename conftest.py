"""Root pytest configuration: Qt must run offscreen before anything imports it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


def pytest_sessionfinish(session, exitstatus):  # type: ignore[no-untyped-def]
    """Release Qt-owned objects with Python wrappers while Python is still alive.

    Data put on the clipboard (copied indicator rows) is owned by Qt and would otherwise
    be destroyed by QtGui's exit handler after Python has finalised: a crash at exit.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from iki_desktop.ui.app import lepas_papan_klip

        lepas_papan_klip()
        app.processEvents()
