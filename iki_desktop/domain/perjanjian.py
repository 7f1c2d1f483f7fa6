"""Who signs a Perjanjian Kinerja and what it covers (PermenPAN-RB 53/2014).

The head of office (Camat/Lurah) signs with the kepala daerah (Bupati/Walikota) over
the IKU and the program rows without a jabatan. A struktural jabatan signs with its
atasan in the jabatan tree over its own IKI; a root jabatan's atasan is the head of
office, who signs the Keputusan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iki_desktop.domain.kinerja import ProgramPk
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    JenisInstansi,
    Pejabat,
    Sasaran,
)

PERNYATAAN = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan "
    "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
JANJI_PERTAMA = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
    "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
    "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target "
    "kinerja tersebut menjadi tanggung jawab kami."
)
JANJI_KEDUA = (
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
    "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
    "dalam rangka pemberian penghargaan dan sanksi."
)


@dataclass
class Pihak:
    jabatan: str  # "Camat Wonoasih", "Bupati Probolinggo"
    pejabat: Pejabat = field(default_factory=Pejabat)


@dataclass
class Perjanjian:
    """One PK: its parties, the indicator groups of its lampiran and its programs."""

    pertama: Pihak
    kedua: Pihak
    sasaran: list[Sasaran]
    program: list[ProgramPk]
    unit: str  # the line under the title: "KECAMATAN WONOASIH" or the jabatan


def kepala_kantor(instansi: Instansi, dok: Dokumen) -> Pihak:
    """The head of office as signatory: the Keputusan's signer, or a root jabatan
    named like the head (Camat/Lurah) when the Keputusan has no name yet."""
    pejabat = dok.keputusan.penandatangan.pejabat
    if pejabat.kosong:
        kepala = instansi.jenis.kepala.casefold()
        akar = next((j for j in dok.anak(None) if j.nama.casefold().startswith(kepala)), None)
        if akar is not None:
            pejabat = akar.pemangku
    return Pihak(f"{instansi.kepala} {instansi.daerah}".strip(), pejabat)


def kepala_daerah(instansi: Instansi, dok: Dokumen) -> Pihak:
    if instansi.jenis is JenisInstansi.KELURAHAN and instansi.kecamatan_induk:
        # A Lurah signs with the Camat of the kecamatan it belongs to.
        return Pihak(f"Camat {instansi.kecamatan_induk}", Pejabat(dok.pk.nama_kepala_daerah))
    jabatan = f"{instansi.jenis_daerah.kepala_daerah} {instansi.nama_daerah}".strip()
    return Pihak(jabatan, Pejabat(dok.pk.nama_kepala_daerah))


def pk_kepala(instansi: Instansi, dok: Dokumen) -> Perjanjian:
    return Perjanjian(
        pertama=kepala_kantor(instansi, dok),
        kedua=kepala_daerah(instansi, dok),
        sasaran=dok.iku,
        program=dok.pk.program_untuk(None),
        unit=instansi.nama_lengkap.upper(),
    )


def pk_jabatan(instansi: Instansi, dok: Dokumen, jabatan: Jabatan) -> Perjanjian:
    atasan = dok.jabatan_by_id(jabatan.parent_id) if jabatan.parent_id else None
    kedua = Pihak(atasan.judul, atasan.pemangku) if atasan else kepala_kantor(instansi, dok)
    return Perjanjian(
        pertama=Pihak(jabatan.judul, jabatan.pemangku),
        kedua=kedua,
        sasaran=jabatan.sasaran,
        program=dok.pk.program_untuk(jabatan.id),
        unit=jabatan.judul.upper(),
    )


def daftar_indikator(sasaran: list[Sasaran]) -> list[tuple[Sasaran, Indikator]]:
    return [(s, i) for s in sasaran for i in s.indikator]
