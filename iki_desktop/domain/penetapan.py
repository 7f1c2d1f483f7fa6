"""Penetapan in pure Python: content hash, document code, revision copies, comparison.

Content hash
    `hash_konten(instansi, dokumen)` is the sha256 of a canonical JSON form of
    everything that is printed or defines the document: the Instansi kop fields (the
    lambang as the sha256 of its bytes), the print settings, the Dokumen identity
    (id, tahun, periode, judul, revisi), the Keputusan, table headings, cascading,
    the IKU and the jabatan tree in print order with every text and formula, and
    the print shape (bentuk) and merged cells (gabung) only when they differ from
    the defaults, so that content enacted before those existed keeps its hash; the
    same for the targets and Perjanjian Kinerja data (domain.kinerja_hash). Realisasi
    is reported after enactment and is not part of the enacted content.
    Excluded: status (a Draf and its enacted self hash alike), updated_at and
    tombstones (not part of domain objects), pendahulu_id, and the ids of jabatan,
    sasaran and indikator (their order is included instead, so the hash depends
    on what is printed, not on how the records were created). Cascading links
    (domain/tautan.py) are included only where a record has any, as the printed
    position of their target, so codes enacted before links existed still verify. The Dokumen id and
    revisi ARE included: they make the code name one version of one Dokumen, so two
    versions with equal text still get different codes. Canonical JSON: sorted keys,
    no whitespace, strings NFC-normalised, non-ASCII kept as UTF-8.

Document code
    `kode_dokumen(hash)` = "IKI-" + Crockford base32 of the first 40 bits, grouped
    4-4 ("IKI-7QF3-K9PA"). On the rare collision with another version the store
    asks for 10 or 12 characters ("IKI-7QF3-K9PA-X2"). `normalisasi_kode` accepts
    what people type: lower case, spaces, missing dashes, O for 0, I/L for 1.
"""

from __future__ import annotations

import copy
import hashlib
import json
import unicodedata
from typing import Any

from iki_desktop.domain.kinerja_hash import kinerja_kanonik, pk_kanonik
from iki_desktop.domain.model import (
    Bentuk,
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Sasaran,
    StatusDokumen,
    Tautan,
    new_id,
)
from iki_desktop.domain.perbandingan import (
    NAMESPACE_PERUBAHAN,
    Perbedaan,
    bandingkan,
    id_turunan,
)
from iki_desktop.domain.serialize import (
    bentuk_ke_dict,
    cascading_ke_dict,
    formula_ke_dict,
    instansi_ke_dict,
    keputusan_ke_dict,
    kolom_ke_dict,
    pejabat_ke_dict,
)
from iki_desktop.domain.tautan import alamat_rekaman, ganti_id_tautan

__all__ = [
    "NAMESPACE_PERUBAHAN",
    "Perbedaan",
    "bandingkan",
    "hash_konten",
    "id_turunan",
    "kode_dokumen",
    "konten_kanonik",
    "normalisasi_kode",
    "salin_perubahan",
]

ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
AWALAN = "IKI"
PANJANG_KODE = (8, 10, 12)
_SALAH_KETIK = str.maketrans({"O": "0", "I": "1", "L": "1"})


# ------------------------------------------------------------------ canonical form


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def _tautan_kanonik(
    d: dict[str, Any], tautan: list[Tautan], alamat: dict[str, list[int]]
) -> dict[str, Any]:
    """Links enter the hash only when present (older enacted codes still verify), by the
    printed position of their target, not by its id (None: the target is gone)."""
    if tautan:
        d["tautan"] = [{"ke": alamat.get(t.ke), "peran": t.peran.value} for t in tautan]
    return d


def _indikator_kanonik(i: Indikator, alamat: dict[str, list[int]]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "teks": i.teks,
        "satuan": i.satuan,
        "formula": formula_ke_dict(i.formula),
        "sumber_data": i.sumber_data,
        "penanggung_jawab": i.penanggung_jawab,
        "catatan": i.catatan,
    }
    # Printed fields added later enter the hash only when set: codes of content
    # enacted before them still verify.
    if i.gabung:
        data["gabung"] = list(i.gabung)
    data |= kinerja_kanonik(i.kinerja)
    return _tautan_kanonik(data, i.tautan, alamat)


def _sasaran_kanonik(items: list[Sasaran], alamat: dict[str, list[int]]) -> list[dict[str, Any]]:
    return [
        _tautan_kanonik(
            {"teks": s.teks, "indikator": [_indikator_kanonik(i, alamat) for i in s.indikator]},
            s.tautan,
            alamat,
        )
        for s in items
    ]


def _jabatan_kanonik(dok: Dokumen, j: Jabatan, alamat: dict[str, list[int]]) -> dict[str, Any]:
    return {
        "kedalaman": dok.kedalaman(j),
        "nama": j.nama,
        "unit_kerja": j.unit_kerja,
        "jenis": j.jenis.value,
        "pemangku": pejabat_ke_dict(j.pemangku),
        "tugas": j.tugas,
        "tugas_butir": list(j.tugas_butir),
        "gaya_tugas": j.gaya_tugas.value,
        "fungsi": list(j.fungsi),
        "gaya_fungsi": j.gaya_fungsi.value,
        "sasaran": _sasaran_kanonik(j.sasaran, alamat),
    }


