"""The yearly-cycle part of the Dokumen editor: target columns, PK data, programs.

Shown under the Dokumen's header fields. Every change is an undo command: the
target columns through UbahHeaderDokumen, the PK data and program rows through
UbahPk. The realisasi of the year is entered in its own view (dialog/realisasi.py),
which stays available when the Dokumen is enacted.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.kinerja import PerjanjianKinerja, ProgramPk, format_angka
from iki_desktop.domain.kolom_kinerja import dengan_target, menampilkan_target
from iki_desktop.domain.model import Dokumen, JenisJabatan
from iki_desktop.ui.bidang import atur_teks, form_baru
from iki_desktop.ui.editor.isian_tanggal import IsianTanggal
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import UbahHeaderDokumen
from iki_desktop.ui.undo.kinerja import UbahPk

KOLOM_PROGRAM = ("Program/Kegiatan", "Anggaran (Rp)", "Keterangan", "Perjanjian")
UNTUK_KEPALA = "Kepala kantor (IKU)"


def baca_rupiah(teks: str) -> int | None:
    """'Rp 1.250.000.000' -> 1250000000; '' -> None; anything else raises ValueError."""
    angka = teks.replace("Rp", "").replace(".", "").replace(" ", "").strip()
    if not angka:
        return None
    if not angka.isdigit():
        raise ValueError(teks)
    return int(angka)


class BagianKinerja(QWidget):
    """Target columns, Perjanjian Kinerja data and program rows of one Dokumen."""

    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.dokumen_id = ""
        self._mengisi = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._kotak_kolom())
        lay.addWidget(self._kotak_pk())

    def _kotak_kolom(self) -> QGroupBox:
        kotak = QGroupBox("Target kinerja")
        lay = QVBoxLayout(kotak)
        self.target_iku = QCheckBox(
            "Tampilkan kolom satuan, target dan target TW I–IV di tabel IKU"
        )
        self.target_iki = QCheckBox(
            "Tampilkan kolom satuan, target dan target TW I–IV di tabel IKI"
        )
        self.tombol_realisasi = QPushButton("Target dan realisasi per triwulan…")
        self.tombol_realisasi.setProperty("selaluAktif", True)
        self.tombol_realisasi.setToolTip("Realisasi dapat diisi juga setelah dokumen ditetapkan.")
        for w in (self.target_iku, self.target_iki, self.tombol_realisasi):
            lay.addWidget(w)
        self.target_iku.toggled.connect(lambda on: self._kolom(True, on))
        self.target_iki.toggled.connect(lambda on: self._kolom(False, on))
        self.tombol_realisasi.clicked.connect(self._buka_realisasi)
        return kotak

    def _kotak_pk(self) -> QGroupBox:
        kotak = QGroupBox("Perjanjian Kinerja")
        lay = QVBoxLayout(kotak)
        isi = QWidget()
        form = form_baru(isi)
        self.tempat = QLineEdit()
        self.tanggal = IsianTanggal()  # typed ("7 Januari 2026", "7/1/2026") or picked
        self.kepala_daerah = QLineEdit()
        self.kepala_daerah.setToolTip("Nama Bupati/Walikota, pihak kedua PK kepala kantor")
        form.addRow("Tempat:", self.tempat)
        form.addRow("Tanggal:", self.tanggal)
        form.addRow("Nama kepala daerah:", self.kepala_daerah)
        lay.addWidget(isi)
        self.program = QTableWidget(0, len(KOLOM_PROGRAM))
        self.program.setHorizontalHeaderLabels(list(KOLOM_PROGRAM))
        kepala = self.program.horizontalHeader()
        kepala.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        kepala.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        kepala.resizeSection(2, 160)
        kepala.resizeSection(3, 260)
        self.program.setMinimumHeight(140)
        lay.addWidget(self.program)
        tombol = QHBoxLayout()
        self.tambah = QPushButton("Tambah program")
        self.hapus = QPushButton("Hapus program")
        tombol.addWidget(self.tambah)
        tombol.addWidget(self.hapus)
        tombol.addStretch(1)
        lay.addLayout(tombol)
        for w in (self.tempat, self.kepala_daerah, self.tanggal):
            w.editingFinished.connect(self._simpan_pk)
        self.program.itemChanged.connect(lambda _item: self._simpan_pk())
        self.tambah.clicked.connect(self._tambah_program)
        self.hapus.clicked.connect(self._hapus_program)
        return kotak

    # ------------------------------------------------------------ showing

    def tampilkan(self, dok: Dokumen) -> None:
        self._mengisi = True
        try:
            self.dokumen_id = dok.id
            self.target_iku.setChecked(menampilkan_target(dok.kolom_iku))
            self.target_iki.setChecked(menampilkan_target(dok.kolom_iki))
            atur_teks(self.tempat, dok.pk.tempat)
            atur_teks(self.kepala_daerah, dok.pk.nama_kepala_daerah)
            if self.tanggal.tanggal() != dok.pk.tanggal or self.tanggal.galat:
                self.tanggal.atur(dok.pk.tanggal)
            self._isi_program(dok)
            ubah = QAbstractItemView.EditTrigger
            self.program.setEditTriggers(
                ubah.NoEditTriggers if dok.ditetapkan else ubah.AllEditTriggers
            )
        finally:
            self._mengisi = False

    def _pilihan_untuk(self, dok: Dokumen) -> list[tuple[str, str | None]]:
        out: list[tuple[str, str | None]] = [(UNTUK_KEPALA, None)]
        for j in dok.jabatan_urut():
            if j.jenis is JenisJabatan.STRUKTURAL:
                out.append((j.judul, j.id))
        return out

    def _isi_program(self, dok: Dokumen) -> None:
        self.program.setRowCount(len(dok.pk.program))
        pilihan = self._pilihan_untuk(dok)
        for row, p in enumerate(dok.pk.program):
            anggaran = "" if p.anggaran is None else format_angka(float(p.anggaran), 0)
            for col, teks in enumerate((p.teks, anggaran, p.keterangan)):
                self.program.setItem(row, col, QTableWidgetItem(teks))
            combo = QComboBox()
            for label, ident in pilihan:
                combo.addItem(label, ident)
            combo.setCurrentIndex(max(combo.findData(p.jabatan_id), 0))
            combo.currentIndexChanged.connect(lambda _n: self._simpan_pk())
            self.program.setCellWidget(row, 3, combo)

    # ------------------------------------------------------------ editing

    def _dokumen(self) -> Dokumen | None:
        if self._mengisi or not self.dokumen_id or not self.konteks.ada_store:
            return None
        return self.konteks.dokumen(self.dokumen_id)

    def _kolom(self, iku: bool, tampil: bool) -> None:
        lama = self._dokumen()
        if lama is None:
            return
        if iku:
            baru = replace(lama, kolom_iku=dengan_target(lama.kolom_iku, tampil))
        else:
            baru = replace(lama, kolom_iki=dengan_target(lama.kolom_iki, tampil))
        teks = "Tampilkan kolom target" if tampil else "Sembunyikan kolom target"
        if not self.konteks.jalankan(UbahHeaderDokumen(self.konteks, lama, baru, teks)):
            self.tampilkan(self.konteks.dokumen(self.dokumen_id))

    def _baca_program(self) -> list[ProgramPk]:
        out = []
        for row in range(self.program.rowCount()):
            sel = [self.program.item(row, c) for c in range(3)]
            teks = [s.text().strip() if s is not None else "" for s in sel]
            combo = self.program.cellWidget(row, 3)
            jabatan_id = combo.currentData() if isinstance(combo, QComboBox) else None
            out.append(ProgramPk(teks[0], baca_rupiah(teks[1]), teks[2], jabatan_id))
        return out

    def _simpan_pk(self, program: list[ProgramPk] | None = None) -> None:
        lama = self._dokumen()
        if lama is None:
            return
        try:
            program = self._baca_program() if program is None else program
        except ValueError:
            self.konteks.galat.emit("Anggaran harus berupa angka rupiah, misalnya 1.250.000.")
            self.tampilkan(lama)
            return
        baru = PerjanjianKinerja(
            tempat=self.tempat.text().strip(),
            tanggal=self.tanggal.tanggal(),
            nama_kepala_daerah=" ".join(self.kepala_daerah.text().split()),
            program=program,
        )
        if baru == lama.pk:
            return
        if not self.konteks.jalankan(UbahPk(self.konteks, lama.id, lama.pk, baru)):
            self.tampilkan(self.konteks.dokumen(self.dokumen_id))

    def _tambah_program(self) -> None:
        lama = self._dokumen()
        if lama is not None:
            self._simpan_pk(copy.deepcopy(lama.pk.program) + [ProgramPk("Program baru")])

    def _hapus_program(self) -> None:
        lama = self._dokumen()
        row = self.program.currentRow()
        if lama is None or not 0 <= row < len(lama.pk.program):
            return
        program = copy.deepcopy(lama.pk.program)
        del program[row]
        self._simpan_pk(program)

    def _buka_realisasi(self) -> None:
        if not self.dokumen_id:
            return
        from iki_desktop.ui.dialog.realisasi import DialogRealisasi

        DialogRealisasi(self.konteks, self.dokumen_id, self).exec()
