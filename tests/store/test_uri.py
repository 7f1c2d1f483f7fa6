"""SQLite URIs for Windows drive letters, mapped drives, UNC shares and non-ASCII names."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from iki_desktop.store.uri import sqlite_uri


def test_drive_letter_keeps_the_drive() -> None:
    uri = sqlite_uri(PureWindowsPath(r"C:\Data Kantor\iki.sqlite"), mode="rw")
    assert uri == "file:///C:/Data%20Kantor/iki.sqlite?mode=rw"


def test_mapped_network_drive_is_not_turned_into_an_authority() -> None:
    # Z: mapped to \\server\share: the URI names Z:, never "file://server/..."
    uri = sqlite_uri(PureWindowsPath(r"Z:\kecamatan\iki.sqlite"), mode="ro")
    assert uri == "file:///Z:/kecamatan/iki.sqlite?mode=ro"


def test_unc_path_has_an_empty_authority() -> None:
    uri = sqlite_uri(PureWindowsPath(r"\\server\share\kab\iki.sqlite"), mode="ro", immutable=True)
    assert uri == "file:////server/share/kab/iki.sqlite?mode=ro&immutable=1"


def test_unicode_and_uri_characters_are_percent_encoded() -> None:
    uri = sqlite_uri(PureWindowsPath(r"D:\Kecamatan Bélang #2\data?%ü.sqlite"))
    assert uri == "file:///D:/Kecamatan%20B%C3%A9lang%20%232/data%3F%25%C3%BC.sqlite"


def test_posix_path() -> None:
    assert sqlite_uri(PurePosixPath("/home/op/iki.sqlite"), mode="rw") == (
        "file:///home/op/iki.sqlite?mode=rw"
    )


def test_relative_pure_path_is_refused() -> None:
    with pytest.raises(ValueError):
        sqlite_uri(PureWindowsPath(r"data\iki.sqlite"))


def test_relative_path_becomes_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert sqlite_uri("iki.sqlite") == f"file://{Path.cwd().as_posix()}/iki.sqlite"


def test_links_are_not_resolved(tmp_path: Path) -> None:
    # The Windows counterpart: resolve() would replace a mapped drive by its UNC target.
    real = tmp_path / "asli"
    real.mkdir()
    (tmp_path / "tautan").symlink_to(real)
    assert "/tautan/iki.sqlite" in sqlite_uri(tmp_path / "tautan" / "iki.sqlite")


def test_sqlite_opens_unicode_names_through_the_uri(tmp_path: Path) -> None:
    path = tmp_path / "Kantor Camat Bélang #1 ?%" / "data ü.sqlite"
    path.parent.mkdir()
    conn = sqlite3.connect(sqlite_uri(path, mode="rwc"), uri=True)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert path.exists()
    ro = sqlite3.connect(sqlite_uri(path, mode="ro", immutable=True), uri=True)
    assert ro.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    ro.close()
