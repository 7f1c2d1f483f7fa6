"""Search box above the tree: filters the tree and finds sasaran/indikator text.

Node names are filtered by the proxy model; indicator text is searched in the
loaded Dokumen and listed below the box (jabatan — number of matching indicators);
a click on a hit asks the window to jump there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.model import Indikator, Sasaran
from iki_desktop.ui.jendela.pohon import ProxyCari
from iki_desktop.ui.konteks import Konteks


@dataclass
class Temuan:
    jenis: str  # "jabatan" | "iku"
    ident: str  # jabatan id, or dokumen id for "iku"
    dokumen_id: str
    nama: str
    jumlah: int
    contoh: str
    indikator_id: str


def _cocok_indikator(ind: Indikator, kunci: str) -> bool:
    teks = " ".join(
        (ind.teks, ind.satuan, formula_satu_baris(ind.formula), ind.sumber_data)
    ).casefold()
    return kunci in teks


def cari_indikator(konteks: Konteks, teks: str) -> list[Temuan]:
    """Every jabatan (and IKU) whose sasaran or indikator text contains `teks`."""
    kunci = teks.strip().casefold()
    if len(kunci) < 2 or not konteks.ada_store:
        return []
    out: list[Temuan] = []

    def periksa(jenis: str, ident: str, dok_id: str, nama: str, sasaran: list[Sasaran]) -> None:
        cocok = [
            (s, ind)
            for s in sasaran
            for ind in s.indikator
            if kunci in s.teks.casefold() or _cocok_indikator(ind, kunci)
        ]
        if cocok:
            s, ind = cocok[0]
            contoh = ind.teks if _cocok_indikator(ind, kunci) else s.teks
            out.append(Temuan(jenis, ident, dok_id, nama, len(cocok), contoh, ind.id))

    for kepala in konteks.store.list_dokumen():
        dok = konteks.dokumen(kepala.id)
        periksa("iku", dok.id, dok.id, f"IKU {dok.label}", dok.iku)
        for j in dok.jabatan_urut():
            periksa("jabatan", j.id, dok.id, j.nama, j.sasaran)
    return out


class PanelCari(QWidget):
    lompat = Signal(str, str, str)  # jenis, id, indikator_id

    def __init__(self, konteks: Konteks, proxy: ProxyCari, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.proxy = proxy
        self.kotak = QLineEdit()
        self.kotak.setPlaceholderText("Cari jabatan atau indikator… (Ctrl+F)")
        self.kotak.setClearButtonEnabled(True)
        self.kotak.setToolTip(
            "Menyaring pohon menurut nama, dan mencari teks sasaran/indikator di semua jabatan"
        )
        self.ringkasan = QLabel()
        self.ringkasan.setWordWrap(True)
        self.hasil = QListWidget()
        self.hasil.setMaximumHeight(180)
        self.hasil.setWordWrap(True)
        self.hasil.setAccessibleName("Hasil pencarian indikator")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kotak)
        lay.addWidget(self.ringkasan)
        lay.addWidget(self.hasil)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(200)
        self._tunda.timeout.connect(self.terapkan)
        self.kotak.textChanged.connect(lambda *_: self._tunda.start())
        self.kotak.returnPressed.connect(self._ke_hasil_pertama)
        self.hasil.itemActivated.connect(self._pilih)
        self.hasil.itemClicked.connect(self._pilih)
        konteks.dokumenDiubah.connect(self._bila_aktif)
        konteks.storeDiganti.connect(self._bila_aktif)
        self.temuan: list[Temuan] = []
        self.terapkan()

    def _bila_aktif(self, *_: object) -> None:
        if self.kotak.text().strip():
            self._tunda.start()

    def terapkan(self) -> None:
        teks = self.kotak.text()
        self.temuan = cari_indikator(self.konteks, teks)
        cocok = {t.ident: t.jumlah for t in self.temuan if t.jenis == "jabatan"}
        self.proxy.atur_pencarian(teks, cocok)
        self.hasil.clear()
        for t in self.temuan:
            item = QListWidgetItem(f"{t.nama} — {t.jumlah} indikator\n   {t.contoh}")
            item.setToolTip(t.contoh)
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.hasil.addItem(item)
        ada_teks = bool(teks.strip())
        self.hasil.setVisible(bool(self.temuan))
        jumlah = sum(t.jumlah for t in self.temuan)
        self.ringkasan.setVisible(ada_teks)
        self.ringkasan.setText(
            f"{jumlah} indikator cocok di {len(self.temuan)} tabel"
            if self.temuan
            else "Tidak ada indikator yang cocok."
        )

    def _ke_hasil_pertama(self) -> None:
        self._tunda.stop()
        self.terapkan()
        if self.hasil.count():
            self.hasil.setCurrentRow(0)
            self._pilih(self.hasil.item(0))

    def _pilih(self, item: QListWidgetItem) -> None:
        t: Temuan = item.data(Qt.ItemDataRole.UserRole)
        self.lompat.emit(t.jenis, t.ident, t.indikator_id)

    def fokus(self) -> None:
        self.kotak.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.kotak.selectAll()
