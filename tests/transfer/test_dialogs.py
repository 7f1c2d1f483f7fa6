"""Smoke tests of the Kirim, Terima and Cadangan dialogs (offscreen Qt)."""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from iki_desktop.store import Store
from iki_desktop.store.transfer import (
    Keputusan,
    baca_paket,
    buat_cadangan,
    buat_paket,
    terapkan_paket,
)
from iki_desktop.ui.dialog import kirim as dialog_kirim
from iki_desktop.ui.dialog.cadangan import DialogCadangan
from iki_desktop.ui.dialog.kirim import DialogKirim
from iki_desktop.ui.dialog.terima import DialogTerima
from tests.transfer.bantu import dump, kantor, sasaran_ke

pytestmark = pytest.mark.gui


def test_kirim_writes_a_verified_package(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    stik = tmp_path / "stik"
    stik.mkdir()
    dlg = DialogKirim(store, None)
    qtbot.addWidget(dlg)
    assert dlg.nama_berkas.text().startswith("Kecamatan Wonoasih")
    dlg.set_folder(stik)
    assert "cukup" in dlg.peringatan.text()
    dlg.pilih_dokumen.setChecked(True)
    dlg.kirim()
    assert "Centang" in dlg.status.text()
    dlg.daftar_dokumen.item(0).setCheckState(dialog_kirim.Qt.CheckState.Checked)
    dlg.kirim()
    qtbot.waitUntil(lambda: dlg.hasil is not None or bool(dlg.pesan_galat), timeout=15000)
    qtbot.waitUntil(lambda: not dlg.sedang_berjalan(), timeout=5000)
    assert dlg.hasil is not None, dlg.pesan_galat
    assert "Aman untuk mencabut flashdisk" in dlg.status.text()
    assert dlg.hasil.path.parent == stik and dlg.hasil.path.exists()
    assert baca_paket(dlg.hasil.path).manifest["instansi_nama"] == "Kecamatan Wonoasih"
    store.close()


def test_kirim_warns_when_space_is_short(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    Usage = namedtuple("Usage", "total used free")
    monkeypatch.setattr(dialog_kirim.shutil, "disk_usage", lambda _p: Usage(10**6, 0, 5000))
    dlg = DialogKirim(store, None)
    qtbot.addWidget(dlg)
    dlg.set_folder(tmp_path)
    assert "tidak cukup" in dlg.peringatan.text()
    dlg.kirim()
    qtbot.waitUntil(lambda: bool(dlg.pesan_galat), timeout=15000)
    qtbot.waitUntil(lambda: not dlg.sedang_berjalan(), timeout=5000)
    assert "tidak cukup" in dlg.pesan_galat and dlg.hasil is None
    assert not list(tmp_path.glob("*.ikipaket"))
    store.close()


def test_terima_previews_decides_and_merges(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1.ikipaket").path, b))
    s = sasaran_ke(a.load_dokumen(dok.id))
    a.update_sasaran(s.id, "Versi A")
    b.update_sasaran(s.id, "Versi B")
    paket = buat_paket(a, tmp_path / "2.ikipaket").path
    sebelum = dump(b)
    dlg = DialogTerima(b, None, str(paket))
    qtbot.addWidget(dlg)
    assert dlg.pratinjau is not None and "Kecamatan Wonoasih" in dlg.keterangan.text()
    assert dlg.tabel_konflik.rowCount() == 1
    assert not dlg.tombol_terapkan.isEnabled()
    assert dump(b) == sebelum  # previewing changes nothing
    with qtbot.waitSignal(dlg.diterima, timeout=5000):
        dlg.putuskan_semua(Keputusan.KIRIMAN)
        assert dlg.tombol_terapkan.isEnabled()
        dlg.tombol_terapkan.click()
    assert dlg.hasil is not None and dlg.hasil.berubah
    assert sasaran_ke(b.load_dokumen(dok.id)).teks == "Versi A"
    a.close()
    b.close()


def test_terima_refuses_hostile_file_in_the_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    b, _, _ = kantor(tmp_path / "b.sqlite", "Kedopok")
    junk = tmp_path / "virus.ikipaket"
    junk.write_bytes(b"MZ\x90\x00" + bytes(5000))
    sebelum = dump(b)
    dlg = DialogTerima(b, None)
    qtbot.addWidget(dlg)
    assert not dlg.buka(junk)
    assert "bukan paket IKI Desktop" in dlg.pesan
    assert not dlg.tombol_terapkan.isEnabled()
    assert dump(b) == sebelum
    b.close()


def test_cadangan_lists_and_restores_after_confirmation(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "kantor.sqlite"
    store, _, dok = kantor(db, "Wonoasih")
    buat_cadangan(store, "harian")
    isi_cadangan = dump(store)
    store.delete_dokumen(dok.id)
    tertutup: list[bool] = []

    def tutup() -> None:
        store.close()
        tertutup.append(True)

    dlg = DialogCadangan(db, None, tutup_store=tutup)
    qtbot.addWidget(dlg)
    assert dlg.tabel.rowCount() == 1 and "harian" in dlg.tabel.item(0, 1).text().lower()
    dlg.tabel.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    assert not dlg.pulihkan_terpilih() and not tertutup
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(dlg.dipulihkan, timeout=5000):
        assert dlg.pulihkan_terpilih()
    assert tertutup and "dipulihkan" in dlg.pesan
    assert dump(db) == isi_cadangan
    assert dlg.tabel.rowCount() == 2  # the state before the restore was backed up too
    dlg.buat()
    assert "Cadangan dibuat" in dlg.pesan
