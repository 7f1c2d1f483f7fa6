"""GUI smoke tests for the Penetapan dialogs (offscreen)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from iki_desktop.domain.model import Keputusan
from iki_desktop.store import Store
from iki_desktop.store.penetapan import buat_perubahan, tetapkan
from iki_desktop.ui.dialog.bandingkan import DialogBandingkan
from iki_desktop.ui.dialog.keaslian import DialogKeaslian
from iki_desktop.ui.dialog.operator import KUNCI, DialogOperator, tanya_operator
from iki_desktop.ui.dialog.riwayat import DialogRiwayat
from iki_desktop.ui.dialog.tetapkan import PERTANYAAN, DialogTetapkan
from iki_desktop.ui.konteks import Konteks


@pytest.fixture
def setelan(tmp_path: Path, qapp: object) -> QSettings:
    return QSettings(str(tmp_path / "setelan.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def konteks(store: Store, qapp: object) -> Konteks:
    return Konteks(store)


def test_operator_asked_once_and_remembered(konteks: Konteks, setelan: QSettings, qtbot) -> None:  # type: ignore[no-untyped-def]
    d = DialogOperator(konteks, None, setelan)
    qtbot.addWidget(d)
    ok = d.tombol.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    d.nama.setText("  Siti   Aminah ")
    d.accept()
    assert konteks.operator == "Siti Aminah" == konteks.store.operator
    assert setelan.value(KUNCI) == "Siti Aminah"
    assert tanya_operator(konteks, None, setelan) == "Siti Aminah"  # no second question
    lain = Konteks(konteks.store)
    d2 = DialogOperator(lain, None, setelan)
    qtbot.addWidget(d2)
    assert d2.nama.text() == "Siti Aminah"  # offered as the default next session


def test_tetapkan_dialog_blocks_then_enacts(konteks: Konteks, dokumen_id: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    asli = copy.deepcopy(konteks.dokumen(dokumen_id).keputusan)
    konteks.store.update_keputusan(dokumen_id, Keputusan())
    konteks.lupakan()
    d = DialogTetapkan(konteks, dokumen_id)
    qtbot.addWidget(d)
    assert any("Nomor Keputusan" in m for m in d.masalah)
    assert d.daftar.count() == len(d.masalah)
    konteks.store.update_keputusan(dokumen_id, asli)
    konteks.lupakan()
    konteks.operator = "Budi"
    d = DialogTetapkan(konteks, dokumen_id)
    qtbot.addWidget(d)
    assert not d.masalah and PERTANYAAN in d.judul.text()
    with qtbot.waitSignal(konteks.dokumenDiubah):
        d.tombol_tetapkan.click()
    assert d.penetapan is not None and konteks.dokumen(dokumen_id).ditetapkan
    assert konteks.store.riwayat(dokumen_id)[-1]["operator"] == "Budi"


def test_riwayat_and_bandingkan(konteks: Konteks, dokumen_id: str, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    tetapkan(konteks.store, dokumen_id, "Siti")
    d = DialogRiwayat(konteks, dokumen_id)
    qtbot.addWidget(d)
    assert d.tabel_versi.rowCount() == 1 and d.tabel_versi.item(0, 5).text() == "berlaku"
    assert d.tabel_audit.rowCount() >= 2
    assert d.tombol_perubahan.isEnabled() and not d.tombol_bandingkan.isEnabled()
    d.perubahan()
    assert d.tabel_versi.rowCount() == 2 and d.tombol_bandingkan.isEnabled()
    aksi = [d.tabel_audit.item(r, 2).text() for r in range(d.tabel_audit.rowCount())]
    assert "Buat dokumen" in aksi

    baru_id = d.dokumen_id
    b = DialogBandingkan(konteks, None, dokumen_id, baru_id)
    qtbot.addWidget(b)
    assert len(b.daftar) == 2 and b.pohon.topLevelItemCount() == 1  # Keputusan nomor, tanggal
    pdf = b.simpan_pdf(tmp_path / "banding.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    b.pilih_baru.setCurrentIndex(b.pilih_lama.currentIndex())
    assert b.daftar == [] and "berbeda" in b.ringkasan.text()


def test_keaslian_found_and_not_found(konteks: Konteks, dokumen_id: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    p = tetapkan(konteks.store, dokumen_id)
    buat_perubahan(konteks.store, dokumen_id)
    d = DialogKeaslian(konteks)
    qtbot.addWidget(d)
    d.kode.setText(p.kode.lower().replace("-", " "))
    d.tombol_periksa.click()
    assert d.hasil is not None and "Kecamatan Wonoasih" in d.jawaban.text()
    d.kode.setText("IKI-AAAA-BBBB")
    d.periksa()
    assert d.hasil is None
    assert "Tidak ada versi yang ditetapkan dengan kode IKI-AAAA-BBBB" in d.jawaban.text()
    d.kode.setText("halo")
    d.periksa()
    assert "tidak dikenali" in d.jawaban.text()
