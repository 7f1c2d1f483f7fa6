"""Small form widgets shared by the editors: commit-on-leave text, NIP and pejabat fields."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Pejabat
from iki_desktop.domain.nip import PANGKAT_GOLONGAN, bersihkan_nip, format_nip, periksa_nip


def atur_teks(widget: QLineEdit, teks: str) -> None:
    """Set a line edit's text only when it differs (keeps the cursor during refreshes)."""
    if widget.text() != teks:
        widget.setText(teks)
        widget.setCursorPosition(0)


def atur_combo(combo: QComboBox, teks: str) -> None:
    if combo.currentText() != teks:
        combo.setCurrentText(teks)


def pilih_data(combo: QComboBox, data: object) -> None:
    i = combo.findData(data)
    if i >= 0 and combo.currentIndex() != i:
        combo.setCurrentIndex(i)


def baris_bidang(nama: str, teks_bantuan: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(nama)
    if teks_bantuan:
        edit.setToolTip(teks_bantuan)
        edit.setPlaceholderText(teks_bantuan if len(teks_bantuan) < 60 else "")
    return edit


def form_baru(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


GAYA_HANYA_BACA = (
    "{k} {{ background: palette(window); color: palette(window-text);"
    " border: 1px solid palette(midlight); }}"
)


def atur_hanya_baca(akar: QWidget, hanya_baca: bool) -> None:
    """Make every input below `akar` read-only (text stays selectable) or editable again.

    Read-only fields also look it: the window's grey instead of a white box, so an
    enacted Dokumen does not invite typing."""
    for w in akar.findChildren(QWidget):
        if w.property("selaluAktif"):
            continue
        if isinstance(w, QLineEdit | QPlainTextEdit):
            if w.isReadOnly() != hanya_baca:
                _gaya_hanya_baca(w, hanya_baca)
            w.setReadOnly(hanya_baca)
        elif isinstance(w, QComboBox | QAbstractSpinBox | QAbstractButton):
            w.setEnabled(not hanya_baca)


def _gaya_hanya_baca(w: QLineEdit | QPlainTextEdit, hanya_baca: bool) -> None:
    if hanya_baca:
        w.setProperty("gayaSunting", w.styleSheet())
        kelas = "QLineEdit" if isinstance(w, QLineEdit) else "QPlainTextEdit"
        w.setStyleSheet(GAYA_HANYA_BACA.format(k=kelas))
    else:
        w.setStyleSheet(str(w.property("gayaSunting") or ""))


class TeksPanjang(QPlainTextEdit):
    """Multi-line text that reports `selesai` when the user leaves it after a change."""

    selesai = Signal()

    def __init__(self, baris: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # A fixed height of `baris` lines: forms stay compact and aligned; longer
        # text scrolls inside the box.
        tinggi = QFontMetrics(self.font()).lineSpacing() * baris + 12
        self.setFixedHeight(tinggi)
        self._awal = ""

    def teks(self) -> str:
        return self.toPlainText().strip()

    def atur(self, teks: str) -> None:
        if self.toPlainText() != teks:
            self.setPlainText(teks)
        self._awal = teks

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._awal = self.toPlainText()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._awal and not self.isReadOnly():
            self._awal = self.toPlainText()
            self.selesai.emit()


class IsianNip(QWidget):
    """NIP field validated as you type: the reason in red, or the printed form when valid."""

    selesai = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("18 angka, mis. 19710420 199201 1 003")
        self.edit.setToolTip(
            "Nomor Induk Pegawai: 18 angka (tanggal lahir, TMT pengangkatan, jenis kelamin, "
            "nomor urut). Spasi boleh diketik; disimpan tanpa spasi."
        )
        self.pesan = QLabel()
        self.pesan.setObjectName("pesanNip")
        self.pesan.setWordWrap(True)
        lay.addWidget(self.edit)
        lay.addWidget(self.pesan)
        self.edit.textChanged.connect(self._periksa)
        self.edit.editingFinished.connect(self.selesai)
        self._periksa("")

    def nip(self) -> str:
        bersih = bersihkan_nip(self.edit.text())
        return bersih if bersih.isdigit() else self.edit.text().strip()

    def atur(self, nip: str) -> None:
        tampil = format_nip(nip) if nip else ""
        if bersihkan_nip(self.edit.text()) != bersihkan_nip(tampil) or not nip:
            atur_teks(self.edit, tampil)
        self._periksa(self.edit.text())

    def valid(self) -> bool:
        try:
            periksa_nip(self.edit.text())
        except IkiError:
            return False
        return True

    def _periksa(self, teks: str) -> None:
        if not teks.strip():
            self.pesan.setText("")
            self.pesan.setVisible(False)
            return
        self.pesan.setVisible(True)
        try:
            info = periksa_nip(teks)
        except IkiError as err:
            self.pesan.setStyleSheet("color: #b00020;")
            self.pesan.setText(str(err))
            return
        self.pesan.setStyleSheet("color: #1b5e20;")
        jenis = "PPPK" if info.pppk else "PNS"
        self.pesan.setText(f"✓ {format_nip(teks)} ({jenis}, {info.jenis_kelamin})")


class IsianPejabat(QObject):
    """Nama, pangkat/golongan and NIP rows added to a form; `selesai` after an edit."""

    selesai = Signal()

    def __init__(self, form: QFormLayout, judul_nama: str = "Nama") -> None:
        super().__init__(form)
        self.nama = QLineEdit()
        self.nama.setToolTip("Nama lengkap dengan gelar, seperti tertulis pada tanda tangan.")
        self.pangkat = QComboBox()
        self.pangkat.setEditable(True)
        self.pangkat.addItems(["", *PANGKAT_GOLONGAN])
        self.pangkat.setToolTip(
            "Pangkat dan golongan ruang, mis. Pembina Tingkat I (IV/b). Boleh diketik sendiri."
        )
        self.pangkat.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.nip = IsianNip()
        form.addRow(f"{judul_nama}:", self.nama)
        form.addRow("Pangkat/golongan:", self.pangkat)
        form.addRow("NIP:", self.nip)
        self.nama.editingFinished.connect(self.selesai)
        self.pangkat.activated.connect(lambda *_: self.selesai.emit())
        line = self.pangkat.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.selesai)
        self.nip.selesai.connect(self.selesai)

    def pejabat(self) -> Pejabat:
        return Pejabat(
            nama=self.nama.text().strip(),
            pangkat=self.pangkat.currentText().strip(),
            nip=self.nip.nip(),
        )

    def atur(self, pejabat: Pejabat) -> None:
        atur_teks(self.nama, pejabat.nama)
        atur_combo(self.pangkat, pejabat.pangkat)
        self.nip.atur(pejabat.nip)
