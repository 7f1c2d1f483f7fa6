"""Check rules of the targets (Pemeriksaan), used by domain.pemeriksaan per indikator.

The satuan/target completeness checks apply once a Dokumen uses targets (any
indicator has one, or a table shows a target column): an IKU/IKI set made only to
be enacted, without targets, is not flooded with warnings.
"""

from __future__ import annotations

import re

from iki_desktop.domain.formula import formula_ke_teks
from iki_desktop.domain.kinerja import baca_angka, format_angka
from iki_desktop.domain.model import Dokumen, Indikator

# Words that make a target unmeasurable or unreachable ("semua desa", "selalu tepat").
_MUTLAK = re.compile(
    r"\b(semua|semuanya|selalu|seluruh|seluruhnya|setiap saat|tanpa kecuali)\b", re.I
)
# A number glued to a formula: "A/B x 100% = 100" (the target typed into the formula).
_SAMA_DENGAN_ANGKA = re.compile(r"=\s*[+-]?\d")
_PERSENTASE = re.compile(r"^\s*(persentase|prosentase|presentase)\b", re.I)
_SATUAN_PERSEN = {"%", "persen", "(%)", "persentase"}


def memakai_target(dok: Dokumen) -> bool:
    kolom = [k.kunci for k in dok.kolom_iku + dok.kolom_iki]
    if any(k.startswith("target") for k in kolom):
        return True
    semua = dok.iku + [s for j in dok.jabatan for s in j.sasaran]
    return any(not i.kinerja.kosong for s in semua for i in s.indikator)


def periksa_target(ind: Indikator, lengkap: bool) -> list[str]:
    """Warnings about one indikator's satuan, targets and formula (texts after its name)."""
    out: list[str] = []
    k = ind.kinerja
    if lengkap and not ind.satuan.strip():
        out.append("belum memiliki satuan.")
    if lengkap and not k.target.strip():
        out.append("belum memiliki target.")
    satuan = ind.satuan.strip()
    if _PERSENTASE.match(ind.teks) and satuan and satuan.casefold() not in _SATUAN_PERSEN:
        out.append(f"berupa persentase, tetapi satuannya '{ind.satuan.strip()}', bukan %.")
    target = baca_angka(k.target)
    tw = [baca_angka(t) for t in k.target_tw if t.strip()]
    if k.kumulatif and target is not None and tw and all(t is not None for t in tw):
        jumlah = sum(t for t in tw if t is not None)
        if jumlah < target:
            out.append(
                f"jumlah target triwulan ({format_angka(jumlah)}) belum mencapai target "
                f"tahunan ({format_angka(target)})."
            )
    for nama, teks in (("target", k.target), *((f"target {n}", t) for n, t in _tw(k.target_tw))):
        kata = _MUTLAK.search(teks)
        if kata:
            out.append(f"{nama} memuat kata mutlak '{kata.group(0)}'; target harus terukur.")
    if _SAMA_DENGAN_ANGKA.search(formula_ke_teks(ind.formula)):
        out.append("formulanya masih memuat '= angka'; pindahkan angka itu ke kolom target.")
    return out


def _tw(nilai: list[str]) -> list[tuple[str, str]]:
    return [(f"TW {r}", t) for r, t in zip(("I", "II", "III", "IV"), nilai, strict=False)]
