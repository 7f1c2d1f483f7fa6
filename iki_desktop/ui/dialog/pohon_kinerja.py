"""The pohon kinerja of a Dokumen as a tree: the IKU at the top, each level's sasaran
under the sasaran it supports, unlinked ones marked in red. Double-click opens the
jabatan's table; "Simpan PDF…" prints the diagram and the Matriks Penjenjangan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.pohon_kinerja import Simpul, pohon_kinerja
from iki_desktop.ui.konteks import Konteks

PERAN_JABATAN = Qt.ItemDataRole.UserRole + 1
MERAH = QColor("#a00000")


class DialogPohonKinerja(QDialog):
    def __init__(self, konteks: Konteks, dokumen_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks, self.dokumen_id = konteks, dokumen_id
        dok = konteks.dokumen(dokumen_id)
        self.setWindowTitle(f"Pohon kinerja — {dok.label}")
        self.resize(900, 600)
        lay = QVBoxLayout(self)
        akar = pohon_kinerja(dok)
        lepas = sum(1 for a in akar for n in a.semua() if not n.tertaut)
        ringkas = QLabel(
            f"{len(dok.iku)} sasaran strategis IKU; "
            + (f"{lepas} sasaran belum ditautkan (merah)." if lepas else "semua sasaran tertaut.")
        )
        lay.addWidget(ringkas)
        self.pohon = QTreeWidget()
        self.pohon.setHeaderLabels(["Sasaran", "Jabatan", "Indikator"])
        self.pohon.setColumnWidth(0, 520)
        self.pohon.setColumnWidth(1, 240)
        self.pohon.setAccessibleName("Pohon kinerja")
        self.pohon.itemActivated.connect(self._buka)
        for a in akar:
            self.pohon.addTopLevelItem(self._item(a))
        self.pohon.expandAll()
        lay.addWidget(self.pohon, 1)
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        pdf = QPushButton("Simpan PDF…")
        pdf.setToolTip("Cetak pohon kinerja dan Matriks Penjenjangan Kinerja ke berkas PDF")
        pdf.clicked.connect(self.simpan_pdf)
        tombol.addButton(pdf, QDialogButtonBox.ButtonRole.ActionRole)
        tombol.rejected.connect(self.reject)
        lay.addWidget(tombol)

    def _item(self, n: Simpul) -> QTreeWidgetItem:
        teks = n.sasaran.teks or "(sasaran tanpa teks)"
        if not n.tertaut:
            teks = f"[BELUM DITAUTKAN] {teks}"
        elif n.ke_indikator:
            teks = f"{teks}  (mendukung indikator {n.ke_indikator})"
        item = QTreeWidgetItem([teks, n.pemilik, str(len(n.sasaran.indikator))])
        item.setToolTip(0, "\n".join(f"• {i.teks}" for i in n.sasaran.indikator) or teks)
        item.setData(0, PERAN_JABATAN, n.jabatan.id if n.jabatan else "")
        if n.jabatan is None:
            font = QFont()
            font.setBold(True)
            item.setFont(0, font)
        if not n.tertaut:
            for c in range(3):
                item.setForeground(c, QBrush(MERAH))
        for a in n.anak:
            item.addChild(self._item(a))
        return item

    def _buka(self, item: QTreeWidgetItem) -> None:
        jabatan_id = item.data(0, PERAN_JABATAN)
        if jabatan_id:
            self.konteks.mintaPilih.emit("jabatan", jabatan_id)
        else:
            self.konteks.mintaPilih.emit("iku", self.dokumen_id)

    def simpan_pdf(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Simpan pohon kinerja", "pohon-kinerja.pdf", "PDF (*.pdf)"
        )
        if not path:
            return None
        return self.tulis_pdf(path)

    def tulis_pdf(self, path: str) -> str | None:
        from iki_desktop.printing import write_pdf
        from iki_desktop.store.penetapan import muat_untuk_cetak

        try:
            instansi, dok, kode = muat_untuk_cetak(self.konteks.store, self.dokumen_id)
            write_pdf(path, instansi, dok, bagian=["pohon"], footer_kode=kode)
        except IkiError as err:
            QMessageBox.warning(self, "Gagal menyimpan PDF", str(err))
            return None
        return path
