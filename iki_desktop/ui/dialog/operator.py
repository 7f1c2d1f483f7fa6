"""Ask the operator's name once per session; it goes into the audit trail of every edit.

The last name given is remembered in QSettings and offered as the default next time,
so on a shared office PC the next person only has to overwrite it.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.store import Store
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.setelan import buat_setelan

KUNCI = "operator/nama"
MAKS_PANJANG = 80


class DialogOperator(QDialog):
    def __init__(
        self,
        konteks: Konteks | Store,
        parent: QWidget | None = None,
        setelan: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.setelan = setelan or buat_setelan()
        self.setWindowTitle("Nama petugas")
        layout = QVBoxLayout(self)
        keterangan = QLabel(
            "Tulis nama Anda. Nama ini dicatat pada riwayat perubahan setiap kali "
            "dokumen diubah atau ditetapkan selama program dibuka.",
            self,
        )
        keterangan.setWordWrap(True)
        layout.addWidget(keterangan)
        self.nama = QLineEdit(self)
        self.nama.setMaxLength(MAKS_PANJANG)
        self.nama.setPlaceholderText("mis. Siti Aminah")
        self.nama.setAccessibleName("Nama petugas")
        self.nama.setText(konteks.operator or str(self.setelan.value(KUNCI, "") or ""))
        self.nama.selectAll()
        layout.addWidget(self.nama)
        self.tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.tombol.button(QDialogButtonBox.StandardButton.Ok).setText("Simpan")
        self.tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Lewati")
        self.tombol.accepted.connect(self.accept)
        self.tombol.rejected.connect(self.reject)
        layout.addWidget(self.tombol)
        self.nama.textChanged.connect(self._periksa)
        self._periksa()

    def _periksa(self) -> None:
        ok = self.tombol.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.nama.text().strip()))

    def accept(self) -> None:
        nama = " ".join(self.nama.text().split())
        if not nama:
            return
        self.konteks.operator = nama
        self.setelan.setValue(KUNCI, nama)
        super().accept()


def tanya_operator(
    konteks: Konteks | Store, parent: QWidget | None = None, setelan: QSettings | None = None
) -> str:
    """The operator's name, asking only when none was given in this session yet."""
    if konteks.operator:
        return konteks.operator
    DialogOperator(konteks, parent, setelan).exec()
    return konteks.operator
