"""The Perjanjian Kinerja: statement page with both signatures, and its Lampiran.

Layout of the PermenPAN-RB 53/2014 annex as offices print it: kop, title
"PERJANJIAN KINERJA TAHUN N", the standard statement, pihak pertama and pihak kedua
(Nama/Jabatan), the two promises, place and date, PIHAK KEDUA left and PIHAK PERTAMA
right. Lampiran: No | Sasaran | Indikator Kinerja | Satuan | Target, then
No | Program/Kegiatan | Anggaran | Keterangan with the total, signed again.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from iki_desktop.domain.kinerja import format_angka, format_rupiah
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.perjanjian import (
    JANJI_KEDUA,
    JANJI_PERTAMA,
    PERNYATAAN,
    Perjanjian,
    Pihak,
)
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.printing.blok import Baris, lebar_label, tabel_label
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.keputusan import kop_surat
from iki_desktop.printing.pecah import Paragraf
from iki_desktop.printing.tabel_kinerja import KolomCetak, dengan_ttd, dua_ttd, judul, tabel_grup

KOLOM_TARGET = [
    KolomCetak("NO", 0, "tengah"),
    KolomCetak("SASARAN", 2.4),
    KolomCetak("INDIKATOR KINERJA", 2.6),
    KolomCetak("SATUAN", 0.9, "tengah"),
    KolomCetak("TARGET", 0.9, "tengah"),
]
KOLOM_PROGRAM = [
    KolomCetak("NO", 0, "tengah"),
    KolomCetak("PROGRAM/KEGIATAN", 3.4),
    KolomCetak("ANGGARAN", 1.5, "kanan"),
    KolomCetak("KETERANGAN", 1.5),
]


def tempat_tanggal(instansi: Instansi, dok: Dokumen) -> str:
    tempat = (dok.pk.tempat or dok.keputusan.tempat or instansi.nama_daerah).strip()
    tanggal = format_tanggal(dok.pk.tanggal) if dok.pk.tanggal else f"{'.' * 20} {dok.tahun}"
    return f"{tempat}, {tanggal}" if tempat else tanggal


def _pihak(pihak: Pihak, sebutan: str, gaya: Gaya, lebar: float) -> list[Flowable]:
    label_w = lebar_label(["Nama", "Jabatan"], gaya, 20)
    rows = [
        Baris("Nama", [Paragraf(markup(pihak.pejabat.nama.strip()), gaya.kiri)]),
        Baris("Jabatan", [Paragraf(markup(pihak.jabatan.strip()), gaya.kiri)]),
    ]
    return [
        tabel_label(rows, gaya, lebar - 8 * mm, label_w, spasi=1),
        Paragraf(markup(sebutan), gaya.teks),
        Spacer(1, 3 * mm),
    ]


def halaman_pernyataan(
    instansi: Instansi, dok: Dokumen, pk: Perjanjian, gaya: Gaya, lebar: float
) -> list[Flowable]:
    out = kop_surat(instansi, gaya, lebar)
    out += judul([f"PERJANJIAN KINERJA TAHUN {dok.tahun}", pk.unit], gaya)
    out += [Paragraf(markup(PERNYATAAN), gaya.teks), Spacer(1, 3 * mm)]
    out += _pihak(pk.pertama, "selanjutnya disebut pihak pertama", gaya, lebar)
    out += _pihak(
        pk.kedua, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua", gaya, lebar
    )
    out += [Paragraf(markup(JANJI_PERTAMA), gaya.teks), Spacer(1, 3 * mm)]
    out += [Paragraf(markup(JANJI_KEDUA), gaya.teks)]
    out.append(
        KeepTogether(dua_ttd(pk.kedua, pk.pertama, tempat_tanggal(instansi, dok), gaya, lebar))
    )
    return out


def tabel_target(pk: Perjanjian, gaya: Gaya, lebar: float) -> Flowable:
    grup = []
    for n, s in enumerate(pk.sasaran, start=1):
        rows = [[str(n), s.teks, i.teks, i.satuan, i.kinerja.target] for i in s.indikator]
        grup.append(rows or [[str(n), s.teks, "", "", ""]])
    return tabel_grup(KOLOM_TARGET, grup, gaya, lebar)


def tabel_program(pk: Perjanjian, gaya: Gaya, lebar: float) -> Flowable:
    grup = [
        [[str(n), p.teks, format_rupiah(p.anggaran), p.keterangan]]
        for n, p in enumerate(pk.program, start=1)
    ]
    jumlah = sum(p.anggaran or 0 for p in pk.program)
    total = ["", "JUMLAH", "Rp " + format_angka(float(jumlah), 0), ""]
    return tabel_grup(KOLOM_PROGRAM, grup, gaya, lebar, kolom_grup=1, baris_akhir=total)


def halaman_lampiran(
    instansi: Instansi, dok: Dokumen, pk: Perjanjian, gaya: Gaya, lebar: float, tinggi: float
) -> list[Flowable]:
    out: list[Flowable] = [PageBreak()]
    out += judul([f"LAMPIRAN PERJANJIAN KINERJA TAHUN {dok.tahun}", pk.unit], gaya)
    out.append(tabel_target(pk, gaya, lebar))
    out.append(Spacer(1, 6 * mm))
    ttd = dua_ttd(pk.kedua, pk.pertama, tempat_tanggal(instansi, dok), gaya, lebar)
    out.append(dengan_ttd(tabel_program(pk, gaya, lebar), ttd, gaya, tinggi))
    return out


def cerita_pk(
    instansi: Instansi,
    dok: Dokumen,
    daftar: list[Perjanjian],
    gaya: Gaya,
    lebar: float,
    tinggi: float,
) -> list[Flowable]:
    out: list[Flowable] = []
    for n, pk in enumerate(daftar):
        if n:
            out.append(PageBreak())
        out += halaman_pernyataan(instansi, dok, pk, gaya, lebar)
        out += halaman_lampiran(instansi, dok, pk, gaya, lebar, tinggi)
    return out
