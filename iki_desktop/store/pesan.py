"""Indonesian messages for failures of the disk, the stick and SQLite itself.

Each cause gets its own sentence and its own way out, because the wrong sentence
sends people the wrong way: a write-protected stick is not "pulled out", a database
on a CD is not "damaged", and a damaged database needs the backups, not a retry.

    pesan_os(exc, folder)        # writing to a folder or stick failed
    pesan_basis_data(exc, path)  # working on the database failed (None: not ours to explain)
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

PETUNJUK_CADANGAN = (
    "Pulihkan dari cadangan: di program buka menu Berkas › Cadangan… lalu pilih "
    "cadangan terakhir yang baik, atau jalankan: iki-desktop restore BERKAS_CADANGAN --ya "
    "(daftar cadangan: iki-desktop backup --daftar)."
)

_KODE_PENUH = {"SQLITE_FULL"}
_KODE_HANYA_BACA = {"SQLITE_READONLY", "SQLITE_READONLY_DBMOVED", "SQLITE_READONLY_DIRECTORY"}
_KODE_RUSAK = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_VTAB"}


def _nama_kode(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def _penuh(exc: BaseException) -> bool:
    teks = str(exc).lower()
    return (
        getattr(exc, "errno", None) == errno.ENOSPC
        or _nama_kode(exc) in _KODE_PENUH
        or "disk is full" in teks
    )


def _hanya_baca(exc: BaseException) -> bool:
    teks = str(exc).lower()
    return (
        getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES, errno.EPERM)
        or _nama_kode(exc).startswith("SQLITE_READONLY")
        or "readonly database" in teks
        or "read-only file system" in teks
    )


def rusak(exc: BaseException) -> bool:
    teks = str(exc).lower()
    return (
        _nama_kode(exc) in _KODE_RUSAK
        or "malformed" in teks
        or "file is not a database" in teks
        or "disk image" in teks
    )


def folder_bisa_ditulis(folder: Path) -> bool | None:
    """Try to create a file: True/False, or None when the folder is gone."""
    if not folder.is_dir():
        return None
    uji = folder / ".iki-uji-tulis"
    try:
        fd = os.open(uji, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        # ENOSPC: writable, only full; the caller reports "full".
        return exc.errno == errno.ENOSPC
    os.close(fd)
    with contextlib.suppress(OSError):
        uji.unlink()
    return True


def _terkunci(folder: Path) -> str:
    return (
        f"{folder} tidak dapat ditulisi: flashdisk dikunci (tombol kunci/write-protect di "
        "sisinya) atau tempat itu hanya-baca. Geser tombol kuncinya atau pilih tempat lain."
    )


def pesan_os(exc: BaseException, folder: Path) -> str:
    """An Indonesian sentence for a failed write to a stick or folder."""
    nomor = getattr(exc, "errno", None)
    if _penuh(exc):
        return f"Ruang di {folder} habis (flashdisk penuh). Kosongkan sebagian isinya lalu ulangi."
    if _hanya_baca(exc):
        return _terkunci(folder)
    bisa = folder_bisa_ditulis(folder)
    if bisa is None or nomor == errno.ENOENT and not folder.is_dir():
        return f"Folder {folder} tidak ada lagi (flashdisk mungkin tercabut)."
    if bisa is False:
        return _terkunci(folder)
    return (
        f"Penulisan ke {folder} gagal ({exc}). Flashdisk mungkin tercabut; "
        "pasang kembali lalu ulangi."
    )


def pesan_basis_data(exc: BaseException, path: Path | None = None) -> str | None:
    """The sentence for a failure while working on the database, or None if unknown."""
    nama = path.name if path else "Basis data"
    if not isinstance(exc, sqlite3.Error | OSError):
        return None
    if _penuh(exc):
        return (
            f"Ruang disk habis sehingga perubahan terakhir tidak tersimpan ({nama}). "
            "Kosongkan sebagian isi disk (misalnya folder Unduhan atau Tempat Sampah), "
            "lalu ulangi. Data yang sudah tersimpan sebelumnya tetap utuh."
        )
    if _hanya_baca(exc):
        return (
            f"{nama} berada di tempat yang hanya dapat dibaca (CD, flashdisk terkunci, atau "
            "folder tanpa izin tulis), jadi tidak dapat diubah. Berkasnya tidak rusak: salin "
            "ke folder Dokumen di komputer ini lalu buka salinan itu."
        )
    if rusak(exc):
        return f"{nama} rusak (isi berkas tidak utuh). " + PETUNJUK_CADANGAN
    return None


def pesan_buka(exc: BaseException, path: Path) -> str:
    """Why a database could not be opened: read-only place, damaged, or something else."""
    pesan = pesan_basis_data(exc, path)
    if pesan:
        return pesan
    hanya_baca = not os.access(path, os.W_OK) or folder_bisa_ditulis(path.parent) is False
    if hanya_baca:
        return pesan_basis_data(sqlite3.OperationalError("readonly database"), path) or ""
    return (
        f"Berkas {path.name} tidak dapat dibuka ({type(exc).__name__}); mungkin rusak. "
        + PETUNJUK_CADANGAN
    )
