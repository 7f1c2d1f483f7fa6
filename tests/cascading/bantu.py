"""A sample Dokumen whose every sasaran is linked upward, for the cascading tests."""

from __future__ import annotations

from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran, Tautan
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.domain.tautan import pilihan_atasan
from iki_desktop.resources import load_contoh


def dok_bertaut(tahun: int = 2026) -> tuple[Instansi, Dokumen]:
    """The Wonoasih sample with an IKU and every sasaran linked to its atasan's first
    sasaran (or the first IKU sasaran), the first indikator linked to an indikator."""
    instansi, contoh = load_contoh()
    dok = salin_dokumen(contoh, tahun, instansi_id=instansi.id)
    dok.iku = [
        Sasaran("Meningkatnya kualitas pelayanan publik kecamatan", [Indikator("Nilai IKM")]),
        Sasaran("Meningkatnya akuntabilitas kinerja kecamatan", [Indikator("Nilai SAKIP")]),
    ]
    for j in dok.jabatan_urut():
        pilihan = pilihan_atasan(dok, j)
        sasaran = [t for t in pilihan if t.indikator is None]
        indikator = [t for t in pilihan if t.indikator is not None]
        for n, s in enumerate(j.sasaran):
            if sasaran:
                s.tautan = [Tautan(sasaran[n % len(sasaran)].id)]
            if s.indikator and indikator:
                s.indikator[0].tautan = [Tautan(indikator[0].id)]
    return instansi, dok


def semua_tautan(dok: Dokumen) -> list[tuple[str, str]]:
    """(text of the linking record, text of its target) for every link: id-free."""
    teks = {s.id: s.teks for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]}
    teks |= {
        i.id: i.teks
        for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]
        for i in s.indikator
    }
    out = []
    for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]:
        for r in [s, *s.indikator]:
            out += [(r.teks, teks.get(t.ke, "?")) for t in r.tautan]
    return sorted(out)
