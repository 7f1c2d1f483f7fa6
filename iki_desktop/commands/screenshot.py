"""`iki-desktop screenshot`: the main window rendered offscreen to a PNG (README, review)."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from iki_desktop.commands._umum import tambah_opsi_db
from iki_desktop.domain.errors import IkiError


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("screenshot", help="simpan gambar jendela program (tanpa layar) ke PNG")
    tambah_opsi_db(p, required=True)
    p.add_argument("--out", required=True, metavar="BERKAS.png")
    p.add_argument("--pilih", metavar="TEKS", help="pilih simpul pohon pertama yang memuat TEKS")
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

    from PySide6.QtCore import QModelIndex, QSettings, Qt, QTemporaryDir
    from PySide6.QtTest import QTest

    from iki_desktop.ui.app import buat_aplikasi

    app = buat_aplikasi()
    # Screenshots must not depend on (or change) the user's saved window layout.
    sementara = QTemporaryDir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sementara.path())
    from iki_desktop.store import Store
    from iki_desktop.ui.jendela_utama import JendelaUtama

    jendela = JendelaUtama()
    jendela.pasang_store(Store.open(path))
    jendela.resize(lebar, tinggi)
    jendela.show()
    if args.pilih:
        kunci = args.pilih.casefold()
        proxy = jendela.proxy
        stack = [QModelIndex()]
        found = None
        while stack and found is None:
            parent = stack.pop(0)
            for r in range(proxy.rowCount(parent)):
                idx = proxy.index(r, 0, parent)
                if kunci in str(idx.data(Qt.ItemDataRole.DisplayRole)).casefold():
                    found = idx
                    break
                stack.append(idx)
        if found is None:
            jendela.close()
            raise IkiError(f"Tidak ada simpul pohon yang memuat '{args.pilih}'.")
        jendela.pohon.setCurrentIndex(found)
        jendela.pohon.scrollTo(found)
    QTest.qWaitForWindowExposed(jendela)
    for _ in range(3):  # let queued layouts and row-height updates settle
        app.processEvents()
        QTest.qWait(50)
    gambar = jendela.grab()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not gambar.save(str(out), "PNG"):
        raise IkiError(f"Gambar tidak dapat disimpan ke {out}.")
    jendela.close()
    print(f"Gambar jendela disimpan: {out} ({gambar.width()}×{gambar.height()})")
    return 0
