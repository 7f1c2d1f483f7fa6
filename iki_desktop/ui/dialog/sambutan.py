"""First-run welcome: start with the sample, the standard structure, or empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store

PILIHAN = (
    (
        "contoh",
        "Mulai dengan contoh (Wonoasih 2026)",
        "Dokumen lengkap Kecamatan Wonoasih: Keputusan, IKU dan 36 jabatan beserta "
        "indikatornya. Cocok untuk mencoba program; dapat dihapus kapan saja.",
    ),
    (
        "templat",
        "Mulai dengan susunan standar kecamatan",
        "Susunan jabatan kecamatan dengan tugas dan fungsinya, tanpa indikator. "
        "Isi nama instansi dan indikator Anda sendiri.",
    ),
    ("kosong", "Mulai kosong", "Basis data tanpa dokumen. Buat dokumen baru lewat menu Dokumen."),
)


class DialogSambutan(QDialog):
    """Asks how to fill a new database; `pilihan` is "contoh", "templat" or "kosong"."""

    def __init__(self, parent: QWidget | None = None, judul: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Selamat datang di IKI Desktop")
        self.pilihan = "kosong"
        lay = QVBoxLayout(self)
        kepala = QLabel(
            judul
            or "<h2>Selamat datang di IKI Desktop</h2>"
            "<p>Program ini menyusun, memeriksa, menyimpan dan mencetak IKU, IKI dan "
            "Keputusan Camat. Setiap perubahan langsung tersimpan.</p>"
            "<p>Bagaimana Anda ingin memulai?</p>"
        )
        kepala.setWordWrap(True)
        lay.addWidget(kepala)
        self.tombol: dict[str, QCommandLinkButton] = {}
        for kunci, label, keterangan in PILIHAN:
            b = QCommandLinkButton(label, keterangan)
            b.clicked.connect(lambda *_, k=kunci: self._pilih(k))
            lay.addWidget(b)
            self.tombol[kunci] = b
        self.tombol["contoh"].setDefault(True)
        self.resize(560, 380)

    def _pilih(self, kunci: str) -> None:
        self.pilihan = kunci
        self.accept()


def buat_basis_data(path: Path, parent: QWidget | None = None) -> bool:
    """Create a database and fill it as the user chooses in the welcome dialog."""
    from iki_desktop.store.isi import isi_contoh, isi_template

    dialog = DialogSambutan(parent)
    if not dialog.exec():
        dialog.pilihan = "kosong"
    try:
        store = Store.create(path)
    except IkiError as err:
        QMessageBox.warning(parent, "Basis data tidak dapat dibuat", str(err))
        return False
    try:
        if dialog.pilihan == "contoh":
            isi_contoh(store)
        elif dialog.pilihan == "templat":
            isi_template(store, dt.date.today().year)
    except IkiError as err:
        QMessageBox.warning(parent, "Basis data tidak dapat diisi", str(err))
    finally:
        store.close()
    return True
