"""Row validation of the yearly-cycle columns of a received package.

The JSON shape was checked before (a dict or a list); here the content: only known
keys, texts of sane length, four triwulan values, budgets that are whole rupiah.
The readers in domain.serialize_kinerja are forgiving, so a hostile value that passed
here could only turn into a default, never into a crash; these checks make sure the
user is told instead of a value silently becoming empty.
"""

from __future__ import annotations

import json
from typing import Any

from iki_desktop.domain.kinerja import JUMLAH_TW, Arah

MAKS_TEKS = 20_000
MAKS_PROGRAM = 2_000
_KUNCI_KINERJA = {"target", "baseline", "arah", "kumulatif", "target_tw", "aksi"}
_KUNCI_PK = {"tempat", "tanggal", "nama_kepala_daerah", "program"}
_KUNCI_PROGRAM = {"teks", "anggaran", "keterangan", "jabatan_id"}


def _teks_sah(v: Any) -> bool:
    return isinstance(v, str) and len(v) <= MAKS_TEKS


def _empat_teks(v: Any) -> bool:
    return isinstance(v, list) and len(v) <= JUMLAH_TW and all(_teks_sah(x) for x in v)


def _kinerja(d: dict[str, Any]) -> bool:
    if set(d) - _KUNCI_KINERJA:
        return False
    teks_ok = all(_teks_sah(d.get(k, "")) for k in ("target", "baseline", "aksi"))
    return (
        teks_ok
        and d.get("arah", Arah.NAIK.value) in {a.value for a in Arah}
        and isinstance(d.get("kumulatif", False), bool)
        and _empat_teks(d.get("target_tw", []))
    )


def _program(p: Any) -> bool:
    if not isinstance(p, dict) or set(p) - _KUNCI_PROGRAM:
        return False
    anggaran = p.get("anggaran")
    anggaran_ok = anggaran is None or (
        isinstance(anggaran, int) and not isinstance(anggaran, bool) and 0 <= anggaran < 10**16
    )
    jabatan_id = p.get("jabatan_id")
    return (
        anggaran_ok
        and _teks_sah(p.get("teks", ""))
        and _teks_sah(p.get("keterangan", ""))
        and (jabatan_id is None or (isinstance(jabatan_id, str) and len(jabatan_id) <= 64))
    )


def _pk(d: dict[str, Any]) -> bool:
    if set(d) - _KUNCI_PK:
        return False
    program = d.get("program", [])
    tanggal = d.get("tanggal")
    return (
        _teks_sah(d.get("tempat", ""))
        and _teks_sah(d.get("nama_kepala_daerah", ""))
        and (tanggal is None or (isinstance(tanggal, str) and len(tanggal) <= 10))
        and isinstance(program, list)
        and len(program) <= MAKS_PROGRAM
        and all(_program(p) for p in program)
    )


def masalah_kinerja(tabel: str, row: dict[str, Any]) -> list[str]:
    """Problems of the target/realisasi/PK columns of one row (JSON already parsed ok)."""
    cek = {
        "indikator": (("kinerja", _kinerja), ("realisasi", _empat_teks)),
        "dokumen": (("pk", _pk),),
    }.get(tabel, ())
    out = []
    for kolom, sah in cek:
        if kolom in row and not sah(json.loads(row[kolom])):
            out.append(f"{tabel} {row.get('id', '')}: isi kolom {kolom} tidak sah.")
    return out
