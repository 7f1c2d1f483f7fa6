"""The rows of one sasaran group in an indicator table.

A sasaran, and a value shared by consecutive indicators (a merged Sumber Data or
Penanggung Jawab), read as one cell over several rows. reportlab cannot split a
SPAN across pages, so the look is drawn with rules: no rule inside a run. A text
taller than the first row of its run does not make that row tall beside empty
cells: it is cut into pieces that fill the run's rows one after the other, so a
long sasaran splits with its rows (and across pages with them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from iki_desktop.domain.model import KOLOM_GABUNG, Indikator, Kolom

PAD_X = 6.0  # left + right padding of a cell
PAD_Y = 5.5  # top + bottom padding of a cell
GROUP_KEYS = ("no", "sasaran")

Isi = Callable[[str, Indikator | None], list[Flowable]]


@dataclass
class Grup:
    """Cells of a group's rows and the runs (first row, last row) per column."""

    sel: list[list[list[Flowable]]]
    runs: list[list[tuple[int, int]]]


def _runs(kunci: str, rows: Sequence[Indikator | None]) -> list[tuple[int, int]]:
    if kunci in GROUP_KEYS:
        return [(0, len(rows) - 1)]
    out: list[tuple[int, int]] = []
    for i, ind in enumerate(rows):
        gabung = i > 0 and kunci in KOLOM_GABUNG and ind is not None and kunci in ind.gabung
        if gabung and out:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _tinggi(flows: list[Flowable], lebar: float) -> float:
    return sum(f.wrap(lebar, 1e6)[1] for f in flows)


def _bagi(
    flows: list[Flowable], lebar: float, tinggi: float
) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables that fill `tinggi`, and the rest (a paragraph may be cut)."""
    atas: list[Flowable] = []
    used = 0.0
    for i, f in enumerate(flows):
        h = f.wrap(lebar, 1e6)[1]
        if used + h <= tinggi + 0.01:
            atas.append(f)
            used += h
            continue
        parts = f.split(lebar, tinggi - used + 0.01) if tinggi - used > 0 else []
        if len(parts) == 2:
            return atas + [parts[0]], [parts[1], *flows[i + 1 :]]
        return atas, list(flows[i:])
    return atas, []


def susun_grup(
    kepala: list[Flowable],
    kolom: list[Kolom],
    widths: list[float],
    rows: Sequence[Indikator | None],
    isi: Isi,
    baris_min: float,
) -> Grup:
    """Cells of one group; `kepala` holds the flowables of the no/sasaran columns."""
    n = len(rows)
    runs = [_runs(k.kunci, rows) for k in kolom]
    sel: list[list[list[Flowable]]] = [[[] for _ in kolom] for _ in range(n)]
    kepala_iter = iter(kepala)
    for c, k in enumerate(kolom):
        for r0, _r1 in runs[c]:
            if k.kunci in GROUP_KEYS:
                flow = next(kepala_iter, None)
                sel[r0][c] = [flow] if flow is not None else []
            else:
                sel[r0][c] = isi(k.kunci, rows[r0])
    tinggi: dict[int, float] = {}

    def tinggi_baris(r: int) -> float:
        # Height of row r from its own (single-row) cells only.
        if r not in tinggi:
            h = baris_min
            for c in range(len(kolom)):
                if any(a == b == r for a, b in runs[c]):
                    h = max(h, _tinggi(sel[r][c], widths[c] - PAD_X))
            tinggi[r] = h
        return tinggi[r]

    def _cukup(r: int, perlu: float) -> bool:
        # Whether row r is already as tall as `perlu` from one of its own cells; the
        # widest columns first, so that usually one wrap answers.
        if r in tinggi:
            return tinggi[r] + 0.01 >= perlu
        for c in sorted(range(len(kolom)), key=lambda c: -widths[c]):
            tunggal = any(a == b == r for a, b in runs[c])
            if tunggal and _tinggi(sel[r][c], widths[c] - PAD_X) + 0.01 >= perlu:
                return True
        return False

    for c in range(len(kolom)):
        lebar = widths[c] - PAD_X
        for r0, r1 in runs[c]:
            if r1 == r0 or not sel[r0][c]:
                continue
            perlu = _tinggi(sel[r0][c], lebar)
            if perlu <= baris_min or _cukup(r0, perlu):
                continue
            anggaran = [tinggi_baris(r) for r in range(r0, r1 + 1)]
            # Taller than all its rows: they share the excess, none grows alone.
            lebih = max(0.0, perlu - sum(anggaran)) / len(anggaran)
            sisa = sel[r0][c]
            for r in range(r0, r1):
                sel[r][c], sisa = _bagi(sisa, lebar, anggaran[r - r0] + lebih)
                if not sisa:
                    break
            if sisa:
                sel[r1][c] = sisa
    return Grup(sel, runs)


def garis_grup(grup: Grup, awal: int, lebar_garis: float) -> list[tuple[object, ...]]:
    """LINEBELOW commands inside a group starting at table row `awal` (no rule in a run)."""
    n = len(grup.sel)
    # Per row, the columns that get a rule under it; neighbours join into one command.
    per_baris: dict[int, list[int]] = {}
    for c, runs in enumerate(grup.runs):
        for _r0, r1 in runs:
            if r1 < n - 1:
                per_baris.setdefault(r1, []).append(c)
    out: list[tuple[object, ...]] = []
    for r, cols in sorted(per_baris.items()):
        cols.sort()
        a = b = cols[0]
        for c in cols[1:]:
            if c != b + 1:
                out.append(("LINEBELOW", (a, awal + r), (b, awal + r), lebar_garis, "black"))
                a = c
            b = c
        out.append(("LINEBELOW", (a, awal + r), (b, awal + r), lebar_garis, "black"))
    return out
