"""The one place that turns a file path into an SQLite URI.

SQLite URIs are needed for `mode=ro`/`mode=rw` and `immutable=1`. Two Windows traps decide the
shape:

- `Path.resolve()` turns a mapped network drive (`Z:\\data.sqlite`) into its UNC target
  (`\\\\server\\share\\data.sqlite`), and `Path.as_uri()` then writes `file://server/share/...`,
  which SQLite refuses ("invalid uri authority"). So the path is made absolute with
  `absolute()` (the drive letter stays) and never resolved.
- A real UNC path is written with an empty authority and the server in the path,
  `file:////server/share/...`, which SQLite's Windows VFS opens as `\\\\server\\share\\...`.

Everything except letters, digits, `-._~`, `/` and the drive colon is percent-encoded as UTF-8,
so `?`, `#`, `%`, spaces and non-ASCII names (SQLite decodes `%HH` before opening) survive.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote


def sqlite_uri(
    path: str | os.PathLike[str], *, mode: str | None = None, immutable: bool = False
) -> str:
    """`file:` URI for `path` with the given `mode` (ro, rw, rwc) and `immutable` flag.

    A concrete path is made absolute against the working folder; a pure path (tests build
    Windows paths on Linux with PureWindowsPath) must already be absolute.
    """
    p = path if isinstance(path, PurePath) else Path(path)
    if isinstance(p, Path):
        p = p.absolute()
    if not p.is_absolute():
        raise ValueError(f"not an absolute path: {p}")
    if isinstance(p, PureWindowsPath):
        posix = p.as_posix()  # "C:/dir/db.sqlite" or "//server/share/dir/db.sqlite"
        if p.drive.startswith("\\\\"):
            body = "//" + quote(posix.lstrip("/"), safe="/")
        else:
            body = "/" + quote(posix, safe="/:")
    else:
        body = quote(p.as_posix(), safe="/")
    params = []
    if mode:
        params.append(f"mode={mode}")
    if immutable:
        params.append("immutable=1")
    query = "?" + "&".join(params) if params else ""
    return f"file://{body}{query}"


def buka_baca(path: str | os.PathLike[str], *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection (autocommit) to the database at `path`; `immutable` for a file
    nobody writes meanwhile (a backup, a received package), which then takes no locks."""
    uri = sqlite_uri(path, mode="ro", immutable=immutable)
    return sqlite3.connect(uri, uri=True, isolation_level=None)
