"""Every SQLite connection the program makes keeps recursive triggers off, and
sqlite-utils never runs plugins installed on the machine against our files."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from iki_desktop.cli import main
from iki_desktop.store import Store

_connect = sqlite3.connect


class _Diawasi(sqlite3.Connection):
    """A connection that reports its recursive_triggers setting when it closes."""

    terlihat: list[tuple[str, int]] = []

    def close(self) -> None:
        try:
            (nilai,) = self.execute("PRAGMA recursive_triggers").fetchone()
        except sqlite3.ProgrammingError:  # already closed
            nilai = 0
        _Diawasi.terlihat.append((self._nama, int(nilai)))
        super().close()


def _connect_diawasi(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
    kwargs.setdefault("factory", _Diawasi)
    conn = _connect(database, *args, **kwargs)
    conn._nama = str(database)  # type: ignore[attr-defined]
    return conn


@pytest.fixture
def diawasi(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    import sqlite_utils.db

    def jangan(*_a: object, **_k: object) -> None:
        raise AssertionError("sqlite-utils loaded plugins")

    monkeypatch.setattr(sqlite_utils.db, "ensure_plugins_loaded", jangan)
    monkeypatch.setattr(sqlite3, "connect", _connect_diawasi)
    _Diawasi.terlihat = []
    return _Diawasi.terlihat


def test_recursive_triggers_stay_off_on_every_connection(
    tmp_path: Path, data_dir: Path, diawasi: list[tuple[str, int]]
) -> None:
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    pkt, cad = str(tmp_path / "a.ikipaket"), str(tmp_path / "b-cadangan.sqlite")
    assert main(["new", "--db", a, "--contoh"]) == 0  # store writes through sqlite-utils
    assert main(["new", "--db", b]) == 0
    with Store.open(a) as store:  # undo-style edits: delete and undelete
        dok = store.list_dokumen()[0]
        sasaran = next(s for j in store.load_dokumen(dok.id).jabatan for s in j.sasaran)
        store.undelete(store.delete_sasaran(sasaran.id))
        store.set_meta("operator", "Uji")
        assert store.conn.execute("PRAGMA recursive_triggers").fetchone() == (0,)
    assert main(["pack", "--db", a, "--out", pkt]) == 0  # package written and verified
    assert main(["unpack", "--db", b, pkt, "--dry-run"]) == 0  # package read
    assert main(["unpack", "--db", b, pkt]) == 0  # received, backup before the merge
    assert main(["backup", "--db", b, "--out", cad]) == 0
    assert main(["restore", "--db", b, cad, "--ya"]) == 0  # backup checked and copied back
    assert main(["info", "--db", b]) == 0
    nama = {Path(n.split("?")[0]).name for n, _ in diawasi}
    assert {"a.sqlite", "b.sqlite"} <= nama and len(diawasi) >= 8
    hidup = [(n, v) for n, v in diawasi if v]
    assert not hidup, f"recursive_triggers switched on: {hidup}"
