"""A second start hands its package to the window already open on that database, then exits."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QObject
from PySide6.QtNetwork import QLocalSocket

from iki_desktop.ui.jendela.satu_jendela import jaga, nama_server, serahkan


class _JendelaPalsu(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.diterima: list[Path | None] = []

    def buka_terima(self, path: Path | None) -> None:
        self.diterima.append(path)


def _mulai_kedua(db: Path, *args: str) -> subprocess.Popen[str]:
    code = "import sys; from iki_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(db), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_start_hands_the_package_over_and_exits(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kantor.sqlite"  # the first window's database (need not exist here)
    jendela = _JendelaPalsu()
    penjaga = jaga(nama_server(db), None, jendela.buka_terima)
    assert penjaga.server.isListening()
    paket = tmp_path / "Kecamatan Bélang 2026.ikipaket"
    paket.write_bytes(b"isi")

    kedua = _mulai_kedua(db, "terima", str(paket))
    qtbot.waitUntil(lambda: kedua.poll() is not None, timeout=30000)
    out, err = kedua.communicate()
    assert kedua.returncode == 0, out + err
    qtbot.waitUntil(lambda: bool(jendela.diterima), timeout=5000)
    assert jendela.diterima == [paket]
    # The second start opened no window and created no database.
    assert not db.exists()


def test_second_plain_start_only_brings_the_window_forward(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kantor.sqlite"
    jendela = _JendelaPalsu()
    penjaga = jaga(nama_server(db), None, jendela.buka_terima)  # noqa: F841 (kept alive)
    kedua = _mulai_kedua(db)
    qtbot.waitUntil(lambda: kedua.poll() is not None, timeout=30000)
    assert kedua.returncode == 0
    qtbot.wait(100)
    assert jendela.diterima == [] and not db.exists()


def test_no_running_window_means_no_handover(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not serahkan(nama_server(tmp_path / "tidak-dibuka.sqlite"), {"tampilkan": "1"})


def test_each_database_has_its_own_name(tmp_path: Path) -> None:
    assert nama_server(tmp_path / "a.sqlite") != nama_server(tmp_path / "b.sqlite")


def test_garbage_on_the_socket_is_ignored(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    jendela = _JendelaPalsu()
    nama = nama_server(tmp_path / "kantor.sqlite")
    penjaga = jaga(nama, None, jendela.buka_terima)  # noqa: F841 (kept alive)
    soket = QLocalSocket()
    soket.connectToServer(nama)
    assert soket.waitForConnected(3000)
    soket.write(b"\xff\xfe bukan json\n")
    soket.flush()
    qtbot.waitUntil(
        lambda: soket.state() != QLocalSocket.LocalSocketState.ConnectedState, timeout=5000
    )
    assert jendela.diterima == []


@pytest.mark.skipif(sys.platform == "win32", reason="socket files exist only on Unix")
def test_socket_left_by_a_crashed_window_is_replaced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nama = f"iki-desktop-uji-{uuid.uuid4().hex[:12]}"
    sisa = Path(QDir.tempPath()) / nama
    sisa.write_bytes(b"")  # what a killed first window leaves behind
    penjaga = jaga(nama, None, _JendelaPalsu().buka_terima)
    try:
        assert penjaga.server.isListening()
    finally:
        penjaga.server.close()
        sisa.unlink(missing_ok=True)


def test_real_window_opens_terima_for_a_second_start(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Through app.jalankan and the real main window: the package reaches its Terima dialog."""
    from argparse import Namespace

    from PySide6.QtWidgets import QApplication

    from iki_desktop.store import Store
    from iki_desktop.store.isi import isi_contoh
    from iki_desktop.ui import app as app_mod
    from iki_desktop.ui.dialog.terima import DialogTerima
    from iki_desktop.ui.jendela.penetapan import KendaliPenetapan

    db = tmp_path / "kantor.sqlite"
    with Store.create(db) as store:
        isi_contoh(store)
    paket = tmp_path / "kiriman.ikipaket"
    paket.write_bytes(b"bukan paket")  # the dialog reads it; here only its path matters
    dibuka: list[str | None] = []

    def exec_terima(dialog: DialogTerima) -> int:
        dibuka.append(dialog.label_berkas.text())
        return 0

    def exec_aplikasi(*_args: object) -> int:
        kedua = _mulai_kedua(db, "terima", str(paket))
        qtbot.waitUntil(lambda: kedua.poll() is not None and bool(dibuka), timeout=30000)
        assert kedua.returncode == 0
        return 0

    monkeypatch.setattr(DialogTerima, "exec", exec_terima)
    monkeypatch.setattr(KendaliPenetapan, "tanya_operator", lambda self: None)
    monkeypatch.setattr(QApplication, "exec", exec_aplikasi)
    assert app_mod.jalankan(Namespace(db=str(db))) == 0
    assert dibuka == [str(paket)]
    for w in QApplication.topLevelWidgets():
        w.close()
        w.deleteLater()
