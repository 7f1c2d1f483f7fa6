"""Cascading links: which sasaran/indikator of an atasan (or of the IKU) a bawahan's
sasaran/indikator supports, and crosscutting links to other units.

A `Tautan` lives on the bawahan's Sasaran or Indikator and names the id of its target
in the same Dokumen. The vertical link of a jabatan goes to its atasan's sasaran or
indikator; a jabatan at the top (the head, or a unit directly under the head) links
to the IKU. A link to any other unit is crosscutting ("mendukung" or "bersama").
Ids are kept by revisions and remapped by copies (domain/salin.py), so a link always
names a record of its own Dokumen; one that no longer does is "yatim" (orphaned).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from iki_desktop.domain.model import Dokumen, Indikator, Jabatan, PeranTautan, Sasaran, Tautan
from iki_desktop.domain.teks import pendek


@dataclass(frozen=True)
class Titik:
    """A sasaran or indikator a link can point at, with where it lives."""

    sasaran: Sasaran
    jabatan: Jabatan | None  # None: the IKU
    indikator: Indikator | None = None

    @property
    def id(self) -> str:
        return self.indikator.id if self.indikator else self.sasaran.id

    @property
    def teks(self) -> str:
        return self.indikator.teks if self.indikator else self.sasaran.teks

    @property
    def pemilik(self) -> str:
        return "IKU" if self.jabatan is None else self.jabatan.nama

    @property
    def label(self) -> str:
        jenis = "Indikator" if self.indikator else "Sasaran"
        return f"{jenis} “{pendek(self.teks)}” ({self.pemilik})"


def pemilik_sasaran(dok: Dokumen) -> Iterator[tuple[Jabatan | None, Sasaran]]:
    """Every sasaran of the Dokumen with its jabatan (None for the IKU), IKU first."""
    for s in dok.iku:
        yield None, s
    for j in dok.jabatan_urut():
        for s in j.sasaran:
            yield j, s


def indeks_titik(dok: Dokumen) -> dict[str, Titik]:
    """Every possible link target of the Dokumen by id."""
    out: dict[str, Titik] = {}
    for j, s in pemilik_sasaran(dok):
        out[s.id] = Titik(s, j)
        for i in s.indikator:
            out[i.id] = Titik(s, j, i)
    return out


def _titik_dari(sasaran: list[Sasaran], jabatan: Jabatan | None) -> list[Titik]:
    out: list[Titik] = []
    for s in sasaran:
        out.append(Titik(s, jabatan))
        out.extend(Titik(s, jabatan, i) for i in s.indikator)
    return out


def kepala(dok: Dokumen) -> Jabatan | None:
    """The head's jabatan (Camat/Lurah): the only top-level jabatan when it has bawahan.
    None when the tree starts with several units (the head is not listed as a jabatan)."""
    akar = dok.anak(None)
    if len(akar) == 1 and dok.anak(akar[0].id):
        return akar[0]
    return None


def ke_iku(dok: Dokumen, jabatan: Jabatan) -> bool:
    """True when this jabatan's sasaran cascade from the IKU: a top-level jabatan (the
    head, or a unit when the head is not listed) or a unit directly under the head."""
    if jabatan.parent_id is None or dok.jabatan_by_id(jabatan.parent_id) is None:
        return True
    k = kepala(dok)
    return k is not None and jabatan.parent_id == k.id


def pilihan_atasan(dok: Dokumen, jabatan: Jabatan) -> list[Titik]:
    """What a sasaran/indikator of `jabatan` may support vertically: the atasan's sasaran
    and indikator, and the IKU for jabatan at the top or directly under the head."""
    out: list[Titik] = []
    if ke_iku(dok, jabatan):
        out.extend(_titik_dari(dok.iku, None))
    atasan = dok.jabatan_by_id(jabatan.parent_id) if jabatan.parent_id else None
    if atasan is not None:
        out.extend(_titik_dari(atasan.sasaran, atasan))
    return out


def pilihan_lintas(dok: Dokumen, jabatan: Jabatan) -> list[Titik]:
    """Crosscutting targets: sasaran/indikator of every other unit of the office."""
    dekat = {t.id for t in pilihan_atasan(dok, jabatan)}
    out: list[Titik] = []
    for j in dok.jabatan_urut():
        if j.id != jabatan.id:
            out.extend(t for t in _titik_dari(j.sasaran, j) if t.id not in dekat)
    return out


def tautan_vertikal(dok: Dokumen, jabatan: Jabatan, tautan: list[Tautan]) -> Titik | None:
    """The first "mendukung" link that points at an allowed upward target, if any."""
    boleh = {t.id: t for t in pilihan_atasan(dok, jabatan)}
    for t in tautan:
        if t.peran is PeranTautan.MENDUKUNG and t.ke in boleh:
            return boleh[t.ke]
    return None


def ganti_vertikal(
    dok: Dokumen, jabatan: Jabatan, tautan: list[Tautan], ke: str | None
) -> list[Tautan]:
    """`tautan` with its vertical link replaced by one to `ke` (or removed for None);
    crosscutting links are kept."""
    boleh = {t.id for t in pilihan_atasan(dok, jabatan)}
    sisa = [t for t in tautan if not (t.peran is PeranTautan.MENDUKUNG and t.ke in boleh)]
    return ([Tautan(ke)] if ke else []) + sisa


def tautan_tempel(dok: Dokumen, jabatan: Jabatan | None, tautan: list[Tautan]) -> list[Tautan]:
    """The links a copy keeps when pasted into `jabatan`'s table: those that still name
    an upward target of that jabatan, and shared ("bersama") links to a live record. A
    link to the source jabatan's atasan would be wrong here; the copy shows unlinked."""
    if jabatan is None:
        return []
    naik = {t.id for t in pilihan_atasan(dok, jabatan)}
    ada = indeks_titik(dok)
    return [t for t in tautan if t.ke in naik or (t.peran is PeranTautan.BERSAMA and t.ke in ada)]


