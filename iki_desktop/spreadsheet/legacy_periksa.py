"""Structure checks on a parsed legacy document, so nothing imports silently wrong.

`periksa_struktur` groups a sasaran that a table repeats (rows apart) under its first
occurrence and returns the problems the preview must show prominently and ask about:
no jabatan in a document that has TUGAS/FUNGSI text, an IKU larger than any IKI, a
sasaran repeated in a table. `tanda_versi` recognises the headings that separate two
versions of one IKU ("SEBELUM/SESUDAH EVALUASI", "IKU LAMA/IKU BARU").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.formula import Formula, Pecahan, Teks
from iki_desktop.domain.model import Cascading, Jabatan, Sasaran
from iki_desktop.spreadsheet.legacy_blok import normal

_RE_VERSI = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:(?P<awal>sebelum)|(?P<akhir>sesudah|setelah|pasca))\s+(?:di\s*)?"
    r"evaluasi\b|^\W*iku\s+(?:(?P<lama>lama|awal|semula)|(?P<baru>baru|perubahan|revisi))\b",
    re.I,
)


@dataclass
class VersiIku:
    """An earlier version of the IKU found in the same document."""

    label: str
    iku: list[Sasaran] = field(default_factory=list)
    cascading: Cascading = field(default_factory=Cascading)


def tanda_versi(teks: str) -> str | None:
    """'SEBELUM EVALUASI DENGAN MENPAN' -> that heading; None for other text."""
    baris = teks.strip().split("\n", 1)[0]
    if len(baris) > 80 or not _RE_VERSI.match(baris):
        return None
    return " ".join(teks.replace("*", "").split())


def kelompokkan_sasaran(daftar: list[Sasaran]) -> int:
    """Merge a sasaran repeated further down into its first occurrence; how many merged."""
    pertama: dict[str, Sasaran] = {}
    sisa: list[Sasaran] = []
    gabung = 0
    for s in daftar:
        kunci = normal(s.teks)
        if kunci and kunci in pertama:
            pertama[kunci].indikator.extend(s.indikator)
            gabung += 1
            continue
        pertama.setdefault(kunci, s)
        sisa.append(s)
    daftar[:] = sisa
    return gabung


def periksa_struktur(iku: list[Sasaran], jabatan: list[Jabatan], ada_tugas: bool) -> list[str]:
    masalah: list[str] = []
    for pemilik, daftar in [("IKU", iku)] + [(j.nama, j.sasaran) for j in jabatan]:
        n = kelompokkan_sasaran(daftar)
        if n:
            masalah.append(
                f"{pemilik}: {n} baris sasaran berulang di tabel; indikatornya digabung di bawah "
                "sasaran yang sama. Periksa apakah memang satu sasaran."
            )
    if not jabatan and ada_tugas:
        masalah.append(
            "Dokumen memuat teks TUGAS/FUNGSI, tetapi tidak ada JABATAN yang dikenali: semua "
            "indikator masuk ke IKU. Kemungkinan susunan dokumen tidak terbaca dengan benar."
        )
    n_iku = sum(len(s.indikator) for s in iku)
    terbesar = max((j.jumlah_indikator for j in jabatan), default=0)
    if jabatan and n_iku > terbesar and n_iku > 5:
        masalah.append(
            f"IKU berisi {n_iku} indikator, lebih banyak dari IKI jabatan mana pun "
            f"(paling banyak {terbesar}). Mungkin indikator jabatan ikut masuk ke IKU."
        )
    return masalah


def target_terselip(formula: Formula) -> bool:
    """'A / B × 100 % = 100': a fraction followed by '= n' (a target glued to the formula)."""
    b = formula.bagian
    return any(
        isinstance(x, Pecahan)
        and isinstance(y, Teks)
        and re.fullmatch(r"=\s*\d[\d.,]*\s*%?", y.teks)
        for x, y in zip(b, b[1:], strict=False)
    )


def buang_iku_ganda(iku: list[Sasaran], peringatan: list[str]) -> list[Sasaran]:
    """Drop a verbatim copy of an IKU sasaran (same text, same indikator texts): nothing is
    lost, and the preview says so."""
    lihat: set[tuple[str, tuple[str, ...]]] = set()
    sisa = []
    for s in iku:
        kunci = (normal(s.teks), tuple(normal(i.teks) for i in s.indikator))
        if kunci in lihat:
            continue
        lihat.add(kunci)
        sisa.append(s)
    if len(sisa) < len(iku):
        peringatan.append(
            f"Tabel IKU memuat {len(iku) - len(sisa)} sasaran yang sama persis lebih dari "
            "sekali; salinan yang persis sama dilewati."
        )
    return sisa
