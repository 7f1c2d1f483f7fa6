"""The main window driven like a user: new Dokumen, jabatan, indicators, undo, reopen."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from iki_desktop.domain.formula import Formula
from iki_desktop.domain.model import Indikator, StatusDokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.ui.jendela.pohon import PERAN_ID, PERAN_JENIS
from iki_desktop.ui.jendela.utama import TEKS_TERKUNCI, JendelaUtama
from iki_desktop.ui.undo.tabel import TambahIndikator

pytestmark = pytest.mark.gui


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


def _simpul(w: JendelaUtama, jenis: str, ident: str) -> QModelIndex:
    return w.proxy.mapFromSource(w.model.cari(jenis, ident))


def test_alur_lengkap(tmp_path: Path, qtbot: Any, monkeypatch: Any, buat_jendela: Any) -> None:
    path = tmp_path / "kantor.sqlite"
    Store.create(path).close()
    w = buat_jendela(path)
    assert w.windowTitle() == "IKI Desktop — kantor.sqlite"
    assert w.model.rowCount() == 0

    # New Dokumen from the standard template.
    from iki_desktop.ui.dialog.dokumen_baru import DialogDokumenBaru

    def exec_templat(dialog: DialogDokumenBaru) -> int:
        dialog.r_templat.setChecked(True)
        dialog.tahun.setValue(2027)
        return 1

    monkeypatch.setattr(DialogDokumenBaru, "exec", exec_templat)
    w.dokumen.a_dok_baru.trigger()
    dok_id = w.konteks.store.list_dokumen()[0].id
    dok = w.konteks.dokumen(dok_id)
    assert dok.tahun == 2027 and len(dok.jabatan) > 5
    assert w.konteks.undo_stack.undoText().startswith("Buat dokumen")
    assert w.a_urungkan.text().startswith("Urungkan: Buat dokumen")

    # Add a jabatan under the first root jabatan and name it in the editor.
    atas = dok.anak(None)[0]
    w.pohon.setCurrentIndex(_simpul(w, "jabatan", atas.id))
    assert w.tumpukan.currentWidget() is w.editor_jabatan
    w.dokumen.a_bawahan.trigger()
    jenis, baru_id, _ = w.simpul_terpilih()
    assert jenis == "jabatan" and baru_id != atas.id
    assert w.konteks.dokumen(dok_id).jabatan_by_id(baru_id).parent_id == atas.id  # type: ignore[union-attr]
    w.editor_jabatan.nama.setText("Analis Kebijakan")
    w.editor_jabatan.nama.editingFinished.emit()
    assert w.konteks.dokumen(dok_id).jabatan_by_id(baru_id).nama == "Analis Kebijakan"  # type: ignore[union-attr]
    assert w.model.data(w.model.cari("jabatan", baru_id)) == "Analis Kebijakan"

    # Sasaran and two indikator through the IKI table editor and its commands.
    tabel = w.editor_jabatan.tabel
    assert tabel is not None
    sasaran = tabel.tambah_sasaran("Meningkatnya kualitas kebijakan")  # type: ignore[attr-defined]
    assert sasaran is not None
    pertama = Indikator(teks="Jumlah rekomendasi kebijakan", sumber_data="Laporan")
    kedua = Indikator(
        teks="Persentase rekomendasi yang ditindaklanjuti",
        formula=Formula.pecahan("Jumlah rekomendasi ditindaklanjuti", "Jumlah rekomendasi"),
        sumber_data="Laporan tahunan",
    )
    awal = w.konteks.store.counts(dok_id)["indikator"]  # the template's examples
    for i, ind in enumerate((pertama, kedua)):
        assert w.konteks.jalankan(TambahIndikator(w.konteks, dok_id, baru_id, sasaran.id, ind, i))
    jab = w.konteks.dokumen(dok_id).jabatan_by_id(baru_id)
    assert jab is not None and [i.teks for i in jab.sasaran[0].indikator] == [
        pertama.teks,
        kedua.teks,
    ]

    # Undo twice (both indikator), redo once.
    w.a_urungkan.trigger()
    w.a_urungkan.trigger()
    assert w.konteks.store.counts(dok_id)["indikator"] == awal
    w.a_ulangi.trigger()
    assert w.konteks.store.counts(dok_id)["indikator"] == awal + 1
    w.a_ulangi.trigger()

    w.close()
    with Store.open(path) as store:
        dok2 = store.load_dokumen(dok_id)
        jab2 = dok2.jabatan_by_id(baru_id)
        assert jab2 is not None and jab2.nama == "Analis Kebijakan"
        assert jab2.parent_id == atas.id
        assert jab2.sasaran[0].teks == "Meningkatnya kualitas kebijakan"
        assert [i.teks for i in jab2.sasaran[0].indikator] == [pertama.teks, kedua.teks]
        assert jab2.sasaran[0].indikator[1].formula.ada_pecahan

    # Reopening in a new window shows the same tree.
    w2 = buat_jendela(path)
    assert w2.model.data(w2.model.cari("jabatan", baru_id)) == "Analis Kebijakan"


def test_drag_drop_persists(db_contoh: Path, buat_jendela: Any) -> None:
    w = buat_jendela(db_contoh)
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    pindah = dok.anak(dok.anak(None)[0].id)[0]
    tujuan = dok.anak(None)[-1]
    mime = w.proxy.mimeData([_simpul(w, "jabatan", pindah.id)])
    assert w.proxy.dropMimeData(
        mime, Qt.DropAction.MoveAction, 0, 0, _simpul(w, "jabatan", tujuan.id)
    )
    # Selection follows the moved jabatan, and the tree shows it under its new parent.
    assert w.simpul_terpilih()[1] == pindah.id
    idx = w.model.cari("jabatan", pindah.id)
    assert w.model.data(w.model.parent(idx), PERAN_ID) == tujuan.id
    w.close()
    with Store.open(db_contoh) as store:
        j = store.load_dokumen(dok.id).jabatan_by_id(pindah.id)
        assert j is not None and j.parent_id == tujuan.id
        assert store.load_dokumen(dok.id).anak(tujuan.id)[0].id == pindah.id


def test_hapus_jabatan_bertanya(db_contoh: Path, buat_jendela: Any, monkeypatch: Any) -> None:
    w = buat_jendela(db_contoh)
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    korban = next(j for j in dok.jabatan if len(dok.anak(j.id)) >= 2)
    w.pohon.setCurrentIndex(_simpul(w, "jabatan", korban.id))
    ditanya: list[str] = []
    jawaban = [QMessageBox.StandardButton.No]

    def question(parent: Any, judul: str, teks: str, *a: Any) -> QMessageBox.StandardButton:
        ditanya.append(teks)
        return jawaban[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    sebelum = w.konteks.store.counts(dok.id)
    w.dokumen.a_hapus.trigger()
    assert w.konteks.store.counts(dok.id) == sebelum  # "No" changes nothing
    teks = ditanya[0]
    assert teks.startswith(f"Jabatan {korban.nama} beserta ")
    assert "bawahan" in teks and "sasaran" in teks and "indikator" in teks and "Ctrl+Z" in teks
    jawaban[0] = QMessageBox.StandardButton.Yes
    w.dokumen.a_hapus.trigger()
    assert w.konteks.store.counts(dok.id)["jabatan"] < sebelum["jabatan"]
    assert not w.model.cari("jabatan", korban.id).isValid()
    assert w.konteks.undo_stack.undoText() == f"Hapus jabatan {korban.nama}"
    w.a_urungkan.trigger()
    assert w.konteks.store.counts(dok.id) == sebelum
    assert w.simpul_terpilih()[1] == korban.id


def test_dokumen_ditetapkan_hanya_baca(tmp_path: Path, buat_jendela: Any, monkeypatch: Any) -> None:
    path = tmp_path / "tetap.sqlite"
    instansi, dokumen = load_contoh()
    dokumen.status = StatusDokumen.DITETAPKAN
    with Store.create(path) as store:
        store.import_dokumen(instansi, dokumen)
    pesan: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, j, t, *a: pesan.append(t))
    w = buat_jendela(path)
    j = dokumen.jabatan_urut()[3]
    w.pohon.setCurrentIndex(_simpul(w, "jabatan", j.id))
    assert w.spanduk.isVisible() and w.spanduk.text() == TEKS_TERKUNCI
    assert w.windowTitle().endswith("[hanya baca]")
    assert w.editor_jabatan.nama.isReadOnly()
    assert not w.dokumen.a_tambah.isEnabled() and not w.dokumen.a_hapus.isEnabled()
    assert not w.model.flags(w.model.cari("jabatan", j.id)) & Qt.ItemFlag.ItemIsDragEnabled
    # Even a forced edit is refused before it reaches the undo stack.
    w.editor_jabatan.hanya_baca = False
    w.editor_jabatan.nama.setReadOnly(False)
    w.editor_jabatan.nama.setText("Diubah")
    w.editor_jabatan.nama.editingFinished.emit()
    assert pesan and "sudah ditetapkan" in pesan[0]
    assert w.konteks.undo_stack.count() == 0
    w.pohon.setCurrentIndex(_simpul(w, "keputusan", dokumen.id))
    assert w.editor_keputusan.nomor.isReadOnly()
    assert not w.editor_keputusan.menimbang.tombol_tambah.isEnabled()


def test_berkas_asing_tidak_disentuh(
    tmp_path: Path, db_contoh: Path, buat_jendela: Any, monkeypatch: Any
) -> None:
    asing = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(asing)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    isi = asing.read_bytes()
    pesan: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, j, t, *a: pesan.append(t))
    w = buat_jendela(db_contoh)
    assert not w.buka_berkas(asing)
    assert pesan and "bukan basis data IKI Desktop" in pesan[0]
    assert asing.read_bytes() == isi
    assert w.konteks.store.path == db_contoh  # the open database stays open


def test_keputusan_nip_dan_tanggal(db_contoh: Path, buat_jendela: Any) -> None:
    w = buat_jendela(db_contoh)
    dok_id = w.konteks.store.list_dokumen()[0].id
    w.pohon.setCurrentIndex(_simpul(w, "keputusan", dok_id))
    e = w.editor_keputusan
    assert e.tanggal.text() == "7 Januari 2026"
    nip = e.pejabat.nip
    nip.edit.setText("1971042019920110")
    assert "18 angka" in nip.pesan.text()
    nip.edit.setText("197104201992011003")
    assert "19710420 199201 1 003" in nip.pesan.text()
    nip.edit.editingFinished.emit()
    assert w.konteks.dokumen(dok_id).keputusan.penandatangan.pejabat.nip == "197104201992011003"
    e.nomor.setText("050/1/2026")
    e.nomor.editingFinished.emit()
    assert w.konteks.store.load_dokumen(dok_id).keputusan.nomor == "050/1/2026"
    assert w.a_urungkan.text() == "Urungkan: Ubah nomor"
    # Lists: add a menimbang item and type it.
    n = len(e.menimbang.isi())
    e.menimbang.tambah()
    baris = e.menimbang.daftar.currentRow()
    e.menimbang.edit.setPlainText("bahwa contoh tambahan;")
    e.menimbang.edit.selesai.emit()
    menimbang = w.konteks.dokumen(dok_id).keputusan.menimbang
    assert len(menimbang) == n + 1 and menimbang[baris] == "bahwa contoh tambahan;"


def test_cari_indikator(db_contoh: Path, buat_jendela: Any, qtbot: Any) -> None:
    w = buat_jendela(db_contoh)
    w.a_cari.trigger()
    w.panel_cari.kotak.setText("kelurahan cepat berkembang")
    qtbot.waitUntil(lambda: w.panel_cari.hasil.count() > 0)
    temuan = w.panel_cari.temuan[0]
    w.panel_cari.hasil.setCurrentRow(0)
    w.panel_cari._pilih(w.panel_cari.hasil.item(0))
    assert w.simpul_terpilih()[1] == temuan.ident
    # The tree shows the jabatan with its match count even though its name differs.
    shown = []
    stack = [QModelIndex()]
    while stack:
        p = stack.pop()
        for r in range(w.proxy.rowCount(p)):
            i = w.proxy.index(r, 0, p)
            if i.data(PERAN_JENIS) == "jabatan":
                shown.append(str(i.data()))
            stack.append(i)
    assert any("cocok]" in s for s in shown)


def test_sambutan_pertama_membuat_basis_data(monkeypatch: Any, data_dir: Path) -> None:
    from argparse import Namespace

    from iki_desktop.store import default_db_path
    from iki_desktop.ui import app as app_mod
    from iki_desktop.ui.dialog.sambutan import DialogSambutan

    def exec_templat(dialog: DialogSambutan) -> int:
        assert "Mulai dengan contoh (Wonoasih 2026)" in dialog.tombol["contoh"].text()
        dialog.pilihan = "templat"
        return 1

    monkeypatch.setattr(DialogSambutan, "exec", exec_templat)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    assert not default_db_path().exists()
    assert app_mod.jalankan(Namespace(db=None)) == 0
    assert default_db_path().exists()
    with Store.open(default_db_path()) as store:
        assert len(store.list_dokumen()) == 1
    jendela = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, JendelaUtama) and w.konteks.ada_store
    ]
    assert [w.konteks.store.path for w in jendela] == [default_db_path()]
    for w in jendela:
        w.close()
        w.deleteLater()
