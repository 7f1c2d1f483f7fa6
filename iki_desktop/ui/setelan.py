"""QSettings in one place: recent files, window layout.

INI format in the user's settings folder on every platform (tests redirect it with
QSettings.setPath), so the settings can be inspected and reset by deleting one file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISASI = "IKI Desktop"
APLIKASI = "IKI Desktop"
MAKS_TERAKHIR = 8


def buat_setelan() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISASI, APLIKASI)


def berkas_terakhir(setelan: QSettings) -> list[str]:
    nilai = setelan.value("berkas/terakhir", [])
    if isinstance(nilai, str):
        nilai = [nilai]
    return [str(v) for v in (nilai or []) if v]


def catat_berkas_terakhir(setelan: QSettings, path: Path) -> list[str]:
    teks = str(Path(path).absolute())
    daftar = [teks] + [p for p in berkas_terakhir(setelan) if p != teks]
    daftar = daftar[:MAKS_TERAKHIR]
    setelan.setValue("berkas/terakhir", daftar)
    return daftar


def hapus_berkas_terakhir(setelan: QSettings, path: str) -> None:
    setelan.setValue("berkas/terakhir", [p for p in berkas_terakhir(setelan) if p != path])
