"""The Qt user interface (the only package that imports PySide6).

Importing it first works around a PySide6 6.12 defect on Python 3.11: every call of
a Qt method that returns nothing (setText, update, repaint, QObject.parent() → None…)
drops one reference to Python's None without taking it. None's reference count falls
by thousands per minute of use, and when it reaches zero the interpreter aborts
("Fatal Python error: none_dealloc"). Measured here: 6.12.0 loses 1 reference per
call, 6.11.3 none. Python 3.12+ makes None immortal, so only 3.11 is affected; there
we raise None's count so far that it cannot reach zero (what 3.12 does by design).
The real fix is PySide6 < 6.12 or Python ≥ 3.12; this keeps 3.11 + 6.12 usable.
"""

from __future__ import annotations

import sys


def _lindungi_none() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    try:
        from PySide6 import __version_info__ as versi
    except ImportError:
        return
    if tuple(versi[:2]) < (6, 12):
        return
    import ctypes

    # ob_refcnt is the first field of every CPython 3.11 object. True/False too: a
    # benchmark run also ended in "bool_dealloc" (source not yet pinned down).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_lindungi_none()
