"""Kirim offers only removable drives on Windows (GetDriveTypeW injected)."""

from __future__ import annotations

from pathlib import Path

from iki_desktop.ui.dialog.flashdisk import DRIVE_REMOVABLE, Volume, daftar_flashdisk

# winbase.h drive types
FIXED, REMOTE, CDROM = 3, 4, 5

DRIVES = {"C:\\": FIXED, "D:\\": FIXED, "E:\\": DRIVE_REMOVABLE, "Z:\\": REMOTE, "F:\\": CDROM}
VOLUMES = [
    Volume("Windows", "C:/", 50_000_000_000, sistem=True),
    Volume("Data", "D:/", 400_000_000_000),
    Volume("KINGSTON", "E:/", 7_500_000_000),
    Volume("server", "Z:/", 1_000_000_000_000),
    Volume("DVD", "F:/", 0, siap=False),
]


def _jenis(panggilan: list[str]):  # type: ignore[no-untyped-def]
    def jenis(root: str) -> int:
        panggilan.append(root)
        return DRIVES.get(root, 0)

    return jenis


def test_windows_offers_only_removable_drives() -> None:
    panggilan: list[str] = []
    daftar = daftar_flashdisk(VOLUMES, windows=True, jenis_drive=_jenis(panggilan))
    assert [(label, root) for label, root, _ in daftar] == [
        ("KINGSTON (E:/) — bebas 7,0 GB", Path("E:/"))  # issue 14: not "7152,6 MB"
    ]
    # Asked with the form GetDriveTypeW needs (a trailing backslash); the system drive and
    # the unready DVD are not even asked about.
    assert panggilan == ["D:\\", "E:\\", "Z:\\"]


def test_no_removable_drive_offers_nothing() -> None:
    tanpa_flashdisk = [v for v in VOLUMES if v.root != "E:/"]
    assert daftar_flashdisk(tanpa_flashdisk, windows=True, jenis_drive=_jenis([])) == []


def test_two_sticks_keep_their_order() -> None:
    drives = dict(DRIVES, **{"G:\\": DRIVE_REMOVABLE})
    volumes = [*VOLUMES, Volume("SANDISK", "G:/", 1_000_000)]
    daftar = daftar_flashdisk(volumes, windows=True, jenis_drive=lambda r: drives.get(r, 0))
    assert [root for _, root, _ in daftar] == [Path("E:/"), Path("G:/")]


def test_linux_offers_writable_non_system_volumes() -> None:
    volumes = [
        Volume("root", "/", 10, sistem=True),
        Volume("run", "/run/user/1000", 10),
        Volume("STICK", "/media/op/STICK", 5_000_000),
        Volume("ro", "/media/op/CD", 0, siap=False),
    ]
    daftar = daftar_flashdisk(volumes, windows=False)
    assert [root for _, root, _ in daftar] == [Path("/media/op/STICK")]
