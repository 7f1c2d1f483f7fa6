"""The Pemeriksaan panel checks the selected Dokumen as soon as the window opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iki_desktop.domain.pemeriksaan import periksa_dokumen
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.jendela.utama import JendelaUtama

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def test_problems_listed_at_start_and_after_every_change(qtbot: Any, db_contoh: Path) -> None:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(db_contoh)
    w.show()
    k = w.konteks
    dok = k.dokumen(k.store.list_dokumen()[0].id)
    harapan = len(periksa_dokumen(dok, k.instansi(dok.instansi_id)))
    assert harapan > 0
    panel = w.pemeriksaan.panel
    # Nothing clicked: the panel already lists the sample's problems.
    qtbot.waitUntil(lambda: len(panel.masalah) >= harapan)  # (plus cascading checks)
    harapan = len(panel.masalah)
    assert panel.daftar.count() == harapan
    assert "Tidak ada masalah" not in panel.ringkasan.text()
    assert w.pemeriksaan.dok.windowTitle() == f"Pemeriksaan ({harapan})"

    # A new indikator without formula or sumber data is one more problem at least.
    jab = dok.jabatan_urut()[1]
    w.pilih("jabatan", jab.id)
    tabel = w.editor_jabatan.tabel
    assert isinstance(tabel, EditorTabel)
    tabel.view.setCurrentIndex(tabel.model.index(0, 2))
    tabel.tambah_indikator("Jumlah laporan")
    qtbot.waitUntil(lambda: len(panel.masalah) > harapan)
    w.close()
