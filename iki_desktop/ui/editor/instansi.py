"""Instansi and print settings (Tata Naskah Dinas) editor, with the lambang picker."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.kinerja import skala_dari_teks, skala_ke_teks
from iki_desktop.domain.model import (
    Huruf,
    Instansi,
    JenisDaerah,
    JenisInstansi,
    Kertas,
    Orientasi,
    PengaturanCetak,
)
from iki_desktop.ui.bidang import TeksPanjang, atur_teks, form_baru, pilih_data
from iki_desktop.ui.editor.dasar import EditorDasar, gulir, judul_bagian
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import UbahInstansi

BATAS_LAMBANG = 2 * 1024 * 1024  # bytes; a kop lambang never needs more
UKURAN_PRATINJAU = QSize(96, 110)


def baca_lambang(path: Path) -> bytes:
    """Read a PNG/JPEG lambang; IkiError with the reason otherwise."""
    from iki_desktop.domain.errors import IkiError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IkiError(f"Berkas {path.name} tidak dapat dibaca.") from exc
    if len(data) > BATAS_LAMBANG:
        raise IkiError(
            f"Berkas {path.name} terlalu besar ({len(data) // 1024} KB); "
            "lambang paling besar 2 MB. Perkecil gambarnya dahulu."
        )
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise IkiError(f"Berkas {path.name} bukan gambar PNG atau JPEG.")
    if QImage.fromData(data).isNull():
        raise IkiError(f"Gambar {path.name} rusak atau tidak dapat dibaca.")
    return data


def _combo(pilihan: list[tuple[object, str]], bantuan: str) -> QComboBox:
    combo = QComboBox()
    for nilai, label in pilihan:
        combo.addItem(label, nilai)
    combo.setToolTip(bantuan)
    return combo


def _mm(bantuan: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(5.0, 60.0)
    spin.setDecimals(0)
    spin.setSuffix(" mm")
    spin.setToolTip(bantuan)
    return spin


LEBAR_DUA_KOLOM = 860  # px: narrower, the print settings go below the office data


class EditorInstansi(EditorDasar):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(konteks, parent)
        isi = QWidget()
        judul = judul_bagian("Instansi & pengaturan cetak")
        catatan = QLabel(
            "Data ini dipakai pada kop surat Keputusan dan lampiran IKU/IKI. "
            "Setiap perubahan langsung tersimpan."
        )
        catatan.setWordWrap(True)
        kiri = QVBoxLayout()
        kiri.addWidget(self._grup_instansi())
        kiri.addWidget(self._grup_lambang())
        kiri.addStretch(1)
        kanan = QVBoxLayout()
        kanan.addWidget(self._grup_cetak())
        kanan.addStretch(1)
        # Side by side where there is room, one above the other on a narrow screen.
        self.kolom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        kolom = self.kolom
        kolom.addLayout(kiri, 3)
        kolom.addLayout(kanan, 2)
        lay = QVBoxLayout(isi)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(judul)
        lay.addWidget(catatan)
        lay.addLayout(kolom, 1)
        luar = QVBoxLayout(self)
        luar.setContentsMargins(0, 0, 0, 0)
        area = gulir(isi)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        luar.addWidget(area)
        self._sambung()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        arah = QBoxLayout.Direction
        self.kolom.setDirection(
            arah.LeftToRight if event.size().width() >= LEBAR_DUA_KOLOM else arah.TopToBottom
        )

    def _grup_instansi(self) -> QGroupBox:
        g_inst = QGroupBox("Instansi")
        f = form_baru(g_inst)
        self.jenis = _combo([(j, j.label) for j in JenisInstansi], "Kecamatan atau kelurahan")
        self.nama = QLineEdit()
        self.nama.setToolTip("Nama tanpa kata Kecamatan/Kelurahan, mis. Wonoasih")
        self.induk = QLineEdit()
        self.induk.setToolTip("Untuk kelurahan: kecamatan tempat kelurahan ini berada")
        self.jenis_daerah = _combo([(j, j.label) for j in JenisDaerah], "Kabupaten atau kota")
        self.nama_daerah = QLineEdit()
        self.nama_daerah.setToolTip("Nama kabupaten/kota, mis. Probolinggo")
        daerah = QHBoxLayout()
        daerah.addWidget(self.jenis_daerah)
        daerah.addWidget(self.nama_daerah, 1)
        jenis_nama = QHBoxLayout()
        jenis_nama.addWidget(self.jenis)
        jenis_nama.addWidget(self.nama, 1)
        self.alamat = TeksPanjang(3)
        self.alamat.setToolTip("Alamat kantor untuk kop surat; satu baris kop per baris teks")
        self.telepon = QLineEdit()
        self.faks = QLineEdit()
        self.laman = QLineEdit()
        self.email = QLineEdit()
        self.kode_pos = QLineEdit()
        self.kode_pos.setMaximumWidth(120)
        self.kode_pos.setInputMask("99999;_")
        telepon = QHBoxLayout()
        telepon.addWidget(self.telepon, 1)
        telepon.addWidget(QLabel("Faks:"))
        telepon.addWidget(self.faks, 1)
        f.addRow("Instansi:", jenis_nama)
        f.addRow("Kecamatan induk:", self.induk)
        f.addRow("Pemerintah:", daerah)
        f.addRow("Alamat:", self.alamat)
        f.addRow("Kode pos:", self.kode_pos)
        f.addRow("Telepon:", telepon)
        f.addRow("Laman:", self.laman)
        f.addRow("Email:", self.email)
        return g_inst

    def _grup_lambang(self) -> QGroupBox:
        g_lambang = QGroupBox("Lambang daerah (untuk kop surat)")
        ll = QHBoxLayout(g_lambang)
        self.pratinjau = QLabel("Belum ada\nlambang")
        self.pratinjau.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pratinjau.setFixedSize(UKURAN_PRATINJAU + QSize(12, 12))
        self.pratinjau.setStyleSheet("border: 1px solid palette(mid); background: white;")
        tombol = QVBoxLayout()
        self.tombol_lambang = QPushButton("Pilih gambar…")
        self.tombol_lambang.setToolTip("Gambar PNG atau JPEG, paling besar 2 MB")
        self.tombol_hapus_lambang = QPushButton("Hapus lambang")
        tombol.addWidget(self.tombol_lambang)
        tombol.addWidget(self.tombol_hapus_lambang)
        tombol.addStretch(1)
        self.info_lambang = QLabel()
        self.info_lambang.setWordWrap(True)
        ll.addWidget(self.pratinjau)
        ll.addLayout(tombol)
        ll.addWidget(self.info_lambang, 1)
        return g_lambang

    def _grup_cetak(self) -> QGroupBox:
        g_cetak = QGroupBox("Pengaturan cetak (Tata Naskah Dinas)")
        fc = form_baru(g_cetak)
        self.kertas = _combo(
            [(Kertas.F4, "F4 (215 × 330 mm)"), (Kertas.A4, "A4 (210 × 297 mm)")], "Ukuran kertas"
        )
        self.huruf = _combo([(h, h.label) for h in Huruf], "Jenis huruf isi dokumen")
        self.ukuran = QDoubleSpinBox()
        self.ukuran.setRange(9.0, 14.0)
        self.ukuran.setSingleStep(0.5)
        self.ukuran.setDecimals(1)
        self.ukuran.setSuffix(" pt")
        self.ukuran.setToolTip("Ukuran huruf isi (biasanya 11 atau 12 pt)")
        huruf = QHBoxLayout()
        huruf.addWidget(self.huruf, 1)
        huruf.addWidget(self.ukuran)
        self.m_atas = _mm("Margin atas")
        self.m_bawah = _mm("Margin bawah")
        self.m_kiri = _mm("Margin kiri")
        self.m_kanan = _mm("Margin kanan")
        margin = QGridLayout()
        for i, (label, w) in enumerate(
            [("Atas", self.m_atas), ("Bawah", self.m_bawah)]
            + [("Kiri", self.m_kiri), ("Kanan", self.m_kanan)]
        ):
            margin.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            margin.addWidget(w, i // 2, (i % 2) * 2 + 1)
        self.orientasi = _combo(
            [(Orientasi.TEGAK, "Tegak (portrait)"), (Orientasi.MENDATAR, "Mendatar (landscape)")],
            "Arah kertas untuk tabel IKU/IKI",
        )
        self.halaman_baru = QCheckBox("Setiap jabatan mulai di halaman baru")
        self.ttd_iku = QCheckBox("Tanda tangan setelah tabel IKU")
        self.ttd_akhir = QCheckBox("Tanda tangan di akhir lampiran")
        fc.addRow("Kertas:", self.kertas)
        fc.addRow("Huruf:", huruf)
        fc.addRow("Margin:", margin)
        fc.addRow("Tabel IKU/IKI:", self.orientasi)
        fc.addRow("", self.halaman_baru)
        fc.addRow("", self.ttd_iku)
        fc.addRow("", self.ttd_akhir)
        self.skala = QLineEdit()
        self.skala.setToolTip(
            "Predikat capaian kinerja: batas bawah (%) lalu predikatnya, dipisah titik koma"
        )
        fc.addRow("Skala predikat:", self.skala)
        return g_cetak

    def _sambung(self) -> None:
        for w in (self.nama, self.induk, self.nama_daerah, self.telepon, self.faks):
            w.editingFinished.connect(self._simpan)
        for w in (self.laman, self.email, self.kode_pos):
            w.editingFinished.connect(self._simpan)
        self.alamat.selesai.connect(self._simpan)
        self.skala.editingFinished.connect(self._simpan)
        for c in (self.jenis, self.jenis_daerah, self.kertas, self.huruf, self.orientasi):
            c.activated.connect(lambda *_: self._simpan())
        for s in (self.ukuran, self.m_atas, self.m_bawah, self.m_kiri, self.m_kanan):
            s.editingFinished.connect(self._simpan)
        for cb in (self.halaman_baru, self.ttd_iku, self.ttd_akhir):
            cb.clicked.connect(lambda *_: self._simpan())
        self.tombol_lambang.clicked.connect(self.pilih_lambang)
        self.tombol_hapus_lambang.clicked.connect(self.hapus_lambang)
        self.konteks.instansiDiubah.connect(lambda *_: self.segarkan())

    # ------------------------------------------------------------ data

    def instansi(self) -> Instansi | None:
        return self.konteks.instansi(self.ident) if self.ident else None

    def isi_dari_data(self) -> None:
        i = self.instansi()
        if i is None:
            return
        p = i.pengaturan
        pilih_data(self.jenis, i.jenis)
        atur_teks(self.nama, i.nama)
        atur_teks(self.induk, i.kecamatan_induk)
        self.induk.setEnabled(i.jenis is JenisInstansi.KELURAHAN and not self.hanya_baca)
        pilih_data(self.jenis_daerah, i.jenis_daerah)
        atur_teks(self.nama_daerah, i.nama_daerah)
        self.alamat.atur("\n".join(i.alamat))
        for w, v in (
            (self.telepon, i.telepon),
            (self.faks, i.faks),
            (self.laman, i.laman),
            (self.email, i.email),
            (self.kode_pos, i.kode_pos),
        ):
            atur_teks(w, v)
        self._tampilkan_lambang(i.lambang)
        pilih_data(self.kertas, p.kertas)
        pilih_data(self.huruf, p.huruf)
        pilih_data(self.orientasi, p.orientasi_tabel)
        for spin, v in (
            (self.ukuran, p.ukuran_huruf),
            (self.m_atas, p.margin_atas_mm),
            (self.m_bawah, p.margin_bawah_mm),
            (self.m_kiri, p.margin_kiri_mm),
            (self.m_kanan, p.margin_kanan_mm),
        ):
            if spin.value() != v:
                spin.setValue(v)
        self.halaman_baru.setChecked(p.jabatan_halaman_baru)
        self.ttd_iku.setChecked(p.ttd_setelah_iku)
        self.ttd_akhir.setChecked(p.ttd_akhir_lampiran)
        atur_teks(self.skala, skala_ke_teks(p.skala_predikat))

    def _tampilkan_lambang(self, data: bytes | None) -> None:
        self.tombol_hapus_lambang.setEnabled(bool(data) and not self.hanya_baca)
        if not data:
            self.pratinjau.setPixmap(QPixmap())
            self.pratinjau.setText("Belum ada\nlambang")
            self.info_lambang.setText("Kop surat dicetak tanpa lambang.")
            return
        gambar = QImage.fromData(data)
        pix = QPixmap.fromImage(gambar).scaled(
            UKURAN_PRATINJAU,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.pratinjau.setPixmap(pix)
        self.info_lambang.setText(
            f"{gambar.width()} × {gambar.height()} piksel, {len(data) // 1024 or 1} KB"
        )

    def _dari_form(self, lama: Instansi) -> Instansi:
        baru = copy.deepcopy(lama)
        baru.jenis = JenisInstansi(self.jenis.currentData())
        baru.nama = " ".join(self.nama.text().split())
        baru.kecamatan_induk = self.induk.text().strip()
        baru.jenis_daerah = JenisDaerah(self.jenis_daerah.currentData())
        baru.nama_daerah = " ".join(self.nama_daerah.text().split())
        baru.alamat = [b.strip() for b in self.alamat.toPlainText().splitlines() if b.strip()]
        baru.telepon = self.telepon.text().strip()
        baru.faks = self.faks.text().strip()
        baru.laman = self.laman.text().strip()
        baru.email = self.email.text().strip()
        baru.kode_pos = self.kode_pos.text().strip()
        baru.pengaturan = PengaturanCetak(
            kertas=Kertas(self.kertas.currentData()),
            huruf=Huruf(self.huruf.currentData()),
            ukuran_huruf=self.ukuran.value(),
            margin_atas_mm=self.m_atas.value(),
            margin_bawah_mm=self.m_bawah.value(),
            margin_kiri_mm=self.m_kiri.value(),
            margin_kanan_mm=self.m_kanan.value(),
            orientasi_tabel=Orientasi(self.orientasi.currentData()),
            jabatan_halaman_baru=self.halaman_baru.isChecked(),
            ttd_setelah_iku=self.ttd_iku.isChecked(),
            ttd_akhir_lampiran=self.ttd_akhir.isChecked(),
            skala_predikat=lama.pengaturan.skala_predikat,
        )
        try:
            baru.pengaturan.skala_predikat = skala_dari_teks(self.skala.text())
        except ValueError as err:
            self.konteks.galat.emit(f"Skala predikat tidak diubah: {err}")
        return baru

    def _jalankan(self, lama: Instansi, baru: Instansi, teks: str) -> None:
        if baru == lama:
            return
        perintah = UbahInstansi(self.konteks, self.dokumen_id, lama, baru, teks)
        if not self.konteks.jalankan(perintah):
            self.segarkan()

    def _simpan(self) -> None:
        if self._sedang_mengisi or self.hanya_baca:
            return
        lama = self.instansi()
        if lama is not None:
            self._jalankan(lama, self._dari_form(lama), "Ubah data instansi")

    def pilih_lambang(self) -> None:
        lama = self.instansi()
        if lama is None or self.hanya_baca:
            return
        nama, _ = QFileDialog.getOpenFileName(
            self, "Pilih gambar lambang", "", "Gambar (*.png *.jpg *.jpeg)"
        )
        if not nama:
            return
        from iki_desktop.domain.errors import IkiError

        try:
            data = baca_lambang(Path(nama))
        except IkiError as err:
            QMessageBox.warning(self, "Lambang tidak dapat dipakai", str(err))
            return
        baru = copy.deepcopy(lama)
        baru.lambang = data
        self._jalankan(lama, baru, "Ganti lambang")

    def hapus_lambang(self) -> None:
        lama = self.instansi()
        if lama is None or self.hanya_baca or not lama.lambang:
            return
        baru = copy.deepcopy(lama)
        baru.lambang = None
        self._jalankan(lama, baru, "Hapus lambang")
