"""Guard against the PySide6 6.12.0 defect that leaks references to None.

Every void Qt call drops one reference to None; on Python 3.11 the interpreter aborts
("none_dealloc") once the count reaches zero, within a few thousand calls of normal use.
iki_desktop.ui raises the count out of reach on 3.11 (3.12+ makes None immortal). The
test runs the calls in a fresh interpreter, as the program does, so an abort fails the test
instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

_PROGRAM = """
import sys
sebelum = sys.getrefcount(None)
import iki_desktop.ui  # the program imports its UI package before any Qt call
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(2500):
    label.setText("x")  # two void calls per round: 5,000 in all
    label.update()
print(sebelum, sys.getrefcount(None))
"""


def test_none_refcount_does_not_fall_over_5000_void_calls() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _PROGRAM],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    sebelum, sesudah = (int(n) for n in result.stdout.split())
    assert sesudah >= sebelum
