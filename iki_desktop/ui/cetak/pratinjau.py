"""Pratinjau cetak: choose what to print, see the pages, print them or save the PDF.

The PDF is built by `iki_desktop.printing` as a `TugasLatar` (ui/latar.py: on a worker
thread, so the window keeps answering), shown with QtPdf, and printed by rendering
each page to the printer at no more than 300 dpi — no PDF reader is needed.

The preview follows the choices by itself (paper, parts, jabatan: rebuilt shortly
after the last change). Printing needs the explicit "Cetak…" button: no button is
a default button, so Enter in the page box never opens the print dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QSizeF,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import BentukDokumen, Dokumen, Kertas
from iki_desktop.printing.bentuk import alasan_kosong
from iki_desktop.printing.dokumen import build_pdf, rencana_bagian
from iki_desktop.printing.evaluasi import pdf_sebelum_sesudah
from iki_desktop.store.penetapan import muat_untuk_cetak
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.latar import TugasLatar

MAX_DPI = 300


def ukuran_kertas(kertas: Kertas) -> QPageSize:
    if kertas is Kertas.A4:
        return QPageSize(QPageSize.PageSizeId.A4)
    lebar, tinggi = kertas.ukuran_mm
    return QPageSize(QSizeF(lebar, tinggi), QPageSize.Unit.Millimeter, "F4 (215 × 330 mm)")


def cetak_ke_printer(pdf: QPdfDocument, printer: QPrinter, dari: int = 0, sampai: int = -1) -> int:
    """Render pages [dari, sampai] onto the printer; returns the number of pages sent."""
    last = pdf.pageCount() - 1 if sampai < 0 else min(sampai, pdf.pageCount() - 1)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise IkiError("Printer tidak dapat dibuka. Periksa apakah printer menyala dan terpasang.")
    try:
        sent = 0
        for page in range(dari, last + 1):
            if sent:
                printer.newPage()
            size_pt = pdf.pagePointSize(page)
            image = pdf.render(
                page,
                QSizeF(size_pt.width() * dpi / 72, size_pt.height() * dpi / 72).toSize(),
            )
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            sent += 1
        return sent
    finally:
        painter.end()


class DialogCetak(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.instansi, self.dokumen, self.kode = muat_untuk_cetak(konteks.store, dokumen_id)
        self.setWindowTitle(f"Pratinjau cetak — {self.dokumen.label}")
        layar = self.screen().availableGeometry()  # a 1024×600 screen shows every button
        self.resize(min(1150, layar.width() - 24), min(820, layar.height() - 48))
        self._pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._array = QByteArray()
        self._tugas: TugasLatar | None = None
        self.pdf = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        layout = QHBoxLayout(self)
        layout.addWidget(self._panel_pilihan(), 0)
        kanan = QVBoxLayout()
        kanan.addLayout(self._baris_navigasi())
        kanan.addWidget(self.view, 1)
        layout.addLayout(kanan, 1)
        for tombol in self.findChildren(QPushButton):
            tombol.setAutoDefault(False)
            tombol.setDefault(False)
        self._jadwal = QTimer(self)
        self._jadwal.setSingleShot(True)
        self._jadwal.setInterval(300)
        self._jadwal.timeout.connect(self._susun_otomatis)
        self.kertas.currentIndexChanged.connect(self._jadwal.start)
        # Whatever choices this dialog (or a subclass) shows: parts, jabatan ticks.
        for cek in self.findChildren(QCheckBox):
            cek.toggled.connect(self._jadwal.start)
        self.daftar_jabatan.itemChanged.connect(self._jadwal.start)
        self.susun()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter (e.g. after typing a page number) only confirms that box; it never prints.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _susun_otomatis(self) -> None:
        """Rebuild after a change of choices; while a build runs, try again shortly."""
        if self._tugas is not None:
            self._jadwal.start()
        elif not self.pilihan()["bagian"]:
            self.label_kemajuan.setText("Pilih sedikitnya satu bagian.")
        else:
            self.susun()

    # ------------------------------------------------------------ widgets

    def _panel_pilihan(self) -> QWidget:
        panel = QWidget(self)
        # Wide enough for most jabatan names; longer ones show in full as a tooltip.
        panel.setFixedWidth(360)
        v = QVBoxLayout(panel)
        v.addWidget(self._grup_bagian(panel), 1)

        form = QFormLayout()
        self.kertas = QComboBox(panel)
        for k in Kertas:
            self.kertas.addItem("F4 (215 × 330 mm)" if k is Kertas.F4 else "A4 (210 × 297 mm)", k)
        self.kertas.setCurrentIndex(list(Kertas).index(self.instansi.pengaturan.kertas))
        form.addRow("Kertas:", self.kertas)
        v.addLayout(form)
        status = (
            f"Dokumen ditetapkan, kode {self.kode}"
            if self.kode
            else "Draf: setiap halaman bertanda DRAF"
        )
        catatan = QLabel(status, panel)
        catatan.setWordWrap(True)
        v.addWidget(catatan)

        self.tombol_perbarui = QPushButton("Perbarui p&ratinjau", panel)
        self.tombol_perbarui.clicked.connect(self.susun)
        self.tombol_cetak = QPushButton("&Cetak…", panel)
        self.tombol_cetak.clicked.connect(self.cetak)
        self.tombol_simpan = QPushButton("Simpan &PDF…", panel)
        self.tombol_simpan.clicked.connect(self.simpan)
        tutup = QPushButton("Tutup", panel)
        tutup.clicked.connect(self.reject)
        self.kemajuan = QProgressBar(panel)
        self.kemajuan.setRange(0, 100)
        self.label_kemajuan = QLabel("", panel)
        for w in (
            self.tombol_perbarui,
            self.kemajuan,
            self.label_kemajuan,
            self.tombol_cetak,
            self.tombol_simpan,
            tutup,
        ):
            v.addWidget(w)
        return panel

    def _grup_bagian(self, panel: QWidget) -> QGroupBox:
        """What to print: Keputusan, IKU, IKI and which jabatan."""
        bagian = QGroupBox("Yang dicetak", panel)
        b = QVBoxLayout(bagian)
        bentuk = QLabel(f"Bentuk dokumen: <b>{self.dokumen.bentuk.jenis.label}</b>", bagian)
        bentuk.setToolTip("Bentuk diatur pada halaman Dokumen.")
        b.addWidget(bentuk)
        self.cek_sampul = QCheckBox("Sampul, Visi/Misi/Tujuan, Tugas", bagian)
        self.cek_keputusan = QCheckBox("Keputusan", bagian)
        self.cek_iku = QCheckBox("IKU", bagian)
        self.cek_iki = QCheckBox("IKI per jabatan", bagian)
        # A part the shape does not have, or that has no content, cannot be chosen.
        ada = set(rencana_bagian(self.dokumen).bagian) if self._ada_isi() else set()
        for nama, cek in self._cek_bagian():
            cek.setChecked(nama in ada)
            cek.setEnabled(nama in ada)
            if nama not in ada:
                cek.setToolTip(alasan_kosong(self.dokumen, nama))
            b.addWidget(cek)
        self.cek_sampul.setVisible(self.dokumen.bentuk.jenis is BentukDokumen.BUKU)
        # A Perubahan may print beside its original: sebelum / sesudah evaluasi.
        self.cek_evaluasi = QCheckBox("Berdampingan dengan versi asal (sebelum/sesudah evaluasi)")
        self.cek_evaluasi.setToolTip(
            "IKU dan IKI versi asal di kiri, Perubahan ini di kanan, dengan keterangan "
            "Tetap, Diubah, Baru atau Dihapus."
        )
        self.cek_evaluasi.setVisible(bool(self.dokumen.pendahulu_id))
        self.cek_evaluasi.toggled.connect(self.susun)
        b.addWidget(self.cek_evaluasi)
        self.daftar_jabatan = QListWidget(bagian)
        self.daftar_jabatan.setToolTip("Hilangkan centang jabatan yang tidak ingin dicetak.")
        for j in self.dokumen.jabatan_urut():
            item = QListWidgetItem("   " * self.dokumen.kedalaman(j) + j.nama, self.daftar_jabatan)
            item.setData(Qt.ItemDataRole.UserRole, j.id)
            item.setToolTip(j.nama)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        b.addWidget(self.daftar_jabatan, 1)
        semua = QHBoxLayout()
        for teks, state in (("Pilih semua", True), ("Kosongkan", False)):
            tombol = QPushButton(teks, bagian)
            tombol.clicked.connect(lambda _=False, s=state: self._centang_semua(s))
            semua.addWidget(tombol)
        b.addLayout(semua)
        return bagian

    def _baris_navigasi(self) -> QHBoxLayout:
        h = QHBoxLayout()
        self.label_halaman = QLabel("Halaman", self)
        self.halaman = QSpinBox(self)
        self.halaman.setMinimum(1)
        self.halaman.valueChanged.connect(self._lompat)
        self.jumlah_halaman = QLabel("dari 0", self)
        self.zoom = QComboBox(self)
        self.zoom.addItems(["Lebar halaman", "Satu halaman", "50 %", "75 %", "100 %", "150 %"])
        self.zoom.currentIndexChanged.connect(self._atur_zoom)
        for w in (self.label_halaman, self.halaman, self.jumlah_halaman):
            h.addWidget(w)
        h.addStretch(1)
        h.addWidget(QLabel("Perbesaran:", self))
        h.addWidget(self.zoom)
        self.view.pageNavigator().currentPageChanged.connect(
            lambda page: self.halaman.setValue(page + 1)
        )
        return h

    def _centang_semua(self, state: bool) -> None:
        check = Qt.CheckState.Checked if state else Qt.CheckState.Unchecked
        for row in range(self.daftar_jabatan.count()):
            self.daftar_jabatan.item(row).setCheckState(check)

    def _lompat(self, nomor: int) -> None:
        nav = self.view.pageNavigator()
        if 0 < nomor <= self.pdf.pageCount() and nav.currentPage() != nomor - 1:
            nav.jump(nomor - 1, nav.currentLocation(), nav.currentZoom())

    def _atur_zoom(self, index: int) -> None:
        if index == 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif index == 1:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor([0.5, 0.75, 1.0, 1.5][index - 2])

    # ------------------------------------------------------------ building

    def _cek_bagian(self) -> list[tuple[str, QCheckBox]]:
        return [
            ("sampul", self.cek_sampul),
            ("keputusan", self.cek_keputusan),
            ("iku", self.cek_iku),
            ("iki", self.cek_iki),
        ]

    def _ada_isi(self) -> bool:
        try:
            rencana_bagian(self.dokumen)
        except IkiError:
            return False
        return True

    def pilihan(self) -> dict[str, object]:
        bagian = [nama for nama, cek in self._cek_bagian() if cek.isChecked()]
        ids = [
            self.daftar_jabatan.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.daftar_jabatan.count())
            if self.daftar_jabatan.item(r).checkState() == Qt.CheckState.Checked
        ]
        return {
            "bagian": bagian,
            "jabatan_ids": None if len(ids) == self.daftar_jabatan.count() else ids,
            "kertas": Kertas(self.kertas.currentData()),
            "footer_kode": self.kode,
        }

    def _versi_asal(self) -> Dokumen | None:
        """The version this Perubahan was made from (its frozen snapshot when enacted)."""
        if not self.dokumen.pendahulu_id:
            return None
        try:
            return muat_untuk_cetak(self.konteks.store, self.dokumen.pendahulu_id)[1]
        except IkiError:
            return None

    def sedang_menyusun(self) -> bool:
        return self._tugas is not None

    def susun(self) -> None:
        """Build the PDF in the background; the dialog stays responsive."""
        if self._tugas is not None:
            return
        pilihan = self.pilihan()
        if not pilihan["bagian"]:
            QMessageBox.information(self, "Pratinjau cetak", "Pilih sedikitnya satu bagian.")
            return
        self._sibuk(True)
        instansi, dokumen = self.instansi, self.dokumen
        asal = self._versi_asal() if self.cek_evaluasi.isChecked() else None

        def tugas(lapor: Callable[[float, str], None]) -> bytes:
            if asal is not None:
                return pdf_sebelum_sesudah(instansi, asal, dokumen)
            return build_pdf(instansi, dokumen, progress=lapor, **pilihan)  # type: ignore[arg-type]

        self._tugas = TugasLatar(tugas, "menyusun PDF", self)
        self._tugas.kemajuan.connect(self._lapor_kemajuan)
        self._tugas.selesai.connect(self._tampilkan)
        self._tugas.gagal.connect(self._gagal)
        self._tugas.mulai()

    def _selesai_tugas(self) -> None:
        tugas, self._tugas = self._tugas, None
        if tugas is not None:
            tugas.tunggu()  # a PDF build takes about a second; let it end, never restart it
        self._sibuk(False)

    def _sibuk(self, sibuk: bool) -> None:
        for w in (self.tombol_perbarui, self.tombol_cetak, self.tombol_simpan):
            w.setEnabled(not sibuk)
        self.kemajuan.setVisible(sibuk)
        if not sibuk:
            self.label_kemajuan.setText(
                f"{self.pdf.pageCount()} halaman" if self.pdf.pageCount() else ""
            )

    @Slot(float, str)
    def _lapor_kemajuan(self, bagian: float, pesan: str) -> None:
        self._kemajuan(int(bagian * 100), pesan)

    def _kemajuan(self, persen: int, pesan: str) -> None:
        self.kemajuan.setValue(persen)
        self.label_kemajuan.setText(pesan)

    @Slot(object)
    def _tampilkan(self, data: bytes) -> None:
        self._pdf_bytes = data
        self.pdf.close()
        self._array = QByteArray(data)
        self._buffer = QBuffer(self._array, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.halaman.setMaximum(max(1, self.pdf.pageCount()))
        self.jumlah_halaman.setText(f"dari {self.pdf.pageCount()}")
        self._selesai_tugas()

    @Slot(str)
    def _gagal(self, pesan: str) -> None:
        self._selesai_tugas()
        QMessageBox.warning(self, "Pratinjau cetak", pesan)

    # ------------------------------------------------------------ output

    def nama_bawaan(self) -> str:
        nama = f"IKI {self.instansi.nama_lengkap} {self.dokumen.periode or self.dokumen.tahun}"
        if self.dokumen.revisi:
            nama += f" Perubahan {self.dokumen.revisi}"
        return nama.strip() + ".pdf"

    def simpan(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Simpan PDF", str(Path.home() / self.nama_bawaan()), "Berkas PDF (*.pdf)"
        )
        if path:
            self.simpan_ke(Path(path))

    def simpan_ke(self, path: Path) -> None:
        if not self._pdf_bytes:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        tmp = path.with_name(path.name + ".sementara")
        try:
            tmp.write_bytes(self._pdf_bytes)
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            QMessageBox.warning(
                self,
                "Simpan PDF",
                f"PDF tidak dapat disimpan ke {path}: {exc.strerror or exc}. "
                "Mungkin berkas itu sedang dibuka di program lain.",
            )
            return
        self.label_kemajuan.setText(f"Tersimpan: {path.name}")

    def printer_bawaan(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(min(printer.resolution(), MAX_DPI))
        kertas = Kertas(self.kertas.currentData())
        printer.setPageLayout(
            QPageLayout(
                ukuran_kertas(kertas),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        printer.setFullPage(True)
        printer.setDocName(self.nama_bawaan())
        return printer

    def cetak(self) -> None:
        if not self.pdf.pageCount():
            return
        printer = self.printer_bawaan()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Cetak")
        dialog.setMinMax(1, self.pdf.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dari, sampai = 0, -1
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            dari, sampai = printer.fromPage() - 1, printer.toPage() - 1
        try:
            jumlah = cetak_ke_printer(self.pdf, printer, dari, sampai)
        except IkiError as err:
            QMessageBox.warning(self, "Cetak", str(err))
            return
        self.label_kemajuan.setText(f"{jumlah} halaman dikirim ke printer.")

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._selesai_tugas()
        super().closeEvent(event)

    def reject(self) -> None:
        self._selesai_tugas()
        super().reject()
