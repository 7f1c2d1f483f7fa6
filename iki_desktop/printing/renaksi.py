"""The Rencana Aksi: each indicator's target split per triwulan, with the actions.

Columns as in the Rencana Aksi annex offices fill in: No | Sasaran | Indikator |
Satuan | Target | TW I | TW II | TW III | TW IV | Aksi | Penanggung Jawab, landscape,
signed by the head of office (or the jabatan's holder for a jabatan's plan).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from iki_desktop.domain.kinerja import NAMA_TW
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.perjanjian import Perjanjian
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.pk import tempat_tanggal
from iki_desktop.printing.tabel_kinerja import (
    KolomCetak,
    dengan_ttd,
    judul,
    satu_ttd,
    tabel_grup,
)

KOLOM_RENAKSI = [
    KolomCetak("NO", 0, "tengah"),
    KolomCetak("SASARAN", 2.0),
    KolomCetak("INDIKATOR", 2.2),
    KolomCetak("SATUAN", 0.8, "tengah"),
    KolomCetak("TARGET", 0.8, "tengah"),
    *(KolomCetak(t, 0.7, "tengah") for t in NAMA_TW),
    KolomCetak("AKSI", 2.2),
    KolomCetak("PENANGGUNG JAWAB", 1.3),
]


def tabel_renaksi(pk: Perjanjian, gaya: Gaya, lebar: float) -> Flowable:
    grup = []
    for n, s in enumerate(pk.sasaran, start=1):
        rows = [
            [
                str(n),
                s.teks,
                i.teks,
                i.satuan,
                i.kinerja.target,
                *i.kinerja.target_tw,
                i.kinerja.aksi,
                i.penanggung_jawab,
            ]
            for i in s.indikator
        ]
        grup.append(rows or [[str(n), s.teks] + [""] * (len(KOLOM_RENAKSI) - 2)])
    return tabel_grup(KOLOM_RENAKSI, grup, gaya, lebar)


def cerita_renaksi(
    instansi: Instansi,
    dok: Dokumen,
    daftar: list[Perjanjian],
    gaya: Gaya,
    lebar: float,
    tinggi: float,
) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    out: list[Flowable] = []
    for n, pk in enumerate(daftar):
        if n:
            out.append(PageBreak())
        out += judul([f"RENCANA AKSI TAHUN {dok.tahun}", pk.unit], gaya)
        ttd = satu_ttd(pk.pertama, tempat_tanggal(instansi, dok), gaya, lebar)
        out.append(dengan_ttd(tabel_renaksi(pk, gaya, lebar), ttd, gaya, tinggi))
    return out
