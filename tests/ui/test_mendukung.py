"""Mendukung in the table editor, the pohon kinerja dialog, and the template note."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.domain.model import PeranTautan
from iki_desktop.domain.tautan import pilihan_atasan, tautan_vertikal
from iki_desktop.store import Store
from iki_desktop.store.isi import isi_template
from iki_desktop.ui.dialog.mendukung import DialogMendukung
from iki_desktop.ui.dialog.pohon_kinerja import DialogPohonKinerja
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.konteks import Konteks


@pytest.fixture
def konteks_templat(tmp_path: Path) -> Konteks:
    store = Store.create(tmp_path / "t.sqlite")
    isi_template(store, 2027)
    return Konteks(store)


def _editor(qtbot, konteks: Konteks, nama: str) -> EditorTabel:  # type: ignore[no-untyped-def]
    editor = EditorTabel(konteks)
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    editor.tampilkan(dok, next(j for j in dok.jabatan if j.nama == nama).id)
    editor.show()
    return editor


def test_picker_offers_only_the_atasan_and_the_link_is_undoable(qtbot, konteks_templat) -> None:  # type: ignore[no-untyped-def]
    k = konteks_templat
    editor = _editor(qtbot, k, "Pengelola Keuangan")
    panel = editor.mendukung
    assert panel.isVisible() and panel.contoh.isVisible()  # template examples are marked
    assert "Meningkatnya kualitas perencanaan" in panel.label_sasaran.text()
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    jab = next(j for j in dok.jabatan if j.nama == "Pengelola Keuangan")
    dialog = DialogMendukung(dok, jab, jab.sasaran[0].teks, None)
    qtbot.addWidget(dialog)
    pemilik = {
        dialog.daftar.topLevelItem(i).text(1) for i in range(dialog.daftar.topLevelItemCount())
    }
    assert pemilik == {"Kepala Subbagian Perencanaan dan Keuangan"}
    dialog.lintas.setChecked(True)
    assert dialog.daftar.topLevelItemCount() > 10  # every other unit, for crosscutting

    s = jab.sasaran[0]
    assert panel.terapkan("sasaran", s, None, PeranTautan.MENDUKUNG)
    assert "Belum ditautkan" in panel.label_sasaran.text()
    baru = k.dokumen(dok.id).jabatan_by_id(jab.id)
    assert tautan_vertikal(k.dokumen(dok.id), baru, baru.sasaran[0].tautan) is None  # type: ignore[arg-type, union-attr]
    k.undo_stack.undo()
    kembali = k.dokumen(dok.id)
    j2 = kembali.jabatan_by_id(jab.id)
    assert tautan_vertikal(kembali, j2, j2.sasaran[0].tautan) is not None  # type: ignore[arg-type, union-attr]
    assert "Meningkatnya kualitas perencanaan" in panel.label_sasaran.text()


def test_crosscutting_link_keeps_the_vertical_one(qtbot, konteks_templat) -> None:  # type: ignore[no-untyped-def]
    k = konteks_templat
    editor = _editor(qtbot, k, "Kepala Seksi Pelayanan Umum")
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    jab = next(j for j in dok.jabatan if j.nama == "Kepala Seksi Pelayanan Umum")
    lain = next(j for j in dok.jabatan if j.nama == "Kepala Seksi Pemerintahan").sasaran[0]
    assert lain.id not in {t.id for t in pilihan_atasan(dok, jab)}
    assert editor.mendukung.terapkan("sasaran", jab.sasaran[0], lain.id, PeranTautan.BERSAMA)
    dok2 = k.dokumen(dok.id)
    tautan = dok2.jabatan_by_id(jab.id).sasaran[0].tautan  # type: ignore[union-attr]
    assert len(tautan) == 2 and tautan[1].peran is PeranTautan.BERSAMA
    assert "Bersama" in editor.mendukung.label_sasaran.toolTip()


def test_pohon_kinerja_dialog_and_pdf(qtbot, konteks_templat, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    k = konteks_templat
    dok_id = k.store.list_dokumen()[0].id
    dialog = DialogPohonKinerja(k, dok_id)
    qtbot.addWidget(dialog)
    assert dialog.pohon.topLevelItemCount() == 3  # the IKU sasaran
    teks = []
    stack = [dialog.pohon.topLevelItem(i) for i in range(3)]
    while stack:
        item = stack.pop()
        teks.append(item.text(1))
        stack += [item.child(i) for i in range(item.childCount())]
    assert set(teks) >= {j.nama for j in k.dokumen(dok_id).jabatan}
    assert not any("BELUM" in dialog.pohon.topLevelItem(i).text(0) for i in range(3))
    path = dialog.tulis_pdf(str(tmp_path / "p.pdf"))
    assert path and Path(path).stat().st_size > 1000


def test_deleting_a_supported_sasaran_warns_and_undo_restores(
    qtbot, konteks_templat, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    k = konteks_templat
    ditanya: list[str] = []

    def exec_(box: QMessageBox) -> int:
        ditanya.append(box.text())
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    editor = _editor(qtbot, k, "Kepala Subbagian Umum dan Kepegawaian")
    editor.view.setCurrentIndex(editor.model.index(0, editor.model.kolom_dari_kunci("sasaran")))
    assert editor.hapus()
    assert "Pengadministrasi Umum" in ditanya[0] and "diurungkan" in ditanya[0]
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading

    assert any("sudah tidak ada" in m.pesan for m in periksa_cascading(dok))
    k.undo_stack.undo()
    assert periksa_cascading(k.dokumen(dok.id)) == []


def test_check_panel_filters_cascade_findings(qtbot, konteks_templat) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.domain.model import Sasaran
    from iki_desktop.ui.jendela.pemeriksaan import PanelPemeriksaan

    k = konteks_templat
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    jab = next(j for j in dok.jabatan if j.nama == "Pengelola Kepegawaian")
    k.store.add_sasaran(dok.id, jab.id, Sasaran("Tertibnya sesuatu yang baru"), 1)
    k.lupakan()
    panel = PanelPemeriksaan()
    qtbot.addWidget(panel)
    panel.perbarui(k.dokumen(dok.id), k.store.list_instansi()[0])
    panel.saring.setCurrentIndex(panel.saring.findData("cascading"))
    teks = [panel.daftar.item(i).text() for i in range(panel.daftar.count())]
    assert teks == [
        "Pengelola Kepegawaian: sasaran 'Tertibnya sesuatu yang baru' belum mendukung "
        "sasaran atasan (belum ditautkan)."
    ]


def test_pasted_copy_keeps_only_links_that_fit_its_new_table(qtbot, konteks_templat) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.domain.tautan import tautan_vertikal

    k = konteks_templat
    sumber = _editor(qtbot, k, "Pengelola Keuangan")
    sumber.view.setCurrentIndex(sumber.model.index(0, sumber.model.kolom_dari_kunci("sasaran")))
    isi = sumber.salin()
    assert isi is not None
    # Into the same table: the copy still supports the same atasan sasaran.
    sumber.tempel()
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    j = next(x for x in dok.jabatan if x.nama == "Pengelola Keuangan")
    assert len(j.sasaran) == 2 and all(tautan_vertikal(dok, j, s.tautan) for s in j.sasaran)
    # Into another jabatan's table: the link to the old atasan is not carried over.
    lain = _editor(qtbot, k, "Pengelola Kepegawaian")
    lain.view.setCurrentIndex(lain.model.index(0, lain.model.kolom_dari_kunci("sasaran")))
    lain.tempel()
    dok = k.dokumen(dok.id)
    j2 = next(x for x in dok.jabatan if x.nama == "Pengelola Kepegawaian")
    salinan = next(s for s in j2.sasaran if s.teks == j.sasaran[0].teks)
    assert salinan.tautan == [] and all(i.tautan == [] for i in salinan.indikator)
