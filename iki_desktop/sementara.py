"""Temporary files for output that is renamed into place: created with normal permissions.

`tempfile.mkstemp` creates its file with mode 0600 so that nobody else can read a secret
scratch file; after `os.replace` the PDF, workbook or package would keep that mode, and a
colleague (or the office's shared folder) could not open what the operator saved. Here the
file is created with 0666 minus the umask, as any program's ordinary output is.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def buat_sementara(folder: str | os.PathLike[str], prefix: str, suffix: str) -> tuple[int, str]:
    """Create a new empty file in `folder`; return (open descriptor, path) like mkstemp."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = Path(folder) / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            return os.open(path, flags, 0o666), str(path)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")
