"""The conflict list of the Terima dialog reads like the forms: names, jabatan, year."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from iki_desktop.ui.dialog.terima import KOLOM_PILIHAN, DialogTerima
from tests.transfer.bantu import kantor

pytestmark = pytest.mark.gui


def _dua_konflik(tmp_path: Path) -> tuple[Store, Store, Path, str, str]:
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1.ikipaket").path, b))
    jab = next(j for j in dok.jabatan if j.sasaran and j.sasaran[0].indikator)
    ind = jab.sasaran[0].indikator[0]
    for store, sumber in ((a, "Laporan A"), (b, "Laporan B")):
        baru = copy.deepcopy(ind)
        baru.sumber_data = sumber
        store.update_indikator(baru)
    for store, teks in ((a, "Sasaran A"), (b, "Sasaran B")):
        store.update_sasaran(jab.sasaran[0].id, teks)
    return a, b, buat_paket(a, tmp_path / "2.ikipaket").path, jab.nama, ind.id


def test_conflicts_read_in_indonesian_with_jabatan_and_year(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, paket, nama_jabatan, ind_id = _dua_konflik(tmp_path)
    dlg = DialogTerima(b, None, str(paket))
    qtbot.addWidget(dlg)
    dlg.resize(1000, 560)
    dlg.show()
    t = dlg.tabel_konflik
    assert t.rowCount() == 2
    teks = [[t.item(r, c).text() for c in range(1, t.columnCount())] for r in range(2)]
    baris_ind = next(r for r in teks if r[0].startswith("Indikator"))
    assert baris_ind[1] == f"{nama_jabatan}, Tahun 2026"
    assert baris_ind[2] == "Sumber data"  # never the raw "sumber_data"
    assert baris_ind[3:] == ["Laporan B", "Laporan A"]
    assert all("_" not in r[2] for r in teks)
    # The choice is the first column, on screen without scrolling sideways.
    pilih = t.cellWidget(0, KOLOM_PILIHAN)
    assert isinstance(pilih, QComboBox)
    assert t.horizontalScrollBar().maximum() == 0
    assert t.viewport().rect().contains(pilih.geometry())
    # One click decides every conflict; the merge button comes alive.
    tombol = {b.text().replace("&", ""): b for b in dlg.tombol_massal}
    assert {"Pakai semua milik saya", "Pakai semua kiriman"} <= set(tombol)
    qtbot.mouseClick(tombol["Pakai semua milik saya"], Qt.MouseButton.LeftButton)
    assert dlg.tombol_terapkan.isEnabled()
    with qtbot.waitSignal(dlg.diterima, timeout=5000):
        dlg.tombol_terapkan.click()
    sumber = {
        i.id: i.sumber_data
        for j in b.load_dokumen(b.list_dokumen()[0].id).jabatan
        for s in j.sasaran
        for i in s.indikator
    }
    assert sumber[ind_id] == "Laporan B"
    a.close()
    b.close()
