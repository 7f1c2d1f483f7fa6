"""Driving the window without a person: screenshots for review and the README
(called by the `screenshot` sub-command)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTemporaryDir

from iki_desktop.domain.errors import IkiError


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
    jendela.pasang_store(Store.open(path))
    jendela.resize(lebar, tinggi)
    jendela.show()
    if pilih:
        kunci = pilih.casefold()
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
            raise IkiError(f"Tidak ada simpul pohon yang memuat '{pilih}'.")
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