def _instansi_kanonik(i: Instansi) -> dict[str, Any]:
    """Every Instansi field the serializer writes, except the id (not printed), with the
    lambang as the sha256 of its bytes.

    Derived from domain.serialize so a new printed field cannot be left out of the hash.
    tests/penetapan/test_kode.py pins the field list and a frozen hash: a serializer
    change that would alter the codes of enacted documents fails there, never silently.
    """
    d = instansi_ke_dict(i)
    del d["id"], d["lambang"]
    d["lambang_sha256"] = hashlib.sha256(i.lambang).hexdigest() if i.lambang else None
    return d


def konten_kanonik(instansi: Instansi, dok: Dokumen) -> dict[str, Any]:
    """The dict that is hashed (see the module docstring for what is in and out)."""
    alamat = alamat_rekaman(dok)
    data: dict[str, Any] = {
        "instansi": _instansi_kanonik(instansi),
        "dokumen": {
            "id": dok.id,
            "tahun": dok.tahun,
            "periode": dok.periode,
            "judul": dok.judul,
            "revisi": dok.revisi,
            "keputusan": keputusan_ke_dict(dok.keputusan),
            "kolom_iku": kolom_ke_dict(dok.kolom_iku),
            "kolom_iki": kolom_ke_dict(dok.kolom_iki),
            "cascading": cascading_ke_dict(dok.cascading),
            "iku": _sasaran_kanonik(dok.iku, alamat),
            # Tree order with depth: exactly the order and nesting the IKI prints in.
            "jabatan": [_jabatan_kanonik(dok, j, alamat) for j in dok.jabatan_urut()],
        },
    }
    if dok.bentuk != Bentuk():
        data["dokumen"]["bentuk"] = bentuk_ke_dict(dok.bentuk)
    data["dokumen"] |= pk_kanonik(dok)
    result: dict[str, Any] = _nfc(data)
    return result


def json_kanonik(instansi: Instansi, dok: Dokumen) -> bytes:
    teks = json.dumps(
        konten_kanonik(instansi, dok),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return teks.encode("utf-8")


def hash_konten(instansi: Instansi, dok: Dokumen) -> str:
    """sha256 hex of the canonical content of (Instansi, Dokumen)."""
    return hashlib.sha256(json_kanonik(instansi, dok)).hexdigest()


# ------------------------------------------------------------------ code


def _base32(data: bytes, panjang: int) -> str:
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    out = []
    for n in range(panjang):
        shift = bits - 5 * (n + 1)
        out.append(ALFABET[(number >> shift) & 31])
    return "".join(out)


def _kelompok(badan: str) -> str:
    return "-".join([AWALAN] + [badan[i : i + 4] for i in range(0, len(badan), 4)])


def kode_dokumen(content_hash: str, panjang: int = 8) -> str:
    """'IKI-7QF3-K9PA' from the first 5*panjang bits of the hash (panjang 8, 10 or 12)."""
    if panjang not in PANJANG_KODE:
        raise ValueError(f"panjang kode must be one of {PANJANG_KODE}")
    data = bytes.fromhex(content_hash)[:8]
    return _kelompok(_base32(data, panjang))


def normalisasi_kode(teks: str) -> str | None:
    """The canonical 'IKI-ABCD-EFGH' form of a typed code, or None if it cannot be one."""
    bersih = "".join(ch for ch in teks.upper() if ch.isalnum())
    bersih = bersih.translate(_SALAH_KETIK)
    if len(bersih) - 3 in PANJANG_KODE and bersih.startswith("1K1"):
        bersih = bersih[3:]
    if len(bersih) not in PANJANG_KODE or any(ch not in ALFABET for ch in bersih):
        return None
    return _kelompok(bersih)


# ------------------------------------------------------------------ revision copy


def salin_perubahan(sumber: Dokumen, dokumen_id: str | None = None) -> Dokumen:
    """ "Perubahan ke-N" of an enacted Dokumen: an editable Draf with derived ids.

    Same tahun and texts; revisi + 1; pendahulu_id = sumber.id; the Keputusan's
    nomor and tanggal are cleared (a revision is enacted by a new Keputusan).
    """
    baru = copy.deepcopy(sumber)
    baru.id = dokumen_id or new_id()
    baru.status = StatusDokumen.DRAF
    baru.revisi = sumber.revisi + 1
    baru.pendahulu_id = sumber.id
    baru.keputusan.nomor = ""
    baru.keputusan.tanggal = None

    def turun(old: str) -> str:
        return id_turunan(old, baru.id)

    for j in baru.jabatan:
        j.id = turun(j.id)
        j.parent_id = turun(j.parent_id) if j.parent_id else None
    peta: dict[str, str] = {}
    for s in baru.iku + [s for j in baru.jabatan for s in j.sasaran]:
        peta[s.id] = s.id = turun(s.id)
        for ind in s.indikator:
            peta[ind.id] = ind.id = turun(ind.id)
    ganti_id_tautan(baru, peta)
    return baru
