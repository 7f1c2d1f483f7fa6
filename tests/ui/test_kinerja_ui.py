"""Editors of the yearly cycle: target columns, PK data and programs, realisasi; all undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from iki_desktop.store import Store
from iki_desktop.store.penetapan import tetapkan
from iki_desktop.ui.dialog.realisasi import KOLOM_REALISASI, KUNCI, DialogRealisasi
from iki_desktop.ui.editor.dokumen import EditorDokumen
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel.model import ModelTabel
from tests.kinerja.bantu import dokumen_bertarget


@pytest.fixture
def konteks_kinerja(tmp_path: Path) -> Iterator[Konteks]:
    instansi, dok = dokumen_bertarget()
    store = Store.create(tmp_path / "k.sqlite")
    store.import_dokumen(instansi, dok)
    konteks = Konteks(store)
    yield konteks
    store.close()


def _dok_id(konteks: Konteks) -> str:
    return konteks.store.list_dokumen()[0].id


def test_target_columns_are_shown_edited_and_undone(konteks_kinerja: Konteks, qtbot) -> None:
    k = konteks_kinerja
    dok_id = _dok_id(k)
    editor = EditorDokumen(k)
    qtbot.addWidget(editor)
    editor.show()
    editor.tampilkan(dok_id, dok_id)
    editor.kinerja.target_iku.setChecked(True)
    kunci = [x.kunci for x in k.dokumen(dok_id).kolom_iku]
    assert kunci[-6:] == [
        "satuan",
        "target",
        "target_tw1",
        "target_tw2",
        "target_tw3",
        "target_tw4",
    ]

    model = ModelTabel(k)
    model.tampilkan(k.dokumen(dok_id), None)
    col = model.kolom_dari_kunci("target")
    assert model.data(model.index(0, col)) == k.dokumen(dok_id).iku[0].indikator[0].kinerja.target
    assert model.setData(model.index(0, col), "85,5")
    assert k.dokumen(dok_id).iku[0].indikator[0].kinerja.target == "85,5"
    tw2 = model.kolom_dari_kunci("target_tw2")
    assert model.setData(model.index(0, tw2), "40")
    assert k.dokumen(dok_id).iku[0].indikator[0].kinerja.target_tw[1] == "40"
    assert k.undo_stack.undoText() == "Ubah target TW II"
    k.undo_stack.undo()
    k.undo_stack.undo()
    assert k.dokumen(dok_id).iku[0].indikator[0].kinerja.target == "80,5"
    k.undo_stack.undo()
    assert "target" not in [x.kunci for x in k.dokumen(dok_id).kolom_iku]
    editor.segarkan()
    assert not editor.kinerja.target_iku.isChecked()


def test_pk_data_and_programs_are_undo_commands(konteks_kinerja: Konteks, qtbot) -> None:
    k = konteks_kinerja
    dok_id = _dok_id(k)
    editor = EditorDokumen(k)
    qtbot.addWidget(editor)
    editor.show()
    editor.tampilkan(dok_id, dok_id)
    bagian = editor.kinerja
    bagian.kepala_daerah.setText("H. Bupati Baru")
    bagian.kepala_daerah.editingFinished.emit()
    assert k.dokumen(dok_id).pk.nama_kepala_daerah == "H. Bupati Baru"
    bagian.tambah.click()
    assert bagian.program.rowCount() == 4
    bagian.program.item(3, 1).setText("Rp 2.500.000")
    assert k.dokumen(dok_id).pk.program[3].anggaran == 2_500_000
    bagian.program.item(3, 1).setText("dua juta")  # refused, nothing stored
    assert k.dokumen(dok_id).pk.program[3].anggaran == 2_500_000
    k.undo_stack.undo()
    k.undo_stack.undo()
    assert len(k.dokumen(dok_id).pk.program) == 3
    k.undo_stack.undo()
    assert k.dokumen(dok_id).pk.nama_kepala_daerah == "Drs. H. Bupati Contoh"


def test_realisasi_view_per_triwulan_also_after_enactment(konteks_kinerja: Konteks, qtbot) -> None:
    k = konteks_kinerja
    dok_id = _dok_id(k)
    tetapkan(k.store, dok_id)
    k.lupakan()
    dialog = DialogRealisasi(k, dok_id)
    qtbot.addWidget(dialog)
    dialog.triwulan.setCurrentIndex(2)  # TW III
    pertama = k.dokumen(dok_id).iku[0].indikator[0]
    assert dialog.tabel.item(0, KUNCI.index("indikator")).text() == pertama.teks
    item = dialog.tabel.item(0, KOLOM_REALISASI)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    target = dialog.tabel.item(0, KUNCI.index("target"))
    assert not target.flags() & Qt.ItemFlag.ItemIsEditable  # enacted: targets are fixed
    item.setText("79,5")
    assert k.dokumen(dok_id).iku[0].indikator[0].realisasi[2] == "79,5"
    assert dialog.tabel.item(0, KUNCI.index("realisasi_sd")).text() == "79,5"
    assert dialog.tabel.item(0, KUNCI.index("capaian")).text() == "100,63"  # of TW III's 79
    assert k.undo_stack.undoText() == "Ubah realisasi TW III"
    k.undo_stack.undo()
    assert k.dokumen(dok_id).iku[0].indikator[0].realisasi[2] == ""
    assert dialog.tabel.item(0, KOLOM_REALISASI).text() == ""


def test_targets_direction_cumulation_and_actions_in_the_view(
    konteks_kinerja: Konteks, qtbot
) -> None:
    from PySide6.QtWidgets import QComboBox

    from iki_desktop.domain.kinerja import Arah

    k = konteks_kinerja
    dok_id = _dok_id(k)
    dialog = DialogRealisasi(k, dok_id)
    qtbot.addWidget(dialog)
    dialog.triwulan.setCurrentIndex(1)  # TW II
    dialog.tabel.item(0, KUNCI.index("target_tw")).setText("41")
    dialog.tabel.item(0, KUNCI.index("aksi")).setText("Survei kepuasan")
    dialog.tabel.item(0, KUNCI.index("kumulatif")).setCheckState(Qt.CheckState.Checked)
    combo = dialog.tabel.cellWidget(0, KUNCI.index("arah"))
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    ind = k.dokumen(dok_id).iku[0].indikator[0]
    assert ind.kinerja.target_tw[1] == "41" and ind.kinerja.aksi == "Survei kepuasan"
    assert ind.kinerja.kumulatif and ind.kinerja.arah is Arah.TURUN
    for _ in range(4):
        k.undo_stack.undo()
    ind = k.dokumen(dok_id).iku[0].indikator[0]
    assert ind.kinerja.target_tw[1] == "78" and ind.kinerja.aksi == "Aksi nomor 0"
    assert not ind.kinerja.kumulatif and ind.kinerja.arah is Arah.NAIK


def test_predikat_scale_per_kabupaten_in_the_instansi_editor(
    konteks_kinerja: Konteks, qtbot
) -> None:
    from iki_desktop.domain.kinerja import TingkatPredikat, skala_bawaan
    from iki_desktop.ui.editor.instansi import EditorInstansi

    k = konteks_kinerja
    dok = k.dokumen(_dok_id(k))
    editor = EditorInstansi(k)
    qtbot.addWidget(editor)
    editor.show()
    editor.tampilkan(dok.id, dok.instansi_id)
    assert editor.skala.text().startswith("91 Sangat Tinggi; 76 Tinggi")
    editor.skala.setText("85 Baik; 0 Kurang")
    editor.skala.editingFinished.emit()
    assert k.store.get_instansi(dok.instansi_id).pengaturan.skala_predikat == [
        TingkatPredikat(85, "Baik"),
        TingkatPredikat(0, "Kurang"),
    ]
    # Another setting saved later keeps the scale.
    editor.telepon.setText("0335-999")
    editor.telepon.editingFinished.emit()
    assert k.store.get_instansi(dok.instansi_id).pengaturan.skala_predikat[0].label == "Baik"
    editor.skala.setText("sangat tinggi")  # unreadable: refused with a message, kept
    with qtbot.waitSignal(k.galat):
        editor.skala.editingFinished.emit()
    assert k.store.get_instansi(dok.instansi_id).pengaturan.skala_predikat[0].label == "Baik"
    k.undo_stack.undo()
    k.undo_stack.undo()
    assert k.store.get_instansi(dok.instansi_id).pengaturan.skala_predikat == skala_bawaan()


@pytest.mark.parametrize(
    ("jenis", "judul"),
    [("pk", "PERJANJIAN KINERJA TAHUN 2026"), ("renaksi", "RENCANA AKSI TAHUN 2026"),
     ("capaian", "CAPAIAN KINERJA TAHUN 2026")],
)  # fmt: skip
def test_print_preview_of_pk_renaksi_capaian(
    konteks_kinerja: Konteks, qtbot, tmp_path: Path, jenis: str, judul: str
) -> None:
    from pypdf import PdfReader

    from iki_desktop.ui.cetak.siklus import DialogCetakSiklus

    k = konteks_kinerja
    dialog = DialogCetakSiklus(k, _dok_id(k), jenis)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun() and dialog.pdf.pageCount() > 0)
    dialog.simpan_ke(tmp_path / "a.pdf")
    teks = " ".join((p.extract_text() or "") for p in PdfReader(tmp_path / "a.pdf").pages)
    assert judul in " ".join(teks.split())
    dialog.daftar_jabatan.setCurrentRow(1)  # the first struktural jabatan
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun())
    dialog.simpan_ke(tmp_path / "b.pdf")
    teks_b = " ".join((p.extract_text() or "") for p in PdfReader(tmp_path / "b.pdf").pages)
    nama = dialog.daftar_jabatan.item(1).toolTip()
    assert " ".join(nama.upper().split()) in " ".join(teks_b.split())


@pytest.mark.parametrize("lebar", [1000, 1400])
def test_target_headings_are_never_clipped(konteks_kinerja: Konteks, qtbot, lebar: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from iki_desktop.domain.kolom_kinerja import dengan_target
    from iki_desktop.ui.tabel.tampilan import TampilanTabel

    k = konteks_kinerja
    dok = k.dokumen(_dok_id(k))
    dok.kolom_iku = dengan_target(dok.kolom_iku, True)
    model = ModelTabel(k)
    model.tampilkan(dok, None)
    view = TampilanTabel(model)
    qtbot.addWidget(view)
    view.resize(lebar, 500)
    view.show()
    qtbot.waitExposed(view)
    view.atur_lebar()
    tw3 = model.kolom_dari_kunci("target_tw3")
    assert model.headerData(tw3, Qt.Orientation.Horizontal) in ("TARGET\nTW III", "TARGET TW III")
    font = QFont(view.horizontalHeader().font())
    font.setBold(True)
    fm = QFontMetrics(font)
    for c in range(model.columnCount()):
        judul = str(model.headerData(c, Qt.Orientation.Horizontal))
        perlu = max(fm.horizontalAdvance(x) for x in judul.split("\n")) + 8  # 4 px padding
        # Every word of the heading is shown: the wrapped lines hold them all.
        assert view.columnWidth(c) >= perlu, (judul, view.columnWidth(c), perlu)
    # The columns still share the view's width: no column pushed out of sight.
    total = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert total <= view.viewport().width() + model.columnCount(), [
        (model.headerData(c, Qt.Orientation.Horizontal), view.columnWidth(c))
        for c in range(model.columnCount())
    ]
    for c, k in enumerate(model.kolom()):
        tampil = str(model.headerData(c, Qt.Orientation.Horizontal))
        assert tampil.replace("\n", " ").replace("/ ", "/") == k.judul
