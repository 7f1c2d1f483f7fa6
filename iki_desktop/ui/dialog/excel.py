"""Excel in the window: export a Dokumen, import our own export back, and import an
office's old Word/Excel/PDF IKI ("Impor dokumen lama") after a preview.

Nothing is written to the database before the user has seen what was recognised and
pressed "Impor"; every refusal is the IkiError message of the spreadsheet layer.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import baca_xlsx
from iki_desktop.spreadsheet.legacy import Pratinjau, baca_dokumen_lama, instansi_usulan, terapkan
from iki_desktop.ui.dialog import muat_layar
from iki_desktop.ui.konteks import Konteks


class _Sibuk:
    """Wait cursor for the short synchronous reads (a legacy file parses in < 1 s)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def ekspor_excel(
    konteks: Konteks, dokumen_id: str, parent: QWidget | None = None, path: Path | None = None
) -> Path | None:
    dokumen = konteks.dokumen(dokumen_id)
    instansi = konteks.store.get_instansi(dokumen.instansi_id)
    if path is None:
        bawaan = (
            Path.home() / f"IKI {instansi.nama_lengkap} {dokumen.periode or dokumen.tahun}.xlsx"
        )
        nama, _ = QFileDialog.getSaveFileName(
            parent, "Ekspor ke Excel", str(bawaan), "Buku kerja Excel (*.xlsx)"
        )
        if not nama:
            return None
        path = Path(nama)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    try:
        with _Sibuk():
            hasil = export_xlsx(instansi, dokumen, path)
    except IkiError as err:
        QMessageBox.warning(parent, "Ekspor ke Excel", str(err))
        return None
    QMessageBox.information(
        parent, "Ekspor ke Excel", f"Dokumen {dokumen.label} diekspor ke\n{hasil}"
    )
    return hasil


def impor_excel_sendiri(
    konteks: Konteks, parent: QWidget | None = None, path: Path | None = None
) -> str | None:
    """Import a workbook exported by IKI Desktop; returns the Dokumen id or None."""
    if path is None:
        nama, _ = QFileDialog.getOpenFileName(
            parent, "Impor dari Excel IKI Desktop", str(Path.home()), "Buku kerja Excel (*.xlsx)"
        )
        if not nama:
            return None
        path = Path(nama)
    try:
        with _Sibuk():
            hasil = baca_xlsx(path)
        store = konteks.store
        ada = {d.id: d for d in store.list_dokumen()}
        lama = ada.get(hasil.dokumen.id)
        if lama is not None:
            if lama.ditetapkan:
                raise IkiError(
                    f"Dokumen {lama.label} pada berkas ini sudah ditetapkan di basis data; "
                    "isinya tidak dapat ditimpa."
                )
            jawab = QMessageBox.question(
                parent,
                "Impor dari Excel",
                f"Dokumen {lama.label} sudah ada. Timpa isinya dengan isi berkas Excel?\n"
                "Salinan cadangan basis data dibuat lebih dahulu.",
            )
            if jawab != QMessageBox.StandardButton.Yes:
                return None
            store.backup("sebelum-impor-excel")
        store.import_dokumen(hasil.instansi, hasil.dokumen)
    except IkiError as err:
        QMessageBox.warning(parent, "Impor dari Excel", str(err))
        return None
    konteks.undo_stack.clear()  # an import replaces whole tables; earlier steps no longer apply
    konteks.lupakan()
    konteks.daftarDokumenDiubah.emit()
    catatan = ""
    if hasil.perubahan:
        catatan += f"\n{len(hasil.perubahan)} sel yang diubah di Excel ikut diimpor."
    if hasil.peringatan:
        catatan += "\n" + "\n".join(hasil.peringatan[:10])
    QMessageBox.information(
        parent, "Impor dari Excel", f"Dokumen {hasil.dokumen.label} diimpor.{catatan}"
    )
    konteks.mintaPilih.emit("dokumen", hasil.dokumen.id)
    return hasil.dokumen.id


