"""Plain-dict form of the domain, used by JSON interchange, the store's JSON
columns, content hashing and the sample resources.

The dict form is stable: keys are fixed (the later "bentuk" of a Dokumen and
"gabung" of an indicator appear only when set), lists keep their order, dates are ISO
strings and the lambang is base64. `dokumen_ke_dict(dokumen_dari_dict(d)) == d`
for every valid `d`.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from iki_desktop.domain import serialize_kinerja as sk
from iki_desktop.domain.formula import Bagian, Daftar, Formula, Pecahan, Teks
from iki_desktop.domain.model import (
    KOLOM_GABUNG,
    AwalanTtd,
    BarisCascading,
    Bentuk,
    BentukDokumen,
    Cascading,
    Diktum,
    Dokumen,
    GayaDaftar,
    Huruf,
    Indikator,
    Instansi,
    Jabatan,
    JenisDaerah,
    JenisInstansi,
    JenisJabatan,
    Keputusan,
    Kertas,
    Kolom,
    Orientasi,
    Pejabat,
    Penandatangan,
    PengaturanCetak,
    PeranTautan,
    Sasaran,
    StatusDokumen,
    Tautan,
)
from iki_desktop.domain.rumusan import RumusanTempat

FORMAT_NAME = "iki-desktop-dokumen"
FORMAT_VERSION = 1

Json = dict[str, Any]


# ---------------------------------------------------------------- formula


def formula_ke_dict(formula: Formula) -> list[Json]:
    out: list[Json] = []
    for b in formula.bagian:
        if isinstance(b, Teks):
            out.append({"jenis": "teks", "teks": b.teks})
        elif isinstance(b, Pecahan):
            out.append(
                {
                    "jenis": "pecahan",
                    "pembilang": b.pembilang,
                    "penyebut": b.penyebut,
                    "faktor": b.faktor,
                }
            )
        else:
            out.append({"jenis": "daftar", "butir": list(b.butir)})
    return out


def formula_dari_dict(data: list[Json]) -> Formula:
    parts: list[Bagian] = []
    for item in data:
        jenis = item.get("jenis")
        if jenis == "teks":
            parts.append(Teks(str(item.get("teks", ""))))
        elif jenis == "pecahan":
            parts.append(
                Pecahan(
                    str(item.get("pembilang", "")),
                    str(item.get("penyebut", "")),
                    str(item.get("faktor", "")),
                )
            )
        elif jenis == "daftar":
            parts.append(Daftar([str(x) for x in item.get("butir", [])]))
    return Formula(parts)


# ---------------------------------------------------------------- small parts


def pejabat_ke_dict(p: Pejabat) -> Json:
    return {"nama": p.nama, "pangkat": p.pangkat, "nip": p.nip}


def pejabat_dari_dict(d: Json | None) -> Pejabat:
    d = d or {}
    return Pejabat(str(d.get("nama", "")), str(d.get("pangkat", "")), str(d.get("nip", "")))


def pengaturan_ke_dict(p: PengaturanCetak) -> Json:
    return {
        "kertas": p.kertas.value,
        "huruf": p.huruf.value,
        "ukuran_huruf": p.ukuran_huruf,
        "margin_atas_mm": p.margin_atas_mm,
        "margin_bawah_mm": p.margin_bawah_mm,
        "margin_kiri_mm": p.margin_kiri_mm,
        "margin_kanan_mm": p.margin_kanan_mm,
        "orientasi_tabel": p.orientasi_tabel.value,
        "jabatan_halaman_baru": p.jabatan_halaman_baru,
        "ttd_setelah_iku": p.ttd_setelah_iku,
        "ttd_akhir_lampiran": p.ttd_akhir_lampiran,
    } | sk.pengaturan_tambahan(p.skala_predikat)


def pengaturan_dari_dict(d: Json | None) -> PengaturanCetak:
    base = PengaturanCetak()
    d = d or {}
    return PengaturanCetak(
        kertas=Kertas(d.get("kertas", base.kertas.value)),
        huruf=Huruf(d.get("huruf", base.huruf.value)),
        ukuran_huruf=float(d.get("ukuran_huruf", base.ukuran_huruf)),
        margin_atas_mm=float(d.get("margin_atas_mm", base.margin_atas_mm)),
        margin_bawah_mm=float(d.get("margin_bawah_mm", base.margin_bawah_mm)),
        margin_kiri_mm=float(d.get("margin_kiri_mm", base.margin_kiri_mm)),
        margin_kanan_mm=float(d.get("margin_kanan_mm", base.margin_kanan_mm)),
        orientasi_tabel=Orientasi(d.get("orientasi_tabel", base.orientasi_tabel.value)),
        jabatan_halaman_baru=bool(d.get("jabatan_halaman_baru", base.jabatan_halaman_baru)),
        ttd_setelah_iku=bool(d.get("ttd_setelah_iku", base.ttd_setelah_iku)),
        ttd_akhir_lampiran=bool(d.get("ttd_akhir_lampiran", base.ttd_akhir_lampiran)),
        skala_predikat=sk.skala_dari_list(d.get("skala_predikat")),
    )


def penandatangan_ke_dict(p: Penandatangan) -> Json:
    return {
        "awalan": p.awalan.value,
        "jabatan": p.jabatan,
        "atas_nama": p.atas_nama,
        "pejabat": pejabat_ke_dict(p.pejabat),
    }


def penandatangan_dari_dict(d: Json | None) -> Penandatangan:
    d = d or {}
    return Penandatangan(
        awalan=AwalanTtd(d.get("awalan", "")),
        jabatan=str(d.get("jabatan", "")),
        atas_nama=str(d.get("atas_nama", "")),
        pejabat=pejabat_dari_dict(d.get("pejabat")),
    )


def diktum_ke_dict(items: list[Diktum]) -> list[Json]:
    return [{"teks": d.teks, "butir": list(d.butir)} for d in items]


def diktum_dari_dict(data: list[Json] | None) -> list[Diktum]:
    return [
        Diktum(str(d.get("teks", "")), [str(x) for x in d.get("butir", [])]) for d in data or []
    ]


def kolom_ke_dict(items: list[Kolom]) -> list[Json]:
    return [{"kunci": k.kunci, "judul": k.judul} for k in items]


def kolom_dari_dict(data: list[Json]) -> list[Kolom]:
    return [Kolom(str(k["kunci"]), str(k.get("judul", ""))) for k in data]


def cascading_ke_dict(c: Cascading) -> Json:
    return {
        "judul": c.judul,
        "visi": c.visi,
        "baris": [
            {
                "misi": b.misi,
                "tujuan_rpjmd": b.tujuan_rpjmd,
                "sasaran_rpjmd": b.sasaran_rpjmd,
                "tujuan_pd": b.tujuan_pd,
                "sasaran_pd": b.sasaran_pd,
                "indikator_pd": b.indikator_pd,
            }
            for b in c.baris
        ],
    }


def cascading_dari_dict(d: Json | None) -> Cascading:
    d = d or {}
    return Cascading(
        judul=str(d.get("judul", "")),
        visi=str(d.get("visi", "")),
        baris=[
            BarisCascading(**{k: str(b.get(k, "")) for k in BarisCascading.__dataclass_fields__})
            for b in d.get("baris", [])
        ],
    )


# ---------------------------------------------------------------- tables

BATAS_TAUTAN = 50  # links of one sasaran/indikator; far above any real cascade


def tautan_ke_dict(items: list[Tautan]) -> list[Json]:
    return [{"ke": t.ke, "peran": t.peran.value} for t in items]


def tautan_dari_dict(data: Any) -> list[Tautan]:
    """Links from their dict form; ValueError for anything that is not one (hostile input)."""
    if data is None:
        return []
    if not isinstance(data, list) or len(data) > BATAS_TAUTAN:
        raise ValueError("tautan must be a short list")
    out: list[Tautan] = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("ke"), str):
            raise ValueError("tautan item must be an object with 'ke'")
        ke = item["ke"]
        if not 0 < len(ke) <= 64:
            raise ValueError("tautan 'ke' is not an id")
        out.append(Tautan(ke, PeranTautan(item.get("peran", PeranTautan.MENDUKUNG.value))))
    return out


def _dengan_tautan(d: Json, items: list[Tautan]) -> Json:
    # Written only when present: files and hashes of documents without links stay as before.
    if items:
        d["tautan"] = tautan_ke_dict(items)
    return d


def indikator_ke_dict(i: Indikator) -> Json:
    d: Json = {
        "id": i.id,
        "teks": i.teks,
        "satuan": i.satuan,
        "formula": formula_ke_dict(i.formula),
        "sumber_data": i.sumber_data,
        "penanggung_jawab": i.penanggung_jawab,
        "catatan": i.catatan,
    } | ({"gabung": list(i.gabung)} if i.gabung else {})
    d |= sk.indikator_tambahan(i.kinerja, i.realisasi)
    return _dengan_tautan(d, i.tautan)


def indikator_dari_dict(d: Json) -> Indikator:
    return Indikator(
        id=str(d["id"]),
        teks=str(d.get("teks", "")),
        satuan=str(d.get("satuan", "")),
        formula=formula_dari_dict(d.get("formula", [])),
        sumber_data=str(d.get("sumber_data", "")),
        penanggung_jawab=str(d.get("penanggung_jawab", "")),
        catatan=str(d.get("catatan", "")),
        gabung=[str(k) for k in d.get("gabung", []) if k in KOLOM_GABUNG],
        tautan=tautan_dari_dict(d.get("tautan")),
        kinerja=sk.kinerja_dari_dict(d.get("kinerja")),
        realisasi=sk.realisasi_dari_list(d.get("realisasi")),
    )


def sasaran_ke_dict(s: Sasaran) -> Json:
    d: Json = {"id": s.id, "teks": s.teks, "indikator": [indikator_ke_dict(i) for i in s.indikator]}
    return _dengan_tautan(d, s.tautan)


def sasaran_dari_dict(d: Json) -> Sasaran:
    sasaran = Sasaran(
        id=str(d["id"]),
        teks=str(d.get("teks", "")),
        indikator=[indikator_dari_dict(i) for i in d.get("indikator", [])],
        tautan=tautan_dari_dict(d.get("tautan")),
    )
    sasaran.samakan_gabungan()
    return sasaran


def jabatan_ke_dict(j: Jabatan) -> Json:
    return {
        "id": j.id,
        "parent_id": j.parent_id,
        "urutan": j.urutan,
        "nama": j.nama,
        "unit_kerja": j.unit_kerja,
        "jenis": j.jenis.value,
        "pemangku": pejabat_ke_dict(j.pemangku),
        "tugas": j.tugas,
        "tugas_butir": list(j.tugas_butir),
        "gaya_tugas": j.gaya_tugas.value,
        "fungsi": list(j.fungsi),
        "gaya_fungsi": j.gaya_fungsi.value,
        "sasaran": [sasaran_ke_dict(s) for s in j.sasaran],
    }


def jabatan_dari_dict(d: Json) -> Jabatan:
    return Jabatan(
        id=str(d["id"]),
        parent_id=d.get("parent_id"),
        urutan=int(d.get("urutan", 0)),
        nama=str(d.get("nama", "")),
        unit_kerja=str(d.get("unit_kerja", "")),
        jenis=JenisJabatan(d.get("jenis", JenisJabatan.STRUKTURAL.value)),
        pemangku=pejabat_dari_dict(d.get("pemangku")),
        tugas=str(d.get("tugas", "")),
        tugas_butir=[str(x) for x in d.get("tugas_butir", [])],
        gaya_tugas=GayaDaftar(d.get("gaya_tugas", GayaDaftar.HURUF.value)),
        fungsi=[str(x) for x in d.get("fungsi", [])],
        gaya_fungsi=GayaDaftar(d.get("gaya_fungsi", GayaDaftar.HURUF.value)),
        sasaran=[sasaran_dari_dict(s) for s in d.get("sasaran", [])],
    )


# ---------------------------------------------------------------- top level


def instansi_ke_dict(i: Instansi) -> Json:
    return {
        "id": i.id,
        "nama": i.nama,
        "jenis": i.jenis.value,
        "jenis_daerah": i.jenis_daerah.value,
        "nama_daerah": i.nama_daerah,
        "alamat": list(i.alamat),
        "telepon": i.telepon,
        "faks": i.faks,
        "laman": i.laman,
        "email": i.email,
        "kode_pos": i.kode_pos,
        "kecamatan_induk": i.kecamatan_induk,
        "lambang": base64.b64encode(i.lambang).decode("ascii") if i.lambang else None,
        "pengaturan": pengaturan_ke_dict(i.pengaturan),
    }


def instansi_dari_dict(d: Json) -> Instansi:
    lambang = d.get("lambang")
    return Instansi(
        id=str(d["id"]),
        nama=str(d.get("nama", "")),
        jenis=JenisInstansi(d.get("jenis", JenisInstansi.KECAMATAN.value)),
        jenis_daerah=JenisDaerah(d.get("jenis_daerah", JenisDaerah.KABUPATEN.value)),
        nama_daerah=str(d.get("nama_daerah", "")),
        alamat=[str(x) for x in d.get("alamat", [])],
        telepon=str(d.get("telepon", "")),
        faks=str(d.get("faks", "")),
        laman=str(d.get("laman", "")),
        email=str(d.get("email", "")),
        kode_pos=str(d.get("kode_pos", "")),
        kecamatan_induk=str(d.get("kecamatan_induk", "")),
        lambang=base64.b64decode(lambang, validate=True) if lambang else None,
        pengaturan=pengaturan_dari_dict(d.get("pengaturan")),
    )


def keputusan_ke_dict(k: Keputusan) -> Json:
    return {
        "nomor": k.nomor,
        "tentang": k.tentang,
        "menimbang": list(k.menimbang),
        "mengingat": list(k.mengingat),
        "diktum": diktum_ke_dict(k.diktum),
        "tempat": k.tempat,
        "tanggal": k.tanggal.isoformat() if k.tanggal else None,
        "penandatangan": penandatangan_ke_dict(k.penandatangan),
    }


def keputusan_dari_dict(d: Json | None) -> Keputusan:
    d = d or {}
    tanggal = d.get("tanggal")
    return Keputusan(
        nomor=str(d.get("nomor", "")),
        tentang=str(d.get("tentang", "")),
        menimbang=[str(x) for x in d.get("menimbang", [])],
        mengingat=[str(x) for x in d.get("mengingat", [])],
        diktum=diktum_dari_dict(d.get("diktum")),
        tempat=str(d.get("tempat", "")),
        tanggal=dt.date.fromisoformat(tanggal) if tanggal else None,
        penandatangan=penandatangan_dari_dict(d.get("penandatangan")),
    )


def bentuk_ke_dict(b: Bentuk) -> Json:
    return {
        "jenis": b.jenis.value,
        "tempat": b.tempat,
        "tanggal": b.tanggal.isoformat() if b.tanggal else None,
        "penandatangan": penandatangan_ke_dict(b.penandatangan),
        "halaman_visi": b.halaman_visi,
        "halaman_tugas": b.halaman_tugas,
    } | ({"rumusan": b.rumusan.value} if b.rumusan is not RumusanTempat.TEMPAT_TANGGAL else {})


def bentuk_dari_dict(d: Json | None) -> Bentuk:
    d = d or {}
    tanggal = d.get("tanggal")
    return Bentuk(
        jenis=BentukDokumen(d.get("jenis", BentukDokumen.KEPUTUSAN.value)),
        tempat=str(d.get("tempat", "")),
        tanggal=dt.date.fromisoformat(tanggal) if tanggal else None,
        penandatangan=penandatangan_dari_dict(d.get("penandatangan")),
        halaman_visi=bool(d.get("halaman_visi", True)),
        halaman_tugas=bool(d.get("halaman_tugas", True)),
        rumusan=RumusanTempat(d.get("rumusan", RumusanTempat.TEMPAT_TANGGAL.value)),
    )


def dokumen_ke_dict(dok: Dokumen) -> Json:
    return {
        "id": dok.id,
        "instansi_id": dok.instansi_id,
        "tahun": dok.tahun,
        "periode": dok.periode,
        "judul": dok.judul,
        "status": dok.status.value,
        "revisi": dok.revisi,
        "pendahulu_id": dok.pendahulu_id,
        "keputusan": keputusan_ke_dict(dok.keputusan),
        "kolom_iku": kolom_ke_dict(dok.kolom_iku),
        "kolom_iki": kolom_ke_dict(dok.kolom_iki),
        "cascading": cascading_ke_dict(dok.cascading),
        "iku": [sasaran_ke_dict(s) for s in dok.iku],
        "jabatan": [jabatan_ke_dict(j) for j in dok.jabatan],
    } | (
        ({"bentuk": bentuk_ke_dict(dok.bentuk)} if dok.bentuk != Bentuk() else {})
        | ({} if dok.pk.kosong else {"pk": sk.pk_ke_dict(dok.pk)})
    )


def dokumen_dari_dict(d: Json) -> Dokumen:
    return Dokumen(
        id=str(d["id"]),
        instansi_id=str(d.get("instansi_id", "")),
        tahun=int(d["tahun"]),
        periode=str(d.get("periode", "")),
        judul=str(d.get("judul", "")),
        status=StatusDokumen(d.get("status", StatusDokumen.DRAF.value)),
        revisi=int(d.get("revisi", 0)),
        pendahulu_id=d.get("pendahulu_id"),
        keputusan=keputusan_dari_dict(d.get("keputusan")),
        kolom_iku=kolom_dari_dict(d.get("kolom_iku", [])),
        kolom_iki=kolom_dari_dict(d.get("kolom_iki", [])),
        cascading=cascading_dari_dict(d.get("cascading")),
        iku=[sasaran_dari_dict(s) for s in d.get("iku", [])],
        jabatan=[jabatan_dari_dict(j) for j in d.get("jabatan", [])],
        bentuk=bentuk_dari_dict(d.get("bentuk")),
        pk=sk.pk_dari_dict(d.get("pk")),
    )


def paket_ke_dict(instansi: Instansi, dokumen: Dokumen) -> Json:
    """The JSON interchange envelope: one Dokumen with its Instansi."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "instansi": instansi_ke_dict(instansi),
        "dokumen": dokumen_ke_dict(dokumen),
    }


def paket_dari_dict(data: Json) -> tuple[Instansi, Dokumen]:
    return instansi_dari_dict(data["instansi"]), dokumen_dari_dict(data["dokumen"])
