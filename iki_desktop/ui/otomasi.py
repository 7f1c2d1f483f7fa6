"""Driving the window without a person: screenshots for review and the README
(called by the `screenshot` sub-command)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSettings, Qt, QTemporaryDir

from iki_desktop.domain.errors import IkiError


def cari_simpul(model: QAbstractItemModel, pilih: str) -> QModelIndex:
    """The node named exactly `pilih` (the first, top-down), else the one node that has it
    as whole words ("Camat" is not "Sekretaris Kecamatan"). Several candidates, or only
    a match inside a word, are refused with the names instead of a silent guess."""
    kunci = " ".join(pilih.split()).casefold()
    semua: list[QModelIndex] = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop(0)
        for r in range(model.rowCount(parent)):
            idx = model.index(r, 0, parent)
            semua.append(idx)
            stack.append(idx)

    def nama(idx: QModelIndex) -> str:
        return str(idx.data(Qt.ItemDataRole.DisplayRole) or "")

    persis = [i for i in semua if nama(i).casefold() == kunci]
    if persis:
        return persis[0]
    kata = re.compile(rf"(?<!\w){re.escape(kunci)}(?!\w)")
    cocok = [i for i in semua if kata.search(nama(i).casefold())]
    if len(cocok) == 1:
        return cocok[0]
    calon = cocok or [i for i in semua if kunci in nama(i).casefold()]
    if not calon:
        raise IkiError(f"Tidak ada simpul pohon yang bernama atau memuat '{pilih}'.")
    contoh = ", ".join(dict.fromkeys(nama(i) for i in calon[:6]))
    lagi = ", …" if len(calon) > 6 else ""
    if not cocok:
        raise IkiError(
            f"Tidak ada simpul bernama '{pilih}'; yang memuat teks itu: {contoh}{lagi}. "
            "Tulis namanya lengkap."
        )
    raise IkiError(
        f"'{pilih}' cocok dengan {len(calon)} simpul ({contoh}{lagi}); tulis namanya lengkap."
    )


def simpan_tangkapan(
    path: Path, out: Path, lebar: int, tinggi: int, pilih: str | None
) -> tuple[int, int]:
    """Open the window on `path`, select the first node containing `pilih`, save a PNG."""
    # QtTest only here: the installer leaves it out, and the frozen program's start-up
    # benchmark path (keluar_setelah_gambar) must not need it.
    from PySide6.QtTest import QTest

    from iki_desktop.ui.app import buat_aplikasi

    app = buat_aplikasi()
    # Screenshots must not depend on (or change) the user's saved window layout.
    sementara = QTemporaryDir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sementara.path())
    from iki_desktop.store import Store
    from iki_desktop.ui.jendela.utama import JendelaUtama

    jendela = JendelaUtama()
    # A picture of the file, not a session: no daily backup into the user's data folder.
    jendela.pasang_store(Store.open(path), cadangan=False)
    jendela.resize(lebar, tinggi)
    jendela.show()
    if pilih:
        try:
            found = cari_simpul(jendela.proxy, pilih)
        except IkiError:
            jendela.close()
            raise
        jendela.pohon.setCurrentIndex(found)
        jendela.pohon.scrollTo(found)
    QTest.qWaitForWindowExposed(jendela)
    for _ in range(3):  # let queued layouts and row-height updates settle
        app.processEvents()
        QTest.qWait(50)
    gambar = jendela.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not gambar.save(str(out), "PNG"):
        raise IkiError(f"Gambar tidak dapat disimpan ke {out}.")
    jendela.close()
    return gambar.width(), gambar.height()
