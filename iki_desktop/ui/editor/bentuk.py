"""The print shape of a Dokumen (bentuk dokumen), a group on the Dokumen page.

Keputusan + Lampiran needs nothing more; "Ditandatangani di akhir" and "Buku" take
the place, date and signer of the closing signature (an empty signer prints the
Keputusan's); "Buku" also chooses its optional Visi/Misi/Tujuan and Tugas pages.
`selesai` is emitted after an edit; `bentuk()` reads the form.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.model import AwalanTtd, Bentuk, BentukDokumen, Penandatangan
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.ui.bidang import IsianPejabat, atur_teks, form_baru, pilih_data
from iki_desktop.ui.editor.isian_tanggal import IsianTanggal

_AWALAN = (
    (AwalanTtd.TIDAK_ADA, "— (ditandatangani sendiri)"),
    (AwalanTtd.AN, "a.n. (atas nama)"),
    (AwalanTtd.PLT, "Plt. (pelaksana tugas)"),
    (AwalanTtd.PLH, "Plh. (pelaksana harian)"),
)


class IsianBentuk(QGroupBox):
    selesai = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Bentuk cetak", parent)
        lay = QVBoxLayout(self)
        atas = QWidget(self)
        form = form_baru(atas)
        self.jenis = QComboBox()
        for b in BentukDokumen:
            self.jenis.addItem(b.label, b.value)
        self.jenis.setToolTip(
            "Keputusan + Lampiran: Keputusan Camat dengan IKU/IKI sebagai lampirannya. "
            "Ditandatangani di akhir: IKU/IKI dengan tempat, tanggal dan tanda tangan. "
            "Buku: sampul, Visi/Misi/Tujuan, Tugas, tabel cascading, IKU dan IKI. "
            "Tanpa tanda tangan: salinan kerja."
        )
        form.addRow("Bentuk:", self.jenis)
        lay.addWidget(atas)
        self.ttd = QWidget(self)
        ft = form_baru(self.ttd)
        self.rumusan = QComboBox()
        for r in RumusanTempat:
            self.rumusan.addItem(r.label, r.value)
        self.rumusan.setToolTip(
            'Tempat, tanggal: "Sukamaju, 19 Januari 2019". Ditetapkan di: dua baris '
            '"Ditetapkan di Ngluyu" dan "pada tanggal 8 Maret 2021".'
        )
        self.tempat = QLineEdit()
        self.tempat.setToolTip("Tempat penandatanganan, mis. Sukamaju")
        self.tanggal = IsianTanggal()  # typed ("7 Januari 2026", "7/1/2026") or picked
        self.awalan = QComboBox()
        for nilai, label in _AWALAN:
            self.awalan.addItem(label, nilai)
        self.jabatan = QLineEdit()
        self.jabatan.setToolTip("Kosongkan penanda tangan untuk memakai penanda tangan Keputusan.")
        self.atas_nama = QLineEdit()
        self.atas_nama.setToolTip("Untuk a.n.: baris di bawahnya, mis. Camat Ngluyu")
        ft.addRow("Rumusan:", self.rumusan)
        ft.addRow("Tempat:", self.tempat)
        ft.addRow("Tanggal:", self.tanggal)
        ft.addRow("Awalan:", self.awalan)
        ft.addRow("Jabatan:", self.jabatan)
        ft.addRow("Atas nama (untuk a.n.):", self.atas_nama)
        self.pejabat = IsianPejabat(ft, "Nama")
        lay.addWidget(self.ttd)
        self.halaman_visi = QCheckBox("Halaman Visi, Misi dan Tujuan (dari tabel cascading)")
        self.halaman_tugas = QCheckBox("Halaman Tugas dan Fungsi (dari jabatan teratas)")
        lay.addWidget(self.halaman_visi)
        lay.addWidget(self.halaman_tugas)
        self.catatan = QLabel()
        self.catatan.setWordWrap(True)
        lay.addWidget(self.catatan)
        self._sambung()
        self._tampak()

    def _sambung(self) -> None:
        self.jenis.activated.connect(self._jenis_diubah)
        for w in (self.tempat, self.jabatan, self.atas_nama):
            w.editingFinished.connect(self.selesai)
        self.tanggal.editingFinished.connect(self.selesai)
        self.awalan.activated.connect(lambda *_: self.selesai.emit())
        self.rumusan.activated.connect(lambda *_: self.selesai.emit())
        self.pejabat.selesai.connect(self.selesai)
        for cek in (self.halaman_visi, self.halaman_tugas):
            cek.clicked.connect(lambda *_: self.selesai.emit())

    def _jenis_diubah(self, *_: object) -> None:
        self._tampak()
        self.selesai.emit()

    def _tampak(self) -> None:
        jenis = BentukDokumen(self.jenis.currentData())
        bertanda = jenis in (BentukDokumen.TTD_AKHIR, BentukDokumen.BUKU)
        self.ttd.setVisible(bertanda)
        self.halaman_visi.setVisible(jenis is BentukDokumen.BUKU)
        self.halaman_tugas.setVisible(jenis is BentukDokumen.BUKU)
        self.catatan.setText(
            {
                BentukDokumen.KEPUTUSAN: "Bila Keputusan belum diisi, Keputusan dan judul "
                "LAMPIRAN KEPUTUSAN tidak dicetak.",
                BentukDokumen.TTD_AKHIR: "Tanda tangan dicetak di akhir IKU/IKI.",
                BentukDokumen.BUKU: "Buku ditandatangani bila tempat atau tanggal diisi.",
                BentukDokumen.TANPA_TTD: "Tanpa Keputusan dan tanpa tanda tangan.",
            }[jenis]
        )

    def atur(self, b: Bentuk) -> None:
        pilih_data(self.jenis, b.jenis.value)
        pilih_data(self.rumusan, b.rumusan.value)
        atur_teks(self.tempat, b.tempat)
        if self.tanggal.tanggal() != b.tanggal or self.tanggal.galat:
            self.tanggal.atur(b.tanggal)
        p = b.penandatangan
        pilih_data(self.awalan, p.awalan)
        atur_teks(self.jabatan, p.jabatan)
        atur_teks(self.atas_nama, p.atas_nama)
        self.pejabat.atur(p.pejabat)
        self.halaman_visi.setChecked(b.halaman_visi)
        self.halaman_tugas.setChecked(b.halaman_tugas)
        self._tampak()

    def bentuk(self) -> Bentuk:
        return Bentuk(
            jenis=BentukDokumen(self.jenis.currentData()),
            tempat=self.tempat.text().strip(),
            tanggal=self.tanggal.tanggal(),
            penandatangan=Penandatangan(
                awalan=AwalanTtd(self.awalan.currentData()),
                jabatan=self.jabatan.text().strip(),
                atas_nama=self.atas_nama.text().strip(),
                pejabat=self.pejabat.pejabat(),
            ),
            halaman_visi=self.halaman_visi.isChecked(),
            halaman_tugas=self.halaman_tugas.isChecked(),
            rumusan=RumusanTempat(self.rumusan.currentData()),
        )
