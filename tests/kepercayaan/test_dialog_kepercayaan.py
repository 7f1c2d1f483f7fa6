"""The trust parts of the dialogs (offscreen): key change confirmation with both
fingerprints, conflicts from a third office, restore confirmation, the signer."""

from __future__ import annotations

import sqlite3
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
from iki_desktop.ui.dialog.cadangan import DialogCadangan
from iki_desktop.ui.dialog.keaslian import DialogKeaslian
from iki_desktop.ui.dialog.terima import KOLOM_KONFLIK, DialogTerima
from iki_desktop.ui.konteks import Konteks
from tests.conftest import file_hash
from tests.kepercayaan.bantu import (
    kunci_penyerang,
    sebagai,
    segel_ulang,
    tanpa_pemicu,
    ubah_baris,
)
from tests.transfer.bantu import kantor, sasaran_ke
from tests.transfer.bantu import tetapkan as tetapkan_uji

pytestmark = pytest.mark.gui


def test_terima_asks_loudly_before_a_changed_key(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with sebagai(tmp_path / "data-a"):
        a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
        tetapkan_uji(a, dok.id)  # an office that enacted speaks for its instansi
        p1 = buat_paket(a, tmp_path / "1.ikipaket").path
        a.close()
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(p1, b))
    lain = tmp_path / "2.ikipaket"
    lain.write_bytes(p1.read_bytes())
    baru = kunci_penyerang()
    segel_ulang(lain, baru)
    dlg = DialogTerima(b, None, str(lain))
    qtbot.addWidget(dlg)
    teks = dlg.keterangan.text()
    assert "KUNCI KANTOR INI BERBEDA" in teks and baru.sidik_jari in teks
    assert dlg.pratinjau is not None and dlg.pratinjau.kepercayaan is not None
    assert dlg.pratinjau.kepercayaan.kunci_dikenal_sidik in teks
    assert dlg.tombol_kunci.isVisibleTo(dlg) and not dlg.tombol_terapkan.isEnabled()
    ditanya: list[str] = []

    def exec_(kotak: QMessageBox) -> int:
        ditanya.append(kotak.informativeText())
        kotak.buttons()[0].click()  # "Ya, sidik jari sudah dicocokkan"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dlg.konfirmasi_kunci_baru()
    assert ditanya and baru.sidik_jari in ditanya[0]
    assert dlg.terima_kunci_baru and "DITERIMA" in dlg.keterangan.text()
    b.close()


def test_terima_shows_a_third_office_conflict(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with sebagai(tmp_path / "data-kab"):
        kab, _, dok = kantor(tmp_path / "kab.sqlite", "Wonoasih")
        awal = buat_paket(kab, tmp_path / "awal.ikipaket").path
    sid = sasaran_ke(kab.load_dokumen(dok.id), 0).id
    paket = []
    for nama in ("a", "b"):
        with sebagai(tmp_path / f"data-{nama}"):
            s = Store.create(tmp_path / f"{nama}.sqlite")
            terapkan_paket(s, baca_paket(awal, s))
            s.update_sasaran(sid, f"Versi {nama}")
            paket.append(buat_paket(s, tmp_path / f"{nama}.ikipaket").path)
            s.close()
    with sebagai(tmp_path / "data-kab"):
        terapkan_paket(kab, baca_paket(paket[0], kab))
        dlg = DialogTerima(kab, None, str(paket[1]))
        qtbot.addWidget(dlg)
        assert dlg.tabel_konflik.rowCount() == 1 and "Konflik (1)" in dlg.judul_konflik.text()
        kolom = {n: i for i, n in enumerate(KOLOM_KONFLIK)}
        assert dlg.tabel_konflik.item(0, kolom["Milik saya"]).text() == "Versi a"
        assert dlg.tabel_konflik.item(0, kolom["Kiriman"]).text() == "Versi b"
        assert not dlg.tombol_terapkan.isEnabled()
        dlg.putuskan(0, Keputusan.KEDUANYA)
        dlg.terapkan()
        assert dlg.hasil is not None
    kab.close()


def test_cadangan_confirmation_lists_what_is_replaced(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kantor.sqlite"
    store, _, dok = kantor(db, "Wonoasih")
    buat_cadangan(store, "harian")
    kode = tetapkan_uji(store, dok.id)
    ditanya: list[str] = []

    def tanya(parent, judul, teks, *a, **k):  # type: ignore[no-untyped-def]
        ditanya.append(teks)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(tanya))
    dlg = DialogCadangan(db, None)
    qtbot.addWidget(dlg)
    dlg.tabel.selectRow(0)
    sebelum = store.dokumen_status(dok.id)
    assert not dlg.pulihkan_terpilih()
    assert "KEMBALI TIDAK DITETAPKAN" in ditanya[0] and kode in ditanya[0]
    assert store.dokumen_status(dok.id) == sebelum
    store.close()


def test_keaslian_shows_the_signer_and_warns_on_tampering(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kantor.sqlite"
    store, _, dok = kantor(db, "Wonoasih")
    kode = tetapkan_uji(store, dok.id)
    d = DialogKeaslian(Konteks(store))
    qtbot.addWidget(d)
    d.kode.setText(kode)
    d.periksa()
    assert "Penetap" in d.jawaban.text() and "tanda tangan sah" in d.jawaban.text()
    store.close()
    conn = sqlite3.connect(db, isolation_level=None)
    tanpa_pemicu(conn)
    ubah_baris(conn, dok.id, "Dipalsukan")
    conn.close()
    sebelum = file_hash(db)
    with Store.open(db) as s2:
        d2 = DialogKeaslian(Konteks(s2))
        qtbot.addWidget(d2)
        d2.kode.setText(kode)
        d2.periksa()
        assert "PERINGATAN" in d2.jawaban.text() and "GAGAL" in d2.jawaban.text()
    assert file_hash(db) == sebelum


def test_kirim_shows_the_fingerprint_and_cadangan_saves_the_key(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from iki_desktop.store.kunci import baca_ekspor, kunci_kantor
    from iki_desktop.ui.dialog.kirim import DialogKirim

    db = tmp_path / "kantor.sqlite"
    store, _, _ = kantor(db, "Wonoasih")
    kirim = DialogKirim(store, None)
    qtbot.addWidget(kirim)
    assert kunci_kantor().sidik_jari in kirim.sidik_jari.text()
    tujuan = tmp_path / "kunci"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tujuan), ""))
    )
    dlg = DialogCadangan(db, None)
    qtbot.addWidget(dlg)
    tombol = next(b for b in dlg.findChildren(type(dlg.tombol_buat)) if "kunci" in b.text())
    tombol.click()
    assert "Kunci kantor disimpan" in dlg.pesan
    assert baca_ekspor(tmp_path / "kunci.ikikunci").publik == kunci_kantor().publik
    store.close()


def test_table_editor_warns_when_enacted_rows_were_altered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.ui.editor.tabel import EditorTabel

    db = tmp_path / "kantor.sqlite"
    store, _, dok = kantor(db, "Wonoasih")
    tetapkan_uji(store, dok.id)
    store.close()
    conn = sqlite3.connect(db, isolation_level=None)
    tanpa_pemicu(conn)
    ubah_baris(conn, dok.id, "Dipalsukan")
    conn.close()
    with Store.open(db) as s:
        konteks = Konteks(s)
        editor = EditorTabel(konteks)
        qtbot.addWidget(editor)
        d = konteks.dokumen(dok.id)
        editor.tampilkan(d, d.jabatan_urut()[0].id)
        assert "PERINGATAN" in editor.banner.text() and not editor.banner.isHidden()
