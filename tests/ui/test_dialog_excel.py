"""Excel from the window: export, own re-import, and old-document import with preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from iki_desktop.domain.model import BentukDokumen
from iki_desktop.store import Store
from iki_desktop.store.isi import isi_contoh
from iki_desktop.ui.dialog import excel as dialog_excel
from iki_desktop.ui.konteks import Konteks
from tests.conftest import REFERENCE, file_hash


@pytest.fixture
def konteks(tmp_path: Path, qtbot) -> Konteks:  # type: ignore[no-untyped-def]
    store = Store.create(tmp_path / "kantor.sqlite")
    isi_contoh(store)
    k = Konteks(store)
    yield k
    store.close()


@pytest.fixture
def pesan(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


def test_export_then_reimport_replaces_after_asking(
    konteks: Konteks, pesan: list[str], tmp_path: Path
) -> None:
    dok = konteks.store.list_dokumen()[0]
    out = dialog_excel.ekspor_excel(konteks, dok.id, path=tmp_path / "iki")
    assert out is not None and out.suffix == ".xlsx" and out.exists()
    assert "diekspor" in pesan[-1]
    got = dialog_excel.impor_excel_sendiri(konteks, path=out)
    assert got == dok.id
    assert any("Timpa isinya" in p for p in pesan)
    assert konteks.store.counts(dok.id)["indikator"] == 133


def test_bad_file_shows_message_and_changes_nothing(
    konteks: Konteks, pesan: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "palsu.xlsx"
    path.write_bytes(b"%PDF-1.4 bukan excel")
    konteks.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_hash(konteks.store.path)
    assert dialog_excel.impor_excel_sendiri(konteks, path=path) is None
    assert dialog_excel.impor_dokumen_lama(konteks, path=path) is None
    assert pesan and all("PDF" in p or "bukan" in p for p in pesan)
    konteks.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert file_hash(konteks.store.path) == before


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference not present")
def test_legacy_import_shows_preview_then_imports(konteks: Konteks, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pratinjau = dialog_excel.baca_dokumen_lama(REFERENCE / "legacy-ngluyu-2021.docx")
    dialog = dialog_excel.DialogImporLama(konteks, pratinjau)
    qtbot.addWidget(dialog)
    assert dialog.tabel.rowCount() == len(pratinjau.jabatan) > 0
    assert dialog.tahun.value() == 2021
    assert dialog.bentuk.text().startswith("Keputusan + Lampiran (bawaan")
    before = len(konteks.store.list_dokumen())
    dialog.impor()
    assert dialog.dokumen_id is not None
    assert len(konteks.store.list_dokumen()) == before + 1
    dok = konteks.store.load_dokumen(dialog.dokumen_id)
    assert dok.tahun == 2021 and len(dok.jabatan) == len(pratinjau.jabatan)


def test_legacy_doubt_is_shown_first_and_asked(
    konteks: Konteks,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import docx
    from PySide6.QtWidgets import QLabel

    d = docx.Document()
    d.add_paragraph("INDIKATOR KINERJA UTAMA")
    d.add_paragraph("TUGAS : Menyiapkan bahan koordinasi.")
    t = d.add_table(rows=0, cols=3)
    for baris in (["SASARAN", "INDIKATOR KINERJA", "SUMBER DATA"], ["Sasaran A", "Persen B", "C"]):
        for c, teks in zip(t.add_row().cells, baris, strict=True):
            c.text = teks
    d.save(str(tmp_path / "ragu.docx"))
    pratinjau = dialog_excel.baca_dokumen_lama(tmp_path / "ragu.docx")
    dialog = dialog_excel.DialogImporLama(konteks, pratinjau)
    qtbot.addWidget(dialog)
    perhatian = dialog.findChild(QLabel, "perhatian")
    assert perhatian is not None and "TUGAS/FUNGSI" in perhatian.text()
    ditanya: list[str] = []

    def tidak(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        ditanya.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(tidak))
    before = len(konteks.store.list_dokumen())
    dialog.impor()
    assert ditanya and dialog.dokumen_id is None
    assert len(konteks.store.list_dokumen()) == before


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference not present")
def test_legacy_two_iku_versions_from_dialog(konteks: Konteks, qtbot) -> None:  # type: ignore[no-untyped-def]
    pratinjau = dialog_excel.baca_dokumen_lama(REFERENCE / "legacy-montong-2020.docx")
    dialog = dialog_excel.DialogImporLama(konteks, pratinjau)
    qtbot.addWidget(dialog)
    assert dialog.bentuk.text().startswith("Buku")  # the shape found is shown
    before = len(konteks.store.list_dokumen())
    dialog.impor()
    assert dialog.dokumen_id is not None
    assert len(konteks.store.list_dokumen()) == before + 2
    dok = konteks.store.load_dokumen(dialog.dokumen_id)
    assert dok.revisi == 1 and dok.bentuk.jenis is BentukDokumen.BUKU
