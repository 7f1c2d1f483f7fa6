"""Import a workbook written by export.py back into domain objects, without loss.

The hidden `_data` sheet holds the complete Dokumen and Instansi. The visible sheets
are what people look at and sometimes edit, so the rule is:

    **An edited visible cell wins over the hidden copy.**

The importer rebuilds the layout plan from the hidden copy (layout.rencana_buku) and
compares each cell that shows a field (sasaran text, indikator columns, JABATAN /
TUGAS lines, tugas and fungsi items) with the visible cell. Where the text differs,
the visible text is taken (a formula is re-read with teks_ke_formula). Unchanged
cells keep the hidden, structured value, so export -> import -> export is identical.
A sheet whose shape changed (rows inserted or deleted, header moved) cannot be
matched cell by cell; its edits are ignored and a warning says so. Sheets that were
renamed are found again by position.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.formula import teks_ke_formula
from iki_desktop.domain.kolom_kinerja import atur_kolom
from iki_desktop.domain.model import (
    KOLOM_GABUNG,
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Sasaran,
)
from iki_desktop.domain.serialize import FORMAT_NAME, paket_dari_dict
from iki_desktop.domain.tautan import pesan_yatim
from iki_desktop.spreadsheet.cells import teks_sel
from iki_desktop.spreadsheet.export import PENANDA_DATA
from iki_desktop.spreadsheet.layout import LEMBAR_DATA, Lembar, rencana_buku
from iki_desktop.spreadsheet.safety import periksa_berkas

BATAS_POTONGAN = 2000  # 60 MB of JSON is far beyond any real Dokumen


@dataclass
class HasilImporXlsx:
    instansi: Instansi
    dokumen: Dokumen
    perubahan: list[str] = field(default_factory=list)  # visible edits that were taken
    peringatan: list[str] = field(default_factory=list)


def _teks_sel(ws: Worksheet, row: int, col: int) -> str:
    return teks_sel(ws.cell(row=row, column=col).value)


def _baca_data(wb: Workbook) -> dict[str, Any]:
    if LEMBAR_DATA not in wb.sheetnames:
        raise IkiError(
            "Berkas ini bukan hasil ekspor IKI Desktop (lembar data tidak ada). Untuk berkas "
            "Excel buatan sendiri gunakan menu Impor dokumen lama."
        )
    ws = wb[LEMBAR_DATA]
    if _teks_sel(ws, 1, 1) != PENANDA_DATA:
        raise IkiError("Lembar data pada berkas ini tidak dikenali; berkas mungkin sudah diubah.")
    try:
        jumlah = int(_teks_sel(ws, 1, 3))
    except ValueError as exc:
        raise IkiError("Lembar data pada berkas ini rusak.") from exc
    if not 0 < jumlah <= BATAS_POTONGAN:
        raise IkiError("Lembar data pada berkas ini rusak.")
    teks = "".join(_teks_sel(ws, r, 1) for r in range(2, 2 + jumlah))
    try:
        data = json.loads(teks)
    except ValueError as exc:
        raise IkiError("Lembar data pada berkas ini rusak atau terpotong.") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise IkiError("Lembar data pada berkas ini tidak dikenali.")
    return data


class _Penerap:
    """Applies visible edits to the domain objects restored from the hidden copy."""

    def __init__(self, dok: Dokumen) -> None:
        self.jabatan = {j.id: j for j in dok.jabatan}
        self.sasaran: dict[str, Sasaran] = {}
        self.indikator: dict[str, Indikator] = {}
        for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]:
            self.sasaran[s.id] = s
            for i in s.indikator:
                self.indikator[i.id] = i

    def terapkan(self, target: str, lama: str, baru: str) -> None:
        jenis, ident, *rest = target.split(":")
        if jenis == "sas" and ident in self.sasaran:
            self.sasaran[ident].teks = baru.strip()
        elif jenis == "ind" and ident in self.indikator:
            self._indikator(self.indikator[ident], rest[0], baru)
        elif jenis == "jab" and ident in self.jabatan:
            self._jabatan(self.jabatan[ident], rest, lama, baru)

    @staticmethod
    def _indikator(ind: Indikator, kunci: str, baru: str) -> None:
        if kunci == "indikator":
            ind.teks = baru.strip()
        elif kunci == "formula":
            ind.formula = teks_ke_formula(baru)
        elif kunci in ("satuan", "sumber_data", "penanggung_jawab", "catatan"):
            setattr(ind, kunci, baru.strip())
        else:
            atur_kolom(ind, kunci, baru)

    @staticmethod
    def _jabatan(j: Jabatan, rest: list[str], lama: str, baru: str) -> None:
        kunci = rest[0]
        if kunci == "judul":
            teks = re.sub(r"^\s*JABATAN\s*:?\s*", "", baru, flags=re.I).strip()
            akhiran = f" pada {j.unit_kerja}" if j.unit_kerja else None
            if akhiran and teks.endswith(akhiran):
                j.nama = teks[: -len(akhiran)].strip()
            else:
                j.nama, j.unit_kerja = teks, ""
        elif kunci == "tugas":
            j.tugas = re.sub(r"^\s*TUGAS\s*:?\s*", "", baru, flags=re.I).strip()
        elif kunci in ("fungsi", "tugas_butir"):
            items = j.fungsi if kunci == "fungsi" else j.tugas_butir
            idx = int(rest[1])
            if idx < len(items):
                items[idx] = re.sub(
                    r"^\s*(?:[a-z]{1,2}|\d{1,3})[.)]\s*|^\s*[•\-–]\s*", "", baru
                ).strip()


def _cocok_bentuk(ws: Worksheet, lembar: Lembar) -> bool:
    """Same header texts on the same row and the same last row: cells can be matched."""
    if lembar.baris_kepala is None:
        return False
    for sel in lembar.sel:
        if sel.gaya == "kepala" and _teks_sel(ws, sel.row, sel.col) != sel.teks:
            return False
    return ws.max_row <= lembar.baris_akhir + 2


def baca_xlsx(path: str | Path) -> HasilImporXlsx:
    """Read our own export; raises IkiError for anything else. Writes nothing."""
    periksa_berkas(path, "xlsx")
    try:
        # rich_text: italic runs read back as <i>…</i>, so they compare equal and survive.
        wb = load_workbook(Path(path), data_only=True, rich_text=True)
    except IkiError:
        raise
    except Exception as exc:  # openpyxl raises many types on damaged parts
        raise IkiError(
            f"Berkas {Path(path).name} tidak dapat dibaca sebagai Excel: berkas rusak."
        ) from exc
    data = _baca_data(wb)
    try:
        instansi, dokumen = paket_dari_dict(data)
    except (KeyError, ValueError, TypeError) as exc:
        raise IkiError("Lembar data pada berkas ini tidak lengkap atau rusak.") from exc

    hasil = HasilImporXlsx(instansi, dokumen)
    rencana = rencana_buku(instansi, dokumen)
    # Expected texts are computed before any edit is applied.
    penerap = _Penerap(dokumen)
    terlihat = [ws for ws in wb.worksheets if ws.title != LEMBAR_DATA]
    for pos, lembar in enumerate(rencana):
        if lembar.jenis == "indeks":
            continue
        if lembar.judul in wb.sheetnames:
            ws = wb[lembar.judul]
        elif pos < len(terlihat) and len(terlihat) == len(rencana):
            ws = terlihat[pos]
        else:
            hasil.peringatan.append(
                f"Lembar {lembar.judul} tidak ditemukan; isinya diambil dari salinan data."
            )
            continue
        if not _cocok_bentuk(ws, lembar):
            hasil.peringatan.append(
                f"Susunan lembar {ws.title} berubah (baris ditambah atau dihapus); perubahan "
                "pada lembar itu tidak dibaca, isinya diambil dari salinan data."
            )
            continue
        for sel in lembar.sel:
            if sel.target is None:
                continue
            terbaca = _teks_sel(ws, sel.row, sel.col)
            if terbaca.replace("\r\n", "\n") != sel.teks:
                penerap.terapkan(sel.target, sel.teks, terbaca.replace("\r\n", "\n"))
                hasil.perubahan.append(f"{ws.title}!{ws.cell(sel.row, sel.col).coordinate}")
        if _baca_gabungan(ws, lembar, penerap):
            hasil.perubahan.append(f"{ws.title}: sel gabungan")
    # An edited merged cell gives its new value to every indicator of its run.
    for s in penerap.sasaran.values():
        s.samakan_gabungan()
    hasil.peringatan += pesan_yatim(dokumen)
    return hasil


def _baca_gabungan(ws: Worksheet, lembar: Lembar, penerap: _Penerap) -> bool:
    """Merges of the sheet in a column that may merge become the indicators' `gabung`.

    Cells merged in Excel (a Sumber Data over three indicators) merge in the
    Dokumen too; an unmerged range splits again. True when something changed.
    """
    baris: dict[int, str] = {}
    kolom: dict[int, str] = {}
    for sel in lembar.sel:
        if sel.target and sel.target.startswith("ind:"):
            _, ident, kunci = sel.target.split(":", 2)
            baris[sel.row] = ident
            if kunci in KOLOM_GABUNG:
                kolom[sel.col] = kunci
    if not kolom:
        return False
    baru: dict[str, set[str]] = {ident: set() for ident in baris.values()}
    for rentang in ws.merged_cells.ranges:
        kolom_gabung = kolom.get(rentang.min_col) if rentang.min_col == rentang.max_col else None
        if kolom_gabung is None:
            continue
        for r in range(rentang.min_row + 1, rentang.max_row + 1):
            if r in baris:
                baru[baris[r]].add(kolom_gabung)
    dikelola = set(kolom.values())
    berubah = False
    for ident, kunci_baru in baru.items():
        ind = penerap.indikator.get(ident)
        if ind is None:
            continue
        gabung = (set(ind.gabung) - dikelola) | kunci_baru
        if gabung != set(ind.gabung):
            ind.gabung = [k for k in KOLOM_GABUNG if k in gabung]
            berubah = True
    return berubah


def import_xlsx(path: str | Path) -> tuple[Instansi, Dokumen]:
    """(Instansi, Dokumen) of a workbook exported by IKI Desktop; visible edits win."""
    hasil = baca_xlsx(path)
    return hasil.instansi, hasil.dokumen
