"""Which volumes "Kirim ke flashdisk" offers.

On Windows only drives that Windows itself calls removable (`GetDriveTypeW` ==
DRIVE_REMOVABLE): flashdisks and card readers. A second hard disk (`D:`), a mapped network
drive or a CD drive is never offered or pre-selected, so "Aman untuk mencabut flashdisk"
is never said about a disk that cannot be pulled; any such folder is still reachable with
"Pilih folder lain…". Elsewhere (Linux, CI) every writable mounted volume that is not part
of the system is offered, as before.

The drive-type function is a parameter so tests can play any Windows drive layout on Linux.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QStorageInfo

DRIVE_REMOVABLE = 2  # winbase.h: GetDriveTypeW result for removable media

JenisDrive = Callable[[str], int]


@dataclass(frozen=True)
class Volume:
    nama: str
    root: str
    bebas: int
    siap: bool = True  # valid, ready and writable
    sistem: bool = False  # the system's root volume


def ukuran_bebas(n: int) -> str:
    """Free space as people read it: "70,8 GB", "512,0 MB", "900 KB"."""
    for batas, satuan in ((1024**4, "TB"), (1024**3, "GB"), (1024**2, "MB")):
        if n >= batas:
            return f"{n / batas:.1f} {satuan}".replace(".", ",")
    return f"{max(n, 0) // 1024} KB"


def jenis_drive_windows(root: str) -> int:
    """GetDriveTypeW for a drive root such as "E:\\" (Windows only)."""
    import ctypes

    fungsi = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    fungsi.argtypes = [ctypes.c_wchar_p]
    fungsi.restype = ctypes.c_uint
    return int(fungsi(root))


def volume_terpasang() -> list[Volume]:
    return [
        Volume(
            nama=vol.displayName() or vol.name() or vol.rootPath(),
            root=vol.rootPath(),
            bebas=int(vol.bytesAvailable()),
            siap=vol.isValid() and vol.isReady() and not vol.isReadOnly(),
            sistem=vol.isRoot(),
        )
        for vol in QStorageInfo.mountedVolumes()
    ]


_FOLDER_SISTEM_LINUX = ("/proc", "/sys", "/dev", "/run", "/boot", "/snap")


def daftar_flashdisk(
    volumes: Iterable[Volume] | None = None,
    *,
    windows: bool | None = None,
    jenis_drive: JenisDrive | None = None,
) -> list[tuple[str, Path, int]]:
    """(label, root folder, free bytes) of the volumes to offer, in the given order."""
    windows = sys.platform == "win32" if windows is None else windows
    if windows and jenis_drive is None:
        jenis_drive = jenis_drive_windows
    out = []
    for vol in volume_terpasang() if volumes is None else volumes:
        if not vol.siap or vol.sistem:
            continue
        if windows:
            root_win = str(PureWindowsPath(vol.root))
            if not root_win.endswith("\\"):
                root_win += "\\"
            if jenis_drive is None or jenis_drive(root_win) != DRIVE_REMOVABLE:
                continue
        elif vol.root.startswith(_FOLDER_SISTEM_LINUX):
            continue
        root = Path(vol.root)
        out.append((f"{vol.nama} ({vol.root}) — bebas {ukuran_bebas(vol.bebas)}", root, vol.bebas))
    return out
