"""A reusable editor for an ordered list of (multi-line) texts: menimbang, fungsi, diktum.

The list on top shows every item wrapped in full, numbered as it will print; the
selected item is edited in the text box below. Add, remove and move up/down are
buttons (and keyboard shortcuts while the list has focus). Every change emits
`diubah` once with the complete new list, so the owner makes one undo command.
Each item may carry a payload (`muatan`, e.g. the butir of a diktum) that moves with
it when items are added, removed or reordered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.model import GayaDaftar
from iki_desktop.domain.penomoran import penanda
from iki_desktop.ui.bidang import TeksPanjang


class DaftarTeks(QWidget):
    diubah = Signal(list)  # list[str]
    dipilih = Signal(int)  # row of the selected item (-1 for none)

    def __init__(
        self,
        nama_butir: str = "butir",
        gaya: GayaDaftar = GayaDaftar.HURUF,
        parent: QWidget | None = None,
        baris_edit: int = 3,
        penanda_kustom: object = None,
    ) -> None:
        super().__init__(parent)
        self.nama_butir = nama_butir
        self.gaya = gaya
        self._penanda_kustom = penanda_kustom  # callable(int) -> str, e.g. diktum_ke
        self._isi: list[str] = []
        self._muatan: list[object] = []
        self._hanya_baca = False

        self.daftar = QListWidget()
        self.daftar.setWordWrap(True)
        self.daftar.setAlternatingRowColors(True)
        self.daftar.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.daftar.setUniformItemSizes(False)
        self.daftar.setMinimumHeight(110)
        self.daftar.setAccessibleName(f"Daftar {nama_butir}")
        self.edit = TeksPanjang(baris_edit)
        self.edit.setPlaceholderText(f"Pilih atau tambah {nama_butir}, lalu ketik isinya di sini.")
        self.edit.setAccessibleName(f"Isi {nama_butir} terpilih")

        gaya_app = self.style()
        self.tombol_tambah = self._tombol(
            "Tambah", QStyle.StandardPixmap.SP_FileDialogNewFolder, f"Tambah {nama_butir} baru"
        )
        self.tombol_hapus = self._tombol(
            "Hapus", QStyle.StandardPixmap.SP_TrashIcon, f"Hapus {nama_butir} terpilih"
        )
        self.tombol_naik = self._tombol(
            "Naik", QStyle.StandardPixmap.SP_ArrowUp, "Pindahkan ke atas (Ctrl+Shift+Atas)"
        )
        self.tombol_turun = self._tombol(
            "Turun", QStyle.StandardPixmap.SP_ArrowDown, "Pindahkan ke bawah (Ctrl+Shift+Bawah)"
        )
        del gaya_app
        self.jumlah = QLabel()
        self.jumlah.setStyleSheet("color: palette(mid);")

        tombol = QHBoxLayout()
        for b in (self.tombol_tambah, self.tombol_hapus, self.tombol_naik, self.tombol_turun):
            tombol.addWidget(b)
        tombol.addStretch(1)
        tombol.addWidget(self.jumlah)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.daftar, 3)
        lay.addLayout(tombol)
        lay.addWidget(self.edit, 1)

        self._sambung()
        self._perbarui_tombol()

    def _sambung(self) -> None:
        self.tombol_tambah.clicked.connect(self.tambah)
        self.tombol_hapus.clicked.connect(self.hapus)
        self.tombol_naik.clicked.connect(lambda: self.geser(-1))
        self.tombol_turun.clicked.connect(lambda: self.geser(1))
        self.daftar.currentRowChanged.connect(self._baris_dipilih)
        self.edit.selesai.connect(self._teks_selesai)
        for keys, fn in (
            ("Ctrl+Shift+Up", lambda: self.geser(-1)),
            ("Ctrl+Shift+Down", lambda: self.geser(1)),
            ("Del", self.hapus),
            ("Ins", self.tambah),
        ):
            sc = QShortcut(QKeySequence(keys), self.daftar)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(fn)

    def _tombol(self, teks: str, ikon: QStyle.StandardPixmap, bantuan: str) -> QPushButton:
        b = QPushButton(self.style().standardIcon(ikon), teks)
        b.setToolTip(bantuan)
        return b

    # ------------------------------------------------------------ data

    def isi(self) -> list[str]:
        return list(self._isi)

    def muatan(self) -> list[object]:
        return list(self._muatan)

    def atur_muatan(self, baris: int, muatan: object) -> None:
        if 0 <= baris < len(self._muatan):
            self._muatan[baris] = muatan

    def atur(self, isi: list[str], muatan: list[object] | None = None) -> None:
        """Show a list (from the store); keeps the selected row when possible."""
        muatan = list(muatan) if muatan is not None else [None] * len(isi)
        if isi == self._isi and muatan == self._muatan and self.daftar.count() == len(isi):
            return
        baris = self.daftar.currentRow()
        self._isi = list(isi)
        self._muatan = muatan
        self._gambar_ulang(baris)

    def atur_gaya(self, gaya: GayaDaftar) -> None:
        self.gaya = gaya
        self._gambar_ulang(self.daftar.currentRow())

    def atur_hanya_baca(self, hanya_baca: bool) -> None:
        self._hanya_baca = hanya_baca
        self.edit.setReadOnly(hanya_baca)
        self._perbarui_tombol()

    def _label(self, i: int) -> str:
        if self._penanda_kustom is not None:
            return str(self._penanda_kustom(i + 1))  # type: ignore[operator]
        return penanda(i + 1, self.gaya)

    def _gambar_ulang(self, baris: int) -> None:
        self.daftar.blockSignals(True)
        self.daftar.clear()
        for i, teks in enumerate(self._isi):
            item = QListWidgetItem(f"{self._label(i)}  {teks or '(kosong)'}")
            item.setToolTip(teks)
            self.daftar.addItem(item)
        if self._isi:
            self.daftar.setCurrentRow(max(0, min(baris, len(self._isi) - 1)))
        self.daftar.blockSignals(False)
        self._baris_dipilih(self.daftar.currentRow())

    def _perbarui_tombol(self) -> None:
        baris = self.daftar.currentRow()
        ada = 0 <= baris < len(self._isi)
        self.tombol_tambah.setEnabled(not self._hanya_baca)
        self.tombol_hapus.setEnabled(ada and not self._hanya_baca)
        self.tombol_naik.setEnabled(ada and baris > 0 and not self._hanya_baca)
        self.tombol_turun.setEnabled(ada and baris < len(self._isi) - 1 and not self._hanya_baca)
        self.edit.setEnabled(ada)
        self.jumlah.setText(f"{len(self._isi)} {self.nama_butir}")

    def _baris_dipilih(self, baris: int) -> None:
        ada = 0 <= baris < len(self._isi)
        self.edit.atur(self._isi[baris] if ada else "")
        self._perbarui_tombol()
        self.dipilih.emit(baris if ada else -1)

    # ------------------------------------------------------------ edits

    def _ubah(self, isi: list[str], baris: int, muatan: list[object] | None = None) -> None:
        self._isi = isi
        if muatan is not None:
            self._muatan = muatan
        self._gambar_ulang(baris)
        self.diubah.emit(list(isi))

    def _teks_selesai(self) -> None:
        baris = self.daftar.currentRow()
        if not 0 <= baris < len(self._isi) or self._hanya_baca:
            return
        teks = self.edit.teks()
        if teks == self._isi[baris]:
            return
        isi = list(self._isi)
        isi[baris] = teks
        self._ubah(isi, baris)

    def tambah(self) -> None:
        if self._hanya_baca:
            return
        self._teks_selesai()
        baris = self.daftar.currentRow() + 1 if self._isi else 0
        isi, muatan = list(self._isi), list(self._muatan)
        isi.insert(baris, "")
        muatan.insert(baris, None)
        self._ubah(isi, baris, muatan)
        self.edit.setFocus()

    def hapus(self) -> None:
        baris = self.daftar.currentRow()
        if self._hanya_baca or not 0 <= baris < len(self._isi):
            return
        isi, muatan = list(self._isi), list(self._muatan)
        del isi[baris]
        del muatan[baris]
        self._ubah(isi, baris, muatan)

    def geser(self, arah: int) -> None:
        baris = self.daftar.currentRow()
        tujuan = baris + arah
        if self._hanya_baca or not (0 <= baris < len(self._isi) and 0 <= tujuan < len(self._isi)):
            return
        self._teks_selesai()
        isi, muatan = list(self._isi), list(self._muatan)
        isi[baris], isi[tujuan] = isi[tujuan], isi[baris]
        muatan[baris], muatan[tujuan] = muatan[tujuan], muatan[baris]
        self._ubah(isi, tujuan, muatan)
