"""Starting the window: QApplication setup, first run, error reporting, and quitting
after the first paint for start-up benchmarks (`--keluar-setelah-tampil`)."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.resources import resource_path
from iki_desktop.store import default_db_path


def buat_aplikasi(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("IKI Desktop")
    app.setApplicationDisplayName("IKI Desktop")
    app.setOrganizationName("IKI Desktop")
    app.setOrganizationDomain("iki-desktop.local")
    from iki_desktop import __version__
    from iki_desktop.ui.terjemahan import pasang_terjemahan

    app.setApplicationVersion(__version__)
    # Numbers and dates the Indonesian way (11,5 pt; 7 Januari 2026) in every widget.
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setStyle("Fusion")  # the same look on every Windows version, and in screenshots
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    ikon = resource_path("icons/iki-desktop.png")
    if ikon.exists():
        app.setWindowIcon(QIcon(str(ikon)))
    pasang_terjemahan(app)
    app.aboutToQuit.connect(lepas_papan_klip)
    return app


def lepas_papan_klip() -> None:
    """Hand copied rows over to Qt as plain text before Python shuts down.

    Our QMimeData on the clipboard has a Python wrapper; Qt destroys it in an exit
    handler after Python has finalised, which crashes. Re-setting the text keeps what
    Excel can paste and leaves only a Qt-made object behind.
    """
    papan = QApplication.clipboard()
    data = papan.mimeData()
    if data is not None and data.hasFormat("application/x-iki-baris"):
        papan.setText(data.text())


def tampilkan_galat_tak_terduga(parent: QWidget | None = None) -> None:
    from iki_desktop.applog import log_path

    QMessageBox.critical(
        parent,
        "Terjadi kesalahan",
        "Maaf, terjadi kesalahan tak terduga. Data yang sudah tersimpan tetap aman.\n\n"
        f"Rinciannya dicatat di {log_path()}. Bila terulang, kirimkan berkas itu "
        "kepada pengelola program.",
    )


def _kait_pengecualian(
    jenis: type[BaseException], nilai: BaseException, tb: TracebackType | None
) -> None:
    """Unexpected errors in slots: log them, say so politely, keep running."""
    if isinstance(nilai, IkiError):
        QMessageBox.warning(QApplication.activeWindow(), "Tidak dapat dilakukan", str(nilai))
        return
    if isinstance(nilai, KeyboardInterrupt):
        QApplication.quit()
        return
    from iki_desktop.applog import setup_logging
    from iki_desktop.store.pesan import pesan_basis_data

    pesan = pesan_basis_data(nilai)
    if pesan:  # disk full, read-only media, a damaged file: each its own way out
        QMessageBox.warning(QApplication.activeWindow(), "Tidak dapat disimpan", pesan)

    setup_logging()
    import logging

    logging.getLogger("iki_desktop").error(
        "Kesalahan tak terduga di antarmuka:\n%s",
        "".join(traceback.format_exception(jenis, nilai, tb)),
    )
    if not pesan:
        tampilkan_galat_tak_terduga(QApplication.activeWindow())


def pasang_kait_pengecualian() -> None:
    sys.excepthook = _kait_pengecualian


def jalankan(args: argparse.Namespace) -> int:
    """Open the main window (iki_desktop.cli calls this when no sub-command is given)."""
    app = buat_aplikasi()
    pasang_kait_pengecualian()
    from iki_desktop.ui.dialog.sambutan import buat_basis_data
    from iki_desktop.ui.jendela.utama import JendelaUtama

    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    nama_jaga = None
    if not getattr(args, "keluar_setelah_tampil", False):
        from iki_desktop.ui.jendela.satu_jendela import serahkan_atau_nama

        nama_jaga = serahkan_atau_nama(path, getattr(args, "terima", None))
        if nama_jaga is None:
            return 0  # the window already open on this database took the request
    if not path.exists():
        if getattr(args, "db", None):
            # A typed path that does not exist is more often a typo than a wish.
            jawab = QMessageBox.question(
                None,
                "Berkas tidak ditemukan",
                f"Basis data {path} tidak ditemukan. Buat basis data baru di tempat itu?",
            )
            if jawab != QMessageBox.StandardButton.Yes:
                return 1
        if not buat_basis_data(path):
            return 1
    jendela = JendelaUtama()
    jendela.buka_berkas(path)
    if nama_jaga is not None:
        from iki_desktop.ui.jendela.satu_jendela import jaga

        jaga(nama_jaga, jendela, jendela.transfer.buka_terima)
    if getattr(args, "keluar_setelah_tampil", False):
        keluar_setelah_gambar(jendela)
    jendela.show()
    if not getattr(args, "keluar_setelah_tampil", False):
        # Asked once per session: every edit is recorded with the operator's name.
        QTimer.singleShot(0, jendela.penetapan.tanya_operator)
    terima = getattr(args, "terima", None)
    if terima:  # a double-clicked .ikipaket
        QTimer.singleShot(0, lambda: jendela.transfer.buka_terima(Path(terima)))
    return int(app.exec())


def keluar_setelah_gambar(jendela: Any) -> None:
    """Quit right after the window's first paint; print the elapsed time in ms."""
    from iki_desktop.waktu_mulai import ms_sejak_proses_mulai

    class _Pengamat(QObject):
        selesai = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.selesai:
                self.selesai = True
                QTimer.singleShot(0, self._keluar)
            return False

        def _keluar(self) -> None:
            print(f"Jendela tergambar setelah {ms_sejak_proses_mulai():.0f} ms", flush=True)
            sys.stdout.flush()
            QApplication.quit()

    pengamat = _Pengamat(jendela)
    jendela.installEventFilter(pengamat)
    jendela._pengamat_gambar = pengamat
