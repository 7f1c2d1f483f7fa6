"""`terima BERKAS`: open the window with the receive dialog on a `.ikipaket`.

The installer associates `.ikipaket` with `"IKI Desktop.exe" terima "%1"`, so a
double-click on a package from a USB stick lands in the receive dialog. The window
reads `args.terima` after it is shown (ui/app.py); a missing or damaged file is
reported there, in a message box, because a double-clicked program has no console.
(The scriptable, console equivalent is `unpack`.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.cli._umum import tambah_opsi_db


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "terima",
        help="buka jendela program dengan dialog Terima untuk paket .ikipaket "
        "(dipakai saat berkas paket diklik dua kali)",
    )
    tambah_opsi_db(p)
    p.add_argument("berkas", metavar="BERKAS.ikipaket")
    p.set_defaults(func=cmd_buka_terima)


def cmd_buka_terima(args: argparse.Namespace) -> int:
    # Absolute now: Explorer starts us in an arbitrary working folder. Not resolve():
    # that would turn a mapped drive (Z:) into its UNC target.
    args.terima = str(Path(args.berkas).expanduser().absolute())
    from iki_desktop.ui.app import jalankan

    return jalankan(args)
