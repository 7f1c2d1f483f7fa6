"""Merged cells of the indicator table ("Gabungkan sel" / "Pisahkan sel"), without Qt.

A value shared by consecutive indicators of one sasaran (a Sumber Data or a
Penanggung Jawab, see `Indikator.gabung` and `Sasaran.samakan_gabungan`) is one
merged cell. These functions say where the merged runs are and build the changed
indicators of a merge, a split and an edit of a merged cell; the table editor
turns the (old, new) pairs into one undo command (undo/gabung.py).

A run's rows always hold the same text (the first row's), so a split keeps that
text in every row and nothing is lost.
"""

from __future__ import annotations

import copy

from iki_desktop.domain.model import KOLOM_GABUNG, Indikator, Sasaran

Pasangan = tuple[Indikator, Indikator]  # (old, new) of one indikator


def boleh_gabung(kunci: str) -> bool:
    """Whether the column with this key may merge cells over several rows."""
    return kunci in KOLOM_GABUNG


def rentang(sasaran: Sasaran, index: int, kunci: str) -> tuple[int, int]:
    """(first, last) indicator index of the merged run holding `index` in column `kunci`."""
    items = sasaran.indikator
    awal = index
    while awal > 0 and kunci in items[awal].gabung:
        awal -= 1
    akhir = index
    while akhir + 1 < len(items) and kunci in items[akhir + 1].gabung:
        akhir += 1
    return awal, akhir


def lebarkan(sasaran: Sasaran, awal: int, akhir: int, kunci: str) -> tuple[int, int]:
    """Rows awal..akhir grown to the whole merged runs they touch."""
    return rentang(sasaran, awal, kunci)[0], rentang(sasaran, akhir, kunci)[1]


def rentang_semua(sasaran: Sasaran, kunci: str) -> list[tuple[int, int]]:
    """Every merged run of more than one row in column `kunci`, as (first, last)."""
    out: list[tuple[int, int]] = []
    n = 0
    while n < len(sasaran.indikator):
        awal, akhir = rentang(sasaran, n, kunci)
        if akhir > awal:
            out.append((awal, akhir))
        n = akhir + 1
    return out


def teks_berbeda(sasaran: Sasaran, awal: int, akhir: int, kunci: str) -> list[str]:
    """The distinct non-empty texts of rows awal..akhir, in row order."""
    out: list[str] = []
    for ind in sasaran.indikator[awal : akhir + 1]:
        teks = str(getattr(ind, kunci))
        if teks.strip() and teks not in out:
            out.append(teks)
    return out


def gabungkan(sasaran: Sasaran, awal: int, akhir: int, kunci: str, teks: str) -> list[Pasangan]:
    """Merge rows awal..akhir of column `kunci` (grown to whole merged runs they touch)
    into one cell holding `teks`."""
    awal, akhir = lebarkan(sasaran, awal, akhir, kunci)
    out: list[Pasangan] = []
    for n in range(awal, akhir + 1):
        lama = sasaran.indikator[n]
        baru = copy.deepcopy(lama)
        setattr(baru, kunci, teks)
        gabung = set(baru.gabung)
        if n > awal:
            gabung.add(kunci)
        else:
            gabung.discard(kunci)
        baru.gabung = [k for k in KOLOM_GABUNG if k in gabung]
        if baru != lama:
            out.append((lama, baru))
    return out


def pisahkan(sasaran: Sasaran, awal: int, akhir: int, kunci: str) -> list[Pasangan]:
    """Split every merged run touching rows awal..akhir; each row keeps the shared text."""
    a, b = lebarkan(sasaran, awal, akhir, kunci)
    out: list[Pasangan] = []
    for n in range(a, b + 1):
        lama = sasaran.indikator[n]
        if kunci in lama.gabung:
            baru = copy.deepcopy(lama)
            baru.gabung = [k for k in lama.gabung if k != kunci]
            out.append((lama, baru))
    return out


def ubah_teks(sasaran: Sasaran, index: int, kunci: str, teks: str) -> list[Pasangan]:
    """Editing a merged cell: the new text goes to every row of its run."""
    awal, akhir = rentang(sasaran, index, kunci)
    out: list[Pasangan] = []
    for n in range(awal, akhir + 1):
        lama = sasaran.indikator[n]
        baru = copy.deepcopy(lama)
        setattr(baru, kunci, teks)
        if baru != lama:
            out.append((lama, baru))
    return out


def rapikan(sasaran: Sasaran) -> list[Pasangan]:
    """After rows moved or were deleted: a merge flag stays only where it still joins
    equal texts (index 0 never merges upward), so no row's text is overwritten."""
    out: list[Pasangan] = []
    for n, lama in enumerate(sasaran.indikator):
        if not lama.gabung:
            continue
        atas = sasaran.indikator[n - 1] if n > 0 else None
        tetap = [
            k
            for k in lama.gabung
            if k in KOLOM_GABUNG and atas is not None and getattr(atas, k) == getattr(lama, k)
        ]
        if tetap != lama.gabung:
            baru = copy.deepcopy(lama)
            baru.gabung = tetap
            out.append((lama, baru))
    return out
