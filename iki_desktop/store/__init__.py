"""SQLite storage through sqlite-utils over connections we open ourselves."""

from iki_desktop.store.connection import data_dir, default_db_path
from iki_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from iki_desktop.store.store import Store
from iki_desktop.store.tombstone import Penghapusan

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "Penghapusan",
    "Store",
    "data_dir",
    "default_db_path",
]
