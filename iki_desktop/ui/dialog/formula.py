"""The formula editor: a sequence of parts (Teks, Pecahan, Daftar) with a live preview.

The operator picks the type of each part, fills it in, and sees the fraction drawn
as it will print. "Baca dari teks" turns pasted text such as
"Jumlah A / Jumlah B x 100%" into parts with `teks_ke_formula`.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.formula import (
    FAKTOR_PERSEN,
    Bagian,
    Daftar,
    Formula,
    Pecahan,
    Teks,
    teks_ke_formula,
)
from iki_desktop.ui.dialog import muat_layar
from iki_desktop.ui.tabel.formula import PratinjauFormula

JENIS = (("teks", "Teks bebas"), ("pecahan", "Pecahan"), ("daftar", "Daftar bernomor"))
FAKTOR = (("× 100 %", FAKTOR_PERSEN), ("× 100", "× 100"), ("tanpa faktor", ""))
FAKTOR_LAIN = "lainnya…"


def jenis_bagian(b: Bagian) -> str:
    return "pecahan" if isinstance(b, Pecahan) else "daftar" if isinstance(b, Daftar) else "teks"


def _ringkas(b: Bagian) -> str:
    if isinstance(b, Teks):
        isi = b.teks
    elif isinstance(b, Pecahan):
        isi = f"{b.pembilang} / {b.penyebut}"
    else:
        isi = "; ".join(b.butir)
    isi = " ".join(isi.split()) or "(kosong)"
    label = dict(JENIS)[jenis_bagian(b)]
    return f"{label}: {isi[:50]}{'…' if len(isi) > 50 else ''}"


def ubah_jenis(b: Bagian, jenis: str) -> Bagian:
    """Convert a part to another type, keeping its words."""
    if jenis == jenis_bagian(b):
        return b
    if isinstance(b, Teks):
        baris = [x for x in b.teks.splitlines() if x.strip()]
    elif isinstance(b, Pecahan):
        baris = [x for x in (b.pembilang, b.penyebut) if x.strip()]
    else:
        baris = list(b.butir)
    if jenis == "pecahan":
        return Pecahan(baris[0] if baris else "", " ".join(baris[1:]))
    if jenis == "daftar":
        return Daftar(baris)
    return Teks("\n".join(baris))


def _teks_editor(tinggi: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(tinggi)
    return edit


class DialogFormula(QDialog):
    formulaBerubah = Signal(object)

    def __init__(self, formula: Formula, parent: QWidget | None = None, judul: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Ubah formula")
        muat_layar(self, 760, 620)
        self._bagian: list[Bagian] = copy.deepcopy(formula.bagian)
        self._sedang_isi = False

        lay = QVBoxLayout(self)
        if judul:
            label = QLabel(f"Indikator: <b>{judul}</b>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            lay.addWidget(label)

        # Read from text.
        baca = QGroupBox("Baca dari teks")
        bl = QHBoxLayout(baca)
        self.teks_sumber = _teks_editor(
            54, "Tempel teks formula, misalnya: Jumlah surat selesai / Jumlah surat masuk x 100%"
        )
        self.tombol_baca = QPushButton("&Baca")
        self.tombol_baca.setToolTip("Ganti isi formula dengan hasil pembacaan teks di kiri")
        self.tombol_baca.clicked.connect(self.baca_teks)
        bl.addWidget(self.teks_sumber, 1)
        bl.addWidget(self.tombol_baca, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(baca)

        # Parts list with its buttons, and the editor of the selected part.
        lay.addLayout(self._buat_tengah(), 1)
        lay.addWidget(QLabel("Pratinjau (seperti tercetak):"))
        self.pratinjau = PratinjauFormula()
        lay.addWidget(self.pratinjau)

        tombol_ok = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        tombol_ok.button(QDialogButtonBox.StandardButton.Ok).setText("Simpan")
        tombol_ok.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tombol_ok.accepted.connect(self.accept)
        tombol_ok.rejected.connect(self.reject)
        lay.addWidget(tombol_ok)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        self._muat_daftar(0)

    def _buat_tengah(self) -> QHBoxLayout:
        tengah = QHBoxLayout()
        kiri = QVBoxLayout()
        kiri.addWidget(QLabel("Bagian formula:"))
        self.daftar = QListWidget()
        self.daftar.setAccessibleName("Bagian formula")
        self.daftar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.daftar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.daftar.currentRowChanged.connect(self._pilih)
        kiri.addWidget(self.daftar, 1)
        tombol = QHBoxLayout()
        self.tombol_tambah = {}
        for jenis, label in (("teks", "+ Teks"), ("pecahan", "+ Pecahan"), ("daftar", "+ Daftar")):
            b = QPushButton(label)
            b.setToolTip(f"Tambah bagian {dict(JENIS)[jenis].lower()}")
            b.clicked.connect(lambda _=False, j=jenis: self.tambah_bagian(j))
            tombol.addWidget(b)
            self.tombol_tambah[jenis] = b
        kiri.addLayout(tombol)
        tombol2 = QHBoxLayout()
        self.tombol_hapus = QPushButton("Hapus")
        self.tombol_naik = QPushButton("Naik")
        self.tombol_turun = QPushButton("Turun")
        self.tombol_hapus.clicked.connect(self.hapus_bagian)
        self.tombol_naik.clicked.connect(lambda: self.pindah_bagian(-1))
        self.tombol_turun.clicked.connect(lambda: self.pindah_bagian(1))
        for b in (self.tombol_hapus, self.tombol_naik, self.tombol_turun):
            tombol2.addWidget(b)
        kiri.addLayout(tombol2)
        tengah.addLayout(kiri, 2)
        tengah.addWidget(self._buat_editor_bagian(), 3)
        return tengah

    # ------------------------------------------------------------ part editor

    def _buat_editor_bagian(self) -> QWidget:
        kotak = QGroupBox("Isi bagian")
        lay = QVBoxLayout(kotak)
        baris = QHBoxLayout()
        baris.addWidget(QLabel("Jenis:"))
        self.jenis = QComboBox()
        for kunci, label in JENIS:
            self.jenis.addItem(label, kunci)
        self.jenis.currentIndexChanged.connect(self._ganti_jenis)
        baris.addWidget(self.jenis, 1)
        lay.addLayout(baris)

        self.tumpukan = QStackedWidget()
        self.teks = _teks_editor(140, "Teks penjelasan")
        self.teks.setFixedHeight(16777215)
        self.teks.textChanged.connect(self._dari_editor)

        halaman_pecahan = QWidget()
        form = QFormLayout(halaman_pecahan)
        self.pembilang = _teks_editor(56, "Yang dihitung, misalnya: Jumlah surat selesai")
        self.penyebut = _teks_editor(56, "Pembaginya, misalnya: Jumlah surat masuk")
        self.faktor = QComboBox()
        for label, nilai in FAKTOR:
            self.faktor.addItem(label, nilai)
        self.faktor.addItem(FAKTOR_LAIN, None)
        self.faktor_lain = QLineEdit()
        self.faktor_lain.setPlaceholderText("misalnya: × 1.000")
        form.addRow("Pembilang:", self.pembilang)
        form.addRow("Penyebut:", self.penyebut)
        form.addRow("Faktor:", self.faktor)
        form.addRow("", self.faktor_lain)
        for w in (self.pembilang, self.penyebut):
            w.textChanged.connect(self._dari_editor)
        self.faktor.currentIndexChanged.connect(self._dari_editor)
        self.faktor_lain.textChanged.connect(self._dari_editor)

        self.butir = _teks_editor(140, "Satu butir per baris (nomor ditambahkan otomatis)")
        self.butir.setFixedHeight(16777215)
        self.butir.textChanged.connect(self._dari_editor)

        self.kosong = QLabel("Tambahkan bagian dengan tombol di kiri.")
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.teks, halaman_pecahan, self.butir, self.kosong):
            self.tumpukan.addWidget(w)
        lay.addWidget(self.tumpukan, 1)
        return kotak

    def _muat_daftar(self, pilih: int) -> None:
        self._sedang_isi = True
        self.daftar.clear()
        for n, b in enumerate(self._bagian, start=1):
            self.daftar.addItem(f"{n}. {_ringkas(b)}")
        self._sedang_isi = False
        if self._bagian:
            self.daftar.setCurrentRow(max(0, min(pilih, len(self._bagian) - 1)))
        self._pilih(self.daftar.currentRow())
        self._segarkan()

    def _pilih(self, row: int) -> None:
        if self._sedang_isi:
            return
        ada = 0 <= row < len(self._bagian)
        for w in (self.jenis, self.tombol_hapus, self.tombol_naik, self.tombol_turun):
            w.setEnabled(ada)
        if not ada:
            self.tumpukan.setCurrentWidget(self.kosong)
            return
        b = self._bagian[row]
        self._sedang_isi = True
        self.jenis.setCurrentIndex([k for k, _ in JENIS].index(jenis_bagian(b)))
        if isinstance(b, Teks):
            self.teks.setPlainText(b.teks)
            self.tumpukan.setCurrentWidget(self.teks)
        elif isinstance(b, Pecahan):
            self.pembilang.setPlainText(b.pembilang)
            self.penyebut.setPlainText(b.penyebut)
            i = self.faktor.findData(b.faktor)
            self.faktor.setCurrentIndex(i if i >= 0 else self.faktor.count() - 1)
            self.faktor_lain.setText("" if i >= 0 else b.faktor)
            self.faktor_lain.setVisible(i < 0)
            self.tumpukan.setCurrentIndex(1)
        else:
            self.butir.setPlainText("\n".join(b.butir))
            self.tumpukan.setCurrentWidget(self.butir)
        self._sedang_isi = False

    def _dari_editor(self) -> None:
        """An editor field changed: update the selected part, its list label and the preview."""
        row = self.daftar.currentRow()
        if self._sedang_isi or not 0 <= row < len(self._bagian):
            return
        b = self._bagian[row]
        if isinstance(b, Teks):
            b.teks = self.teks.toPlainText()
        elif isinstance(b, Pecahan):
            b.pembilang = self.pembilang.toPlainText().strip()
            b.penyebut = self.penyebut.toPlainText().strip()
            nilai = self.faktor.currentData()
            self.faktor_lain.setVisible(nilai is None)
            b.faktor = self.faktor_lain.text().strip() if nilai is None else nilai
        else:
            b.butir = [x.strip() for x in self.butir.toPlainText().splitlines() if x.strip()]
        item = self.daftar.item(row)
        if item is not None:
            item.setText(f"{row + 1}. {_ringkas(b)}")
        self._segarkan()

    def _ganti_jenis(self) -> None:
        row = self.daftar.currentRow()
        if self._sedang_isi or not 0 <= row < len(self._bagian):
            return
        self._bagian[row] = ubah_jenis(self._bagian[row], self.jenis.currentData())
        self._muat_daftar(row)

    def _segarkan(self) -> None:
        f = self.formula()
        self.pratinjau.setFormula(f)
        self.formulaBerubah.emit(f)

    # ------------------------------------------------------------ API

    def formula(self) -> Formula:
        """The formula as edited (empty parts left out)."""
        return Formula([copy.deepcopy(b) for b in self._bagian if not Formula([b]).kosong])

    def setFormula(self, formula: Formula) -> None:  # noqa: N802 - Qt-style setter
        self._bagian = copy.deepcopy(formula.bagian)
        self._muat_daftar(0)

    def tambah_bagian(self, jenis: str) -> None:
        baru: Bagian = (
            Pecahan() if jenis == "pecahan" else Daftar() if jenis == "daftar" else Teks()
        )
        row = self.daftar.currentRow()
        index = row + 1 if row >= 0 else len(self._bagian)
        self._bagian.insert(index, baru)
        self._muat_daftar(index)
        editor = {"pecahan": self.pembilang, "daftar": self.butir}.get(jenis, self.teks)
        editor.setFocus()

    def hapus_bagian(self) -> None:
        row = self.daftar.currentRow()
        if 0 <= row < len(self._bagian):
            del self._bagian[row]
            self._muat_daftar(row)

    def pindah_bagian(self, arah: int) -> None:
        row = self.daftar.currentRow()
        tujuan = row + arah
        if 0 <= row < len(self._bagian) and 0 <= tujuan < len(self._bagian):
            self._bagian[row], self._bagian[tujuan] = self._bagian[tujuan], self._bagian[row]
            self._muat_daftar(tujuan)

    def baca_teks(self) -> None:
        teks = self.teks_sumber.toPlainText()
        if teks.strip():
            self.setFormula(teks_ke_formula(teks))
