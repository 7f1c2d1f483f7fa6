"""Paste text copied from Excel or Word into an indicator table.

Excel puts a selection on the clipboard as tab-separated text: one line per row, and a
cell that holds a newline, a tab or a quote is wrapped in "..." with inner quotes
doubled. `baca_tsv` reads that back into rows of cells.

Columns map by position to the table's visible columns (Dokumen.kolom_iki /
kolom_iku), chosen by how many columns the text has:

* at least as many as the table: every column, the sasaran column included. A
  non-empty sasaran cell starts a new sasaran (like the printed table, where the
  cell spans its rows); an empty one continues the previous sasaran, or, before the
  first one, the selected sasaran of the table;
* one fewer, when the table has a NO column: the same without NO;
* fewer: only the indikator columns (the table's columns without NO and sasaran);
  the rows become new indikator under the selected sasaran.

A first line that repeats the column headings, or the "1 2 3 4" column-number line of
the printed table, is skipped. The formula column goes through `teks_ke_formula`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.formula import teks_ke_formula
from iki_desktop.domain.model import Indikator, Kolom, Sasaran
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.tabel import TempelDasar

PESAN_TIDAK_TERBACA = (
    "Isi papan klip tidak dapat ditempel sebagai baris tabel indikator. "
    "Salin sel dari tabel IKU/IKI, Excel atau Word (kolom dipisahkan tab) "
    "yang berisi paling sedikit satu indikator."
)
BATAS_BARIS = 5000  # more rows than any real table; a larger paste is not a table
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FIELD_TEKS = {
    "indikator": "teks",
    "satuan": "satuan",
    "sumber_data": "sumber_data",
    "penanggung_jawab": "penanggung_jawab",
    "catatan": "catatan",
}


def baca_tsv(teks: str) -> list[list[str]]:
    """Rows of cells from tab-separated text, honouring Excel's "..." quoting."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[list[str]] = []
    row: list[str] = []
    sel: list[str] = []
    i, n = 0, len(teks)
    awal_sel = True
    while i < n:
        c = teks[i]
        if awal_sel and c == '"':
            # A quoted cell: up to the closing quote; "" is one quote.
            j = i + 1
            isi: list[str] = []
            while j < n:
                if teks[j] == '"':
                    if j + 1 < n and teks[j + 1] == '"':
                        isi.append('"')
                        j += 2
                        continue
                    break
                isi.append(teks[j])
                j += 1
            if j < n:  # closed: the text after the quote up to the separator follows
                sel.extend(isi)
                i = j + 1
                awal_sel = False
                continue
            # No closing quote: the quote is an ordinary character.
        if c == "\t":
            row.append("".join(sel))
            sel, awal_sel = [], True
        elif c == "\n":
            row.append("".join(sel))
            rows.append(row)
            row, sel, awal_sel = [], [], True
        else:
            sel.append(c)
            awal_sel = False
        i += 1
    if sel or row:
        row.append("".join(sel))
        rows.append(row)
    return [[_KENDALI.sub("", x).strip() for x in r] for r in rows]


def pilih_kolom(kolom: list[Kolom], lebar: int) -> list[str]:
    """The column keys the text's columns map to, by position (see the module docstring)."""
    kunci = [k.kunci for k in kolom]
    tanpa_no = [k for k in kunci if k != "no"]
    isi = [k for k in tanpa_no if k != "sasaran"]
    if lebar >= len(kunci):
        return kunci
    if "no" in kunci and "sasaran" in kunci and lebar == len(tanpa_no):
        return tanpa_no
    return isi


def _normal(teks: str) -> str:
    return " ".join(teks.upper().split())


def _baris_judul(cells: list[str], kunci: list[str], kolom: list[Kolom]) -> bool:
    judul = {k.kunci: _normal(k.judul) for k in kolom}
    isi = [(c, k) for c, k in zip(cells, kunci, strict=False) if c]
    if not isi:
        return False
    if all(c.isdigit() for c, _ in isi):  # the "1 2 3 4" column-number row
        return [int(c) for c, _ in isi] == list(range(int(isi[0][0]), int(isi[0][0]) + len(isi)))
    sama = sum(1 for c, k in isi if _normal(c) == judul.get(k))
    return sama * 2 >= len(isi)


@dataclass
class HasilTempel:
    """What a text paste will insert."""

    lanjutan: list[Indikator] = field(default_factory=list)  # under the selected sasaran
    sasaran: list[Sasaran] = field(default_factory=list)  # new groups
    jumlah_baris: int = 0


def isi_dari_teks(teks: str, kolom: list[Kolom]) -> HasilTempel:
    """Parse clipboard text for a table with these columns; IkiError when nothing is usable."""
    if "\t" not in teks:
        raise IkiError(PESAN_TIDAK_TERBACA)
    rows = [r for r in baca_tsv(teks) if any(r)]
    if not rows or len(rows) > BATAS_BARIS:
        raise IkiError(PESAN_TIDAK_TERBACA)
    kunci = pilih_kolom(kolom, max(len(r) for r in rows))
    if _baris_judul(rows[0], kunci, kolom):
        rows = rows[1:]
    hasil = HasilTempel()
    kini: Sasaran | None = None
    for cells in rows:
        nilai = dict(zip(kunci, cells, strict=False))
        nilai.pop("no", None)
        teks_sasaran = nilai.pop("sasaran", "")
        if teks_sasaran:
            kini = Sasaran(teks=teks_sasaran)
            hasil.sasaran.append(kini)
            hasil.jumlah_baris += 1
        ind = Indikator()
        for k, v in nilai.items():
            if k == "formula":
                ind.formula = teks_ke_formula(v)
            elif k in FIELD_TEKS:
                setattr(ind, FIELD_TEKS[k], v)
        if not any(nilai.values()):
            continue  # a sasaran row without indikator, or only a NO number
        if not teks_sasaran:
            hasil.jumlah_baris += 1
        (kini.indikator if kini is not None else hasil.lanjutan).append(ind)
    if not any(i.teks for i in hasil.lanjutan) and not any(
        s.teks or s.indikator for s in hasil.sasaran
    ):
        raise IkiError(PESAN_TIDAK_TERBACA)
    return hasil


class TempelTeks(TempelDasar):
    """Paste Excel/Word rows: one undo step "Tempel N baris"."""

    def __init__(
        self,
        konteks: Konteks,
        dokumen_id: str,
        jabatan_id: str | None,
        hasil: HasilTempel,
        *,
        index_sasaran: int,
        sasaran_id: str | None,
        index_indikator: int,
    ) -> None:
        sasaran = list(hasil.sasaran)
        lanjutan = list(hasil.lanjutan)
        if lanjutan and sasaran_id is None:
            # No sasaran to continue (an empty table): the rows get a new one.
            sasaran.insert(0, Sasaran(teks="Sasaran baru", indikator=lanjutan))
            lanjutan = []
        super().__init__(
            konteks,
            dokumen_id,
            jabatan_id,
            f"Tempel {hasil.jumlah_baris} baris",
            sasaran=sasaran,
            indikator=lanjutan,
            index_sasaran=index_sasaran,
            sasaran_id=sasaran_id if lanjutan else None,
            index_indikator=index_indikator,
        )
