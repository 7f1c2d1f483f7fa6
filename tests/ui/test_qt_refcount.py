"""Guard against the PySide6 6.12.0 defect that leaks references to None.

Every void Qt call drops one reference to None; on Python 3.11 the interpreter would
abort once the count reached zero, minutes into normal use. iki_desktop.ui raises the
count out of reach on 3.11 (3.12+ makes None immortal). This test fails if either
protection is missing.
"""

import sys

from PySide6.QtWidgets import QLabel

import iki_desktop.ui  # noqa: F401  (installs the protection)


def test_void_qt_calls_cannot_free_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(5000):
        label.setText("x")
        label.update()
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1_000_000_000
