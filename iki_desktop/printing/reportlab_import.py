"""Import reportlab.platypus without compiling the URI regex it never needs here.

`reportlab.platypus.paragraph` compiles `uri_pat` at import: a case-insensitive
pattern over `[a-z\\xa1-\\uffff…]` that costs 20–57 ms per process, used only to hyphenate
URIs. Every print process paid it. While that module is imported, `re.compile` hands
back a stand-in for exactly that pattern, which compiles it the first time it is used;
every other pattern is compiled as usual. Import this module before anything imports
reportlab.platypus (printing/__init__.py does).
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_AWALAN_URI = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class PolaMalas:
    """A compiled pattern made on first use; behaves like re.Pattern for callers."""

    def __init__(self, pola: str, flags: int) -> None:
        self._pola, self._flags = pola, flags
        self._asli: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def _pattern(self) -> re.Pattern[str]:
        if self._asli is None:
            with self._lock:
                if self._asli is None:
                    self._asli = _COMPILE_ASLI(self._pola, self._flags)
        return self._asli

    def __getattr__(self, nama: str) -> Any:
        return getattr(self._pattern(), nama)


_COMPILE_ASLI = re.compile


def _compile(pola: Any, flags: int = 0) -> Any:
    if isinstance(pola, str) and pola.startswith(_AWALAN_URI):
        return PolaMalas(pola, flags)
    return _COMPILE_ASLI(pola, flags)


def impor_platypus() -> None:
    """Import reportlab.platypus.paragraph (once) with the URI pattern made lazy."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    re.compile = _compile  # type: ignore[assignment]
    try:
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = _COMPILE_ASLI


impor_platypus()
