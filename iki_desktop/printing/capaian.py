"""The capaian (pengukuran kinerja) table: target, realisasi, capaian % and predikat.

Per indicator: Sasaran | Indikator | Satuan | [Realisasi of last year] | Target |
Realisasi | Capaian % | Predikat, for the year or up to a triwulan (domain.kinerja
computes the values; lower-is-better indicators are inverted there). The predikat
scale of the Instansi is printed under the table, so a reader knows what each word
means in this kabupaten.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from iki_desktop.domain.kinerja import (
    NAMA_TW,
    TingkatPredikat,
    baris_capaian,
    format_angka,
    kunci_indikator,
    realisasi_sampai,
    uraian_skala,
)
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.perjanjian import Perjanjian
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.pecah import Paragraf
from iki_desktop.printing.pk import tempat_tanggal
from iki_desktop.printing.tabel_kinerja import (
    KolomCetak,
    berdampingan,
    dengan_ttd,
    judul,
    tabel_grup,
)


def realisasi_tahun_lalu(lalu: Dokumen | None) -> dict[str, str]:
    """Last year's annual realisasi per indicator text (the way indicators are matched)."""
    if lalu is None:
        return {}
    out: dict[str, str] = {}
    for s in lalu.iku + [s for j in lalu.jabatan for s in j.sasaran]:
        for i in s.indikator:
            nilai = realisasi_sampai(i.kinerja, i.realisasi, None)
            if nilai:
                out.setdefault(kunci_indikator(i.teks), nilai)
    return out


def _kolom(tahun: int, triwulan: int | None, ada_lalu: bool) -> list[KolomCetak]:
    sd = f" S.D. {NAMA_TW[triwulan - 1]}" if triwulan else ""
    kolom = [
        KolomCetak("NO", 0, "tengah"),
        KolomCetak("SASARAN", 2.2),
        KolomCetak("INDIKATOR KINERJA", 2.4),
        KolomCetak("SATUAN", 0.8, "tengah"),
    ]
    if ada_lalu:
        kolom.append(KolomCetak(f"REALISASI {tahun - 1}", 0.9, "tengah"))
    kolom += [
        KolomCetak(f"TARGET{sd}", 0.9, "tengah"),
        KolomCetak(f"REALISASI{sd}", 0.9, "tengah"),
        KolomCetak("CAPAIAN (%)", 0.9, "tengah"),
        KolomCetak("PREDIKAT", 1.0, "tengah"),
    ]
    return kolom


def tabel_capaian(
    pk: Perjanjian,
    tahun: int,
    triwulan: int | None,
    skala: Sequence[TingkatPredikat],
    lalu: dict[str, str] | None,
    gaya: Gaya,
    lebar: float,
) -> Flowable:
    grup = []
    for n, s in enumerate(pk.sasaran, start=1):
        rows = []
        for i in s.indikator:
            b = baris_capaian(i.kinerja, i.realisasi, triwulan, skala)
            row = [str(n), s.teks, i.teks, i.satuan]
            if lalu is not None:
                row.append(lalu.get(kunci_indikator(i.teks), ""))
            capaian = "" if b.capaian is None else format_angka(b.capaian)
            rows.append(row + [b.target, b.realisasi, capaian, b.predikat])
        lebar_baris = 8 if lalu is None else 9
        grup.append(rows or [[str(n), s.teks] + [""] * (lebar_baris - 2)])
    return tabel_grup(_kolom(tahun, triwulan, lalu is not None), grup, gaya, lebar)


def keterangan_skala(skala: Sequence[TingkatPredikat], gaya: Gaya, lebar: float) -> list[Flowable]:
    out: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraf("<b>Skala predikat capaian:</b>", gaya.kiri),
    ]
    kolom = [KolomCetak("CAPAIAN", 2.0, "tengah"), KolomCetak("PREDIKAT", 1.5, "tengah")]
    grup = [[[rentang, label]] for rentang, label in uraian_skala(skala)]
    out.append(tabel_grup(kolom, grup, gaya, min(lebar - 10 * mm, 110 * mm), kolom_grup=0))
    out.append(Spacer(1, 2 * mm))
    out.append(
        Paragraf(
            markup(
                "Capaian = realisasi / target × 100 %; untuk indikator yang makin rendah makin "
                "baik: (2 × target − realisasi) / target × 100 %."
            ),
            gaya.kiri,
        )
    )
    return out


def cerita_capaian(
    instansi: Instansi,
    dok: Dokumen,
    daftar: list[Perjanjian],
    gaya: Gaya,
    lebar: float,
    tinggi: float,
    *,
    triwulan: int | None = None,
    lalu: Dokumen | None = None,
) -> list[Flowable]:
    skala = instansi.pengaturan.skala_predikat
    peta_lalu = realisasi_tahun_lalu(lalu) if lalu is not None else None
    out: list[Flowable] = []
    for n, pk in enumerate(daftar):
        if n:
            out.append(PageBreak())
        sub = f"KEADAAN S.D. TRIWULAN {NAMA_TW[triwulan - 1][3:]}" if triwulan else ""
        out += judul([f"CAPAIAN KINERJA TAHUN {dok.tahun}", pk.unit, sub], gaya)
        tabel = tabel_capaian(pk, dok.tahun, triwulan, skala, peta_lalu, gaya, lebar)
        kiri = keterangan_skala(skala, gaya, lebar * 0.55)
        ttd = berdampingan(kiri, pk.pertama, tempat_tanggal(instansi, dok), gaya, lebar)
        out.append(dengan_ttd(tabel, ttd, gaya, tinggi))
    return out
