"""Drag and drop inside one indicator table: where a drop puts the dragged rows.

Dragging indikator cells moves those indikator; dragging a sasaran (NO/sasaran) cell
moves the whole sasaran. Where they land:

* on an indikator cell: they take that row's place (above it when coming from below,
  below it when coming from above, like Alt+Up/Down);
* on a sasaran cell, or on the placeholder row of an empty sasaran: at the end of
  that sasaran (this is how an indikator moves to another group);
* between two rows: there; below the last row of a group is the end of that group;
* below the last row of the table: the end of the last sasaran.

Drops from another table or Dokumen are refused. The result is an undo command
(SusunIndikator or PindahSasaran) that ModelTabel.dropMimeData runs.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex

from iki_desktop.domain.model import Sasaran
from iki_desktop.ui.undo.dokumen import Perintah
from iki_desktop.ui.undo.tabel import PindahSasaran
from iki_desktop.ui.undo.tabel_seret import SusunIndikator, Urutan

if TYPE_CHECKING:
    from iki_desktop.ui.tabel.model import ModelTabel

MIME_PINDAH = "application/x-iki-pindah"
KOLOM_GRUP_SERET = ("no", "sasaran")


def isi_seret(
    model: ModelTabel, indexes: list[QModelIndex] | list[QPersistentModelIndex]
) -> QMimeData | None:
    dok = model.dokumen
    valid = sorted((i for i in indexes if i.isValid()), key=lambda i: (i.row(), i.column()))
    if dok is None or not valid:
        return None
    grup = all(model.kunci(i.column()) in KOLOM_GRUP_SERET for i in valid)
    ids: list[str] = []
    for i in valid:
        b = model.baris(i.row())
        ident = b.sasaran.id if grup else (b.indikator.id if b.indikator else "")
        if ident and ident not in ids:
            ids.append(ident)
    if not ids:
        return None
    data = {
        "dokumen_id": dok.id,
        "jabatan_id": model.jabatan_id or "",
        "jenis": "sasaran" if grup else "indikator",
        "ids": ids,
    }
    mime = QMimeData()
    mime.setData(MIME_PINDAH, json.dumps(data).encode("utf-8"))
    return mime


def baca_seret(model: ModelTabel, mime: QMimeData) -> tuple[str, list[str]] | None:
    """(jenis, ids) of a drag from this very table, else None."""
    dok = model.dokumen
    if dok is None or model.ditetapkan or not mime.hasFormat(MIME_PINDAH):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_PINDAH).data()).decode("utf-8"))
        if data["dokumen_id"] != dok.id or data["jabatan_id"] != (model.jabatan_id or ""):
            return None
        jenis, ids = str(data["jenis"]), [str(x) for x in data["ids"]]
    except (ValueError, KeyError, TypeError):
        return None
    return (jenis, ids) if jenis in ("sasaran", "indikator") and ids else None


def _sasaran_dari(daftar: list[Sasaran], ident: str) -> Sasaran | None:
    return next((s for s in daftar if any(i.id == ident for i in s.indikator)), None)


def _posisi(target: Sasaran, pindah: list[str], sebelum: str = "", sesudah: str = "") -> int:
    """Index in the target's list without the moved rows, before/after a given row."""
    asli = [i.id for i in target.indikator]
    tetap = [x for x in asli if x not in pindah]
    if sebelum or sesudah:
        mulai = asli.index(sebelum) if sebelum else asli.index(sesudah) + 1
        berikut = next((x for x in asli[mulai:] if x not in pindah), None)
        return tetap.index(berikut) if berikut is not None else len(tetap)
    return len(tetap)


def _tempat_lepas(
    model: ModelTabel, row: int, parent: QModelIndex | QPersistentModelIndex, bawah: bool
) -> tuple[int, str]:
    """(row r, tempat): "sel" on a cell, "sesudah"/"sebelum" the row r, "akhir" of r's
    sasaran."""
    n = model.rowCount()
    if parent.isValid():
        grup_sel = model.kunci(parent.column()) in KOLOM_GRUP_SERET
        return parent.row(), "akhir" if grup_sel else "sel"
    if 0 < row <= n and (bawah or row == n):
        return row - 1, "sesudah"
    if 0 <= row < n:
        return row, "sebelum"
    return n - 1, "akhir"


def perintah_lepas(
    model: ModelTabel,
    mime: QMimeData,
    row: int,
    parent: QModelIndex | QPersistentModelIndex,
    bawah: bool = False,
) -> Perintah | None:
    """The undo command of a drop, or None when it is refused or moves nothing.

    `row`/`parent` as Qt gives them to dropMimeData; `bawah` is set by the view when
    the drop indicator was below the row `row - 1` (the end of that group)."""
    dibaca = baca_seret(model, mime)
    dok = model.dokumen
    daftar = model.sasaran_list()
    if dibaca is None or dok is None or not daftar:
        return None
    jenis, ids = dibaca
    r, tempat = _tempat_lepas(model, row, parent, bawah)
    b = model.baris(r)

    if jenis == "sasaran":
        asal = next((k for k, s in enumerate(daftar) if s.id == ids[0]), -1)
        tujuan = b.index_sasaran
        if asal < 0 or asal == tujuan:
            return None
        return PindahSasaran(model.konteks, dok.id, model.jabatan_id, ids[0], asal, tujuan)

    pindah = [i for i in ids if _sasaran_dari(daftar, i) is not None]
    if not pindah:
        return None
    target = b.sasaran
    if tempat == "akhir" or b.indikator is None:
        posisi = _posisi(target, pindah)
    elif tempat == "sel":  # take its place, like Alt+Up/Down
        asal_s = _sasaran_dari(daftar, pindah[0])
        if asal_s is not None and asal_s.id == target.id and model.baris_indikator(pindah[0]) < r:
            posisi = _posisi(target, pindah, sesudah=b.indikator.id)
        else:
            posisi = _posisi(target, pindah, sebelum=b.indikator.id)
    elif tempat == "sesudah":
        posisi = _posisi(target, pindah, sesudah=b.indikator.id)
    else:
        posisi = _posisi(target, pindah, sebelum=b.indikator.id)

    lama: Urutan = {}
    for ident in pindah:
        s = _sasaran_dari(daftar, ident)
        assert s is not None
        lama.setdefault(s.id, [i.id for i in s.indikator])
    lama.setdefault(target.id, [i.id for i in target.indikator])
    baru: Urutan = {k: [x for x in v if x not in pindah] for k, v in lama.items()}
    baru[target.id][posisi:posisi] = pindah
    if baru == lama:
        return None
    return SusunIndikator(model.konteks, dok.id, model.jabatan_id, lama, baru, pindah)
