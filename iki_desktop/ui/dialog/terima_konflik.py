"""How a conflict of the Terima dialog reads: Indonesian field names, whose record it is.

Presentation only (the store decides what is a conflict): a record's fields get the
names the operator knows from the forms, values stored as JSON (formula, address,
lists) are shown as text, and each record is placed in its jabatan (or the IKU) and
year, found in the Dokumen the package carries.
"""

from __future__ import annotations

import json
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.model import Dokumen
from iki_desktop.domain.serialize import formula_dari_dict

LABEL_KOLOM = {
    "nama": "Nama",
    "jenis": "Jenis",
    "jenis_daerah": "Jenis daerah",
    "nama_daerah": "Nama daerah",
    "alamat": "Alamat",
    "telepon": "Telepon",
    "faks": "Faks",
    "laman": "Laman",
    "email": "Surel",
    "kode_pos": "Kode pos",
    "kecamatan_induk": "Kecamatan induk",
    "lambang": "Lambang",
    "pengaturan": "Pengaturan cetak",
    "tahun": "Tahun",
    "periode": "Periode",
    "judul": "Judul",
    "status": "Status",
    "revisi": "Perubahan ke-",
    "pendahulu_id": "Dokumen asal",
    "keputusan": "Keputusan",
    "kolom_iku": "Kolom tabel IKU",
    "kolom_iki": "Kolom tabel IKI",
    "cascading": "Cascading",
    "parent_id": "Atasan",
    "urutan": "Urutan",
    "unit_kerja": "Unit kerja",
    "pemangku": "Pemangku jabatan",
    "tugas": "Tugas",
    "tugas_butir": "Butir tugas",
    "gaya_tugas": "Penomoran tugas",
    "fungsi": "Fungsi",
    "gaya_fungsi": "Penomoran fungsi",
    "jabatan_id": "Jabatan",
    "sasaran_id": "Sasaran",
    "teks": "Teks",
    "satuan": "Satuan",
    "formula": "Formula",
    "sumber_data": "Sumber data",
    "penanggung_jawab": "Penanggung jawab",
    "catatan": "Catatan",
}


def label_kolom(kolom: str) -> str:
    return LABEL_KOLOM.get(kolom, kolom.replace("_", " ").capitalize())


def nilai_tampil(kolom: str, nilai: object) -> str:
    """A stored value as the operator would read it."""
    if nilai is None:
        return "(tidak ada)"
    if isinstance(nilai, bytes):
        return f"gambar {len(nilai) // 1024} KB"
    teks = str(nilai)
    if kolom == "formula":
        try:
            return formula_satu_baris(formula_dari_dict(json.loads(teks))) or "(kosong)"
        except (ValueError, TypeError, KeyError, IkiError, AttributeError):
            return teks
    if teks[:1] in "[{":
        try:
            return _datar(json.loads(teks)) or "(kosong)"
        except ValueError:
            return teks
    return teks if teks.strip() else "(kosong)"


def _datar(data: Any) -> str:
    if isinstance(data, list):
        return "; ".join(s for s in (_datar(d) for d in data) if s)
    if isinstance(data, dict):
        return ", ".join(s for s in (_datar(v) for v in data.values()) if s)
    return "" if data is None else str(data)


def peta_asal(dokumen: list[Dokumen]) -> dict[str, str]:
    """Record id -> "Jabatan X, Tahun 2026" (or "IKU, …") for every record in `dokumen`."""
    peta: dict[str, str] = {}
    for dok in dokumen:
        peta[dok.id] = dok.label
        for s in dok.iku:
            for ident in (s.id, *(i.id for i in s.indikator)):
                peta[ident] = f"IKU, {dok.label}"
        for j in dok.jabatan:
            asal = f"{j.nama or 'Jabatan tanpa nama'}, {dok.label}"
            peta[j.id] = asal
            for s in j.sasaran:
                for ident in (s.id, *(i.id for i in s.indikator)):
                    peta[ident] = asal
    return peta
