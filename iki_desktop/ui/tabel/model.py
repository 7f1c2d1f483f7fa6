"""Table model of one indicator table: the IKI of a jabatan, or the IKU (jabatan_id None).

Rows are indikator in sasaran order; a sasaran without indikator still gets one
(placeholder) row so it can be seen and edited. Columns follow the Dokumen's
`kolom_iki` / `kolom_iku` with the headings the document sets. The sasaran (and "no")
cell belongs to a group of rows: the model gives its text only on the first row of
the group and marks group start/end with PERAN_AWAL_GRUP / PERAN_AKHIR_GRUP; the
view spans the group (see `rentang_grup`). A value merged over several indikator rows
(`Indikator.gabung`, see tabel/gabung.py) is spanned the same way (`rentang_gabung`);
editing it edits every row of it in one undo command.

Refresh strategy (deliberate): the model reads a snapshot from Konteks after every
committed command. When the row structure (the sasaran/indikator ids and columns)
is unchanged, which is the case for every cell edit, it emits one targeted
`dataChanged` for the rows whose content changed, so the view keeps its selection,
current cell, scroll position and spans. When rows were added, removed or moved it
uses `beginResetModel`: computing exact insert/move signals for grouped rows buys
nothing at this size (a jabatan has at most a few dozen rows) and a reset is the
one path that cannot leave the spans and the rows out of step.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from iki_desktop.domain.formula import Formula, formula_ke_teks, formula_satu_baris, teks_ke_formula
from iki_desktop.domain.kolom_kinerja import LABEL as LABEL_KINERJA
from iki_desktop.domain.kolom_kinerja import atur_kolom, nilai_kolom
from iki_desktop.domain.model import Dokumen, Indikator, Kolom, Sasaran
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel import gabung
from iki_desktop.ui.tabel.seret import MIME_PINDAH, baca_seret, isi_seret, perintah_lepas
from iki_desktop.ui.undo.gabung import UbahBanyakIndikator
from iki_desktop.ui.undo.tabel import TambahIndikator, UbahIndikator, UbahSasaran

# Column keys (Kolom.kunci) with special behaviour.
KOLOM_NO = "no"
KOLOM_SASARAN = "sasaran"
KOLOM_INDIKATOR = "indikator"
KOLOM_FORMULA = "formula"
KOLOM_GRUP = (KOLOM_NO, KOLOM_SASARAN)  # shown once over the group's rows
# Indikator fields a column may edit, with their menu label.
FIELD_INDIKATOR = {
    "indikator": "teks",
    "satuan": "satuan",
    "sumber_data": "sumber_data",
    "penanggung_jawab": "penanggung_jawab",
    "catatan": "catatan",
}
LABEL_KOLOM = {
    "indikator": "indikator",
    "satuan": "satuan",
    "formula": "formula",
    "sumber_data": "sumber data",
    "penanggung_jawab": "penanggung jawab",
    "catatan": "catatan",
}

# Custom roles.
PERAN_AWAL_GRUP = Qt.ItemDataRole.UserRole + 1  # bool: first row of its sasaran
PERAN_AKHIR_GRUP = Qt.ItemDataRole.UserRole + 2  # bool: last row of its sasaran
PERAN_UKURAN_GRUP = Qt.ItemDataRole.UserRole + 3  # int: rows in this sasaran
PERAN_KUNCI = Qt.ItemDataRole.UserRole + 4  # str: the column's field key
PERAN_FORMULA = Qt.ItemDataRole.UserRole + 5  # Formula of the row's indikator
PERAN_SASARAN_ID = Qt.ItemDataRole.UserRole + 6
PERAN_INDIKATOR_ID = Qt.ItemDataRole.UserRole + 7  # "" on a placeholder row

TEKS_KOSONG = "(belum ada indikator)"
WARNA_SAMAR = QColor("#8a8a8a")


def bungkus_judul(judul: str, batas: int = 20) -> str:
    """A column heading on up to two lines, as in the printed table: QHeaderView does not
    wrap, and long headings ("PENJELASAN/FORMULASI PERHITUNGAN") were clipped."""
    if len(judul) <= batas or "\n" in judul:
        return judul
    if "/" in judul:
        kiri, kanan = judul.split("/", 1)
        return f"{kiri}/\n{kanan}"
    tengah = len(judul) // 2
    spasi = [i for i, ch in enumerate(judul) if ch == " "]
    if not spasi:
        return judul
    pisah = min(spasi, key=lambda i: abs(i - tengah))
    return judul[:pisah] + "\n" + judul[pisah + 1 :]


@dataclass(frozen=True)
class Baris:
    sasaran: Sasaran
    indikator: Indikator | None  # None: the placeholder row of an empty sasaran
    no_sasaran: int  # 1-based running number, printed in the NO column
    index_sasaran: int
    index_indikator: int
    awal: bool
    akhir: bool
    ukuran_grup: int


def susun_baris(sasaran_list: list[Sasaran]) -> list[Baris]:
    out: list[Baris] = []
    for si, s in enumerate(sasaran_list):
        items: list[Indikator | None] = list(s.indikator) or [None]
        for ii, ind in enumerate(items):
            out.append(Baris(s, ind, si + 1, si, ii, ii == 0, ii == len(items) - 1, len(items)))
    return out


class ModelTabel(QAbstractTableModel):
    def __init__(self, konteks: Konteks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self._dokumen: Dokumen | None = None
        self._jabatan_id: str | None = None
        self._kolom: list[Kolom] = []
        self._baris: list[Baris] = []
        # Set by the view during a drop: the indicator was below row `row - 1`.
        self.lepas_bawah = False
        self.judul_tampil: dict[tuple[str, str], str] = {}
        konteks.dokumenDiubah.connect(self._dokumen_diubah)
        konteks.storeDiganti.connect(self.kosongkan)

    # ------------------------------------------------------------ loading

    @property
    def dokumen(self) -> Dokumen | None:
        return self._dokumen

    @property
    def jabatan_id(self) -> str | None:
        return self._jabatan_id

    @property
    def ditetapkan(self) -> bool:
        return self._dokumen is None or self._dokumen.ditetapkan

    def sasaran_list(self) -> list[Sasaran]:
        dok = self._dokumen
        if dok is None:
            return []
        if self._jabatan_id is None:
            return dok.iku
        jab = dok.jabatan_by_id(self._jabatan_id)
        return jab.sasaran if jab else []

    def atur_judul_tampil(self, judul: dict[tuple[str, str], str]) -> None:
        """Headings as the view wrapped them to its column widths ((kunci, judul) -> text)."""
        if judul != self.judul_tampil:
            self.judul_tampil = judul
            kanan = max(self.columnCount() - 1, 0)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, kanan)

    def tampilkan(self, dokumen: Dokumen, jabatan_id: str | None) -> None:
        self.beginResetModel()
        self._isi(dokumen, jabatan_id)
        self.endResetModel()

    def kosongkan(self) -> None:
        self.beginResetModel()
        self._dokumen, self._kolom, self._baris = None, [], []
        self.endResetModel()

    def _isi(self, dokumen: Dokumen, jabatan_id: str | None) -> None:
        self._dokumen, self._jabatan_id = dokumen, jabatan_id
        self._kolom = list(dokumen.kolom_iku if jabatan_id is None else dokumen.kolom_iki)
        self._baris = susun_baris(self.sasaran_list())

    def _struktur(self) -> tuple[Any, ...]:
        return (
            self.ditetapkan,
            tuple((k.kunci, k.judul) for k in self._kolom),
            tuple((b.sasaran.id, b.indikator.id if b.indikator else "") for b in self._baris),
            tuple(self.rentang_gabung()),
        )

    def _dokumen_diubah(self, dokumen_id: str) -> None:
        if self._dokumen is not None and self._dokumen.id == dokumen_id:
            self.muat_ulang()

    def muat_ulang(self) -> None:
        """Re-read the snapshot after a committed edit (see the module docstring)."""
        if self._dokumen is None:
            return
        sebelum, baris_lama = self._struktur(), self._baris
        self._isi(self.konteks.dokumen(self._dokumen.id), self._jabatan_id)
        if self._struktur() != sebelum:
            self.beginResetModel()
            self.endResetModel()
            return
        berubah = [
            n for n, (a, b) in enumerate(zip(baris_lama, self._baris, strict=True)) if a != b
        ]
        if berubah:
            kanan = max(self.columnCount() - 1, 0)
            self.dataChanged.emit(self.index(berubah[0], 0), self.index(berubah[-1], kanan))

    # ------------------------------------------------------------ lookup

    def baris(self, row: int) -> Baris:
        return self._baris[row]

    def kolom(self) -> list[Kolom]:
        return list(self._kolom)

    def kunci(self, column: int) -> str:
        return self._kolom[column].kunci

    def kolom_dari_kunci(self, kunci: str) -> int:
        return next((n for n, k in enumerate(self._kolom) if k.kunci == kunci), -1)

    def baris_indikator(self, indikator_id: str) -> int:
        return next(
            (
                n
                for n, b in enumerate(self._baris)
                if b.indikator and b.indikator.id == indikator_id
            ),
            -1,
        )

    def baris_sasaran(self, sasaran_id: str) -> int:
        return next((n for n, b in enumerate(self._baris) if b.sasaran.id == sasaran_id), -1)

    def rentang_grup(self) -> list[tuple[int, int, int]]:
        """(row, column, row count) of every group cell taller than one row, for setSpan."""
        cols = [n for n, k in enumerate(self._kolom) if k.kunci in KOLOM_GRUP]
        return [
            (row, col, b.ukuran_grup)
            for row, b in enumerate(self._baris)
            if b.awal and b.ukuran_grup > 1
            for col in cols
        ]

    def rentang_gabung(self) -> list[tuple[int, int, int]]:
        """(row, column, row count) of every merged cell (Indikator.gabung), for setSpan."""
        out: list[tuple[int, int, int]] = []
        for col, k in enumerate(self._kolom):
            if not gabung.boleh_gabung(k.kunci):
                continue
            for row, b in enumerate(self._baris):
                if b.awal and b.indikator is not None:
                    for awal, akhir in gabung.rentang_semua(b.sasaran, k.kunci):
                        out.append((row + awal, col, akhir - awal + 1))
        return sorted(out)

    def rentang_sel(self) -> list[tuple[int, int, int]]:
        """Every spanned cell: the sasaran groups and the merged cells."""
        return self.rentang_grup() + self.rentang_gabung()

    def dalam_gabungan(self, row: int, column: int) -> tuple[int, int] | None:
        """(first, last) row of the merged cell at (row, column), or None when not merged."""
        b = self._baris[row]
        kunci = self.kunci(column)
        if b.indikator is None or not gabung.boleh_gabung(kunci):
            return None
        awal, akhir = gabung.rentang(b.sasaran, b.index_indikator, kunci)
        if awal == akhir:
            return None
        dasar = row - b.index_indikator
        return dasar + awal, dasar + akhir

    # ------------------------------------------------------------ Qt interface

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._baris)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._kolom)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._kolom):
            if role == Qt.ItemDataRole.DisplayRole:
                kolom = self._kolom[section]
                tampil = self.judul_tampil.get((kolom.kunci, kolom.judul))
                return tampil or bungkus_judul(kolom.judul)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._kolom[section].judul
            if role == PERAN_KUNCI:
                return self._kolom[section].kunci
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self.ditetapkan else Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.ditetapkan:
            return flags
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if self.kunci(index.column()) != KOLOM_NO:
            flags |= Qt.ItemFlag.ItemIsEditable
        grup = self.kunci(index.column()) in KOLOM_GRUP
        if grup or self._baris[index.row()].indikator is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_PINDAH]

    def mimeData(self, indexes: Any) -> QMimeData | None:  # type: ignore[override]  # noqa: N802
        return isi_seret(self, list(indexes))

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and baca_seret(self, data) is not None

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Run the move as an undo command (see tabel/seret.py for where rows land).

        Returns False even when it moved: the rows are already in place, and a True
        would let the view remove the "source" rows of a move."""
        if action != Qt.DropAction.MoveAction:
            return False
        bawah, self.lepas_bawah = self.lepas_bawah, False
        perintah = perintah_lepas(self, data, row, parent, bawah)
        if perintah is not None:
            self.konteks.jalankan(perintah)
        return False

    def _nilai(self, b: Baris, kunci: str) -> str:
        if kunci == KOLOM_NO:
            return str(b.no_sasaran)
        if kunci == KOLOM_SASARAN:
            return b.sasaran.teks
        if b.indikator is None:
            return ""
        if kunci == KOLOM_FORMULA:
            return formula_ke_teks(b.indikator.formula)
        tahunan = nilai_kolom(b.indikator, kunci)
        if tahunan is not None:
            return tahunan
        return str(getattr(b.indikator, FIELD_INDIKATOR.get(kunci, kunci), ""))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        b = self._baris[index.row()]
        kunci = self.kunci(index.column())
        grup = kunci in KOLOM_GRUP
        if role == Qt.ItemDataRole.DisplayRole:
            if grup and not b.awal:
                return ""
            if b.indikator is not None and kunci in b.indikator.gabung and b.index_indikator:
                return ""  # hidden under the merged cell's first row
            if kunci == KOLOM_INDIKATOR and b.indikator is None:
                return TEKS_KOSONG
            if kunci == KOLOM_FORMULA and b.indikator is not None:
                return formula_satu_baris(b.indikator.formula)
            return self._nilai(b, kunci)
        if role == Qt.ItemDataRole.EditRole:
            return self._nilai(b, kunci)
        if role == Qt.ItemDataRole.ToolTipRole:
            teks = self._nilai(b, kunci)
            return teks if len(teks) > 60 or "\n" in teks else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignHCenter if kunci == KOLOM_NO else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and b.indikator is None and not grup:
            return QBrush(WARNA_SAMAR)
        if role == Qt.ItemDataRole.FontRole and b.indikator is None and kunci == KOLOM_INDIKATOR:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PERAN_AWAL_GRUP:
            return b.awal
        if role == PERAN_AKHIR_GRUP:
            return b.akhir
        if role == PERAN_UKURAN_GRUP:
            return b.ukuran_grup
        if role == PERAN_KUNCI:
            return kunci
        if role == PERAN_FORMULA:
            return b.indikator.formula if b.indikator else None
        if role == PERAN_SASARAN_ID:
            return b.sasaran.id
        if role == PERAN_INDIKATOR_ID:
            return b.indikator.id if b.indikator else ""
        return None

    def setData(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Every edit is an undo command; the model refreshes when the store confirms."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.ditetapkan:
            return False
        assert self._dokumen is not None
        b = self._baris[index.row()]
        kunci = self.kunci(index.column())
        dok_id, jab_id = self._dokumen.id, self._jabatan_id
        if kunci == KOLOM_NO:
            return False
        if kunci == KOLOM_SASARAN:
            teks = str(value)
            if teks == b.sasaran.teks:
                return False
            return self.konteks.jalankan(
                UbahSasaran(self.konteks, dok_id, jab_id, b.sasaran.id, b.sasaran.teks, teks)
            )
        lama = b.indikator or Indikator()
        baru = copy.deepcopy(lama)
        if kunci == KOLOM_FORMULA:
            baru.formula = value if isinstance(value, Formula) else teks_ke_formula(str(value))
        elif kunci in FIELD_INDIKATOR:
            setattr(baru, FIELD_INDIKATOR[kunci], str(value))
        elif not atur_kolom(baru, kunci, str(value)):
            return False
        if baru == lama:
            return False
        if b.indikator is not None and self.dalam_gabungan(index.row(), index.column()):
            pasangan = gabung.ubah_teks(b.sasaran, b.index_indikator, kunci, str(value))
            if not pasangan:
                return False
            label = LABEL_KOLOM.get(kunci, kunci)
            return self.konteks.jalankan(
                UbahBanyakIndikator(self.konteks, dok_id, jab_id, pasangan, f"Ubah {label}")
            )
        if b.indikator is None:
            # Typing into the placeholder row of an empty sasaran adds its first indikator.
            return self.konteks.jalankan(
                TambahIndikator(self.konteks, dok_id, jab_id, b.sasaran.id, baru, 0)
            )
        label = LABEL_KOLOM.get(kunci) or LABEL_KINERJA.get(kunci, kunci)
        teks = "Ubah formula" if kunci == KOLOM_FORMULA else f"Ubah {label}"
        return self.konteks.jalankan(UbahIndikator(self.konteks, dok_id, jab_id, lama, baru, teks))
