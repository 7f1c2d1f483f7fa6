"""Pemeriksaan of the cascade (pohon kinerja): is every sasaran linked to what it
supports, is every IKU sasaran supported, do outcomes rest on more than outputs, and
does every link still point at something.

Returns the same `Masalah` records as domain/pemeriksaan.py. They are warnings (a
broken link is an error) and never block a Penetapan, so `periksa_dokumen` stays as
it is; the check panel and `iki-desktop periksa` add these after its findings.
"""

from __future__ import annotations

import re

from iki_desktop.domain.model import Dokumen, Indikator, Jabatan, PeranTautan, Sasaran
from iki_desktop.domain.pemeriksaan import GALAT, PERINGATAN, Masalah
from iki_desktop.domain.tautan import indeks_titik, pilihan_atasan
from iki_desktop.domain.teks import pendek

# Wording of an output (a count of things done or produced), as opposed to an outcome
# (a share, an index, a score: the result for the public).
_OUTPUT = re.compile(
    r"^\s*(jumlah|banyaknya|frekuensi|terlaksananya|tersusunnya|tersedianya|"
    r"terselenggaranya|dokumen|laporan)\b",
    re.I,
)
_SATUAN_OUTPUT = {"dokumen", "laporan", "kegiatan", "berkas", "kali", "paket", "surat", "buah"}


def indikator_output(ind: Indikator) -> bool:
    """True when the indicator counts outputs (documents, activities) rather than
    measuring an outcome."""
    return bool(_OUTPUT.match(ind.teks)) or ind.satuan.strip().lower() in _SATUAN_OUTPUT


def _tanpa_tautan(dok: Dokumen, j: Jabatan, indeks: set[str]) -> list[Masalah]:
    out: list[Masalah] = []
    boleh = {t.id for t in pilihan_atasan(dok, j)}
    for s in j.sasaran:
        naik = any(t.peran is PeranTautan.MENDUKUNG and t.ke in boleh for t in s.tautan)
        if not s.teks.strip() or naik:
            continue
        if any(t.ke in indeks for t in s.tautan):
            sebab = "hanya bertaut lintas unit, belum ke sasaran atasan"
        elif boleh:
            sebab = "belum mendukung sasaran atasan (belum ditautkan)"
        else:
            sebab = "belum dapat ditautkan: atasannya belum memiliki sasaran"
        out.append(
            Masalah(
                PERINGATAN,
                f"{j.nama}: sasaran '{pendek(s.teks, 60)}' {sebab}.",
                "jabatan",
                j.id,
                j.id,
            )
        )
    return out


def _didukung(dok: Dokumen) -> dict[str, list[tuple[Sasaran | Indikator, bool]]]:
    """Target id -> the records that support it (record, is it an indikator)."""
    out: dict[str, list[tuple[Sasaran | Indikator, bool]]] = {}
    for s in [s for j in dok.jabatan for s in j.sasaran]:
        pasangan: list[tuple[Sasaran | Indikator, bool]] = [(s, False)]
        pasangan += [(i, True) for i in s.indikator]
        for rekaman, adalah_ind in pasangan:
            for t in rekaman.tautan:
                if t.peran is PeranTautan.MENDUKUNG:
                    out.setdefault(t.ke, []).append((rekaman, adalah_ind))
    return out


def _iku_tanpa_pendukung(
    dok: Dokumen, didukung: dict[str, list[tuple[Sasaran | Indikator, bool]]]
) -> list[Masalah]:
    out: list[Masalah] = []
    if not dok.jabatan:
        return out
    for s in dok.iku:
        if not any(x in didukung for x in [s.id, *(i.id for i in s.indikator)]):
            out.append(
                Masalah(
                    PERINGATAN,
                    f"IKU: sasaran strategis '{pendek(s.teks, 60)}' belum didukung sasaran jabatan mana pun.",
                    "iku",
                    dok.id,
                )
            )
    return out


def _hanya_output(
    dok: Dokumen, didukung: dict[str, list[tuple[Sasaran | Indikator, bool]]]
) -> list[Masalah]:
    """An indikator whose supporters (indikator linked to it, and the indikator of the
    sasaran linked to it) are all counts of outputs."""
    out: list[Masalah] = []
    pemilik: list[tuple[Jabatan | None, Sasaran]] = [(None, s) for s in dok.iku] + [
        (j, s) for j in dok.jabatan_urut() for s in j.sasaran
    ]
    for j, s in pemilik:
        for ind in s.indikator:
            pendukung: list[Indikator] = []
            for rekaman, adalah_ind in didukung.get(ind.id, []):
                if adalah_ind:
                    pendukung.append(rekaman)  # type: ignore[arg-type]
                else:
                    pendukung.extend(rekaman.indikator)  # type: ignore[union-attr]
            if pendukung and all(indikator_output(p) for p in pendukung):
                nama = "IKU" if j is None else j.nama
                out.append(
                    Masalah(
                        PERINGATAN,
                        f"{nama}: indikator '{pendek(ind.teks, 60)}' hanya didukung indikator "
                        "keluaran (jumlah dokumen/kegiatan), belum oleh indikator hasil.",
                        "indikator",
                        ind.id,
                        j.id if j else None,
                    )
                )
    return out


def _yatim(dok: Dokumen) -> list[Masalah]:
    indeks = indeks_titik(dok)
    out: list[Masalah] = []
    for j in dok.jabatan_urut():
        for s in j.sasaran:
            semua: list[Sasaran | Indikator] = [s, *s.indikator]
            for rekaman in semua:
                if any(t.ke not in indeks for t in rekaman.tautan):
                    jenis = "indikator" if isinstance(rekaman, Indikator) else "sasaran"
                    out.append(
                        Masalah(
                            GALAT,
                            f"{j.nama}: {jenis} '{pendek(rekaman.teks, 60)}' mendukung sasaran "
                            "yang sudah tidak ada; pilih ulang yang didukung.",
                            "indikator" if isinstance(rekaman, Indikator) else "jabatan",
                            rekaman.id if isinstance(rekaman, Indikator) else j.id,
                            j.id,
                        )
                    )
    return out


def periksa_cascading(dok: Dokumen) -> list[Masalah]:
    """Problems of the cascade, in print order after the IKU findings."""
    didukung = _didukung(dok)
    indeks = set(indeks_titik(dok))
    out = _iku_tanpa_pendukung(dok, didukung)
    for j in dok.jabatan_urut():
        out += _tanpa_tautan(dok, j, indeks)
    return out + _hanya_output(dok, didukung) + _yatim(dok)
