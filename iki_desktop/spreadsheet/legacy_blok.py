"""Common block form of legacy Word/Excel documents, and header-to-column mapping.

legacy_docx.py and legacy_xlsx.py turn a file into a flat list of blocks (paragraphs
and tables in reading order); legacy_parse.py reads the blocks. Columns are found by
the text of their header, never by position alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.model import GayaDaftar
from iki_desktop.spreadsheet.legacy_target import AKAR_JUDUL_TARGET, kunci_kinerja


@dataclass
class Paragraf:
    teks: str
    daftar: bool = False  # a Word list paragraph (auto-numbered: marker not in text)
    gaya: GayaDaftar | None = None


@dataclass
class SelLama:
    teks: str = ""
    teks_formula: str = ""  # same text, fractions rendered for teks_ke_formula
    lanjutan: bool = False  # continues a vertical merge from the row above
    paragraf: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.teks_formula:
            self.teks_formula = self.teks
        if not self.paragraf and self.teks:
            self.paragraf = [p for p in self.teks.split("\n") if p.strip()]


@dataclass
class TabelLama:
    baris: list[list[SelLama]] = field(default_factory=list)
    dilewati: int = 0  # rows past BATAS_BARIS_TABEL, counted but not read


BATAS_BARIS_TABEL = 5000


@dataclass
class PeringatanBaca:
    """Warnings from the reader itself (e.g. formula cells) for the preview."""

    peringatan: list[str] = field(default_factory=list)


Blok = Paragraf | TabelLama | PeringatanBaca


# ---------------------------------------------------------------- text helpers

_SPASI = re.compile(r"\s+")
_TANDA = re.compile(r"[^\w%]+")


def rapikan(teks: str) -> str:
    """Collapse whitespace (including line breaks) to single spaces."""
    return _SPASI.sub(" ", teks.replace("\u00a0", " ")).strip()


def normal(teks: str) -> str:
    """Lower case, punctuation to spaces, single spaces: for matching headings."""
    return _SPASI.sub(" ", _TANDA.sub(" ", teks.lower().replace("_", " "))).strip()


def rapat(teks: str) -> str:
    """Lower case letters and digits only: 'SasaranKegiatan' == 'Sasaran Kegiatan'."""
    return re.sub(r"[^a-z0-9]", "", teks.lower())


PENANDA_DAFTAR = re.compile(
    r"^\s*(?:(?P<huruf>[a-zA-Z]|[a-z]{2})[.)]\s+|(?P<angka>\d{1,2})[.)]\s+"
    r"|\((?P<kurung>\w{1,2})\)\s+|(?P<poin>[•\-–—*·▪●◦■□➢✓])\s*)"
)


def lepas_penanda(teks: str) -> tuple[str, GayaDaftar | None]:
    """('text', gaya) with a leading 'a.', '1.', '(a)' or bullet removed."""
    m = PENANDA_DAFTAR.match(teks)
    if not m:
        return teks.strip(), None
    if m.group("huruf"):
        gaya = GayaDaftar.HURUF
    elif m.group("angka") or m.group("kurung"):
        gaya = GayaDaftar.ANGKA
    else:
        gaya = GayaDaftar.POIN
    return teks[m.end() :].strip(), gaya


def ada_penanda(teks: str) -> bool:
    return PENANDA_DAFTAR.match(teks) is not None


# ---------------------------------------------------------------- column mapping

KOLOM_CASCADING = (
    "misi",
    "tujuan_rpjmd",
    "sasaran_rpjmd",
    "tujuan_pd",
    "sasaran_pd",
    "indikator_pd",
)
_PD = ("skpd", "opd", "pd", "perangkat", "renstra", "kecamatan", "kelurahan")


_AKAR_JUDUL = (
    "sasaran",
    "strategis",
    "kinerja",
    "utama",
    "individu",
    "kegiatan",
    "program",
    "tujuan",
    "indikator",
    "penjelasan",
    "formula",
    "hitung",
    "rumus",
    "cara",
    "ukur",
    "definisi",
    "operasional",
    "sumber",
    "data",
    "penanggung",
    "jawab",
    "satuan",
    "target",
    "keterangan",
    "catatan",
    "nomor",
    "urut",
    "iku",
    "iki",
    "skpd",
    "opd",
    "misi",
    "rpjmd",
    "renstra",
    "perangkat",
    "daerah",
    "uraian",
    "jabatan",
)


def mirip_judul(teks: str) -> bool:
    """Short text made of heading words only: 'PENJELASAN/FORMULASI PERHITUNGAN', 'No'."""
    kata = normal(teks).split()
    if not kata or len(kata) > 8:
        return False
    akar = _AKAR_JUDUL + AKAR_JUDUL_TARGET
    return all(k.isdigit() or len(k) <= 2 or any(a in k for a in akar) for k in kata)


def kunci_kepala(teks: str) -> str | None:
    """The field key a table header cell names, by keyword scoring; None if unknown."""
    r = rapat(teks)
    if not r or not mirip_judul(teks):
        return None
    if r in ("no", "nomor", "nourut", "no1") or re.fullmatch(r"no\d?", r):
        return "no"
    if "penanggung" in r or r in ("pj", "pic") or "jawab" in r:
        return "penanggung_jawab"
    if "sumber" in r:
        return "sumber_data"
    if any(
        k in r
        for k in (
            "formula",
            "penjelasan",
            "perhitungan",
            "penghitungan",
            "rumus",
            "carapengukuran",
            "definisi",
        )
    ):
        return "formula"
    if "indikator" in r:
        return "indikator"
    if r.startswith("satuan"):
        return "satuan"
    tahunan = kunci_kinerja(normal(teks))
    if tahunan:
        return tahunan
    if any(k in r for k in ("sasaran", "kinerja", "tujuan", "program", "kegiatan")):
        return "sasaran"
    if any(k in r for k in ("keterangan", "catatan", "target", "ket")):
        return "catatan"
    return None


def petakan_kepala(teks: list[str]) -> dict[int, str] | None:
    """Map column index -> field key when `teks` is an indicator table header row."""
    peta: dict[int, str] = {}
    for i, t in enumerate(teks):
        k = kunci_kepala(t) if t.strip() else None
        if k and k not in peta.values():
            peta[i] = k
        elif k:
            peta[i] = "catatan"
    kunci = set(peta.values())
    if "indikator" not in kunci or len(kunci - {"no", "catatan"}) < 2:
        return None
    return peta


def kunci_cascading(teks: str) -> str | None:
    r = rapat(teks)
    n = normal(teks).split()
    if not r or len(n) > 8 or ":" in teks:
        return None
    if r.startswith("misi"):
        return "misi"
    if "indikator" in r:
        return "indikator_pd"
    untuk_pd = any(w in n for w in _PD)
    if "tujuan" in r:
        return "tujuan_pd" if untuk_pd else "tujuan_rpjmd"
    if "sasaran" in r:
        return "sasaran_pd" if untuk_pd else "sasaran_rpjmd"
    return None


def petakan_cascading(teks: list[str]) -> dict[int, str] | None:
    peta: dict[int, str] = {}
    for i, t in enumerate(teks):
        k = kunci_cascading(t)
        if k and k not in peta.values():
            peta[i] = k
    kunci = set(peta.values())
    if "misi" in kunci or {"tujuan_rpjmd", "sasaran_rpjmd"} & kunci and len(kunci) >= 3:
        return peta
    return None


def baris_penomoran(teks: list[str]) -> bool:
    """'(1) (2) (3) …' or '1 2 3 4' under a header."""
    isi = [t.strip() for t in teks if t.strip()]
    return len(isi) >= 2 and all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in isi)
