"""Logging to a file in the data folder: users never see a traceback, we keep it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from iki_desktop.store.connection import data_dir

_handler: logging.Handler | None = None
_handler_path: Path | None = None


def log_path() -> Path:
    folder = data_dir() / "log"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "iki-desktop.log"


def setup_logging() -> Path:
    """Log to the data folder's log file (again when the data folder changed)."""
    global _handler, _handler_path
    path = log_path()
    if _handler_path != path:
        root = logging.getLogger()
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        _handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(_handler)
        root.setLevel(logging.INFO)
        _handler_path = path
    return path


def log_unexpected(context: str) -> Path:
    """Record the current exception with its traceback; return the log file's path."""
    path = setup_logging()
    logging.getLogger("iki_desktop").exception("Kesalahan tak terduga: %s", context)
    return path
