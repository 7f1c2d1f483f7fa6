"""Smaller things an operator noticed (issue 14, item 10), each acted out in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iki_desktop.domain.model import Instansi, JenisDaerah, StatusDokumen
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.ui.dialog.dokumen_baru import DialogDokumenBaru
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.jendela.utama import JendelaUtama

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def buka(qtbot: Any) -> Any:
    dibuka: list[JendelaUtama] = []

    def buka_(path: Path) -> JendelaUtama:
        w = JendelaUtama()
        qtbot.addWidget(w)
        assert w.buka_berkas(path)
        w.show()
        dibuka.append(w)
        return w

    yield buka_
    for w in dibuka:
        w.close()


def test_counter_and_tooltip_follow_the_table(buka: Any, db_contoh: Path) -> None:
    w = buka(db_contoh)
    dok = w.konteks.dokumen(w.konteks.store.list_dokumen()[0].id)
    jab = next(j for j in dok.jabatan if j.sasaran)
    w.pilih("jabatan", jab.id)
    n = jab.jumlah_indikator
    assert f"{n} indikator" in w.editor_jabatan.ringkasan.text()
    tabel = w.editor_jabatan.tabel
    assert isinstance(tabel, EditorTabel)
    tabel.view.setCurrentIndex(tabel.model.index(0, 2))
    tabel.tambah_indikator("Jumlah laporan")
    assert f"{n + 1} indikator" in w.editor_jabatan.ringkasan.text()
    tip = w.model.cari("jabatan", jab.id).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{n + 1} indikator" in tip


def test_unit_kerja_hint_names_the_documents_own_office(buka: Any, tmp_path: Path) -> None:
    path = tmp_path / "kabupaten.sqlite"
    _, contoh = load_contoh()
    with Store.create(path) as store:
        kedopok = Instansi(nama="Kedopok", jenis_daerah=JenisDaerah.KOTA, nama_daerah="Probolinggo")
        dok = salin_dokumen(contoh, 2026, instansi_id=kedopok.id)
        store.import_dokumen(kedopok, dok)
    w = buka(path)
    w.pilih("jabatan", dok.jabatan_urut()[2].id)
    hint = w.editor_jabatan.unit.placeholderText()
    assert "Kecamatan Kedopok" in hint and "Wonoasih" not in hint


def test_dokumen_baru_from_template_names_the_kecamatan_and_leaves_tahun_alone(
    buka: Any, db_contoh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = buka(db_contoh)

    def exec_templat(dialog: DialogDokumenBaru) -> int:
        dialog.r_templat.setChecked(True)
        dialog.tahun.setValue(2027)
        return 1

    monkeypatch.setattr(DialogDokumenBaru, "exec", exec_templat)
    w.dokumen.a_dok_baru.trigger()
    baru = next(d for d in w.konteks.store.list_dokumen() if d.tahun == 2027)
    kep = w.konteks.dokumen(baru.id).keputusan
    assert "Kecamatan Wonoasih" in kep.menimbang[0]
    assert w.focusWidget() is w.pohon  # not the Tahun box of the new Dokumen


def test_enacted_fields_look_read_only(buka: Any, tmp_path: Path) -> None:
    path = tmp_path / "tetap.sqlite"
    instansi, dokumen = load_contoh()
    dokumen.status = StatusDokumen.DITETAPKAN
    with Store.create(path) as store:
        store.import_dokumen(instansi, dokumen)
    w = buka(path)
    w.pilih("jabatan", dokumen.jabatan_urut()[3].id)
    nama = w.editor_jabatan.nama
    assert nama.isReadOnly() and "palette(window)" in nama.styleSheet()
    assert "palette(window)" in w.editor_jabatan.tugas.styleSheet()
