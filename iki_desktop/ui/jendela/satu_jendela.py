"""One window per user and database: a second start hands its request to the first.

Double-clicking a `.ikipaket` while the program is open used to start a second window on
the same database. Now the first window listens on a local socket (QLocalServer: a named
pipe on Windows, a socket file on Linux) named after the user and the database file; a
second start connects, sends what it was asked to do (receive this package, or just come to
the front) and exits. A different `--db` file is a different name, so two databases can
still be open side by side.

Every signal here is connected to a method of a QObject on the GUI thread.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

BATAS_MS = 3000
JAWABAN_OK = b"ok\n"


def nama_server(db: Path) -> str:
    """Local socket name for this user and database (case-insensitive paths on Windows)."""
    try:
        pengguna = getpass.getuser()
    except (OSError, KeyError):
        pengguna = os.environ.get("USERNAME") or os.environ.get("USER") or "pengguna"
    teks = os.path.normcase(str(Path(db).absolute()))
    kunci = hashlib.sha256(f"{pengguna}\0{teks}".encode()).hexdigest()[:20]
    return f"iki-desktop-{kunci}"


def serahkan(nama: str, pesan: dict[str, str]) -> bool:
    """Hand `pesan` to a window already running under `nama`; False when there is none."""
    soket = QLocalSocket()
    soket.connectToServer(nama)
    if not soket.waitForConnected(BATAS_MS):
        return False
    soket.write(QByteArray(json.dumps(pesan).encode("utf-8") + b"\n"))
    soket.waitForBytesWritten(BATAS_MS)
    jawaban = b""
    while b"\n" not in jawaban and soket.waitForReadyRead(BATAS_MS):
        jawaban += bytes(soket.readAll().data())
    soket.disconnectFromServer()
    return jawaban == JAWABAN_OK


class PenjagaSatuJendela(QObject):
    """Listens for later starts and passes their requests to the window."""

    def __init__(
        self,
        nama: str,
        jendela: QWidget | None,
        buka_terima: Callable[[Path], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.nama = nama
        self.jendela = jendela
        self.buka_terima = buka_terima
        self._tertunda: list[dict[str, str]] = []
        self._soket: list[QLocalSocket] = []
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._sambungan_baru)

    def dengarkan(self) -> bool:
        if self.server.listen(self.nama):
            return True
        # A socket file left behind by a crashed first window (Linux): nobody answers on
        # it (serahkan() failed just before), so it may be removed.
        QLocalServer.removeServer(self.nama)
        return self.server.listen(self.nama)

    @Slot()
    def _sambungan_baru(self) -> None:
        while self.server.hasPendingConnections():
            soket = self.server.nextPendingConnection()
            self._soket.append(soket)
            soket.readyRead.connect(self._baca)
            soket.disconnected.connect(soket.deleteLater)

    @Slot()
    def _baca(self) -> None:
        soket = self.sender()
        if not isinstance(soket, QLocalSocket) or not soket.canReadLine():
            return
        baris = bytes(soket.readLine().data())
        if soket in self._soket:
            self._soket.remove(soket)
        try:
            pesan = json.loads(baris.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            pesan = None
        if not isinstance(pesan, dict):
            soket.disconnectFromServer()
            return
        self._tertunda.append({str(k): str(v) for k, v in pesan.items()})
        QTimer.singleShot(0, self._jalankan_tertunda)
        # Answer first: the second start exits at once, whatever dialog opens here.
        soket.write(QByteArray(JAWABAN_OK))
        soket.flush()

    @Slot()
    def _jalankan_tertunda(self) -> None:
        while self._tertunda:
            pesan = self._tertunda.pop(0)
            if self.jendela is not None:
                if self.jendela.isMinimized():
                    self.jendela.showNormal()
                self.jendela.raise_()
                self.jendela.activateWindow()
            berkas = pesan.get("terima")
            if berkas and self.buka_terima is not None:
                self.buka_terima(Path(berkas))


def pesan_dari_argumen(terima: str | None) -> dict[str, str]:
    return {"terima": terima} if terima else {"tampilkan": "1"}


def serahkan_atau_nama(db: Path, terima: str | None) -> str | None:
    """At start-up: None when a running window took the request (exit now), else the name
    this start must listen on."""
    nama = nama_server(db)
    if serahkan(nama, pesan_dari_argumen(terima)):
        return None
    return nama


def jaga(
    nama: str, jendela: QWidget | None, buka_terima: Callable[[Path], None]
) -> PenjagaSatuJendela:
    """Listen for later starts; the guard lives as long as the window (its Qt parent).

    `buka_terima(path)` opens the receive dialog (JendelaUtama.transfer.buka_terima)."""
    penjaga = PenjagaSatuJendela(nama, jendela, buka_terima, jendela)
    penjaga.dengarkan()
    return penjaga
