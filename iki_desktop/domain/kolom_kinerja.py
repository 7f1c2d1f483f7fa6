"""Table columns of the yearly-cycle fields: keys, headings, reading and writing text.

`target`, `baseline` and `target_tw1..4` may be columns of the IKU/IKI tables (a
Dokumen shows or hides them through its kolom_iku/kolom_iki); `realisasi_tw1..4` are
columns of the Excel sheet of targets and of the realisasi view only.
"""

from __future__ import annotations

from iki_desktop.domain.kinerja import JUMLAH_TW, NAMA_TW
from iki_desktop.domain.model import Indikator, Kolom

KUNCI_TARGET_TW = tuple(f"target_tw{n}" for n in range(1, JUMLAH_TW + 1))
KUNCI_REALISASI = tuple(f"realisasi_tw{n}" for n in range(1, JUMLAH_TW + 1))
KUNCI_KINERJA = ("target", "baseline", *KUNCI_TARGET_TW, *KUNCI_REALISASI)

LABEL = {
    "target": "target",
    "baseline": "baseline",
    **{k: f"target {t}" for k, t in zip(KUNCI_TARGET_TW, NAMA_TW, strict=True)},
    **{k: f"realisasi {t}" for k, t in zip(KUNCI_REALISASI, NAMA_TW, strict=True)},
}


def kolom_target() -> list[Kolom]:
    """The columns a Dokumen adds to its tables to show targets (satuan included)."""
    return [
        Kolom("satuan", "SATUAN"),
        Kolom("target", "TARGET"),
        *(Kolom(k, f"TARGET {t}") for k, t in zip(KUNCI_TARGET_TW, NAMA_TW, strict=True)),
    ]


def dengan_target(kolom: list[Kolom], tampil: bool) -> list[Kolom]:
    """The table's columns with the target columns shown (appended) or hidden.

    Hiding also removes a SATUAN column standing right before TARGET (it came with
    them); a SATUAN placed elsewhere was chosen on its own and stays.
    """
    kunci = [k.kunci for k in kolom]
    if tampil:
        return list(kolom) + [k for k in kolom_target() if k.kunci not in kunci]
    i = kunci.index("target") if "target" in kunci else -1
    hapus = {"target", *KUNCI_TARGET_TW}
    return [
        k
        for n, k in enumerate(kolom)
        if k.kunci not in hapus and not (n == i - 1 and k.kunci == "satuan")
    ]


def menampilkan_target(kolom: list[Kolom]) -> bool:
    return any(k.kunci == "target" for k in kolom)


def _tw(kunci: str) -> int:
    return int(kunci[-1]) - 1


def nilai_kolom(ind: Indikator, kunci: str) -> str | None:
    """Text of a yearly-cycle column, or None for a key that is not one."""
    k = ind.kinerja
    if kunci == "target":
        return k.target
    if kunci == "baseline":
        return k.baseline
    if kunci in KUNCI_TARGET_TW:
        return k.target_tw[_tw(kunci)]
    if kunci in KUNCI_REALISASI:
        return ind.realisasi[_tw(kunci)]
    return None


def atur_kolom(ind: Indikator, kunci: str, teks: str) -> bool:
    """Write a typed value into the indikator; False for a key that is not ours."""
    teks = teks.strip()
    if kunci == "target":
        ind.kinerja.target = teks
    elif kunci == "baseline":
        ind.kinerja.baseline = teks
    elif kunci in KUNCI_TARGET_TW:
        ind.kinerja.target_tw[_tw(kunci)] = teks
    elif kunci in KUNCI_REALISASI:
        ind.realisasi[_tw(kunci)] = teks
    else:
        return False
    return True
