"""The window's menus, toolbar and tree context menu, composed from its controllers.

Each menu is a list of items (None is a separator, a QMenu a sub-menu); the window's
own actions — quit, undo, redo, find, the check panel — are made here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from iki_desktop.ui.jendela.kendali import SP, ButirMenu

if TYPE_CHECKING:
    from iki_desktop.ui.jendela.utama import JendelaUtama


def _isi(menu: QMenu, butir: list[ButirMenu]) -> None:
    for b in butir:
        if b is None:
            menu.addSeparator()
        elif isinstance(b, QMenu):
            menu.addMenu(b)
        else:
            menu.addAction(b)


def aksi_urung(w: JendelaUtama) -> tuple[QAction, QAction]:
    """Undo and redo, named after the command they undo or redo."""
    gaya = w.style()
    stack = w.konteks.undo_stack
    # Qt joins prefix and command text with a space: "Urungkan: Hapus jabatan X".
    urungkan = stack.createUndoAction(w, "Urungkan:")
    urungkan.setShortcut(QKeySequence.StandardKey.Undo)
    urungkan.setIcon(gaya.standardIcon(SP.SP_ArrowBack))
    urungkan.setIconText("Urungkan")  # the toolbar keeps a short label
    ulangi = stack.createRedoAction(w, "Ulangi:")
    ulangi.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    ulangi.setIcon(gaya.standardIcon(SP.SP_ArrowForward))
    ulangi.setIconText("Ulangi")
    # With nothing to undo Qt shows the bare prefix ("Urungkan:"); drop the colon.
    stack.undoTextChanged.connect(lambda t: t or urungkan.setText("Urungkan"))  # type: ignore[func-returns-value]
    stack.redoTextChanged.connect(lambda t: t or ulangi.setText("Ulangi"))  # type: ignore[func-returns-value]
    urungkan.setText("Urungkan")
    ulangi.setText("Ulangi")
    return urungkan, ulangi


def pasang_menu(w: JendelaUtama) -> QToolBar:
    """Fill the menu bar, the tree's context menu and the toolbar (returned)."""
    a_periksa = w.pemeriksaan.dok.toggleViewAction()
    a_periksa.setText("Panel &pemeriksaan")
    a_periksa.setShortcut(QKeySequence("F8"))
    menu: list[tuple[str, list[ButirMenu]]] = [
        ("&Berkas", [*w.berkas.butir_menu, None, *w.transfer.butir_menu, None, w.a_keluar]),
        ("&Sunting", [w.a_urungkan, w.a_ulangi, None, w.a_cari, a_periksa]),
        (
            "&Dokumen",
            [*w.dokumen.butir_menu, None, *w.pohon_kinerja.butir_menu, *w.penetapan.butir_menu],
        ),
        ("&Cetak", w.cetak.butir_menu),
        ("Ba&ntuan", w.bantuan.butir_menu),
    ]
    for judul, butir in menu:
        _isi(w.menuBar().addMenu(judul), butir)
    d = w.dokumen
    w.pohon.addActions([*d.aksi_jabatan, d.a_hapus, w.pohon_kinerja.a_pohon])
    d.a_tambah.setIconText("Tambah jabatan")
    d.a_bawahan.setIconText("Tambah bawahan")

    tb = QToolBar("Alat utama", w)
    tb.setObjectName("toolbarUtama")
    tb.setIconSize(tb.iconSize() * 0.9)
    tb.setToolButtonStyle(tb.toolButtonStyle().ToolButtonTextBesideIcon)
    tb.addActions([w.berkas.a_buka, w.a_urungkan, w.a_ulangi])
    tb.addSeparator()
    tb.addActions([d.a_dok_baru, d.a_tambah, d.a_bawahan, d.a_hapus])
    tb.addSeparator()
    tb.addAction(w.cetak.a_pratinjau)
    w.addToolBar(tb)
    return tb
