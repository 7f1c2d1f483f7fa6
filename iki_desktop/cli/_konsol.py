"""Console streams that never fail on a character.

On Windows, output redirected to a file or pipe is encoded with the ANSI code page (cp1252 on
most office PCs, or whatever PYTHONIOENCODING says): an indicator text with "≥" or a name with
a character outside it made `iki-desktop diff A B > hasil.txt` end with UnicodeEncodeError.
Every command writes UTF-8, and a character a stream still cannot take is replaced rather
than raised. The frozen program additionally runs in Python's UTF-8 mode (see the spec).
"""

from __future__ import annotations

import io
import sys


def utf8_streams() -> None:
    """Reconfigure stdout and stderr to UTF-8 with replacement; absent streams are skipped."""
    for stream in (sys.stdout, sys.stderr):
        # The windowed Windows executable has no streams (None); pytest's capture objects
        # and other replacements may lack reconfigure().
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
