"""Print preview of the yearly-cycle documents: Perjanjian Kinerja, Rencana Aksi, capaian.

The same preview, printer and PDF handling as the Keputusan (DialogCetak); only the
choice panel differs: whose document (the head of office over the IKU, or one
struktural jabatan over its IKI) and, for the capaian, the triwulan. The realisasi
shown is the one stored now, also for an enacted Dokumen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.kinerja import NAMA_TW
from iki_desktop.domain.model import Dokumen, JenisJabatan, Kertas
from iki_desktop.printing.siklus import build_pdf_siklus
from iki_desktop.store.kinerja import dokumen_tahun_lalu, realisasi_terkini
from iki_desktop.ui.cetak.pratinjau import DialogCetak
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.latar import TugasLatar

JUDUL = {"pk": "Perjanjian Kinerja", "renaksi": "Rencana Aksi", "capaian": "Capaian kinerja"}


class DialogCetakSiklus(DialogCetak):
    def __init__(
        self, konteks: Konteks, dokumen_id: str, jenis: str, parent: QWidget | None = None
    ) -> None:
        self.jenis = jenis
        self._lalu: Dokumen | None = None
        self._siap = False
        super().__init__(konteks, dokumen_id, parent)
        self.setWindowTitle(f"Pratinjau {JUDUL[jenis]} — {self.dokumen.label}")

    def _siapkan(self) -> None:
        """Current realisasi and last year's Dokumen, read once before the first build."""
        if self._siap:
            return
        self._siap = True
        realisasi_terkini(self.konteks.store, self.dokumen)
        if self.jenis == "capaian":
            self._lalu = dokumen_tahun_lalu(self.konteks.store, self.dokumen)

    def _grup_bagian(self, panel: QWidget) -> QGroupBox:
        grup = QGroupBox(JUDUL[self.jenis], panel)
        v = QVBoxLayout(grup)
        self.daftar_jabatan = QListWidget(grup)
        self.daftar_jabatan.setToolTip("Pilih perjanjian siapa yang dicetak.")
        kepala = QListWidgetItem(f"{self.instansi.kepala} (IKU)", self.daftar_jabatan)
        kepala.setData(Qt.ItemDataRole.UserRole, None)
        for j in self.dokumen.jabatan_urut():
            if j.jenis is JenisJabatan.STRUKTURAL:
                item = QListWidgetItem(
                    "   " * self.dokumen.kedalaman(j) + j.nama, self.daftar_jabatan
                )
                item.setData(Qt.ItemDataRole.UserRole, j.id)
                item.setToolTip(j.judul)
        self.daftar_jabatan.setCurrentRow(0)
        self.daftar_jabatan.currentRowChanged.connect(lambda _n: self.susun())
        v.addWidget(self.daftar_jabatan, 1)
        self.triwulan = QComboBox(grup)
        self.triwulan.addItem("Setahun", None)
        for n, nama in enumerate(NAMA_TW, start=1):
            self.triwulan.addItem(f"s.d. {nama}", n)
        self.triwulan.currentIndexChanged.connect(lambda _n: self.susun())
        if self.jenis == "capaian":
            form = QFormLayout()
            form.addRow("Keadaan:", self.triwulan)
            v.addLayout(form)
        else:
            self.triwulan.hide()
        return grup

    def pilihan(self) -> dict[str, object]:
        item = self.daftar_jabatan.currentItem()
        jabatan_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return {
            "bagian": self.jenis,
            "jabatan_ids": [jabatan_id] if jabatan_id else None,
            "kertas": Kertas(self.kertas.currentData()),
            "footer_kode": self.kode,
            "triwulan": self.triwulan.currentData(),
        }

    def susun(self) -> None:
        if self._tugas is not None:
            return
        self._siapkan()
        pilihan = self.pilihan()
        self._sibuk(True)
        instansi, dokumen, lalu = self.instansi, self.dokumen, self._lalu

        def tugas(lapor: Callable[[float, str], None]) -> bytes:
            lapor(0.1, "Menata halaman")
            return build_pdf_siklus(
                instansi,
                dokumen,
                str(pilihan["bagian"]),
                jabatan_ids=pilihan["jabatan_ids"],  # type: ignore[arg-type]
                kertas=pilihan["kertas"],  # type: ignore[arg-type]
                footer_kode=self.kode,
                triwulan=pilihan["triwulan"],  # type: ignore[arg-type]
                lalu=lalu if self.jenis == "capaian" else None,
            )

        self._tugas = TugasLatar(tugas, "menyusun PDF", self)
        self._tugas.kemajuan.connect(lambda f, pesan: self._kemajuan(int(f * 100), pesan))
        self._tugas.selesai.connect(self._tampilkan)
        self._tugas.gagal.connect(self._gagal)
        self._tugas.mulai()

    def nama_bawaan(self) -> str:
        return f"{JUDUL[self.jenis]} {self.instansi.nama_lengkap} {self.dokumen.tahun}.pdf"
