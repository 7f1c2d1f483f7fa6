"""Mapping between domain objects and table rows (nested values as JSON text)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from iki_desktop.domain import serialize as ser
from iki_desktop.domain.model import (
    Dokumen,
    GayaDaftar,
    Indikator,
    Instansi,
    Jabatan,
    JenisJabatan,
    Sasaran,
    StatusDokumen,
)

Row = dict[str, Any]


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def instansi_row(i: Instansi) -> Row:
    d = ser.instansi_ke_dict(i)
    return {
        "id": i.id,
        "nama": i.nama,
        "jenis": i.jenis.value,
        "jenis_daerah": i.jenis_daerah.value,
        "nama_daerah": i.nama_daerah,
        "alamat": dumps(d["alamat"]),
        "telepon": i.telepon,
        "faks": i.faks,
        "laman": i.laman,
        "email": i.email,
        "kode_pos": i.kode_pos,
        "kecamatan_induk": i.kecamatan_induk,
        "lambang": i.lambang,
        "pengaturan": dumps(d["pengaturan"]),
    }


def instansi_from_row(r: Row) -> Instansi:
    d = dict(r)
    d["alamat"] = json.loads(r["alamat"])
    d["pengaturan"] = json.loads(r["pengaturan"])
    d["lambang"] = None
    inst = ser.instansi_dari_dict(d)
    inst.lambang = bytes(r["lambang"]) if r["lambang"] else None
    return inst


def dokumen_row(dok: Dokumen) -> Row:
    return {
        "id": dok.id,
        "instansi_id": dok.instansi_id,
        "tahun": dok.tahun,
        "periode": dok.periode,
        "judul": dok.judul,
        "status": dok.status.value,
        "revisi": dok.revisi,
        "pendahulu_id": dok.pendahulu_id,
        "keputusan": dumps(ser.keputusan_ke_dict(dok.keputusan)),
        "kolom_iku": dumps(ser.kolom_ke_dict(dok.kolom_iku)),
        "kolom_iki": dumps(ser.kolom_ke_dict(dok.kolom_iki)),
        "cascading": dumps(ser.cascading_ke_dict(dok.cascading)),
    }


def dokumen_from_row(r: Row) -> Dokumen:
    return Dokumen(
        id=r["id"],
        instansi_id=r["instansi_id"],
        tahun=int(r["tahun"]),
        periode=r["periode"],
        judul=r["judul"],
        status=StatusDokumen(r["status"]),
        revisi=int(r["revisi"]),
        pendahulu_id=r["pendahulu_id"],
        keputusan=ser.keputusan_dari_dict(json.loads(r["keputusan"])),
        kolom_iku=ser.kolom_dari_dict(json.loads(r["kolom_iku"])),
        kolom_iki=ser.kolom_dari_dict(json.loads(r["kolom_iki"])),
        cascading=ser.cascading_dari_dict(json.loads(r["cascading"])),
    )


def jabatan_row(j: Jabatan, dokumen_id: str) -> Row:
    return {
        "id": j.id,
        "dokumen_id": dokumen_id,
        "parent_id": j.parent_id,
        "urutan": j.urutan,
        "nama": j.nama,
        "unit_kerja": j.unit_kerja,
        "jenis": j.jenis.value,
        "pemangku": dumps(ser.pejabat_ke_dict(j.pemangku)),
        "tugas": j.tugas,
        "tugas_butir": dumps(list(j.tugas_butir)),
        "gaya_tugas": j.gaya_tugas.value,
        "fungsi": dumps(list(j.fungsi)),
        "gaya_fungsi": j.gaya_fungsi.value,
    }


def jabatan_from_row(r: Row) -> Jabatan:
    return Jabatan(
        id=r["id"],
        parent_id=r["parent_id"],
        urutan=int(r["urutan"]),
        nama=r["nama"],
        unit_kerja=r["unit_kerja"],
        jenis=JenisJabatan(r["jenis"]),
        pemangku=ser.pejabat_dari_dict(json.loads(r["pemangku"])),
        tugas=r["tugas"],
        tugas_butir=list(json.loads(r["tugas_butir"])),
        gaya_tugas=GayaDaftar(r["gaya_tugas"]),
        fungsi=list(json.loads(r["fungsi"])),
        gaya_fungsi=GayaDaftar(r["gaya_fungsi"]),
    )


def sasaran_row(s: Sasaran, dokumen_id: str, jabatan_id: str | None, urutan: int) -> Row:
    return {
        "id": s.id,
        "dokumen_id": dokumen_id,
        "jabatan_id": jabatan_id,
        "urutan": urutan,
        "teks": s.teks,
    }


def indikator_row(i: Indikator, dokumen_id: str, sasaran_id: str, urutan: int) -> Row:
    return {
        "id": i.id,
        "dokumen_id": dokumen_id,
        "sasaran_id": sasaran_id,
        "urutan": urutan,
        "teks": i.teks,
        "satuan": i.satuan,
        "formula": dumps(ser.formula_ke_dict(i.formula)),
        "sumber_data": i.sumber_data,
        "penanggung_jawab": i.penanggung_jawab,
        "catatan": i.catatan,
    }


def indikator_from_row(r: Row) -> Indikator:
    return Indikator(
        id=r["id"],
        teks=r["teks"],
        satuan=r["satuan"],
        formula=ser.formula_dari_dict(json.loads(r["formula"])),
        sumber_data=r["sumber_data"],
        penanggung_jawab=r["penanggung_jawab"],
        catatan=r["catatan"],
    )
