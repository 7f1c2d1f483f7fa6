"""Print preview as an operator uses it: Enter never prints, changes refresh by themselves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from iki_desktop.domain.model import Kertas
from iki_desktop.store import Store
from iki_desktop.store.isi import isi_contoh
from iki_desktop.ui.cetak.pratinjau import DialogCetak
from iki_desktop.ui.konteks import Konteks


@pytest.fixture
def konteks(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.create(tmp_path / "kantor.sqlite")
    isi_contoh(store)
    yield Konteks(store)
    store.close()


@pytest.fixture
def dialog(qtbot: Any, konteks: Konteks) -> DialogCetak:
    d = DialogCetak(konteks, konteks.store.list_dokumen()[0].id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: not d.sedang_menyusun() and d.pdf.pageCount() > 0, timeout=20000)
    return d


@pytest.fixture
def dialog_cetak_dibuka(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    dibuka: list[int] = []

    def exec_(self: QPrintDialog) -> int:
        dibuka.append(1)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return dibuka


def test_enter_in_the_page_box_never_prints(
    qtbot: Any, dialog: DialogCetak, dialog_cetak_dibuka: list[int]
) -> None:
    dialog.halaman.setFocus()
    dialog.halaman.lineEdit().selectAll()
    qtbot.keyClicks(dialog.halaman, "3")
    qtbot.keyClick(dialog.halaman, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.halaman, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog_cetak_dibuka == []
    assert dialog.isVisible()
    assert dialog.view.pageNavigator().currentPage() == 2
    qtbot.mouseClick(dialog.tombol_cetak, Qt.MouseButton.LeftButton)
    assert dialog_cetak_dibuka == [1]  # only the explicit button asks to print


def test_paper_and_selection_changes_refresh_the_preview(qtbot: Any, dialog: DialogCetak) -> None:
    f4 = dialog.pdf.pagePointSize(0)
    semua = dialog.pdf.pageCount()
    dialog.kertas.setCurrentIndex(dialog.kertas.findData(Kertas.A4))
    qtbot.waitUntil(
        lambda: not dialog.sedang_menyusun() and dialog.pdf.pagePointSize(0) != f4, timeout=20000
    )
    assert round(dialog.pdf.pagePointSize(0).height()) == 842  # A4, no button clicked
    dialog.cek_keputusan.setChecked(False)
    dialog._centang_semua(False)
    dialog.daftar_jabatan.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: not dialog.sedang_menyusun() and dialog.pdf.pageCount() < semua / 2, timeout=20000
    )


def test_the_preview_fits_the_screen(dialog: DialogCetak) -> None:
    layar = dialog.screen().availableGeometry()
    assert dialog.width() <= layar.width() and dialog.height() <= layar.height()
    for tombol in (dialog.tombol_cetak, dialog.tombol_simpan):
        pojok = tombol.mapTo(dialog, tombol.rect().bottomRight())
        assert dialog.rect().contains(pojok)
