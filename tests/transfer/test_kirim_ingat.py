"""Kirim as an operator meets it a second time: same folder offered, overwrite asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from iki_desktop.ui.dialog.flashdisk import ukuran_bebas
from iki_desktop.ui.dialog.kirim import DialogKirim
from tests.transfer.bantu import kantor

pytestmark = pytest.mark.gui


def test_free_space_reads_in_gigabytes() -> None:
    assert ukuran_bebas(76_000_000_000) == "70,8 GB"
    assert ukuran_bebas(512 * 1024 * 1024) == "512,0 MB"
    assert ukuran_bebas(900 * 1024) == "900 KB"


def _kirim(qtbot, dlg: DialogKirim) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dlg.terkirim, timeout=15000):
        dlg.tombol_kirim.click()
    qtbot.waitUntil(lambda: not dlg.sedang_berjalan(), timeout=5000)


def test_folder_remembered_and_same_name_asked_before_overwriting(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    setelan = QSettings(str(tmp_path / "setelan.ini"), QSettings.Format.IniFormat)
    stik = tmp_path / "stik"
    stik.mkdir()
    dlg = DialogKirim(store, None, setelan)
    qtbot.addWidget(dlg)
    dlg.set_folder(stik)
    assert " GB" in dlg.daftar_tempat.currentItem().text() or " MB" in (
        dlg.daftar_tempat.currentItem().text()
    )
    _kirim(qtbot, dlg)
    paket = next(stik.glob("*.ikipaket"))
    isi = paket.read_bytes()

    # Next time: the same folder is chosen already.
    ditanya: list[str] = []
    jawaban = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: (ditanya.append(box.text()), int(jawaban[0].value))[1]
    )
    lagi = DialogKirim(store, None, setelan)
    qtbot.addWidget(lagi)
    assert lagi.folder() == stik
    dok = store.load_dokumen(store.list_dokumen()[0].id)
    store.update_sasaran(next(j for j in dok.jabatan if j.sasaran).sasaran[0].id, "Diubah")
    lagi.tombol_kirim.click()  # same name: asked, answered Batal
    assert ditanya and paket.name in ditanya[0]
    assert paket.read_bytes() == isi and not lagi.sedang_berjalan()
    assert "Tidak dikirim" in lagi.status.text()
    jawaban[0] = QMessageBox.StandardButton.Yes
    _kirim(qtbot, lagi)
    assert paket.read_bytes() != isi
    store.close()
