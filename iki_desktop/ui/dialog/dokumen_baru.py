"""New Dokumen: empty, from the standard template, or copied from an earlier year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.keputusan_bawaan import default_keputusan
from iki_desktop.domain.model import Dokumen, Instansi, JenisInstansi, StatusDokumen
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_template
from iki_desktop.ui.bidang import form_baru
from iki_desktop.ui.konteks import Konteks

KOSONG, TEMPLAT, SALIN = "kosong", "templat", "salin"


class DialogDokumenBaru(QDialog):
    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.setWindowTitle("Dokumen baru")
        self.semua = konteks.store.list_dokumen() if konteks.ada_store else []

        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2100)
        terakhir = max((d.tahun for d in self.semua), default=dt.date.today().year - 1)
        self.tahun.setValue(max(terakhir + 1, dt.date.today().year) if self.semua else terakhir + 1)
        self.tahun.setToolTip("Tahun berlakunya IKU/IKI")
        # A four-digit year needs no full-width field.
        self.tahun.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.peringatan = QLabel()
        self.peringatan.setWordWrap(True)
        self.peringatan.setStyleSheet("color: #8a5a00;")

        grup = self._grup_isi()
        atas = QWidget()
        form = form_baru(atas)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Tahun:", self.tahun)

        tombol = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        tombol.button(QDialogButtonBox.StandardButton.Ok).setText("&Buat dokumen")
        tombol.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        tombol.accepted.connect(self.accept)
        tombol.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(atas)
        lay.addWidget(grup)
        lay.addWidget(self.peringatan)
        lay.addWidget(tombol)
        self.tahun.valueChanged.connect(self._periksa)
        self.r_salin.toggled.connect(lambda on: self.sumber.setEnabled(on))
        self._periksa()
        # Height for the wrapped note at this width (resize(560, 0) alone clipped it).
        self.resize(560, self.heightForWidth(560))

    def _grup_isi(self) -> QGroupBox:
        grup = QGroupBox("Isi dokumen baru")
        lg = QVBoxLayout(grup)
        self.r_salin = QRadioButton(
            "Salin dari dokumen yang sudah ada (semua jabatan dan indikator)"
        )
        self.sumber = QComboBox()
        for d in self.semua:
            self.sumber.addItem(f"{d.label} — {d.status.label}", d.id)
        self.r_templat = QRadioButton(
            "Susunan standar (jabatan, tugas, fungsi, serta contoh IKU dan IKI yang bertaut)"
        )
        self.r_kosong = QRadioButton("Kosong")
        self.kelompok = QButtonGroup(self)
        for r in (self.r_salin, self.r_templat, self.r_kosong):
            self.kelompok.addButton(r)
        lg.addWidget(self.r_salin)
        lg.addWidget(self.sumber)
        catatan = QLabel(
            "Salinan berstatus Draf; nomor dan tanggal Keputusan dikosongkan, teks Menimbang, "
            "Mengingat, Diktum dan penandatangan dipertahankan."
        )
        catatan.setWordWrap(True)
        catatan.setIndent(22)
        lg.addWidget(catatan)
        lg.addWidget(self.r_templat)
        lg.addWidget(self.r_kosong)
        (self.r_salin if self.semua else self.r_templat).setChecked(True)
        self.r_salin.setEnabled(bool(self.semua))
        self.sumber.setEnabled(bool(self.semua))
        return grup

    def pilihan(self) -> str:
        if self.r_salin.isChecked():
            return SALIN
        return TEMPLAT if self.r_templat.isChecked() else KOSONG

    def _periksa(self) -> None:
        tahun = self.tahun.value()
        draf = [d for d in self.semua if d.tahun == tahun and d.status is StatusDokumen.DRAF]
        # Allowed (an office may try two variants), but said plainly.
        self.peringatan.setText(
            f"Perhatian: sudah ada draf untuk tahun {tahun}. Dokumen baru tetap dapat dibuat; "
            "pastikan hanya satu yang nanti ditetapkan."
            if draf
            else ""
        )
        self.peringatan.setVisible(bool(draf))

    def buat(self) -> tuple[Dokumen, Instansi | None]:
        """The new Dokumen, and an Instansi to save with it when the store has none yet."""
        tahun = self.tahun.value()
        instansi_ada = self.konteks.store.list_instansi() if self.konteks.ada_store else []
        if self.pilihan() == SALIN and self.sumber.currentData():
            sumber = self.konteks.dokumen(self.sumber.currentData())
            return salin_dokumen(sumber, tahun, instansi_id=sumber.instansi_id), None
        instansi_baru: Instansi | None = None
        if instansi_ada:
            instansi = instansi_ada[0]
        if self.pilihan() == TEMPLAT:
            jenis = instansi_ada[0].jenis if instansi_ada else JenisInstansi.KECAMATAN
            t_instansi, template = load_template(jenis)
            if not instansi_ada:
                instansi = instansi_baru = Instansi(
                    jenis=t_instansi.jenis,
                    jenis_daerah=t_instansi.jenis_daerah,
                    pengaturan=t_instansi.pengaturan,
                )
            dokumen = salin_dokumen(template, tahun, instansi_id=instansi.id)
            if instansi.nama:  # the template's texts do not name the office: name it
                dokumen.keputusan = default_keputusan(instansi, tahun)
            return dokumen, instansi_baru
        if not instansi_ada:
            instansi = instansi_baru = Instansi()
        return Dokumen(tahun=tahun, instansi_id=instansi.id), instansi_baru
