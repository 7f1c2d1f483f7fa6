"""`iki-desktop screenshot`: the main window rendered offscreen to a PNG (README, review)."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from iki_desktop.cli._umum import tambah_opsi_db
from iki_desktop.domain.errors import IkiError


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("screenshot", help="simpan gambar jendela program (tanpa layar) ke PNG")
    tambah_opsi_db(p, required=True)
    p.add_argument("--out", required=True, metavar="BERKAS.png")
    p.add_argument(
        "--pilih",
        metavar="TEKS",
        help="pilih simpul pohon bernama TEKS (atau satu-satunya yang memuatnya)",
    )
    p.add_argument("--ukuran", default="1400x900", metavar="LxT", help="ukuran jendela (1400x900)")
    p.set_defaults(func=cmd_screenshot)


def _ukuran(teks: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", teks)
    if not m:
        raise IkiError(f"Ukuran '{teks}' tidak dikenal; tulis seperti 1400x900.")
    return int(m.group(1)), int(m.group(2))


def cmd_screenshot(args: argparse.Namespace) -> int:
    lebar, tinggi = _ukuran(args.ukuran)
    path = Path(args.db)
    if not path.exists():
        raise IkiError(f"Basis data {path} tidak ditemukan.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

    from iki_desktop.ui.otomasi import simpan_tangkapan

    out = Path(args.out)
    w, h = simpan_tangkapan(path, out, lebar, tinggi, args.pilih)
    print(f"Gambar jendela disimpan: {out} ({w}×{h})")
    return 0
