"""Keputusan editor: nomor, tentang, menimbang, mengingat, diktum, date and signatory."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.keputusan_bawaan import default_keputusan
from iki_desktop.domain.model import AwalanTtd, Diktum, GayaDaftar, Keputusan, Penandatangan
from iki_desktop.domain.penomoran import diktum_ke
from iki_desktop.ui.bidang import (
    IsianPejabat,
    TeksPanjang,
    atur_hanya_baca,
    atur_teks,
    form_baru,
    pilih_data,
)
from iki_desktop.ui.daftar_teks import DaftarTeks
from iki_desktop.ui.editor.dasar import EditorDasar, judul_bagian
from iki_desktop.ui.editor.isian_tanggal import IsianTanggal
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import UbahKeputusan

_AWALAN = (
    (AwalanTtd.TIDAK_ADA, "— (ditandatangani sendiri)"),
    (AwalanTtd.AN, "a.n. (atas nama)"),
    (AwalanTtd.PLT, "Plt. (pelaksana tugas)"),
    (AwalanTtd.PLH, "Plh. (pelaksana harian)"),
)


class EditorKeputusan(EditorDasar):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(konteks, parent)
        self.judul = judul_bagian("Keputusan")
        self.tombol_bawaan = QPushButton("Isi teks bawaan…")
        self.tombol_bawaan.setToolTip(
            "Isi Menimbang, Mengingat dan Diktum dengan teks baku untuk instansi ini. "
            "Nomor dan tanggal tidak diubah; dapat diurungkan dengan Ctrl+Z."
        )

        atas = self._buat_atas()
        self.menimbang = DaftarTeks("pertimbangan")
        self.mengingat = DaftarTeks("dasar hukum", gaya=GayaDaftar.ANGKA)

        diktum = self._buat_diktum()
        ttd = self._buat_ttd()
        self.tab = QTabWidget()
        self.tab.addTab(self.menimbang, "Menimbang")
        self.tab.addTab(self.mengingat, "Mengingat")
        self.tab.addTab(diktum, "Memutuskan (diktum)")
        self.tab.addTab(ttd, "Penandatangan")

        kepala = QHBoxLayout()
        kepala.addWidget(self.judul, 1)
        kepala.addWidget(self.tombol_bawaan)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addLayout(kepala)
        lay.addWidget(atas)
        lay.addWidget(self.tab, 1)

        self._sambung()

    def _sambung(self) -> None:
        self.nomor.editingFinished.connect(lambda: self._simpan("nomor"))
        self.tentang.selesai.connect(lambda: self._simpan("judul (tentang)"))
        self.tempat.editingFinished.connect(lambda: self._simpan("tempat"))
        self.tanggal.editingFinished.connect(lambda: self._simpan("tanggal"))
        self.menimbang.diubah.connect(lambda *_: self._simpan("menimbang"))
        self.mengingat.diubah.connect(lambda *_: self._simpan("mengingat"))
        self.diktum.diubah.connect(lambda *_: self._simpan("diktum"))
        self.diktum.dipilih.connect(self._diktum_dipilih)
        self.butir.diubah.connect(lambda *_: self._butir_diubah())
        self.awalan.activated.connect(lambda *_: self._simpan("penandatangan"))
        self.jabatan_ttd.editingFinished.connect(lambda: self._simpan("penandatangan"))
        self.atas_nama.editingFinished.connect(lambda: self._simpan("penandatangan"))
        self.pejabat.selesai.connect(lambda: self._simpan("penandatangan"))
        self.tombol_bawaan.clicked.connect(self.isi_bawaan)
        self.konteks.dokumenDiubah.connect(self._dokumen_diubah)

    def _buat_ttd(self) -> QWidget:
        ttd = QWidget()
        ft = form_baru(ttd)
        self.awalan = QComboBox()
        for nilai, label in _AWALAN:
            self.awalan.addItem(label, nilai)
        self.awalan.setToolTip("Awalan baris jabatan bila Camat tidak menandatangani sendiri")
        self.jabatan_ttd = QLineEdit()
        self.jabatan_ttd.setToolTip("Baris jabatan, mis. CAMAT WONOASIH KOTA PROBOLINGGO")
        self.atas_nama = QLineEdit()
        self.atas_nama.setToolTip("Untuk a.n.: jabatan penanda tangan, mis. Sekretaris Kecamatan")
        ft.addRow("Awalan:", self.awalan)
        ft.addRow("Jabatan:", self.jabatan_ttd)
        ft.addRow("Atas nama (untuk a.n.):", self.atas_nama)
        self.pejabat = IsianPejabat(ft, "Nama")
        return ttd

    def _buat_diktum(self) -> QWidget:
        diktum = QWidget()
        ld = QVBoxLayout(diktum)
        self.diktum = DaftarTeks("diktum", penanda_kustom=diktum_ke)
        self.label_butir = QLabel("Butir diktum terpilih:")
        self.butir = DaftarTeks("butir", baris_edit=2)
        # Diktum above their butir: side by side they needed 800 px, more than a
        # 1024×600 screen leaves beside the tree.
        pisah = QSplitter(Qt.Orientation.Vertical)
        pisah.addWidget(self.diktum)
        kanan = QWidget()
        lk = QVBoxLayout(kanan)
        lk.setContentsMargins(0, 0, 0, 0)
        lk.addWidget(self.label_butir)
        lk.addWidget(self.butir, 1)
        pisah.addWidget(kanan)
        pisah.setSizes([300, 300])
        ld.addWidget(pisah)
        return diktum

    def _buat_atas(self) -> QWidget:
        atas = QWidget()
        form = form_baru(atas)
        form.setContentsMargins(0, 0, 0, 0)
        self.nomor = QLineEdit()
        self.nomor.setToolTip("Nomor Keputusan, mis. 050/12/425.405/2026")
        self.nomor.setPlaceholderText("mis. 050/12/425.405/2026")
        self.tentang = TeksPanjang(2)
        self.tentang.setToolTip("Judul setelah TENTANG (tanpa kata TENTANG)")
        self.tempat = QLineEdit()
        self.tempat.setToolTip("Tempat penetapan (Ditetapkan di …)")
        self.tanggal = IsianTanggal()
        self.tanggal.setToolTip(
            "Tanggal penetapan: ketik (7 Januari 2026 atau 7/1/2026) atau pilih pada "
            "kalender. Kosongkan bila belum ditetapkan."
        )
        self.tanggal.setMinimumWidth(210)
        baris_tgl = QHBoxLayout()
        baris_tgl.addWidget(self.tempat, 1)
        baris_tgl.addWidget(QLabel("pada tanggal:"))
        baris_tgl.addWidget(self.tanggal)
        form.addRow("Nomor:", self.nomor)
        form.addRow("Tentang:", self.tentang)
        form.addRow("Ditetapkan di:", baris_tgl)
        return atas

    # ------------------------------------------------------------ data

    def keputusan(self) -> Keputusan:
        return self.konteks.dokumen(self.dokumen_id).keputusan

    def _dokumen_diubah(self, dokumen_id: str) -> None:
        if dokumen_id == self.dokumen_id and self.isVisible():
            self.segarkan()

    def isi_dari_data(self) -> None:
        dok = self.konteks.dokumen(self.dokumen_id)
        k = dok.keputusan
        self.judul.setText(f"Keputusan — {dok.label}")
        atur_teks(self.nomor, k.nomor)
        self.tentang.atur(k.tentang)
        atur_teks(self.tempat, k.tempat)
        if self.tanggal.tanggal() != k.tanggal or self.tanggal.galat:
            self.tanggal.atur(k.tanggal)
        self.menimbang.atur(k.menimbang)
        self.mengingat.atur(k.mengingat)
        self.diktum.atur([d.teks for d in k.diktum], [list(d.butir) for d in k.diktum])
        self._diktum_dipilih(self.diktum.daftar.currentRow())
        p = k.penandatangan
        pilih_data(self.awalan, p.awalan)
        atur_teks(self.jabatan_ttd, p.jabatan)
        atur_teks(self.atas_nama, p.atas_nama)
        self.pejabat.atur(p.pejabat)

    def _diktum_dipilih(self, baris: int) -> None:
        muatan = self.diktum.muatan()
        ada = 0 <= baris < len(muatan)
        self.label_butir.setText(
            f"Butir diktum {diktum_ke(baris + 1)}:" if ada else "Butir diktum terpilih:"
        )
        self.butir.atur(list(muatan[baris] or []) if ada else [])  # type: ignore[call-overload]
        self.butir.setEnabled(ada and not self.hanya_baca)

    def _butir_diubah(self) -> None:
        self.diktum.atur_muatan(self.diktum.daftar.currentRow(), self.butir.isi())
        self._simpan("butir diktum")

    def _dari_form(self) -> Keputusan:
        diktum = [
            Diktum(teks=teks, butir=list(butir or []))  # type: ignore[call-overload]
            for teks, butir in zip(self.diktum.isi(), self.diktum.muatan(), strict=True)
        ]
        return Keputusan(
            nomor=self.nomor.text().strip(),
            tentang=self.tentang.teks(),
            menimbang=self.menimbang.isi(),
            mengingat=self.mengingat.isi(),
            diktum=diktum,
            tempat=self.tempat.text().strip(),
            tanggal=self.tanggal.tanggal(),
            penandatangan=Penandatangan(
                awalan=AwalanTtd(self.awalan.currentData()),
                jabatan=self.jabatan_ttd.text().strip(),
                atas_nama=self.atas_nama.text().strip(),
                pejabat=self.pejabat.pejabat(),
            ),
        )

    def _simpan(self, bagian: str) -> None:
        if self._sedang_mengisi or self.hanya_baca or not self.dokumen_id:
            return
        lama = self.keputusan()
        baru = self._dari_form()
        if baru == lama:
            return
        perintah = UbahKeputusan(self.konteks, self.dokumen_id, lama, baru, f"Ubah {bagian}")
        if not self.konteks.jalankan(perintah):
            self.segarkan()

    def isi_bawaan(self) -> None:
        if self.hanya_baca or not self.dokumen_id:
            return
        dok = self.konteks.dokumen(self.dokumen_id)
        instansi = self.konteks.instansi(dok.instansi_id)
        if instansi is None:
            return
        lama = dok.keputusan
        if lama.menimbang or lama.mengingat or lama.diktum:
            jawab = QMessageBox.question(
                self,
                "Isi teks bawaan",
                "Menimbang, Mengingat dan Diktum yang sudah ada akan diganti dengan teks "
                "bawaan. Nomor, tanggal dan penandatangan tetap. Lanjutkan?\n\n"
                "Perubahan ini dapat diurungkan dengan Ctrl+Z.",
            )
            if jawab != QMessageBox.StandardButton.Yes:
                return
        baru = default_keputusan(instansi, dok.tahun)
        baru.nomor = lama.nomor or baru.nomor
        baru.tanggal = lama.tanggal or baru.tanggal
        if not lama.penandatangan.pejabat.kosong:
            baru.penandatangan = copy.deepcopy(lama.penandatangan)
        self.konteks.jalankan(
            UbahKeputusan(self.konteks, self.dokumen_id, lama, baru, "Isi teks bawaan Keputusan")
        )

    def atur_hanya_baca(self, hanya_baca: bool) -> None:
        self.hanya_baca = hanya_baca
        atur_hanya_baca(self, hanya_baca)
        for daftar in (self.menimbang, self.mengingat, self.diktum, self.butir):
            daftar.atur_hanya_baca(hanya_baca)
