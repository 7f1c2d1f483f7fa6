"""The check panel: summary, filter, jump on double-click/Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from iki_desktop.domain.formula import Formula
from iki_desktop.domain.model import Keputusan
from iki_desktop.resources import load_contoh
from iki_desktop.ui.jendela.pemeriksaan import PanelPemeriksaan


def test_summary_filter_and_jump(qtbot) -> None:
    instansi, dok = load_contoh()
    jab = dok.jabatan_urut()[3]
    ind = jab.sasaran[0].indikator[0]
    ind.formula = Formula()
    dok.keputusan = Keputusan()
    panel = PanelPemeriksaan()
    qtbot.addWidget(panel)
    masalah = panel.perbarui(dok, instansi)
    galat = sum(1 for m in masalah if m.tingkat == "galat")
    assert panel.ringkasan.text().startswith(
        f"{galat} kesalahan, {len(masalah) - galat} peringatan"
    )
    assert "menghalangi penetapan" in panel.ringkasan.text()
    assert panel.daftar.count() == len(masalah)

    panel.saring.setCurrentIndex(panel.saring.findData("penetapan"))
    assert 0 < panel.daftar.count() < len(masalah)
    panel.saring.setCurrentIndex(panel.saring.findData("semua"))

    row = next(n for n, m in enumerate(masalah) if m.id == ind.id)
    item = panel.daftar.item(row)
    assert "belum memiliki formula" in item.text()
    panel.daftar.setCurrentItem(item)
    ke_tabel: list[tuple[str, str]] = []
    panel.lompatIndikator.connect(lambda j, i: ke_tabel.append((j, i)))
    with qtbot.waitSignal(panel.lompat) as blocker:
        qtbot.keyClick(panel.daftar, Qt.Key.Key_Return)
    assert blocker.args == ["indikator", ind.id]
    assert ke_tabel == [(jab.id, ind.id)]

    row = next(n for n, m in enumerate(masalah) if m.jenis == "keputusan")
    with qtbot.waitSignal(panel.lompat) as blocker:
        panel.daftar.itemActivated.emit(panel.daftar.item(row))
    assert blocker.args == ["keputusan", dok.id]


def test_empty_and_clean() -> None:
    panel = PanelPemeriksaan()
    assert panel.perbarui(None, None) == []
    assert panel.ringkasan.text() == "Pilih sebuah dokumen di pohon untuk memeriksanya."
    instansi, dok = load_contoh()
    dok.jabatan = []
    dok.iku = []
    assert panel.perbarui(dok, instansi) != []  # an empty Dokumen is not "no problems"
