"""The pohon kinerja (performance tree) of a Dokumen, built from the cascading links.

The roots are the IKU sasaran; under each sasaran stand the sasaran that support it
(directly or through one of its indikator), level by level down to the pelaksana. A
jabatan sasaran without an upward link becomes a root of its own, marked `tertaut =
False`, so nothing is hidden. The window's tree view, the diagram print
(printing/pohon.py) and the Matriks Penjenjangan Kinerja (printing/matriks.py) all
read this one structure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from iki_desktop.domain.model import Dokumen, Jabatan, Sasaran
from iki_desktop.domain.tautan import Titik, kepala, tautan_vertikal


@dataclass
class Simpul:
    sasaran: Sasaran
    jabatan: Jabatan | None  # None: the IKU
    anak: list[Simpul] = field(default_factory=list)
    tertaut: bool = True  # False: a jabatan sasaran that supports nothing yet
    ke_indikator: int | None = None  # 1-based number of the parent's indikator it supports

    @property
    def pemilik(self) -> str:
        return "IKU" if self.jabatan is None else self.jabatan.nama

    def jumlah_daun(self) -> int:
        return max(1, sum(a.jumlah_daun() for a in self.anak))

    def kedalaman(self) -> int:
        return 1 + max((a.kedalaman() for a in self.anak), default=0)

    def semua(self) -> list[Simpul]:
        out = [self]
        for a in self.anak:
            out += a.semua()
        return out


def _target(dok: Dokumen, j: Jabatan, s: Sasaran) -> Titik | None:
    """What sasaran `s` supports: its own vertical link, else one of its indikator's."""
    titik = tautan_vertikal(dok, j, s.tautan)
    if titik is None:
        for i in s.indikator:
            titik = tautan_vertikal(dok, j, i.tautan)
            if titik is not None:
                break
    return titik


def pohon_kinerja(dok: Dokumen) -> list[Simpul]:
    """Roots in print order: the IKU sasaran, then every unlinked jabatan sasaran."""
    simpul: dict[str, Simpul] = {s.id: Simpul(s, None) for s in dok.iku}
    akar = list(simpul.values())
    tertunda: list[tuple[Simpul, Titik | None]] = []
    for j in dok.jabatan_urut():
        for s in j.sasaran:
            n = Simpul(s, j)
            simpul[s.id] = n
            tertunda.append((n, _target(dok, j, s)))
    for n, titik in tertunda:
        induk = simpul.get(titik.sasaran.id) if titik else None
        if induk is None or titik is None:
            n.tertaut = False
            akar.append(n)
            continue
        if titik.indikator is not None:
            n.ke_indikator = titik.sasaran.indikator.index(titik.indikator) + 1
        induk.anak.append(n)
    return akar


def tingkat(dok: Dokumen, jabatan: Jabatan | None) -> int:
    """Column of the Matriks Penjenjangan: 1 the head (and the IKU), 2 the units directly
    under the head (Sekretaris, Kasi, Lurah), 3 everything below (Subbag, pelaksana)."""
    if jabatan is None:
        return 1
    k = kepala(dok)
    if k is not None and jabatan.id == k.id:
        return 1
    if jabatan.parent_id is None or (k is not None and jabatan.parent_id == k.id):
        return 2
    return 3


def _rapat(teks: str) -> str:
    return "".join(teks.split()).casefold()


def sasaran_rpjmd(dok: Dokumen, sasaran: Sasaran) -> str:
    """The RPJMD sasaran an IKU sasaran serves, read from the alignment (cascading) table
    the office keeps or imported from its old document: the row whose Sasaran perangkat
    daerah names this sasaran (spaces and case ignored; "" when none does)."""
    kunci = _rapat(sasaran.teks)
    if not kunci:
        return ""
    for b in dok.cascading.baris:
        if kunci in _rapat(b.sasaran_pd) and b.sasaran_rpjmd.strip():
            return b.sasaran_rpjmd.strip()
    return ""
