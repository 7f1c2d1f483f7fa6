"""The Rekap kantor view: sorts by numbers, filters, edits the expected list, exports."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from iki_desktop.store import Store
from iki_desktop.store.rekap import KOLOM, kantor_diharapkan
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from iki_desktop.ui.dialog.rekap import DialogRekap
from tests.transfer.bantu import kantor

pytestmark = pytest.mark.gui


@pytest.fixture
def kab(tmp_path: Path) -> Store:
    store = Store.create(tmp_path / "kab.sqlite")
    for nama in ("Wonoasih", "Kademangan"):
        kec, _, dok = kantor(tmp_path / f"{nama}.sqlite", nama)
        if nama == "Kademangan":  # a smaller office: fewer jabatan
            for j in dok.jabatan_urut()[-10:]:
                kec.delete_jabatan(j.id)
        paket = buat_paket(kec, tmp_path / f"{nama}.ikipaket").path
        kec.close()
        terapkan_paket(store, baca_paket(paket, store))
    return store


def kolom(dlg: DialogRekap, nama: str) -> list[str]:
    c = KOLOM.index(nama)
    return [dlg.saring.index(r, c).data() for r in range(dlg.saring.rowCount())]


def test_rekap_view_sorts_filters_and_exports(qtbot, kab: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = DialogRekap(kab)
    qtbot.addWidget(dlg)
    assert kolom(dlg, "Kantor") == ["Kecamatan Kademangan", "Kecamatan Wonoasih"]
    dlg.tabel.sortByColumn(KOLOM.index("Jabatan"), Qt.SortOrder.DescendingOrder)
    assert kolom(dlg, "Kantor")[0] == "Kecamatan Wonoasih"
    dlg.sunting_diharapkan("Kecamatan Wonoasih\nKecamatan Paiton\n")
    assert kantor_diharapkan(kab) == ["Kecamatan Wonoasih", "Kecamatan Paiton"]
    assert "BELUM ADA DATA" in kolom(dlg, "Terakhir diterima")
    dlg.kotak.setText("paiton")
    assert kolom(dlg, "Kantor") == ["Kecamatan Paiton"]
    dlg.kotak.setText("")
    dlg.belum.setChecked(True)  # nobody has enacted yet: every office is listed
    assert len(kolom(dlg, "Kantor")) == 3
    path = dlg.ekspor(tmp_path / "rekap.xlsx")
    assert path is not None
    ws = openpyxl.load_workbook(path).active
    assert ws is not None and ws.cell(row=3, column=1).value == "Kantor"
    assert {ws.cell(row=r, column=1).value for r in range(4, 7)} == {
        "Kecamatan Kademangan", "Kecamatan Paiton", "Kecamatan Wonoasih",
    }  # fmt: skip
    kab.close()
