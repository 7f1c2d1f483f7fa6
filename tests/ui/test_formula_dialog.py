"""The formula dialog: parts, live preview, reading pasted text."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from iki_desktop.domain.formula import FAKTOR_PERSEN, Daftar, Formula, Pecahan, Teks
from iki_desktop.ui.dialog.formula import DialogFormula, ubah_jenis
from iki_desktop.ui.tabel.formula import tata_formula


def test_live_preview_follows_the_fraction_fields(qtbot) -> None:
    dlg = DialogFormula(Formula())
    qtbot.addWidget(dlg)
    assert dlg.pratinjau.formula == Formula()
    dlg.tambah_bagian("pecahan")
    with qtbot.waitSignal(dlg.formulaBerubah):
        dlg.pembilang.setPlainText("Jumlah surat selesai")
    dlg.penyebut.setPlainText("Jumlah surat masuk")
    assert dlg.pratinjau.formula == Formula.pecahan("Jumlah surat selesai", "Jumlah surat masuk")
    dlg.faktor.setCurrentIndex(dlg.faktor.findData("× 100"))
    assert dlg.formula().bagian[0].faktor == "× 100"
    dlg.faktor.setCurrentIndex(dlg.faktor.count() - 1)  # "lainnya…"
    dlg.faktor_lain.setText("× 1.000")
    assert dlg.pratinjau.formula.bagian[0].faktor == "× 1.000"
    assert "Pecahan: Jumlah surat selesai / Jumlah surat masuk" in dlg.daftar.item(0).text()


def test_sequence_of_parts_add_move_remove_and_change_type(qtbot) -> None:
    dlg = DialogFormula(Formula([Teks("Jumlah kegiatan meliputi:")]))
    qtbot.addWidget(dlg)
    dlg.tambah_bagian("daftar")
    dlg.butir.setPlainText("Rapat\n\nMonitoring\n")
    assert dlg.formula() == Formula(
        [Teks("Jumlah kegiatan meliputi:"), Daftar(["Rapat", "Monitoring"])]
    )
    dlg.pindah_bagian(-1)
    assert isinstance(dlg.formula().bagian[0], Daftar)
    assert dlg.daftar.currentRow() == 0
    dlg.jenis.setCurrentIndex(dlg.jenis.findData("teks"))
    assert dlg.formula().bagian[0] == Teks("Rapat\nMonitoring")
    dlg.hapus_bagian()
    assert dlg.formula() == Formula([Teks("Jumlah kegiatan meliputi:")])
    dlg.hapus_bagian()
    assert dlg.formula().kosong
    assert not dlg.tombol_hapus.isEnabled()


def test_read_pasted_text(qtbot) -> None:
    dlg = DialogFormula(Formula.teks("lama"))
    qtbot.addWidget(dlg)
    dlg.teks_sumber.setPlainText("Jumlah A / Jumlah B x 100%")
    with qtbot.waitSignal(dlg.formulaBerubah):
        dlg.tombol_baca.click()
    assert dlg.formula() == Formula([Pecahan("Jumlah A", "Jumlah B", FAKTOR_PERSEN)])
    assert dlg.pembilang.toPlainText() == "Jumlah A"
    assert dlg.faktor.currentData() == FAKTOR_PERSEN
    dlg.teks_sumber.setPlainText("Meliputi: 1. Rapat 2. Laporan")
    dlg.baca_teks()
    assert dlg.formula() == Formula([Teks("Meliputi:"), Daftar(["Rapat", "Laporan"])])


def test_type_conversion_keeps_words() -> None:
    assert ubah_jenis(Teks("A\nB"), "pecahan") == Pecahan("A", "B")
    assert ubah_jenis(Pecahan("A", "B"), "daftar") == Daftar(["A", "B"])
    assert ubah_jenis(Daftar(["A", "B"]), "teks") == Teks("A\nB")


def test_fraction_layout_puts_bar_between_and_factor_beside(qtbot) -> None:
    dlg = DialogFormula(Formula())
    qtbot.addWidget(dlg)
    fm = QFontMetrics(dlg.font())
    tata = tata_formula(Formula.pecahan("Jumlah A", "Jumlah B yang lebih panjang"), fm, 400)
    (bar,) = tata.garis
    atas, bawah, faktor = (r for r, _, _ in tata.teks)
    assert atas.bottom() < bar.y1() < bawah.top()
    assert bar.x2() - bar.x1() >= fm.horizontalAdvance("Jumlah B yang lebih panjang") - 1
    assert faktor.left() > bar.x2()
    # Narrow width: text wraps, the layout grows in height, not in width.
    sempit = tata_formula(Formula.pecahan("Jumlah A " * 10, "B"), fm, 150)
    assert sempit.lebar <= 150 and sempit.tinggi > tata.tinggi
