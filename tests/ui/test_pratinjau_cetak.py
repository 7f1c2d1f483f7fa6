"""Print preview: builds in a worker thread, shows pages, saves the PDF, prints pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtPrintSupport import QPrinter

from iki_desktop.store import Store
from iki_desktop.store.isi import isi_contoh
from iki_desktop.ui.cetak.pratinjau import DialogCetak, cetak_ke_printer
from iki_desktop.ui.konteks import Konteks


@pytest.fixture
def konteks(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.create(tmp_path / "kantor.sqlite")
    isi_contoh(store)
    yield Konteks(store)
    store.close()


def _dialog(qtbot, konteks: Konteks) -> DialogCetak:  # type: ignore[no-untyped-def]
    dok = konteks.store.list_dokumen()[0]
    dialog = DialogCetak(konteks, dok.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: not dialog.sedang_menyusun() and dialog.pdf.pageCount() > 0, timeout=20000
    )
    return dialog


def test_preview_shows_the_whole_draft(qtbot, konteks: Konteks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, konteks)
    assert dialog.pdf.pageCount() > 30
    assert dialog.jumlah_halaman.text() == f"dari {dialog.pdf.pageCount()}"
    dialog.simpan_ke(tmp_path / "hasil")
    text = PdfReader(tmp_path / "hasil.pdf").pages[0].extract_text()
    assert "KEPUTUSAN CAMAT WONOASIH" in text and "DRAF" in text


def test_choosing_parts_and_jabatan_rebuilds(qtbot, konteks: Konteks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, konteks)
    semua = dialog.pdf.pageCount()
    dialog.cek_keputusan.setChecked(False)
    dialog._centang_semua(False)
    dialog.daftar_jabatan.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.susun()
    qtbot.waitUntil(
        lambda: not dialog.sedang_menyusun() and dialog.pdf.pageCount() < semua, timeout=20000
    )
    dialog.simpan_ke(tmp_path / "satu.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "satu.pdf").pages)
    assert "Sekretaris Kecamatan" in text and "MEMUTUSKAN" not in text


def test_pages_render_to_a_printer(qtbot, konteks: Konteks, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, konteks)
    printer = dialog.printer_bawaan()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert printer.resolution() <= 300
    assert cetak_ke_printer(dialog.pdf, printer, 0, 1) == 2
    assert len(PdfReader(tmp_path / "printer.pdf").pages) == 2


class _TutupSaatKemajuan(QObject):
    """Closes the preview at the first progress report, i.e. while the PDF is being built."""

    def __init__(self, dialog: DialogCetak) -> None:
        super().__init__()
        self.dialog = dialog

    @Slot(float, str)
    def tutup(self, _bagian: float, _teks: str) -> None:
        if self.dialog.isVisible():
            self.dialog.close()


def test_closing_during_a_build_does_not_build_again(
    qtbot, konteks: Konteks, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.ui.cetak import pratinjau as pratinjau_cetak

    asli = pratinjau_cetak.build_pdf
    susunan: list[int] = []

    def build_pdf_dihitung(*args, **kwargs):  # type: ignore[no-untyped-def]
        susunan.append(1)
        return asli(*args, **kwargs)

    monkeypatch.setattr(pratinjau_cetak, "build_pdf", build_pdf_dihitung)
    dok = konteks.store.list_dokumen()[0]
    dialog = DialogCetak(konteks, dok.id)
    qtbot.addWidget(dialog)
    dialog.show()
    penutup = _TutupSaatKemajuan(dialog)
    assert dialog._tugas is not None
    dialog._tugas.kemajuan.connect(penutup.tutup)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    qtbot.wait(300)
    assert susunan == [1]
    assert not dialog.sedang_menyusun()
