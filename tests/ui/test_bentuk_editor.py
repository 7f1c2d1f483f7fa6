"""The print shape is chosen on the Dokumen page, undoably, and the print dialog follows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iki_desktop.domain.model import BentukDokumen
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.ui.cetak.pratinjau import DialogCetak
from iki_desktop.ui.jendela.utama import JendelaUtama


@pytest.fixture
def buat_jendela(qtbot: Any) -> Any:
    dibuat: list[JendelaUtama] = []

    def buat(path: Path) -> JendelaUtama:
        w = JendelaUtama()
        qtbot.addWidget(w)
        assert w.buka_berkas(path)
        w.show()
        qtbot.waitExposed(w)
        dibuat.append(w)
        return w

    yield buat
    for w in dibuat:
        w.close()


def test_bentuk_dipilih_di_halaman_dokumen(db_contoh: Path, buat_jendela: Any, qtbot: Any) -> None:
    w = buat_jendela(db_contoh)
    dok_id = w.konteks.store.list_dokumen()[0].id
    for jenis in ("keputusan", "dokumen"):
        w.pohon.setCurrentIndex(w.proxy.mapFromSource(w.model.cari(jenis, dok_id)))
    b = w.editor_dokumen.bentuk
    assert b.jenis.currentData() == BentukDokumen.KEPUTUSAN.value
    assert not b.ttd.isVisibleTo(w)
    b.jenis.setCurrentIndex(list(BentukDokumen).index(BentukDokumen.TTD_AKHIR))
    b.jenis.activated.emit(b.jenis.currentIndex())
    assert b.ttd.isVisibleTo(w)
    assert w.editor_dokumen.dokumen_id == dok_id, w.editor_dokumen.dokumen_id
    assert w.konteks.store.load_dokumen(dok_id).bentuk.jenis is BentukDokumen.TTD_AKHIR
    b.tempat.setText("Wonoasih")
    b.tempat.editingFinished.emit()
    # Typed as an operator writes it; shown back in the Indonesian form.
    qtbot.keyClicks(b.tanggal.edit, "8/3/2026")
    b.tanggal.edit.editingFinished.emit()
    assert b.tanggal.text() == "8 Maret 2026"
    dok = w.konteks.store.load_dokumen(dok_id)
    assert dok.bentuk.jenis is BentukDokumen.TTD_AKHIR
    assert (dok.bentuk.tempat, dok.bentuk.tanggal) == ("Wonoasih", dt.date(2026, 3, 8))
    # Ngluyu's wording "Ditetapkan di … / pada tanggal …" is a choice of the shape.
    b.rumusan.setCurrentIndex(list(RumusanTempat).index(RumusanTempat.DITETAPKAN))
    b.rumusan.activated.emit(b.rumusan.currentIndex())
    dok = w.konteks.store.load_dokumen(dok_id)
    assert dok.bentuk.rumusan is RumusanTempat.DITETAPKAN and dok.bentuk.tempat == "Wonoasih"
    # The print dialog offers no Keputusan for this shape.
    dialog = DialogCetak(w.konteks, dok_id, w)
    qtbot.addWidget(dialog)
    assert not dialog.cek_keputusan.isEnabled() and not dialog.cek_keputusan.isChecked()
    assert "tidak memuat Keputusan" in dialog.cek_keputusan.toolTip()
    assert dialog.cek_iki.isChecked() and not dialog.cek_sampul.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun(), timeout=60000)
    dialog.reject()
    # Undo brings the shape back.
    for _ in range(4):
        w.konteks.undo_stack.undo()
    assert w.konteks.store.load_dokumen(dok_id).bentuk.jenis is BentukDokumen.KEPUTUSAN


def test_perubahan_dicetak_berdampingan(db_contoh: Path, konteks: Any, qtbot: Any) -> None:
    from iki_desktop.store.penetapan import buat_perubahan, tetapkan
    from tests.printing.periksa_pdf import teks_halaman

    store = konteks.store
    asal = store.list_dokumen()[0]
    tetapkan(store, asal.id)
    baru = buat_perubahan(store, asal.id)
    dialog = DialogCetak(konteks, baru.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun(), timeout=60000)
    assert dialog.cek_evaluasi.isVisibleTo(dialog)
    dialog.cek_evaluasi.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun(), timeout=60000)
    assert "SESUDAH EVALUASI" in " ".join(teks_halaman(dialog._pdf_bytes))
    dialog.reject()
