"""The IKU/IKI domain: plain dataclasses, no Qt and no SQL.

A `Dokumen` is one IKU/IKI set for one year with its Keputusan. It holds the IKU
(sasaran strategis -> indikator) and a flat list of `Jabatan` that form a tree
through `parent_id`/`urutan`; every jabatan has its own IKI sasaran -> indikator.
Keeping the tree flat makes the store, the merge and the UI models simple; the
helpers at the bottom give the tree view.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from iki_desktop.domain import kinerja as kn
from iki_desktop.domain.formula import Formula
from iki_desktop.domain.rumusan import RumusanTempat


def new_id() -> str:
    return str(uuid.uuid4())


class JenisInstansi(StrEnum):
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def kepala(self) -> str:
        """Title of the head of this kind of office."""
        return "Camat" if self is JenisInstansi.KECAMATAN else "Lurah"


class JenisDaerah(StrEnum):
    KABUPATEN = "kabupaten"
    KOTA = "kota"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def kepala_daerah(self) -> str:
        return "Bupati" if self is JenisDaerah.KABUPATEN else "Walikota"


class Kertas(StrEnum):
    F4 = "F4"
    A4 = "A4"

    @property
    def ukuran_mm(self) -> tuple[float, float]:
        return (215.0, 330.0) if self is Kertas.F4 else (210.0, 297.0)


class Huruf(StrEnum):
    """Body font families offered for printing (bundled metric-compatible TTFs)."""

    ARIAL = "arial"
    BOOKMAN = "bookman"

    @property
    def label(self) -> str:
        return "Arial" if self is Huruf.ARIAL else "Bookman Old Style"


class Orientasi(StrEnum):
    TEGAK = "tegak"
    MENDATAR = "mendatar"


class StatusDokumen(StrEnum):
    DRAF = "draf"
    DITETAPKAN = "ditetapkan"

    @property
    def label(self) -> str:
        return "Draf" if self is StatusDokumen.DRAF else "Ditetapkan"


class JenisJabatan(StrEnum):
    STRUKTURAL = "struktural"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class GayaDaftar(StrEnum):
    """How a list of tugas/fungsi items is numbered in print."""

    HURUF = "huruf"  # a. b. c.
    ANGKA = "angka"  # 1. 2. 3.
    POIN = "poin"  # bullets

    @property
    def label(self) -> str:
        return {"huruf": "a. b. c.", "angka": "1. 2. 3.", "poin": "• • •"}[self.value]


class AwalanTtd(StrEnum):
    """Prefix of the signature jabatan line when the head does not sign himself."""

    TIDAK_ADA = ""
    AN = "a.n."
    PLT = "Plt."
    PLH = "Plh."


@dataclass
class PengaturanCetak:
    """Tata Naskah Dinas settings; they differ per kabupaten, so they are data."""

    kertas: Kertas = Kertas.F4
    huruf: Huruf = Huruf.ARIAL
    ukuran_huruf: float = 11.0
    margin_atas_mm: float = 20.0
    margin_bawah_mm: float = 20.0
    margin_kiri_mm: float = 25.0
    margin_kanan_mm: float = 20.0
    orientasi_tabel: Orientasi = Orientasi.TEGAK
    jabatan_halaman_baru: bool = True
    ttd_setelah_iku: bool = False
    ttd_akhir_lampiran: bool = True
    skala_predikat: list[kn.TingkatPredikat] = field(default_factory=kn.skala_bawaan)


@dataclass
class Instansi:
    nama: str = ""  # "Wonoasih" (without the word Kecamatan)
    jenis: JenisInstansi = JenisInstansi.KECAMATAN
    jenis_daerah: JenisDaerah = JenisDaerah.KABUPATEN
    nama_daerah: str = ""  # "Probolinggo"
    alamat: list[str] = field(default_factory=list)
    telepon: str = ""
    faks: str = ""
    laman: str = ""
    email: str = ""
    kode_pos: str = ""
    kecamatan_induk: str = ""  # for a kelurahan: the kecamatan it belongs to
    lambang: bytes | None = None  # PNG/JPEG bytes supplied by the office
    pengaturan: PengaturanCetak = field(default_factory=PengaturanCetak)
    id: str = field(default_factory=new_id)

    @property
    def nama_lengkap(self) -> str:
        """'Kecamatan Wonoasih'."""
        return f"{self.jenis.label} {self.nama}".strip()

    @property
    def pemerintah(self) -> str:
        """'Pemerintah Kota Probolinggo'."""
        return f"Pemerintah {self.jenis_daerah.label} {self.nama_daerah}".strip()

    @property
    def daerah(self) -> str:
        """'Kota Probolinggo'."""
        return f"{self.jenis_daerah.label} {self.nama_daerah}".strip()

    @property
    def kepala(self) -> str:
        """'Camat Wonoasih'."""
        return f"{self.jenis.kepala} {self.nama}".strip()


@dataclass
class Pejabat:
    nama: str = ""
    pangkat: str = ""  # "Pembina Tingkat I (IV/b)"
    nip: str = ""  # digits only; see domain.nip

    @property
    def kosong(self) -> bool:
        return not (self.nama or self.pangkat or self.nip)


@dataclass
class Penandatangan:
    awalan: AwalanTtd = AwalanTtd.TIDAK_ADA
    jabatan: str = ""  # "Camat Wonoasih Kota Probolinggo"
    atas_nama: str = ""  # for a.n.: the line under the prefix, e.g. "Sekretaris Kecamatan"
    pejabat: Pejabat = field(default_factory=Pejabat)


@dataclass
class Diktum:
    """One KESATU/KEDUA... clause; `butir` are its lettered sub-items."""

    teks: str = ""
    butir: list[str] = field(default_factory=list)


@dataclass
class Keputusan:
    nomor: str = ""
    tentang: str = ""
    menimbang: list[str] = field(default_factory=list)
    mengingat: list[str] = field(default_factory=list)
    diktum: list[Diktum] = field(default_factory=list)
    tempat: str = ""
    tanggal: dt.date | None = None
    penandatangan: Penandatangan = field(default_factory=Penandatangan)

    @property
    def kosong(self) -> bool:
        """No decree to print: no number, subject, considerations or clauses."""
        return not (
            self.nomor.strip()
            or self.tentang.strip()
            or any(x.strip() for x in self.menimbang + self.mengingat)
            or any(d.teks.strip() or d.butir for d in self.diktum)
        )


# Columns whose value may be shared by consecutive indicators of one sasaran and
# printed as one merged cell (a Sumber Data or Penanggung Jawab over several rows).
KOLOM_GABUNG = ("satuan", "sumber_data", "penanggung_jawab", "catatan")


class BentukDokumen(StrEnum):
    """How a Dokumen is printed (the shapes real offices use)."""

    KEPUTUSAN = "keputusan"  # Keputusan Camat with the IKU/IKI as its Lampiran
    TTD_AKHIR = "ttd_akhir"  # IKU/IKI signed at the end, with place and date
    BUKU = "buku"  # booklet: cover, Visi/Misi/Tujuan, Tugas, cascading, IKU, IKI
    TANPA_TTD = "tanpa_ttd"  # unsigned working copy

    @property
    def label(self) -> str:
        return {
            "keputusan": "Keputusan + Lampiran",
            "ttd_akhir": "Ditandatangani di akhir",
            "buku": "Buku",
            "tanpa_ttd": "Tanpa tanda tangan",
        }[self.value]


@dataclass
class Bentuk:
    """The print shape of a Dokumen and what only some shapes print.

    tempat/tanggal/penandatangan: the closing signature of "ditandatangani di akhir"
    and "buku" ("Sukamaju, 19 Januari 2019" / a.n. Bupati ... Camat ...); an empty
    penandatangan falls back to the Keputusan's. halaman_visi / halaman_tugas: the
    booklet's Visi/Misi/Tujuan page (from the cascading) and Tugas page (from the
    first jabatan, the head of the office).
    """

    jenis: BentukDokumen = BentukDokumen.KEPUTUSAN
    tempat: str = ""
    tanggal: dt.date | None = None
    penandatangan: Penandatangan = field(default_factory=Penandatangan)
    halaman_visi: bool = True
    halaman_tugas: bool = True
    rumusan: RumusanTempat = RumusanTempat.TEMPAT_TANGGAL  # wording of place and date


class PeranTautan(StrEnum):
    """How a sasaran/indikator relates to what it points at (see domain/tautan.py)."""

    MENDUKUNG = "mendukung"  # supports it: the cascade upward (or crosscutting support)
    BERSAMA = "bersama"  # shared with another unit (crosscutting, joint responsibility)

    @property
    def label(self) -> str:
        return "Mendukung" if self is PeranTautan.MENDUKUNG else "Bersama"


@dataclass
class Tautan:
    """A link from a bawahan's sasaran/indikator to the sasaran/indikator it serves.

    `ke` is the id of a sasaran or indikator of the same Dokumen: the atasan's, an IKU
    one for jabatan directly under the head, or another unit's (crosscutting).
    """

    ke: str
    peran: PeranTautan = PeranTautan.MENDUKUNG


@dataclass
class Indikator:
    teks: str = ""
    satuan: str = ""
    formula: Formula = field(default_factory=Formula)
    sumber_data: str = ""
    penanggung_jawab: str = ""
    catatan: str = ""
    id: str = field(default_factory=new_id)
    # Keys of KOLOM_GABUNG whose cell is merged with the indicator above: the value
    # is the one of the first indicator of the merged run (kept equal by
    # `samakan_gabungan`), so every indicator still holds its own full value.
    gabung: list[str] = field(default_factory=list)
    tautan: list[Tautan] = field(default_factory=list)
    # Targets of the year; realisasi per triwulan, editable after enactment (kinerja.py).
    kinerja: kn.Kinerja = field(default_factory=kn.Kinerja)
    realisasi: list[str] = field(default_factory=lambda: [""] * kn.JUMLAH_TW)


@dataclass
class Sasaran:
    """A sasaran strategis (IKU) or a kinerja/sasaran row group (IKI)."""

    teks: str = ""
    indikator: list[Indikator] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    tautan: list[Tautan] = field(default_factory=list)

    def samakan_gabungan(self) -> None:
        """Give every merged cell the value of the first cell of its run.

        A merge flag on the first indicator, or for an unknown column, is dropped.
        """
        for n, ind in enumerate(self.indikator):
            if not ind.gabung:
                continue
            if n == 0:
                ind.gabung = []
                continue
            ind.gabung = [k for k in KOLOM_GABUNG if k in ind.gabung]
            atas = self.indikator[n - 1]
            for kunci in ind.gabung:
                setattr(ind, kunci, getattr(atas, kunci))


@dataclass
class Jabatan:
    nama: str = ""
    unit_kerja: str = ""
    jenis: JenisJabatan = JenisJabatan.STRUKTURAL
    parent_id: str | None = None
    urutan: int = 0
    pemangku: Pejabat = field(default_factory=Pejabat)
    tugas: str = ""  # the running text after TUGAS :
    tugas_butir: list[str] = field(default_factory=list)  # when tugas is a list
    gaya_tugas: GayaDaftar = GayaDaftar.HURUF
    fungsi: list[str] = field(default_factory=list)
    gaya_fungsi: GayaDaftar = GayaDaftar.HURUF
    sasaran: list[Sasaran] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def jumlah_indikator(self) -> int:
        return sum(len(s.indikator) for s in self.sasaran)

    @property
    def judul(self) -> str:
        """The printed JABATAN line: 'Analis Kinerja pada Sub Bagian Tata Usaha ...'."""
        return f"{self.nama} pada {self.unit_kerja}" if self.unit_kerja else self.nama


@dataclass
class Kolom:
    """A column of a printed indicator table: a field key and its heading."""

    kunci: str
    judul: str


# Field keys a table column can show. "no" is the running number of the sasaran.
KOLOM_KUNCI = (
    "no",
    "sasaran",
    "indikator",
    "satuan",
    "formula",
    "sumber_data",
    "penanggung_jawab",
    "catatan",
    *kn.KUNCI_KOLOM_TARGET,  # hidden unless a Dokumen lists them
)


def kolom_iku_bawaan() -> list[Kolom]:
    return [
        Kolom("no", "NO"),
        Kolom("sasaran", "SASARAN STRATEGIS"),
        Kolom("indikator", "INDIKATOR KINERJA UTAMA"),
        Kolom("formula", "PENJELASAN/FORMULASI PERHITUNGAN"),
        Kolom("sumber_data", "SUMBER DATA"),
        Kolom("penanggung_jawab", "PENANGGUNG JAWAB"),
    ]


def kolom_iki_bawaan() -> list[Kolom]:
    return [
        Kolom("sasaran", "KINERJA"),
        Kolom("indikator", "INDIKATOR KINERJA"),
        Kolom("formula", "PENJELASAN/FORMULASI PERHITUNGAN"),
        Kolom("sumber_data", "SUMBER DATA"),
    ]


@dataclass
class BarisCascading:
    """One row of the alignment table RPJMD -> Renstra perangkat daerah -> IKU."""

    misi: str = ""
    tujuan_rpjmd: str = ""
    sasaran_rpjmd: str = ""
    tujuan_pd: str = ""
    sasaran_pd: str = ""
    indikator_pd: str = ""


@dataclass
class Cascading:
    judul: str = ""
    visi: str = ""
    baris: list[BarisCascading] = field(default_factory=list)

    @property
    def kosong(self) -> bool:
        return not (self.judul or self.visi or self.baris)


@dataclass
class Dokumen:
    tahun: int
    instansi_id: str = ""
    periode: str = ""  # e.g. "2025-2026" when the set covers more than one year
    judul: str = "Indikator Kinerja Utama dan Indikator Kinerja Individu"
    status: StatusDokumen = StatusDokumen.DRAF
    revisi: int = 0  # 0 = original, N = "Perubahan ke-N"
    pendahulu_id: str | None = None
    keputusan: Keputusan = field(default_factory=Keputusan)
    kolom_iku: list[Kolom] = field(default_factory=kolom_iku_bawaan)
    kolom_iki: list[Kolom] = field(default_factory=kolom_iki_bawaan)
    cascading: Cascading = field(default_factory=Cascading)
    iku: list[Sasaran] = field(default_factory=list)
    jabatan: list[Jabatan] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    # Legacy import sets `bentuk.jenis` to the shape it found in the Word file.
    bentuk: Bentuk = field(default_factory=Bentuk)
    pk: kn.PerjanjianKinerja = field(default_factory=kn.PerjanjianKinerja)

    @property
    def ditetapkan(self) -> bool:
        return self.status is StatusDokumen.DITETAPKAN

    @property
    def label(self) -> str:
        label = f"Tahun {self.periode or self.tahun}"
        if self.revisi:
            label += f" (Perubahan ke-{self.revisi})"
        return label

    def jabatan_by_id(self, jabatan_id: str) -> Jabatan | None:
        return next((j for j in self.jabatan if j.id == jabatan_id), None)

    def anak(self, parent_id: str | None) -> list[Jabatan]:
        """Children of a jabatan (or the roots for None), in print order."""
        return sorted((j for j in self.jabatan if j.parent_id == parent_id), key=lambda j: j.urutan)

    def jabatan_urut(self) -> list[Jabatan]:
        """All jabatan depth-first in tree order: the order of the printed IKI."""
        known = {j.id for j in self.jabatan}
        out: list[Jabatan] = []

        def walk(parent_id: str | None) -> None:
            for child in self.anak(parent_id):
                out.append(child)
                walk(child.id)

        walk(None)
        # Orphans (parent missing) would otherwise vanish from print: list them last.
        for j in self.jabatan:
            if j.parent_id is not None and j.parent_id not in known and j not in out:
                out.append(j)
                walk(j.id)
        return out

    def kedalaman(self, jabatan: Jabatan) -> int:
        depth = 0
        seen: set[str] = set()
        current = jabatan
        while current.parent_id and current.parent_id not in seen:
            seen.add(current.parent_id)
            parent = self.jabatan_by_id(current.parent_id)
            if parent is None:
                break
            depth += 1
            current = parent
        return depth

    def jumlah_indikator(self) -> int:
        return sum(len(s.indikator) for s in self.iku) + sum(
            j.jumlah_indikator for j in self.jabatan
        )
