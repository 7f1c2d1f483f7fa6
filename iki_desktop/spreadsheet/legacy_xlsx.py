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
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from iki_desktop.spreadsheet.legacy_blok import (
    Blok,
    Paragraf,
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


def baca_blok_xlsx(path: str | Path) -> list[Blok]:
    wb = load_workbook(Path(path), data_only=True)
    blok: list[Blok] = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        lanjutan: set[tuple[int, int]] = set()
        for rng in ws.merged_cells.ranges:
            if rng.max_row > rng.min_row:
                for r in range(rng.min_row + 1, rng.max_row + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        lanjutan.add((r, c))
        max_col = min(ws.max_column or 1, BATAS_KOLOM)
        tabel: TabelLama | None = None
        for r, row in enumerate(
            ws.iter_rows(
                min_row=1,
                max_row=min(ws.max_row or 1, BATAS_BARIS),
                max_col=max_col,
                values_only=True,
            ),
            start=1,
        ):
            teks = [_teks(v) for v in row]
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
            # Drop leading empty columns consistently: keep positions as they are, the
            # header mapping is by index.
            tabel.baris.append(
                [
                    SelLama(teks=t, lanjutan=(r, c) in lanjutan and not t)
                    for c, t in enumerate(teks, start=1)
                ]
            )
    return blok
