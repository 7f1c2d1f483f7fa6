"""Target columns of legacy Word/Excel tables, and targets glued to a formula.

Headings read: TARGET, BASELINE / KONDISI AWAL, TARGET TW I–IV (also "TW 1", "TW.I",
"Triwulan I", "Target Triwulan 2"), REALISASI TW I–IV. A single REALISASI column is
the year's realisasi and goes to triwulan IV. The values go into the indikator's
target fields (domain.kolom_kinerja), not into its catatan.

"A / B × 100 % = 100": the number after '=' is a target typed into the formula; it is
moved into the target (with a warning) when the target is still empty or the same.
"""

from __future__ import annotations

import re

from iki_desktop.domain.formula import Formula, Pecahan, Teks
from iki_desktop.domain.kolom_kinerja import KUNCI_KINERJA, atur_kolom
from iki_desktop.domain.model import Indikator

_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TW = re.compile(r"\b(?:tw|trw|triwulan|tri wulan)\s*(iv|iii|ii|i|[1-4])\b")
_TERSELIP = re.compile(r"=\s*(\d[\d.,]*\s*%?)")
# Words a heading of these columns is made of (legacy_blok.mirip_judul).
AKAR_JUDUL_TARGET = (
    "tw",
    "trw",
    "triwulan",
    "wulan",
    "iii",
    "realisasi",
    "baseline",
    "kondisi",
    "awal",
)


def kunci_kinerja(normal: str) -> str | None:
    """The target field a normalised heading ('target tw i') names, or None."""
    realisasi = "realisasi" in normal
    m = _TW.search(normal)
    if m:
        tw = _ROMAWI[m.group(1)]
        return f"realisasi_tw{tw}" if realisasi else f"target_tw{tw}"
    if realisasi:
        return "realisasi_tw4"
    if normal.startswith("target"):
        return "target"
    if "baseline" in normal or "kondisi awal" in normal:
        return "baseline"
    return None


def isi_kinerja(ind: Indikator, isi: dict[str, str]) -> None:
    """Put the target columns of a legacy row into the indikator's fields."""
    for kunci, nilai in isi.items():
        if kunci in KUNCI_KINERJA and nilai.strip():
            atur_kolom(ind, kunci, " ".join(nilai.split()))


def pindahkan_target(ind: Indikator) -> str | None:
    """Move a '= n' glued after the fraction of a formula into the target.

    Returns the number moved, or None when there was none or the indikator already has
    another target (then the formula is left as it is).
    """
    bagian = ind.formula.bagian
    for n, (x, y) in enumerate(zip(bagian, bagian[1:], strict=False)):
        if not (isinstance(x, Pecahan) and isinstance(y, Teks)):
            continue
        m = _TERSELIP.fullmatch(y.teks.strip())
        if m is None:
            continue
        angka = " ".join(m.group(1).replace("%", "").split())
        if ind.kinerja.target and ind.kinerja.target != angka:
            return None
        ind.kinerja.target = angka
        ind.formula = Formula([*bagian[: n + 1], *bagian[n + 2 :]])
        return angka
    return None
