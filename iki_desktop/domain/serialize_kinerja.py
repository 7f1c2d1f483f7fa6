"""Plain-dict form of the yearly-cycle fields (domain.kinerja).

These keys appear in the dict of an indikator, Dokumen or print setting only when
they hold something, so files and hashes written before they existed stay equal.
Reading is forgiving: a missing or malformed part falls back to its default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from iki_desktop.domain.kinerja import (
    JUMLAH_TW,
    Arah,
    Kinerja,
    PerjanjianKinerja,
    ProgramPk,
    TingkatPredikat,
    skala_bawaan,
)

Json = dict[str, Any]


def _empat(data: Any) -> list[str]:
    items = [str(x) for x in data] if isinstance(data, list) else []
    return (items + [""] * JUMLAH_TW)[:JUMLAH_TW]


def kinerja_ke_dict(k: Kinerja) -> Json:
    return {
        "target": k.target,
        "baseline": k.baseline,
        "arah": k.arah.value,
        "kumulatif": k.kumulatif,
        "target_tw": list(k.target_tw),
        "aksi": k.aksi,
    }


def kinerja_dari_dict(d: Json | None) -> Kinerja:
    d = d if isinstance(d, dict) else {}
    arah = d.get("arah", Arah.NAIK.value)
    return Kinerja(
        target=str(d.get("target", "")),
        baseline=str(d.get("baseline", "")),
        arah=Arah(arah) if arah in {a.value for a in Arah} else Arah.NAIK,
        kumulatif=bool(d.get("kumulatif", False)),
        target_tw=_empat(d.get("target_tw")),
        aksi=str(d.get("aksi", "")),
    )


def realisasi_ke_list(realisasi: list[str]) -> list[str]:
    return _empat(realisasi)


def realisasi_dari_list(data: Any) -> list[str]:
    return _empat(data)


def indikator_tambahan(kinerja: Kinerja, realisasi: list[str]) -> Json:
    """The keys an indikator dict gets for these fields (none when all are empty)."""
    out: Json = {}
    if not kinerja.kosong:
        out["kinerja"] = kinerja_ke_dict(kinerja)
    if any(v.strip() for v in realisasi):
        out["realisasi"] = realisasi_ke_list(realisasi)
    return out


def _anggaran(v: Any) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return None


def program_ke_dict(p: ProgramPk) -> Json:
    return {
        "teks": p.teks,
        "anggaran": p.anggaran,
        "keterangan": p.keterangan,
        "jabatan_id": p.jabatan_id,
    }


def program_dari_dict(d: Json) -> ProgramPk:
    jabatan_id = d.get("jabatan_id")
    return ProgramPk(
        teks=str(d.get("teks", "")),
        anggaran=_anggaran(d.get("anggaran")),
        keterangan=str(d.get("keterangan", "")),
        jabatan_id=str(jabatan_id) if jabatan_id else None,
    )


def pk_ke_dict(pk: PerjanjianKinerja) -> Json:
    return {
        "tempat": pk.tempat,
        "tanggal": pk.tanggal.isoformat() if pk.tanggal else None,
        "nama_kepala_daerah": pk.nama_kepala_daerah,
        "program": [program_ke_dict(p) for p in pk.program],
    }


def pk_dari_dict(d: Json | None) -> PerjanjianKinerja:
    d = d if isinstance(d, dict) else {}
    tanggal = d.get("tanggal")
    try:
        hari = dt.date.fromisoformat(tanggal) if isinstance(tanggal, str) and tanggal else None
    except ValueError:
        hari = None
    program = d.get("program")
    return PerjanjianKinerja(
        tempat=str(d.get("tempat", "")),
        tanggal=hari,
        nama_kepala_daerah=str(d.get("nama_kepala_daerah", "")),
        program=[program_dari_dict(p) for p in program if isinstance(p, dict)]
        if isinstance(program, list)
        else [],
    )


def skala_ke_list(skala: Sequence[TingkatPredikat]) -> list[Json]:
    return [{"minimum": t.minimum, "label": t.label} for t in skala]


def skala_dari_list(data: Any) -> list[TingkatPredikat]:
    if not isinstance(data, list):
        return skala_bawaan()
    out = []
    for item in data:
        if not isinstance(item, dict):
            continue
        try:
            minimum = float(item.get("minimum", 0.0))
        except (TypeError, ValueError):
            continue
        label = str(item.get("label", "")).strip()
        if label:
            out.append(TingkatPredikat(minimum, label))
    return out or skala_bawaan()


def pengaturan_tambahan(skala: Sequence[TingkatPredikat]) -> Json:
    return {} if list(skala) == skala_bawaan() else {"skala_predikat": skala_ke_list(skala)}
