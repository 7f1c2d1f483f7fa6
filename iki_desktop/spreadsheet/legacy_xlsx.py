"""Read a legacy .xlsx into blocks, sheet by sheet, row by row.

A row becomes part of a table from a recognised header row on (see
legacy_blok.petakan_kepala) until a heading such as JABATAN / TUGAS / FUNGSI /
INDIKATOR KINERJA … appears; blank rows inside a table are skipped. Other rows become
paragraphs (their non-empty cells joined). Merged cells: the cells under the
top-left one are marked as continuations, like Word's vMerge.
Call safety.periksa_berkas first; this module assumes a checked file.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from iki_desktop.spreadsheet.legacy_blok import (
    BATAS_BARIS_TABEL,
    Blok,
    Paragraf,
    PeringatanBaca,
    SelLama,
    TabelLama,
    petakan_cascading,
    petakan_kepala,
)

BATAS_BARIS = 20000
BATAS_KOLOM = 40

_JUDUL = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(jabatan|unit\s+organisasi|unit\s+kerja|tugas(\s+pokok)?|fungsi|fugsi)"
    r"\s*[:：]|^\s*indikator\s+kinerja\s+(individu|utama)\b|^\s*(iku|iki)\b",
    re.I,
)


def _teks(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d-%m-%Y")
    return str(value).replace("\r\n", "\n").strip()


_RE_GABUNG = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _kolom(huruf: bytes) -> int:
    n = 0
    for c in huruf:
        n = n * 26 + c - 64
    return n


def _sel_gabungan(zf: zipfile.ZipFile, nama: str) -> set[tuple[int, int]]:
    """Cells under the top row of a vertical merge, read by scanning the sheet XML in chunks
    (the streaming reader does not give merged ranges)."""
    lanjutan: set[tuple[int, int]] = set()
    sisa = b""
    try:
        fh = zf.open(nama)
    except KeyError:
        return lanjutan
    with fh:
        while chunk := fh.read(1 << 20):
            data = sisa + chunk
            akhir = 0
            for m in _RE_GABUNG.finditer(data):
                akhir = m.end()
                r0, r1 = int(m.group(2)), min(int(m.group(4)), BATAS_BARIS)
                c0, c1 = _kolom(m.group(1)), min(_kolom(m.group(3)), BATAS_KOLOM)
                for r in range(r0 + 1, r1 + 1):
                    for c in range(c0, c1 + 1):
                        lanjutan.add((r, c))
            sisa = data[max(akhir, len(data) - 200) :]
    return lanjutan


class _Formula:
    """Formula cells met while reading: cached value used, else the formula text kept."""

    def __init__(self) -> None:
        self.pakai_nilai: list[str] = []
        self.tanpa_nilai: list[str] = []

    def teks(self, nilai: Any, rumus: Any, tempat: str) -> str:
        if not (isinstance(rumus, str) and rumus.startswith("=")):
            return _teks(nilai)
        if nilai is not None and _teks(nilai):
            self.pakai_nilai.append(tempat)
            return _teks(nilai)
        self.tanpa_nilai.append(tempat)
        return rumus[1:].strip().strip('"')

    def peringatan(self) -> list[str]:
        out = []
        for daftar, arti in (
            (self.pakai_nilai, "isinya diambil dari nilai terakhir yang disimpan Excel"),
            (self.tanpa_nilai, "tanpa nilai tersimpan; teks rumusnya yang diambil"),
        ):
            if daftar:
                contoh = ", ".join(daftar[:5]) + (" …" if len(daftar) > 5 else "")
                out.append(
                    f"{len(daftar)} sel berisi rumus Excel ({contoh}): {arti}. Periksa isinya."
                )
        return out


def baca_blok_xlsx(path: str | Path) -> list[Blok]:
    """Stream the workbook twice in step (cached values and formulas): memory stays flat;
    a table stops after BATAS_BARIS_TABEL rows (the rest is counted, not kept)."""
    p = Path(path)
    nilai_wb = load_workbook(p, read_only=True, data_only=True)
    rumus_wb = load_workbook(p, read_only=True, data_only=False)
    blok: list[Blok] = []
    formula = _Formula()
    try:
        with zipfile.ZipFile(p) as zf:
            for ws, ws_rumus in zip(nilai_wb.worksheets, rumus_wb.worksheets, strict=True):
                if ws.sheet_state != "visible":
                    continue
                lanjutan = _sel_gabungan(zf, str(getattr(ws, "_worksheet_path", "")))
                _lembar(ws, ws_rumus, lanjutan, formula, blok)
    finally:
        nilai_wb.close()
        rumus_wb.close()
    peringatan = formula.peringatan()
    if peringatan:
        blok.insert(0, PeringatanBaca(peringatan))
    return blok


def _lembar(
    ws: Any, ws_rumus: Any, lanjutan: set[tuple[int, int]], formula: _Formula, blok: list[Blok]
) -> None:
    tabel: TabelLama | None = None
    baris_nilai = ws.iter_rows(max_row=BATAS_BARIS, max_col=BATAS_KOLOM, values_only=True)
    baris_rumus = ws_rumus.iter_rows(max_row=BATAS_BARIS, max_col=BATAS_KOLOM, values_only=True)
    for r, (row, row_rumus) in enumerate(zip(baris_nilai, baris_rumus, strict=False), start=1):
        teks = [
            formula.teks(v, f, f"{ws.title}!{get_column_letter(c)}{r}")
            for c, (v, f) in enumerate(zip(row, row_rumus, strict=False), start=1)
        ]
        isi = [t for t in teks if t]
        gabungan = " ".join(isi)
        if not isi:
            continue
        kepala = petakan_kepala(teks) or petakan_cascading(teks)
        if tabel is not None and not kepala and _JUDUL.match(gabungan):
            tabel = None
        if tabel is None and not kepala:
            blok.append(Paragraf(gabungan))
            continue
        if tabel is None:
            tabel = TabelLama()
            blok.append(tabel)
        if len(tabel.baris) >= BATAS_BARIS_TABEL:
            tabel.dilewati += 1
            continue
        tabel.baris.append(
            [
                SelLama(teks=t, lanjutan=(r, c) in lanjutan and not t)
                for c, t in enumerate(teks, start=1)
            ]
        )
