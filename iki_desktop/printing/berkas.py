"""Writing a PDF into place: a temporary file beside it, fsync, then one rename.

A power cut or a full stick never leaves a half-written file under the chosen name, and the
file gets the user's normal permissions (see `iki_desktop.sementara`). Every printout goes
through `tulis_pdf`, so the Indonesian messages are the same for each kind of document.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from iki_desktop.domain.errors import IkiError
from iki_desktop.sementara import buat_sementara


@contextlib.contextmanager
def tulis_pdf(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `path`, otherwise it is removed."""
    target = Path(path)
    try:
        fd, tmp = buat_sementara(target.parent, ".~", ".pdf.tmp")
    except OSError as exc:
        raise IkiError(f"Tidak dapat menulis ke folder {target.parent}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _hapus(tmp)
        raise IkiError(
            f"PDF tidak dapat disimpan ke {target}: {exc.strerror or exc}. "
            "Mungkin berkas itu sedang dibuka di program lain."
        ) from exc
    except BaseException:
        _hapus(tmp)
        raise


def _hapus(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
