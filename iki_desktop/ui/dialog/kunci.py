"""Office key in the window: show the fingerprint, save the key away, put one back.

The key is saved beside backups so that a reinstalled PC keeps signing as the same
office; putting a key back asks first and keeps the replaced key aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.kunci import EKSTENSI_EKSPOR, ekspor_kunci, impor_kunci, kunci_kantor


def teks_sidik_jari() -> str:
    """One line for dialogs: this office's fingerprint, or why it is unavailable."""
    try:
        sidik = kunci_kantor().sidik_jari
    except IkiError as exc:
        return str(exc)
    return (
        f"Paket ditandatangani dengan kunci kantor ini; sidik jarinya <tt>{sidik}</tt>. "
        "Bacakan angka itu bila kantor penerima menelepon untuk mencocokkan."
    )


def simpan_kunci(parent: QWidget | None) -> str:
    """Ask where, then export the key; returns the message to show."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        "Simpan kunci kantor",
        f"kunci-kantor{EKSTENSI_EKSPOR}",
        f"Kunci kantor IKI Desktop (*{EKSTENSI_EKSPOR})",
    )
    if not path:
        return ""
    tujuan = Path(path)
    if tujuan.suffix != EKSTENSI_EKSPOR:
        tujuan = tujuan.with_name(tujuan.name + EKSTENSI_EKSPOR)
    try:
        ekspor_kunci(tujuan)
    except IkiError as exc:
        return str(exc)
    return (
        f"Kunci kantor disimpan di {tujuan}. Simpan di tempat aman seperti stempel kantor: "
        "siapa pun yang memilikinya dapat menandatangani atas nama kantor ini."
    )


def pasang_kunci(parent: QWidget | None) -> str:
    """Ask for a saved key and confirm, then make it this installation's key."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Pasang kunci kantor", "", f"Kunci kantor IKI Desktop (*{EKSTENSI_EKSPOR})"
    )
    if not path:
        return ""
    jawab = QMessageBox.question(
        parent,
        "Pasang kunci kantor",
        "Kunci kantor komputer ini akan diganti dengan kunci dari berkas itu (kunci yang "
        "sekarang disimpan di samping). Lakukan hanya bila berkas itu kunci kantor Anda "
        "sendiri, misalnya dari cadangan komputer lama.\n\nLanjutkan?",
    )
    if jawab != QMessageBox.StandardButton.Yes:
        return ""
    try:
        baru, lama = impor_kunci(Path(path))
    except IkiError as exc:
        return str(exc)
    return f"Kunci kantor dipasang; sidik jari {baru.sidik_jari}." + (
        f" Kunci sebelumnya disimpan sebagai {lama.name}." if lama else ""
    )
