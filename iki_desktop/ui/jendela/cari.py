"""Search box above the tree: filters the tree and finds sasaran/indikator text.

Node names are filtered by the proxy model; sasaran/indikator text of every office is
found through the store's search index (store/cari.py) and listed below the box
(office and year when the file holds several, jabatan, number of hits); a click on a
hit asks the window to jump there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.store.cari import Hasil
from iki_desktop.ui.jendela.pohon import ModelPohon, ProxyCari
from iki_desktop.ui.konteks import Konteks

# A search does not read more Dokumen than this into the tree; the others show as
# matching Dokumen nodes and their hits are in the result list.
BATAS_DOKUMEN_DIMUAT = 20
BATAS_TEMUAN = 300
BATAS_HASIL = 3000  # hits read per search; a word found everywhere is cut here


@dataclass
class Temuan:
    jenis: str  # "jabatan" | "iku"
    ident: str  # jabatan id, or dokumen id for "iku"
    dokumen_id: str
    nama: str
    jumlah: int
    contoh: str
    indikator_id: str
    tempat: str = ""  # "Kecamatan Wonoasih 2026" when the file holds several offices


def cari_indikator(konteks: Konteks, teks: str) -> list[Temuan]:
    """Every jabatan (and IKU) of every office whose sasaran or indikator text matches
    `teks`, through the store's search index; one Temuan per table with its hit count."""
    return kelompokkan(konteks, cari_hasil(konteks, teks))


def cari_hasil(konteks: Konteks, teks: str) -> list[Hasil]:
    if len(teks.strip()) < 2 or not konteks.ada_store:
        return []
    return konteks.store.cari(teks, BATAS_HASIL)


def kelompokkan(konteks: Konteks, hasil: list[Hasil]) -> list[Temuan]:
    out: dict[tuple[str, str], Temuan] = {}
    banyak_kantor = len({h.instansi for h in hasil}) > 1
    for h in hasil:
        if h.tabel == "jabatan":
            continue  # names are matched by the tree filter itself
        jenis, ident = ("jabatan", h.jabatan_id) if h.jabatan_id else ("iku", h.dokumen_id)
        t = out.get((jenis, ident))
        if t is None:
            nama = h.jabatan if h.jabatan_id else f"IKU Tahun {h.tahun}"
            tempat = f"{h.instansi} {h.tahun}" if banyak_kantor else ""
            indikator = h.id if h.tabel == "indikator" else ""
            t = out[(jenis, ident)] = Temuan(
                jenis, ident, h.dokumen_id, nama, 0, h.teks, indikator, tempat
            )
        t.jumlah += 1
        if not t.indikator_id and h.tabel == "indikator":
            t.indikator_id = h.id
    return list(out.values())


def buka_yang_dimuat(view: QTreeView, proxy: ProxyCari, model: ModelPohon) -> None:
    """Expand every node already read (expandAll would read every Dokumen of a kabupaten)."""
    if all(model.sudah_dimuat(model.index(r, 0)) for r in range(model.rowCount())):
        view.expandAll()
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for r in range(proxy.rowCount(parent)):
            idx = proxy.index(r, 0, parent)
            if model.sudah_dimuat(proxy.mapToSource(idx)) and proxy.hasChildren(idx):
                view.setExpanded(idx, True)
                stack.append(idx)


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
        hasil = cari_hasil(self.konteks, teks)
        self.temuan = kelompokkan(self.konteks, hasil)
        cocok = {t.ident: t.jumlah for t in self.temuan if t.jenis == "jabatan"}
        dokumen = {h.dokumen_id for h in hasil}
        model = self.proxy.sourceModel()
        if isinstance(model, ModelPohon):
            model.muat_dokumen(sorted(dokumen)[:BATAS_DOKUMEN_DIMUAT])
        self.proxy.atur_pencarian(teks, cocok, dokumen)
        self.hasil.clear()
        for t in self.temuan[:BATAS_TEMUAN]:
            tempat = f"{t.tempat}: " if t.tempat else ""
            item = QListWidgetItem(f"{tempat}{t.nama} — {t.jumlah} cocok\n   {t.contoh}")
            item.setToolTip(t.contoh)
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.hasil.addItem(item)
        ada_teks = bool(teks.strip())
        self.hasil.setVisible(bool(self.temuan))
        jumlah = sum(t.jumlah for t in self.temuan)
        self.ringkasan.setVisible(ada_teks)
        lebih = " (baru sebagian; perjelas kata yang dicari)" if len(hasil) >= BATAS_HASIL else ""
        self.ringkasan.setText(
            f"{jumlah} sasaran/indikator cocok di {len(self.temuan)} tabel{lebih}"
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
