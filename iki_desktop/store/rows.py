"""Mapping between domain objects and table rows (nested values as JSON text)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from iki_desktop.domain import serialize as ser
from iki_desktop.domain import serialize_kinerja as sk
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Sasaran,
    Tautan,
)

Row = dict[str, Any]
T = TypeVar("T")


def potongan_in(nilai: Sequence[T], ukuran: int = 500) -> Iterator[tuple[list[T], str]]:
    """`nilai` in slices of at most `ukuran` (below SQLite's limit on `?` parameters), each
    with its placeholder list `?, ?, …` for an `IN (…)`."""
    for n in range(0, len(nilai), ukuran):
        bagian = list(nilai[n : n + ukuran])
        yield bagian, ", ".join("?" * len(bagian))


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def instansi_row(i: Instansi) -> Row:
    # The fields come from domain.serialize; only the lambang is stored as raw bytes.
    return _encode(ser.instansi_ke_dict(i), _JSON_INSTANSI) | {"lambang": i.lambang}


def instansi_from_row(r: Row) -> Instansi:
    d = _decode(r, _JSON_INSTANSI) | {"lambang": None}
    inst = ser.instansi_dari_dict(d)
    inst.lambang = bytes(r["lambang"]) if r["lambang"] else None
    return inst


# Nested values live in JSON text columns; everything else maps 1:1 to the dict form of
# domain.serialize, which stays the one place that knows the fields.
_JSON_INSTANSI = ("alamat", "pengaturan")
_JSON_DOKUMEN = ("keputusan", "kolom_iku", "kolom_iki", "cascading", "bentuk", "pk")
_JSON_JABATAN = ("pemangku", "tugas_butir", "fungsi")
_JSON_INDIKATOR = ("formula", "gabung", "kinerja", "realisasi")


def _encode(d: dict[str, Any], json_columns: tuple[str, ...]) -> Row:
    return {k: dumps(v) if k in json_columns else v for k, v in d.items()}


def _decode(r: Row, json_columns: tuple[str, ...]) -> dict[str, Any]:
    # A row from an older package may lack a newer column: the default applies.
    return {k: json.loads(v) if k in json_columns and v is not None else v for k, v in r.items()}


def dokumen_row(dok: Dokumen) -> Row:
    d = ser.dokumen_ke_dict(dok)
    del d["iku"], d["jabatan"]
    d["bentuk"] = ser.bentuk_ke_dict(dok.bentuk)  # the column is always written
    d["pk"] = sk.pk_ke_dict(dok.pk)  # the column is always written
    return _encode(d, _JSON_DOKUMEN)


def dokumen_from_row(r: Row) -> Dokumen:
    return ser.dokumen_dari_dict(_decode(r, _JSON_DOKUMEN))


def jabatan_row(j: Jabatan, dokumen_id: str) -> Row:
    d = ser.jabatan_ke_dict(j)
    del d["sasaran"]
    return _encode(d, _JSON_JABATAN) | {"dokumen_id": dokumen_id}


def jabatan_from_row(r: Row) -> Jabatan:
    return ser.jabatan_dari_dict(_decode(r, _JSON_JABATAN))


def sasaran_row(s: Sasaran, dokumen_id: str, jabatan_id: str | None, urutan: int) -> Row:
    return {
        "id": s.id,
        "dokumen_id": dokumen_id,
        "jabatan_id": jabatan_id,
        "urutan": urutan,
        "teks": s.teks,
        "tautan": tautan_text(s.tautan),
    }


def sasaran_from_row(r: Row) -> Sasaran:
    """A sasaran without its indikator (load_dokumen attaches those)."""
    return Sasaran(id=r["id"], teks=r["teks"], tautan=tautan_from_text(r.get("tautan")))


def tautan_text(items: list[Tautan]) -> str:
    # The column always holds the list (an emptied link must overwrite the old one).
    return dumps(ser.tautan_ke_dict(items))


def tautan_from_text(text: str | None) -> list[Tautan]:
    return ser.tautan_dari_dict(json.loads(text)) if text else []


def indikator_row(i: Indikator, dokumen_id: str, sasaran_id: str, urutan: int) -> Row:
    kolom = {
        "gabung": list(i.gabung),
        "kinerja": sk.kinerja_ke_dict(i.kinerja),
        "realisasi": list(i.realisasi),
    }
    d = _encode(ser.indikator_ke_dict(i) | kolom, _JSON_INDIKATOR)
    d["tautan"] = tautan_text(i.tautan)
    return d | {"dokumen_id": dokumen_id, "sasaran_id": sasaran_id, "urutan": urutan}


def indikator_from_row(r: Row) -> Indikator:
    d = _decode(r, _JSON_INDIKATOR)
    d["tautan"] = json.loads(r["tautan"]) if r.get("tautan") else []
    return ser.indikator_dari_dict(d)
