"""Jabatan editor: name, unit, pemangku, tugas and fungsi; the IKI table below it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.model import GayaDaftar, Jabatan, JenisJabatan
from iki_desktop.ui.bidang import (
    IsianPejabat,
    TeksPanjang,
    atur_hanya_baca,
    atur_teks,
    form_baru,
    pilih_data,
)
from iki_desktop.ui.daftar_teks import DaftarTeks
from iki_desktop.ui.editor.dasar import EditorDasar, gulir, judul_bagian
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import UbahJabatan

TINGGI_LIPAT = 480  # px: below this the form starts folded


def _combo_gaya() -> QComboBox:
    combo = QComboBox()
    for g in GayaDaftar:
        combo.addItem(g.label, g)
    combo.setToolTip("Cara penomoran daftar saat dicetak")
    return combo


class EditorJabatan(EditorDasar):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(konteks, parent)
        self.judul = judul_bagian("Jabatan")
        self.ringkasan = QLabel()
        self.ringkasan.setStyleSheet("color: palette(placeholder-text);")

        data = self._tab_data()
        tugas = self._tab_tugas()
        fungsi = self._tab_fungsi()
        self.tab = QTabWidget()
        # Scrolling tabs let the splitter give the IKI table most of the height.
        self.tab.addTab(gulir(data), "Data jabatan")
        self.tab.addTab(gulir(tugas), "Tugas")
        self.tab.addTab(gulir(fungsi), "Fungsi")

        atas = QWidget()
        la = QVBoxLayout(atas)
        la.setContentsMargins(12, 10, 12, 4)
        self.tombol_lipat = QToolButton()
        self.tombol_lipat.setCheckable(True)
        self.tombol_lipat.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tombol_lipat.setAutoRaise(True)
        self.tombol_lipat.toggled.connect(self.lipat)
        self.tombol_lipat.clicked.connect(self._dipilih_pengguna)
        self._pilihan_pengguna: bool | None = None  # folded by a click: kept as chosen
        kepala = QHBoxLayout()
        kepala.addWidget(self.judul, 1)
        kepala.addWidget(self.ringkasan, 0, Qt.AlignmentFlag.AlignBottom)
        kepala.addWidget(self.tombol_lipat, 0, Qt.AlignmentFlag.AlignBottom)
        la.addLayout(kepala)
        la.addWidget(self.tab)
        self.atas = atas
        self._atur_tombol_lipat(False)

        self.pemisah = QSplitter(Qt.Orientation.Vertical)
        self.pemisah.setChildrenCollapsible(False)
        self.tab.setMinimumHeight(0)
        self.pemisah.addWidget(atas)
        self.tabel: QWidget | None = None
        self.ukuran_awal = True  # False once a saved splitter layout was restored
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.pemisah)

        self._sambung()

    def _sambung(self) -> None:
        self.nama.editingFinished.connect(lambda: self._simpan("nama"))
        self.unit.editingFinished.connect(lambda: self._simpan("unit kerja"))
        self.jenis.activated.connect(lambda *_: self._simpan("jenis"))
        self.pemangku.selesai.connect(lambda: self._simpan("pemangku"))
        self.tugas.selesai.connect(lambda: self._simpan("tugas"))
        self.tugas_butir.diubah.connect(lambda *_: self._simpan("rincian tugas"))
        self.gaya_tugas.activated.connect(lambda *_: self._gaya_diubah())
        self.fungsi.diubah.connect(lambda *_: self._simpan("fungsi"))
        self.gaya_fungsi.activated.connect(lambda *_: self._gaya_diubah())
        self.konteks.jabatanDiubah.connect(self._jabatan_diubah)
        self.konteks.tabelDiubah.connect(self._tabel_diubah)

    def _tab_fungsi(self) -> QWidget:
        fungsi = QWidget()
        ff = QVBoxLayout(fungsi)
        gaya_f = QHBoxLayout()
        gaya_f.addWidget(QLabel("Penomoran fungsi:"))
        self.gaya_fungsi = _combo_gaya()
        gaya_f.addWidget(self.gaya_fungsi)
        gaya_f.addStretch(1)
        self.fungsi = DaftarTeks("fungsi", baris_edit=2)
        ff.addLayout(gaya_f)
        ff.addWidget(self.fungsi, 1)
        return fungsi

    def _tab_tugas(self) -> QWidget:
        tugas = QWidget()
        tf = QVBoxLayout(tugas)
        self.tugas = TeksPanjang(3)
        self.tugas.setToolTip("Kalimat tugas jabatan (dicetak setelah \u201cTUGAS :\u201d)")
        self.tugas.setPlaceholderText("Mempunyai tugas …")
        gaya_t = QHBoxLayout()
        gaya_t.addWidget(QLabel("Rincian tugas, penomoran:"))
        self.gaya_tugas = _combo_gaya()
        gaya_t.addWidget(self.gaya_tugas)
        gaya_t.addStretch(1)
        self.tugas_butir = DaftarTeks("rincian tugas", baris_edit=2)
        tf.addWidget(QLabel("Tugas:"))
        tf.addWidget(self.tugas)
        tf.addLayout(gaya_t)
        tf.addWidget(self.tugas_butir, 1)
        return tugas

    def _tab_data(self) -> QWidget:
        data = QWidget()
        form = form_baru(data)
        self.nama = QLineEdit()
        self.nama.setToolTip("Nama jabatan, mis. Kepala Seksi Pemerintahan")
        self.unit = QLineEdit()
        self.unit.setToolTip(
            "Unit kerja; dicetak sebagai \u201cNAMA pada UNIT\u201d. Kosongkan bila tidak perlu."
        )
        self.unit.setPlaceholderText("mis. Sub Bagian Tata Usaha")
        self.jenis = QComboBox()
        for j in JenisJabatan:
            self.jenis.addItem(j.label, j)
        self.jenis.setToolTip("Struktural, fungsional atau pelaksana")
        form.addRow("Nama jabatan:", self.nama)
        form.addRow("Unit kerja:", self.unit)
        form.addRow("Jenis jabatan:", self.jenis)
        self.pemangku = IsianPejabat(form, "Nama pemangku")
        return data

    # ------------------------------------------------------------ folding the form

    def lipat(self, terlipat: bool) -> None:
        """Fold the form away (only the name line stays) so the IKI table gets the room."""
        if self.tombol_lipat.isChecked() != terlipat:
            self.tombol_lipat.setChecked(terlipat)  # comes back here through toggled
            return
        self.tab.setVisible(not terlipat)
        self._atur_tombol_lipat(terlipat)
        total = sum(self.pemisah.sizes())
        if self.tabel is None or total <= 0:
            return
        atas = self.atas.sizeHint().height() if terlipat else min(260, total // 2)
        self.pemisah.setSizes([atas, max(total - atas, 120)])

    def _atur_tombol_lipat(self, terlipat: bool) -> None:
        gaya = self.style()
        ikon = QStyle.StandardPixmap.SP_ArrowDown if terlipat else QStyle.StandardPixmap.SP_ArrowUp
        self.tombol_lipat.setIcon(gaya.standardIcon(ikon))
        self.tombol_lipat.setText("Tampilkan data jabatan" if terlipat else "Lipat data jabatan")
        self.tombol_lipat.setToolTip(
            "Tampilkan lagi data, tugas dan fungsi jabatan"
            if terlipat
            else "Sembunyikan data, tugas dan fungsi jabatan agar tabel IKI mendapat tempat"
        )

    @property
    def terlipat(self) -> bool:
        return self.tombol_lipat.isChecked()

    def _dipilih_pengguna(self, terlipat: bool) -> None:
        self._pilihan_pengguna = terlipat

    def _lipat_sesuai_tinggi(self) -> None:
        """A short editor (1024×600 screen) folds the form by itself so the table has the
        room, and a tall one unfolds it again, unless the operator chose by clicking."""
        if self._pilihan_pengguna is not None or self.tabel is None or not self.isVisible():
            return
        pendek = self.height() < TINGGI_LIPAT
        if pendek != self.terlipat:
            self.lipat(pendek)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._lipat_sesuai_tinggi()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._lipat_sesuai_tinggi()
        if self.terlipat:
            self.ukuran_awal = False
        if self.ukuran_awal and self.tabel is not None:
            # First show without a saved layout: a compact form, the table gets the rest.
            self.ukuran_awal = False
            total = sum(self.pemisah.sizes())
            self.pemisah.setSizes([260, max(total - 260, 300)])

    def pasang_tabel(self, tabel: QWidget) -> None:
        """Put the IKI table editor (editor/tabel.py) below the form."""
        self.tabel = tabel
        self.pemisah.addWidget(tabel)
        self.pemisah.setStretchFactor(0, 0)
        self.pemisah.setStretchFactor(1, 1)
        self.pemisah.setSizes([250, 650])

    # ------------------------------------------------------------ data

    def jabatan(self) -> Jabatan | None:
        if not self.dokumen_id:
            return None
        return self.konteks.dokumen(self.dokumen_id).jabatan_by_id(self.ident)

    def _jabatan_diubah(self, jabatan_id: str) -> None:
        if jabatan_id == self.ident:
            self.segarkan()

    def _tabel_diubah(self, dokumen_id: str, jabatan_id: str) -> None:
        if dokumen_id == self.dokumen_id and jabatan_id == self.ident:
            self._perbarui_ringkasan()

    def _perbarui_ringkasan(self) -> None:
        j = self.jabatan()
        if j is None:
            return
        bawahan = len(self.konteks.dokumen(self.dokumen_id).anak(j.id))
        self.ringkasan.setText(
            f"{len(j.sasaran)} sasaran · {j.jumlah_indikator} indikator · {bawahan} bawahan"
        )

    def isi_dari_data(self) -> None:
        j = self.jabatan()
        if j is None:
            return
        dok = self.konteks.dokumen(self.dokumen_id)
        self.judul.setText(j.nama or "(jabatan tanpa nama)")
        self._perbarui_ringkasan()
        instansi = self.konteks.instansi(dok.instansi_id)
        kantor = f" {instansi.nama_lengkap}" if instansi is not None and instansi.nama else ""
        self.unit.setPlaceholderText(f"mis. Sub Bagian Tata Usaha{kantor}")
        atur_teks(self.nama, j.nama)
        atur_teks(self.unit, j.unit_kerja)
        pilih_data(self.jenis, j.jenis)
        self.pemangku.atur(j.pemangku)
        self.tugas.atur(j.tugas)
        pilih_data(self.gaya_tugas, j.gaya_tugas)
        pilih_data(self.gaya_fungsi, j.gaya_fungsi)
        self.tugas_butir.atur_gaya(j.gaya_tugas)
        self.tugas_butir.atur(j.tugas_butir)
        self.fungsi.atur_gaya(j.gaya_fungsi)
        self.fungsi.atur(j.fungsi)
        tampilkan = getattr(self.tabel, "tampilkan", None)
        if tampilkan is not None:
            tampilkan(dok, j.id)

    def _gaya_diubah(self) -> None:
        self.tugas_butir.atur_gaya(GayaDaftar(self.gaya_tugas.currentData()))
        self.fungsi.atur_gaya(GayaDaftar(self.gaya_fungsi.currentData()))
        self._simpan("penomoran")

    def _simpan(self, bagian: str) -> None:
        if self._sedang_mengisi or self.hanya_baca:
            return
        lama = self.jabatan()
        if lama is None:
            return
        baru = replace(
            lama,
            nama=" ".join(self.nama.text().split()) or lama.nama,
            unit_kerja=self.unit.text().strip(),
            jenis=JenisJabatan(self.jenis.currentData()),
            pemangku=self.pemangku.pejabat(),
            tugas=self.tugas.teks(),
            tugas_butir=self.tugas_butir.isi(),
            gaya_tugas=GayaDaftar(self.gaya_tugas.currentData()),
            fungsi=self.fungsi.isi(),
            gaya_fungsi=GayaDaftar(self.gaya_fungsi.currentData()),
        )
        if baru == lama:
            return
        teks = f"Ubah {bagian} jabatan {lama.nama}"
        if not self.konteks.jalankan(UbahJabatan(self.konteks, self.dokumen_id, lama, baru, teks)):
            self.segarkan()

    def atur_hanya_baca(self, hanya_baca: bool) -> None:
        self.hanya_baca = hanya_baca
        atur_hanya_baca(self.tab, hanya_baca)
        self.tugas_butir.atur_hanya_baca(hanya_baca)
        self.fungsi.atur_hanya_baca(hanya_baca)
        if self.tabel is not None and hasattr(self.tabel, "atur_hanya_baca"):
            self.tabel.atur_hanya_baca(hanya_baca)
