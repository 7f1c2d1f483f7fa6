"""The navigation tree: Dokumen per tahun → instansi, Keputusan, IKU, jabatan hierarchy.

A file holding several offices (a kabupaten's) groups its Dokumen under one node per
office ("kantor", named "Kecamatan Wonoasih"), so "Tahun 2026 — Draf" says whose it is.

Modelled on Anki's sidebar model: a plain Python tree of `Simpul` built from the
domain objects, and a thin QAbstractItemModel that only walks it.

Refresh strategy, chosen deliberately:
* structural changes (jabatan added, removed, moved; Dokumen created/deleted; another
  file opened) rebuild the whole node tree inside beginResetModel/endResetModel. It
  is the simplest correct choice and cheap at our size (≤ 200 nodes, < 5 ms); the
  window keeps expansion and selection by id across the reset.
* a rename or other header edit of one jabatan changes only that node's text, so it
  emits a targeted dataChanged and the view keeps its state untouched.
* a file with many Dokumen (a kabupaten's, up to 300 offices) is built lazily: only
  the Dokumen nodes at first, each one's children read (`load_kerangka`) when the view
  expands it (canFetchMore/fetchMore) or something asks for a node inside it. A reset
  keeps the branches already read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from iki_desktop.domain.model import Dokumen, Jabatan
from iki_desktop.ui.jendela.pohon_kantor import induk_per_kantor
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import PindahJabatan, UbahJabatan, keturunan, posisi_jabatan

PERAN_JENIS = (
    Qt.ItemDataRole.UserRole + 1
)  # "kantor" | "dokumen" | "instansi" | "keputusan" | "iku" | "jabatan"
PERAN_ID = Qt.ItemDataRole.UserRole + 2  # id of the domain object (instansi id for "instansi")
PERAN_DOKUMEN = Qt.ItemDataRole.UserRole + 3  # id of the Dokumen the node belongs to
PERAN_TERKUNCI = Qt.ItemDataRole.UserRole + 4  # True when that Dokumen is ditetapkan

MIME_JABATAN = "application/x-iki-desktop-jabatan"
# Up to this many Dokumen the whole tree is read at once (an office's own file).
BATAS_MUAT_LANGSUNG = 20
_TANPA_INDUK = QModelIndex()

# Fixed children of every Dokumen, before the jabatan hierarchy.
SIMPUL_TETAP = (
    ("instansi", "Instansi & pengaturan cetak"),
    ("keputusan", "Keputusan"),
    ("iku", "IKU"),
)

_IKON = {
    "kantor": QStyle.StandardPixmap.SP_DriveNetIcon,
    "dokumen": QStyle.StandardPixmap.SP_DirIcon,
    "instansi": QStyle.StandardPixmap.SP_ComputerIcon,
    "keputusan": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "iku": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "jabatan": QStyle.StandardPixmap.SP_FileIcon,
}


@dataclass(eq=False)
class Simpul:
    jenis: str
    id: str
    teks: str
    dokumen_id: str
    terkunci: bool = False
    keterangan: str = ""  # tooltip
    belum_dimuat: bool = False  # a Dokumen whose children are read on first expand
    induk: Simpul | None = None
    anak: list[Simpul] = field(default_factory=list)

    def tambah(self, anak: Simpul) -> Simpul:
        anak.induk = self
        self.anak.append(anak)
        return anak

    @property
    def baris(self) -> int:
        return self.induk.anak.index(self) if self.induk else 0


def label_dokumen(dok: Dokumen) -> str:
    return f"{dok.label} — {dok.status.label}"


def _keterangan_jabatan(j: Jabatan, jumlah: tuple[int, int] = (0, 0)) -> str:
    baris = [j.judul]
    if j.pemangku.nama:
        baris.append(f"Pemangku: {j.pemangku.nama}")
    baris.append(f"{jumlah[0]} sasaran, {jumlah[1]} indikator")
    return "\n".join(baris)


def bangun_pohon(konteks: Konteks, dimuat: set[str] | None = None) -> Simpul:
    """The node tree for every live Dokumen in the store; with many Dokumen only those
    in `dimuat` get their children now, the others when they are expanded."""
    akar = Simpul("akar", "", "", "")
    if not konteks.ada_store:
        return akar
    daftar = konteks.store.list_dokumen()
    semua = len(daftar) <= BATAS_MUAT_LANGSUNG
    induk = induk_per_kantor(konteks, akar, daftar)
    for dok in daftar:
        sd = induk[dok.instansi_id].tambah(
            Simpul("dokumen", dok.id, label_dokumen(dok), dok.id, dok.ditetapkan, dok.judul)
        )
        if semua or (dimuat is not None and dok.id in dimuat):
            isi_dokumen(konteks, sd)
        else:
            sd.belum_dimuat = True
    return akar


def isi_dokumen(konteks: Konteks, sd: Simpul) -> None:
    """The children of a Dokumen node: fixed nodes, then the jabatan hierarchy."""
    # Only the skeleton: loading every indikator of every Dokumen (a kabupaten file
    # has ~10,000) would make opening the file slow; editors load what they show.
    dok, jumlah = konteks.store.load_kerangka(sd.id)
    sd.belum_dimuat = False
    kunci = dok.ditetapkan
    for jenis, teks in SIMPUL_TETAP:
        ident = dok.instansi_id if jenis == "instansi" else dok.id
        sd.tambah(Simpul(jenis, ident, teks, dok.id, kunci))

    def tambah_jabatan(induk: Simpul, parent_id: str | None) -> None:
        for j in dok.anak(parent_id):
            nama = j.nama or "(jabatan tanpa nama)"
            keterangan = _keterangan_jabatan(j, jumlah.get(j.id, (0, 0)))
            s = induk.tambah(Simpul("jabatan", j.id, nama, dok.id, kunci, keterangan))
            tambah_jabatan(s, j.id)

    tambah_jabatan(sd, None)


class ModelPohon(QAbstractItemModel):
    def __init__(self, konteks: Konteks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self._akar = bangun_pohon(konteks)
        self._indeks: dict[tuple[str, str], Simpul] = {}
        self._isi_indeks()
        konteks.strukturDiubah.connect(self.muat_ulang)
        konteks.daftarDokumenDiubah.connect(self.muat_ulang)
        konteks.storeDiganti.connect(self.muat_ulang)
        konteks.jabatanDiubah.connect(self._jabatan_diubah)
        konteks.tabelDiubah.connect(self._tabel_diubah)

    # ------------------------------------------------------------ refresh

    def muat_ulang(self, *_: object) -> None:
        # Dokumen sit at the top, or one level down under their office (kantor).
        dokumen = [d for s in self._akar.anak for d in ([s] if s.jenis == "dokumen" else s.anak)]
        dimuat = {d.id for d in dokumen if d.jenis == "dokumen" and not d.belum_dimuat}
        self.beginResetModel()
        self._akar = bangun_pohon(self.konteks, dimuat)
        self._isi_indeks()
        self.endResetModel()

    def _isi_indeks(self, awal: Simpul | None = None) -> None:
        if awal is None:
            self._indeks = {}
        stack = list((awal or self._akar).anak)
        while stack:
            s = stack.pop()
            key = (s.jenis, s.id if s.jenis in ("dokumen", "jabatan", "kantor") else s.dokumen_id)
            self._indeks[key] = s
            stack.extend(s.anak)

    def _tabel_diubah(self, dokumen_id: str, jabatan_id: str) -> None:
        if jabatan_id:  # the counts in the jabatan's tooltip
            self._jabatan_diubah(jabatan_id)

    def _jabatan_diubah(self, jabatan_id: str) -> None:
        simpul = self._indeks.get(("jabatan", jabatan_id))
        if simpul is None:
            return
        jab = self.konteks.dokumen(simpul.dokumen_id).jabatan_by_id(jabatan_id)
        if jab is None:
            return
        simpul.teks = jab.nama or "(jabatan tanpa nama)"
        simpul.keterangan = _keterangan_jabatan(jab, (len(jab.sasaran), jab.jumlah_indikator))
        idx = self.index_simpul(simpul)
        self.dataChanged.emit(idx, idx)

    # ------------------------------------------------------------ lookup

    def simpul(self, index: QModelIndex | QPersistentModelIndex) -> Simpul:
        if not index.isValid():
            return self._akar
        return index.internalPointer()  # type: ignore[no-any-return]

    def index_simpul(self, simpul: Simpul) -> QModelIndex:
        if simpul is self._akar or simpul.induk is None:
            return QModelIndex()
        return self.createIndex(simpul.baris, 0, simpul)

    def cari(self, jenis: str, ident: str) -> QModelIndex:
        """Index of a node; for instansi/keputusan/iku `ident` is the Dokumen id.

        A node inside a Dokumen not read yet is read first."""
        simpul = self._indeks.get((jenis, ident))
        if simpul is None and jenis != "dokumen" and self.konteks.ada_store:
            dok_id = self.konteks.store.dokumen_jabatan(ident) if jenis == "jabatan" else ident
            if dok_id:
                self.muat_dokumen([dok_id])
                simpul = self._indeks.get((jenis, ident))
        return self.index_simpul(simpul) if simpul else QModelIndex()

    def muat_dokumen(self, dokumen_ids: list[str]) -> None:
        """Read the children of these Dokumen nodes now (a search hit, a jump)."""
        for d in dokumen_ids:
            sd = self._indeks.get(("dokumen", d))
            if sd is not None and sd.belum_dimuat:
                self.fetchMore(self.index_simpul(sd))

    def sudah_dimuat(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return not self.simpul(index).belum_dimuat

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK) -> bool:
        s = self.simpul(parent)
        return s.belum_dimuat or bool(s.anak)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return parent.isValid() and self.simpul(parent).belum_dimuat

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        sd = self.simpul(parent)
        if not sd.belum_dimuat:
            return
        baru = Simpul(sd.jenis, sd.id, sd.teks, sd.dokumen_id)
        isi_dokumen(self.konteks, baru)
        sd.belum_dimuat = False
        if not baru.anak:
            return
        self.beginInsertRows(parent, 0, len(baru.anak) - 1)
        for anak in baru.anak:
            sd.tambah(anak)
        self.endInsertRows()
        self._isi_indeks(sd)

    def jumlah_simpul(self) -> int:
        return len(self._indeks)

    # ------------------------------------------------------------ Qt model

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK
    ) -> QModelIndex:
        induk = self.simpul(parent)
        if column != 0 or not 0 <= row < len(induk.anak):
            return QModelIndex()
        return self.createIndex(row, 0, induk.anak[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        induk = self.simpul(index).induk
        if induk is None or induk is self._akar:
            return QModelIndex()
        return self.index_simpul(induk)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.simpul(parent).anak)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _TANPA_INDUK) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        s = self.simpul(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return s.teks
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole name first: a narrow tree may cut it.
            if s.keterangan.startswith(s.teks):
                return s.keterangan
            return f"{s.teks}\n{s.keterangan}" if s.keterangan else s.teks
        if role == Qt.ItemDataRole.DecorationRole:
            return _ikon(s.jenis)
        if role == Qt.ItemDataRole.FontRole and s.jenis in ("dokumen", "kantor"):
            font = QFont()
            font.setBold(True)
            return font
        if role == PERAN_JENIS:
            return s.jenis
        if role == PERAN_ID:
            return s.id
        if role == PERAN_DOKUMEN:
            return s.dokumen_id
        if role == PERAN_TERKUNCI:
            return s.terkunci
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        s = self.simpul(index)
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if s.terkunci:
            return f
        if s.jenis == "jabatan":
            f |= (
                Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
        elif s.jenis == "dokumen":
            f |= Qt.ItemFlag.ItemIsDropEnabled
        return f

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        s = self.simpul(index)
        nama = " ".join(str(value or "").split())
        if s.jenis != "jabatan" or not nama or nama == s.teks:
            return False
        dok = self.konteks.dokumen(s.dokumen_id)
        lama = dok.jabatan_by_id(s.id)
        if lama is None:
            return False
        baru = replace(lama, nama=nama)
        return self.konteks.jalankan(
            UbahJabatan(self.konteks, dok.id, lama, baru, f"Ganti nama jabatan menjadi {nama}")
        )

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_JABATAN]

    def mimeData(self, indexes: Any) -> QMimeData:
        jabatan = [self.simpul(i) for i in indexes if i.isValid()]
        jabatan = [s for s in jabatan if s.jenis == "jabatan"]
        data = QMimeData()
        if jabatan:
            isi = {"dokumen_id": jabatan[0].dokumen_id, "jabatan_id": jabatan[0].id}
            data.setData(MIME_JABATAN, json.dumps(isi).encode("utf-8"))
        return data

    def tujuan_drop(
        self, data: QMimeData, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, str, str | None, int] | None:
        """(dokumen_id, jabatan_id, new parent_id, index) for a drop, or None if not allowed."""
        if not data.hasFormat(MIME_JABATAN):
            return None
        try:
            isi = json.loads(bytes(data.data(MIME_JABATAN).data()).decode("utf-8"))
            dokumen_id, jabatan_id = str(isi["dokumen_id"]), str(isi["jabatan_id"])
        except (ValueError, KeyError, TypeError):
            return None
        target = self.simpul(parent)
        if target.jenis not in ("dokumen", "jabatan") or target.dokumen_id != dokumen_id:
            return None
        if target.terkunci:
            return None
        if target.jenis == "dokumen":
            parent_id = None
            index = row - len(SIMPUL_TETAP) if row >= 0 else len(target.anak)
        else:
            parent_id = target.id
            index = row if row >= 0 else len(target.anak)
        return dokumen_id, jabatan_id, parent_id, max(0, index)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self.tujuan_drop(data, row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        tujuan = self.tujuan_drop(data, row, parent)
        if tujuan is None:
            return False
        dokumen_id, jabatan_id, parent_id, index = tujuan
        dok = self.konteks.dokumen(dokumen_id)
        if parent_id == jabatan_id or parent_id in {j.id for j in keturunan(dok, jabatan_id)}:
            self.konteks.galat.emit(
                "Jabatan tidak dapat dipindahkan ke bawah dirinya sendiri atau ke bawah bawahannya."
            )
            return False
        parent_lama, index_lama = posisi_jabatan(dok, jabatan_id)
        if parent_lama == parent_id and index > index_lama:
            index -= 1  # the row numbers still count the dragged jabatan itself
        if parent_lama == parent_id and index == index_lama:
            return False
        # The model resets itself through strukturDiubah. Returning True is safe with
        # MoveAction: the view's follow-up removeRows() is not implemented (no-op).
        return self.konteks.jalankan(PindahJabatan(self.konteks, dok, jabatan_id, parent_id, index))


def _ikon(jenis: str) -> QIcon | None:
    app = QApplication.instance()
    pixmap = _IKON.get(jenis)
    if app is None or pixmap is None:
        return None
    return app.style().standardIcon(pixmap)  # type: ignore[attr-defined]


class ProxyCari(QSortFilterProxyModel):
    """Filters the tree by node text and by indicator matches found elsewhere.

    Recursive filtering keeps the ancestors of a hit visible. Jabatan whose
    sasaran/indikator text matches (found by the search panel) are accepted too and
    show the number of matching indicators after their name.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setAutoAcceptChildRows(False)
        self._teks = ""
        self._cocok: dict[str, int] = {}
        self._dokumen: set[str] = set()  # Dokumen with hits, also when not read yet

    def atur_pencarian(
        self,
        teks: str,
        cocok_jabatan: dict[str, int] | None = None,
        cocok_dokumen: set[str] | None = None,
    ) -> None:
        self.beginFilterChange()
        self._teks = teks.strip().casefold()
        self._cocok = dict(cocok_jabatan or {})
        self._dokumen = set(cocok_dokumen or ())
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._teks:
            return True
        model = self.sourceModel()
        idx = model.index(source_row, 0, source_parent)
        if self._teks in str(model.data(idx, Qt.ItemDataRole.DisplayRole) or "").casefold():
            return True
        jenis = model.data(idx, PERAN_JENIS)
        if jenis == "dokumen":
            return model.data(idx, PERAN_ID) in self._dokumen
        return model.data(idx, PERAN_ID) in self._cocok and jenis == "jabatan"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and self._teks and self._cocok:
            n = self._cocok.get(super().data(index, PERAN_ID))
            if n and super().data(index, PERAN_JENIS) == "jabatan":
                return f"{value}  [{n} cocok]"
        return value