class DialogImporLama(QDialog):
    """Preview of an old Word/Excel/PDF IKI document, then import as a new Draf.

    Structure doubts (Pratinjau.masalah) come first, in a framed red block, and pressing
    Impor asks once more before anything is written."""

    def __init__(
        self, konteks: Konteks, pratinjau: Pratinjau, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.pratinjau = pratinjau
        self.dokumen_id: str | None = None
        self.setWindowTitle(f"Impor dokumen lama — {pratinjau.berkas}")
        muat_layar(self, 900, 640)
        v = QVBoxLayout(self)

        form = QFormLayout()
        nama = " ".join(
            x for x in (pratinjau.jenis_instansi.capitalize(), pratinjau.nama_instansi) if x
        )
        form.addRow("Berkas:", QLabel(pratinjau.berkas, self))
        form.addRow("Instansi dikenali:", QLabel(nama or "(tidak dikenali)", self))
        self.tahun = QSpinBox(self)
        self.tahun.setRange(1990, 2100)
        self.tahun.setValue(pratinjau.tahun or dt.date.today().year)
        self.tahun.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow("Tahun dokumen baru:", self.tahun)
        self.instansi = QComboBox(self)
        for inst in konteks.store.list_instansi():
            self.instansi.addItem(inst.nama_lengkap, inst.id)
        usulan = instansi_usulan(pratinjau)
        cocok = self.instansi.findText(usulan.nama_lengkap)
        self.instansi.addItem(f"Instansi baru: {usulan.nama_lengkap}", "")
        self.instansi.setCurrentIndex(cocok if cocok >= 0 else self.instansi.count() - 1)
        form.addRow("Simpan untuk instansi:", self.instansi)
        self.bentuk = QLabel(pratinjau.bentuk.teks(), self)
        self.bentuk.setWordWrap(True)
        self.bentuk.setToolTip("Bentuk cetak yang ditemukan; dapat diubah di halaman Dokumen.")
        form.addRow("Bentuk dokumen:", self.bentuk)
        v.addLayout(form)

        self._isi_perhatian(v)
        self._isi_pratinjau(v)
        tombol = QDialogButtonBox(self)
        self.tombol_impor = tombol.addButton("&Impor", QDialogButtonBox.ButtonRole.AcceptRole)
        tombol.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        tombol.accepted.connect(self.impor)
        tombol.rejected.connect(self.reject)
        v.addWidget(tombol)

    def _isi_perhatian(self, v: QVBoxLayout) -> None:
        pratinjau = self.pratinjau
        if pratinjau.masalah:
            butir = "".join(f"<li>{html.escape(m)}</li>" for m in pratinjau.masalah)
            perhatian = QLabel(
                "<b>PERHATIAN — susunan dokumen mungkin tidak terbaca dengan benar:</b>"
                f"<ul style='margin-left:12px'>{butir}</ul>"
                "Periksa berkasnya sebelum mengimpor.",
                self,
            )
            perhatian.setObjectName("perhatian")
            perhatian.setWordWrap(True)
            perhatian.setTextFormat(Qt.TextFormat.RichText)
            perhatian.setStyleSheet(
                "QLabel#perhatian { color: #8a1c1c; background: #fdecea; "
                "border: 1px solid #d9534f; padding: 6px; }"
            )
            v.addWidget(perhatian)
        if pratinjau.versi_iku:
            versi = QLabel(
                f"Dokumen ini memuat {len(pratinjau.versi_iku)} versi IKU; disimpan sebagai "
                "dokumen asli dan perubahannya, yang berlaku versi terakhir:\n"
                + "\n".join(f"  {i}. {x}" for i, x in enumerate(pratinjau.versi_iku, start=1)),
                self,
            )
            versi.setWordWrap(True)
            v.addWidget(versi)

    def _isi_pratinjau(self, v: QVBoxLayout) -> None:
        pratinjau = self.pratinjau
        ringkas = QLabel(
            f"Dikenali: IKU {pratinjau.jumlah_sasaran_iku} sasaran / "
            f"{pratinjau.jumlah_indikator_iku} indikator; {len(pratinjau.jabatan)} jabatan; "
            f"{pratinjau.jumlah_indikator} indikator seluruhnya.",
            self,
        )
        v.addWidget(ringkas)
        self.tabel = QTableWidget(len(pratinjau.jabatan), 5, self)
        self.tabel.setHorizontalHeaderLabels(["Jabatan", "Sasaran", "Indikator", "Fungsi", "Tugas"])
        for row, j in enumerate(pratinjau.jabatan):
            nilai = [
                j.nama + (f" — {j.unit_kerja}" if j.unit_kerja else ""),
                str(j.jumlah_sasaran),
                str(j.jumlah_indikator),
                str(j.jumlah_fungsi),
                "ada" if j.ada_tugas else "tidak ada",
            ]
            for col, teks in enumerate(nilai):
                item = QTableWidgetItem(teks)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col in (1, 2, 3):  # counts read best right-aligned
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.tabel.setItem(row, col, item)
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        v.addWidget(self.tabel, 3)
        if pratinjau.peringatan:
            v.addWidget(QLabel(f"Peringatan ({len(pratinjau.peringatan)}):", self))
            daftar = QListWidget(self)
            daftar.setWordWrap(True)
            daftar.addItems(pratinjau.peringatan)
            v.addWidget(daftar, 1)

    def impor(self) -> None:
        if self.pratinjau.masalah:
            jawab = QMessageBox.question(
                self,
                "Impor dokumen lama",
                "Pratinjau menandai susunan dokumen ini meragukan (lihat PERHATIAN). Tetap impor?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if jawab != QMessageBox.StandardButton.Yes:
                return
        instansi = None
        instansi_id = self.instansi.currentData()
        try:
            if instansi_id:
                instansi = self.konteks.store.get_instansi(instansi_id)
            else:
                instansi = instansi_usulan(self.pratinjau)
            self.konteks.store.backup("sebelum-impor-dokumen-lama")
            dok = terapkan(self.konteks.store, self.pratinjau, self.tahun.value(), instansi)
        except IkiError as err:
            QMessageBox.warning(self, "Impor dokumen lama", str(err))
            return
        self.dokumen_id = dok.id
        self.konteks.daftarDokumenDiubah.emit()
        self.konteks.mintaPilih.emit("dokumen", dok.id)
        self.accept()


def impor_dokumen_lama(
    konteks: Konteks, parent: QWidget | None = None, path: Path | None = None
) -> str | None:
    """Choose a file, show the preview, import on confirmation; returns the Dokumen id."""
    if path is None:
        nama, _ = QFileDialog.getOpenFileName(
            parent,
            "Impor dokumen lama (Word/Excel/PDF)",
            str(Path.home()),
            "Dokumen Word, Excel atau PDF (*.docx *.xlsx *.pdf);;Semua berkas (*)",
        )
        if not nama:
            return None
        path = Path(nama)
    try:
        with _Sibuk():
            pratinjau = baca_dokumen_lama(path)
    except IkiError as err:
        QMessageBox.warning(parent, "Impor dokumen lama", str(err))
        return None
    dialog = DialogImporLama(konteks, pratinjau, parent)
    dialog.exec()
    return dialog.dokumen_id
