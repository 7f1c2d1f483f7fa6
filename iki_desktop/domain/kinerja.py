"""Targets, Perjanjian Kinerja, Rencana Aksi and capaian: the office's yearly cycle.

An indikator of a Dokumen (one year) carries `Kinerja`: the year's target (a number
written with a decimal comma such as "97,5", or a text such as "WTP" or "Tersedia"),
an optional baseline, the direction (higher or lower is better), whether its
triwulan values add up (kumulatif) and the four triwulan targets with the actions of
the Rencana Aksi. Its realisasi per triwulan is kept apart (`Indikator.realisasi`)
because it is written during the year, also after the Dokumen was enacted.

Kumulatif means the triwulan values are amounts of that quarter that add up to the
year (documents served, meetings held): the year-to-date value is their sum. A
non-cumulative indicator (a percentage, an index, a status) is measured anew each
quarter: the year-to-date value is the latest one filled in.

Capaian = realisasi / target x 100 for higher-is-better; for lower-is-better it is
(2 x target - realisasi) / target x 100 (the form used in LKjIP when the realisasi may
be zero), never below zero. A text target is reached (100 %) when the realisasi
says the same text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from iki_desktop.domain.teks import kunci_banding

JUMLAH_TW = 4
NAMA_TW = ("TW I", "TW II", "TW III", "TW IV")
# Table column keys of the targets (domain.kolom_kinerja reads and writes them).
KUNCI_KOLOM_TARGET = ("target", "baseline", "target_tw1", "target_tw2", "target_tw3", "target_tw4")


class Arah(StrEnum):
    NAIK = "naik"  # higher is better
    TURUN = "turun"  # lower is better

    @property
    def label(self) -> str:
        return "Makin tinggi makin baik" if self is Arah.NAIK else "Makin rendah makin baik"


def _empat() -> list[str]:
    return [""] * JUMLAH_TW


@dataclass
class Kinerja:
    """The year's targets of one indikator (part of the enacted content)."""

    target: str = ""
    baseline: str = ""
    arah: Arah = Arah.NAIK
    kumulatif: bool = False
    target_tw: list[str] = field(default_factory=_empat)
    aksi: str = ""  # Rencana Aksi: what is done to reach the target

    @property
    def kosong(self) -> bool:
        return self == Kinerja()


@dataclass
class ProgramPk:
    """A program/kegiatan row of a PK lampiran with its budget in rupiah."""

    teks: str = ""
    anggaran: int | None = None
    keterangan: str = ""
    jabatan_id: str | None = None  # None: the head of office's PK (the IKU)


@dataclass
class PerjanjianKinerja:
    """Per Dokumen: what the PKs of that year need besides the indicators.

    The pihak kedua of the head of office is the kepala daerah (Bupati/Walikota):
    the title comes from the Instansi, the name from here. A struktural jabatan signs
    with its atasan in the jabatan tree.
    """

    tempat: str = ""
    tanggal: dt.date | None = None
    nama_kepala_daerah: str = ""
    program: list[ProgramPk] = field(default_factory=list)

    @property
    def kosong(self) -> bool:
        return self == PerjanjianKinerja()

    def program_untuk(self, jabatan_id: str | None) -> list[ProgramPk]:
        return [p for p in self.program if p.jabatan_id == jabatan_id]


@dataclass
class TingkatPredikat:
    """A capaian of at least `minimum` percent earns `label`."""

    minimum: float
    label: str


# Permendagri 86/2017 (evaluation of the RKPD) scale; kabupaten may set their own.
SKALA_BAWAAN: tuple[TingkatPredikat, ...] = (  # copy before changing an item
    TingkatPredikat(91.0, "Sangat Tinggi"),
    TingkatPredikat(76.0, "Tinggi"),
    TingkatPredikat(66.0, "Sedang"),
    TingkatPredikat(51.0, "Rendah"),
    TingkatPredikat(0.0, "Sangat Rendah"),
)


# ------------------------------------------------------------------ numbers

_ANGKA = re.compile(r"^[+-]?\d[\d.,]*$")


def baca_angka(teks: str) -> float | None:
    """'97,5' -> 97.5, '1.234,5' -> 1234.5, '100 %' -> 100.0; a text target -> None."""
    t = teks.strip().replace("\u00a0", " ")
    t = re.sub(r"\s*%$", "", t).replace(" ", "")
    if not t or not _ANGKA.match(t):
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")  # thousands dots: "1.250"
    try:
        return float(t)
    except ValueError:
        return None


def format_angka(nilai: float, desimal: int = 2) -> str:
    """97.5 -> '97,5'; 1234.0 -> '1.234'; at most `desimal` decimals, no trailing zeros."""
    teks = f"{nilai:,.{desimal}f}"
    bulat, _, pecahan = teks.partition(".")
    pecahan = pecahan.rstrip("0")
    bulat = bulat.replace(",", ".")
    return f"{bulat},{pecahan}" if pecahan else bulat


def format_rupiah(nilai: int | None) -> str:
    return "" if nilai is None else "Rp " + format_angka(float(nilai), 0)


# ------------------------------------------------------------------ capaian


def _tw_terisi(nilai: list[str], sampai: int) -> list[str]:
    return [v for v in nilai[:sampai] if v.strip()]