def label_tautan(dok: Dokumen, tautan: list[Tautan], indeks: dict[str, Titik] | None = None) -> str:
    """'Mendukung Sasaran “…” (Camat); Bersama Sasaran “…” (Kasi …)' for one record."""
    indeks = indeks if indeks is not None else indeks_titik(dok)
    bagian = []
    for t in tautan:
        titik = indeks.get(t.ke)
        sasaran = titik.label if titik else "sasaran/indikator yang sudah tidak ada"
        bagian.append(f"{t.peran.label} {sasaran}")
    return "; ".join(bagian)


def semua_pemilik_tautan(
    dok: Dokumen,
) -> Iterator[tuple[Jabatan | None, Sasaran, Sasaran | Indikator]]:
    """(jabatan, sasaran, record) for every sasaran and indikator that can carry links."""
    for j, s in pemilik_sasaran(dok):
        yield j, s, s
        for i in s.indikator:
            yield j, s, i


def pendukung(dok: Dokumen, ids: set[str]) -> list[tuple[Jabatan | None, Sasaran | Indikator]]:
    """The records whose links point at any of `ids` (what a delete would cut off)."""
    return [
        (j, r)
        for j, _s, r in semua_pemilik_tautan(dok)
        if r.id not in ids and any(t.ke in ids for t in r.tautan)
    ]


def ganti_id_tautan(dok: Dokumen, peta: dict[str, str]) -> None:
    """Point every link at its target's new id after a copy gave records new ids."""
    for _j, _s, rekaman in semua_pemilik_tautan(dok):
        rekaman.tautan = [Tautan(peta.get(t.ke, t.ke), t.peran) for t in rekaman.tautan]


def pesan_yatim(dok: Dokumen) -> list[str]:
    """One warning per record whose link points at nothing in this Dokumen (kept as it
    is: the Pemeriksaan shows it until the operator picks again)."""
    indeks = indeks_titik(dok)
    pesan: list[str] = []
    for j, _s, rekaman in semua_pemilik_tautan(dok):
        if any(t.ke not in indeks or t.ke == rekaman.id for t in rekaman.tautan):
            jenis = "Indikator" if isinstance(rekaman, Indikator) else "Sasaran"
            tempat = "IKU" if j is None else j.nama
            pesan.append(
                f"{tempat}: {jenis} “{pendek(rekaman.teks)}” mendukung sasaran yang tidak ada "
                "di dokumen ini; pilih ulang yang didukung."
            )
    return pesan


def alamat_rekaman(dok: Dokumen) -> dict[str, list[int]]:
    """Id -> printed position [jabatan index (-1 = IKU), sasaran, (indikator)] for hashing
    links by what they point at rather than by record ids."""
    out: dict[str, list[int]] = {}
    kelompok: list[list[Sasaran]] = [dok.iku] + [j.sasaran for j in dok.jabatan_urut()]
    for ji, daftar in enumerate(kelompok, start=-1):
        for si, s in enumerate(daftar):
            out[s.id] = [ji, si]
            for ii, i in enumerate(s.indikator):
                out[i.id] = [ji, si, ii]
    return out