def nilai_sampai(nilai: list[str], kumulatif: bool, sampai: int) -> str:
    """The year-to-date value of triwulan values up to triwulan `sampai` (1..4).

    Cumulative: the sum (only when every filled value is a number). Otherwise the
    latest value filled in. '' when none is filled.
    """
    terisi = _tw_terisi(nilai, sampai)
    if not terisi:
        return ""
    if not kumulatif:
        return terisi[-1].strip()
    angka = [baca_angka(v) for v in terisi]
    if any(a is None for a in angka):
        return terisi[-1].strip()
    return format_angka(sum(a for a in angka if a is not None))


def target_sampai(kinerja: Kinerja, triwulan: int | None) -> str:
    """The target a realisasi up to `triwulan` is measured against (None: the year)."""
    if triwulan is None or not any(t.strip() for t in kinerja.target_tw):
        return kinerja.target.strip()
    if kinerja.kumulatif:
        return nilai_sampai(kinerja.target_tw, True, triwulan)
    return kinerja.target_tw[triwulan - 1].strip() or kinerja.target.strip()


def realisasi_sampai(kinerja: Kinerja, realisasi: list[str], triwulan: int | None) -> str:
    return nilai_sampai(realisasi, kinerja.kumulatif, triwulan or JUMLAH_TW)


def hitung_capaian(target: str, realisasi: str, arah: Arah) -> float | None:
    """Capaian in percent, or None when it cannot be computed (see module docstring)."""
    if not target.strip() or not realisasi.strip():
        return None
    t, r = baca_angka(target), baca_angka(realisasi)
    if t is None or r is None:
        if t is None and r is None:
            return 100.0 if kunci_banding(target) == kunci_banding(realisasi) else 0.0
        return None
    if t == 0:
        return 100.0 if r == 0 else None
    if arah is Arah.TURUN:
        return max(0.0, (2 * t - r) / t * 100)
    return r / t * 100


def predikat(capaian: float | None, skala: Sequence[TingkatPredikat] = SKALA_BAWAAN) -> str:
    if capaian is None:
        return ""
    for tingkat in sorted(skala, key=lambda x: -x.minimum):
        if capaian >= tingkat.minimum:
            return tingkat.label
    return ""


def uraian_skala(skala: Sequence[TingkatPredikat] = SKALA_BAWAAN) -> list[tuple[str, str]]:
    """('capaian >= 91 %', 'Sangat Tinggi'), ('76 % <= capaian < 91 %', 'Tinggi'), ..."""
    urut = sorted(skala, key=lambda x: -x.minimum)
    out = []
    for n, t in enumerate(urut):
        bawah = format_angka(t.minimum)
        if n == 0:
            rentang = f"capaian \u2265 {bawah} %"
        elif t.minimum <= 0:
            rentang = f"capaian < {format_angka(urut[n - 1].minimum)} %"
        else:
            rentang = f"{bawah} % \u2264 capaian < {format_angka(urut[n - 1].minimum)} %"
        out.append((rentang, t.label))
    return out


@dataclass(frozen=True)
class BarisCapaian:
    """One computed row of the capaian table."""

    target: str
    realisasi: str
    capaian: float | None
    predikat: str
    realisasi_lalu: str = ""


def baris_capaian(
    kinerja: Kinerja,
    realisasi: list[str],
    triwulan: int | None,
    skala: Sequence[TingkatPredikat] = SKALA_BAWAAN,
    realisasi_lalu: str = "",
) -> BarisCapaian:
    target = target_sampai(kinerja, triwulan)
    nyata = realisasi_sampai(kinerja, realisasi, triwulan)
    nilai = hitung_capaian(target, nyata, kinerja.arah)
    return BarisCapaian(target, nyata, nilai, predikat(nilai, skala), realisasi_lalu)


def kunci_indikator(teks: str) -> str:
    """How an indikator is recognised in another year's Dokumen: its text, normalised."""
    return kunci_banding(teks)


def skala_bawaan() -> list[TingkatPredikat]:
    """A fresh copy of the default predikat scale."""
    return [TingkatPredikat(t.minimum, t.label) for t in SKALA_BAWAAN]


def skala_ke_teks(skala: Sequence[TingkatPredikat]) -> str:
    """'91 Sangat Tinggi; 76 Tinggi; ...' (how the Instansi editor shows the scale)."""
    return "; ".join(f"{format_angka(t.minimum)} {t.label}" for t in skala)


def skala_dari_teks(teks: str) -> list[TingkatPredikat]:
    """Read '91 Sangat Tinggi; 76 Tinggi; 0 Kurang'; ValueError with an Indonesian reason."""
    out = []
    for bagian in (b.strip() for b in teks.split(";")):
        if not bagian:
            continue
        angka, _, label = bagian.partition(" ")
        minimum = baca_angka(angka)
        if minimum is None or not label.strip():
            raise ValueError(
                f"'{bagian}' tidak terbaca; tulis batas bawah lalu predikatnya, "
                "mis. '91 Sangat Tinggi; 76 Tinggi; 0 Rendah'."
            )
        out.append(TingkatPredikat(minimum, " ".join(label.split())))
    if not out:
        raise ValueError("Skala predikat kosong.")
    return sorted(out, key=lambda t: -t.minimum)
