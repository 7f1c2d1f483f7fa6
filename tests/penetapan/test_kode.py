"""Pure Penetapan rules: canonical hash, document code, revision copy."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import re
import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from iki_desktop.domain.kinerja import Arah, Kinerja, PerjanjianKinerja, ProgramPk
from iki_desktop.domain.model import BarisCascading, Dokumen, Instansi, StatusDokumen
from iki_desktop.domain.penetapan import (
    hash_konten,
    id_turunan,
    kode_dokumen,
    konten_kanonik,
    normalisasi_kode,
    salin_perubahan,
)
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.resources import load_contoh

POLA = re.compile(r"^IKI-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")
CONTOH = load_contoh()


def test_hash_ignores_status_and_json_round_trip() -> None:
    instansi, dok = copy.deepcopy(CONTOH)
    h = hash_konten(instansi, dok)
    assert re.fullmatch(r"[0-9a-f]{64}", h)
    dok.status = StatusDokumen.DITETAPKAN
    assert hash_konten(instansi, dok) == h
    assert hash_konten(*paket_dari_dict(paket_ke_dict(instansi, dok))) == h


def test_hash_nfc_and_lambang() -> None:
    instansi, dok = copy.deepcopy(CONTOH)
    sasaran = next(s for j in dok.jabatan for s in j.sasaran)
    sasaran.teks = unicodedata.normalize("NFC", "Kualitas pelayanan café")
    h = hash_konten(instansi, dok)
    sasaran.teks = unicodedata.normalize("NFD", sasaran.teks)
    assert hash_konten(instansi, dok) == h  # same text, other Unicode form
    instansi.lambang = b"\x89PNG one"
    h1 = hash_konten(instansi, dok)
    instansi.lambang = b"\x89PNG two"
    assert hash_konten(instansi, dok) != h1 != h


def test_hash_follows_print_order_not_ids() -> None:
    instansi, dok = copy.deepcopy(CONTOH)
    h = hash_konten(instansi, dok)
    dok.jabatan.reverse()  # the flat list order is not the print order
    assert hash_konten(instansi, dok) == h
    akar = dok.anak(None)[0]
    anak = dok.anak(akar.id)
    anak[0].urutan, anak[1].urutan = anak[1].urutan, anak[0].urutan
    assert hash_konten(instansi, dok) != h


# Not printed, or hashed through order rather than value (see domain/penetapan.py).
# Realisasi is reported after enactment: it is not part of the enacted content.
TIDAK_DICETAK = {
    "id",
    "instansi_id",
    "parent_id",
    "pendahulu_id",
    "status",
    "urutan",
    "realisasi",
}


def _medan(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every printed field of every type: text, number, flag, enum, date,
    bytes, and every list (as a whole: an item added or removed)."""
    out: list[tuple[Any, ...]] = []
    for f in dataclasses.fields(obj):
        if f.name in TIDAK_DICETAK:
            continue
        value = getattr(obj, f.name)
        if isinstance(value, list):
            if value:  # an empty list has no item to remove; _lengkap fills one somewhere
                out.append((*path, f.name))
            for n, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    out += _medan(item, (*path, f.name, n))
                else:
                    out.append((*path, f.name, n))
        elif dataclasses.is_dataclass(value):
            out += _medan(value, (*path, f.name))
        else:
            out.append((*path, f.name))
    return out


def _ganti(value: Any, teks: str) -> Any:
    """Another value of the same type as `value`."""
    if isinstance(value, enum.Enum):
        return next(m for m in type(value) if m is not value)
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + teks
    if isinstance(value, bytes):
        return value + b"\x00"
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, list):
        return value[:-1]  # an item removed
    raise AssertionError(f"no mutation for {type(value).__name__}")


def _ubah(root: Any, path: tuple[Any, ...], teks: str) -> None:
    obj = root
    for step in path[:-1]:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    last = path[-1]
    if isinstance(last, int):
        obj[last] = _ganti(obj[last], teks)
    else:
        setattr(obj, last, _ganti(getattr(obj, last), teks))


def _lengkap() -> tuple[Instansi, Dokumen]:
    """The sample with every optional field set, so no field hides behind None or []."""
    instansi, dok = copy.deepcopy(CONTOH)
    instansi.lambang = instansi.lambang or b"\x89PNG lambang"
    dok.keputusan.tanggal = dok.keputusan.tanggal or dt.date(2026, 1, 2)
    if not dok.cascading.baris:
        dok.cascading.baris = [BarisCascading("m", "t", "s", "tp", "sp", "ip")]
    for j in dok.jabatan:
        j.tugas_butir = j.tugas_butir or ["butir tugas"]
        j.fungsi = j.fungsi or ["fungsi"]
    # Fields that enter the hash only when set (bentuk, merged cells): set them here.
    dok.bentuk.tanggal = dok.bentuk.tanggal or dt.date(2026, 1, 3)
    sasaran = next(s for j in dok.jabatan for s in j.sasaran if len(s.indikator) > 1)
    sasaran.indikator[1].gabung = sasaran.indikator[1].gabung or ["sumber_data"]
    ind = next(i for j in dok.jabatan for s in j.sasaran for i in s.indikator)
    ind.kinerja = Kinerja("97,5", "90", Arah.TURUN, True, ["10", "20", "30", "40"], "rapat")
    dok.pk = PerjanjianKinerja(
        "Wonoasih",
        dt.date(2026, 1, 5),
        "Bupati X",
        [ProgramPk("Program A", 1000, "APBD", dok.jabatan_urut()[1].id)],
    )
    return instansi, dok


LENGKAP = _lengkap()
MEDAN = [("dokumen", *p) for p in _medan(LENGKAP[1])] + [
    ("instansi", *p) for p in _medan(LENGKAP[0])
]


def test_the_field_walk_reaches_every_type() -> None:
    jenis = set()
    for root, *path in MEDAN:
        obj: Any = LENGKAP[1] if root == "dokumen" else LENGKAP[0]
        for step in path:
            obj = obj[step] if isinstance(step, int) else getattr(obj, step)
        jenis.add(type(obj).__mro__[-2] if isinstance(obj, enum.Enum) else type(obj))
    assert {str, int, float, bool, list, bytes, dt.date} <= jenis
    assert any(
        isinstance(getattr(LENGKAP[0].pengaturan, f.name), enum.Enum)
        for f in dataclasses.fields(LENGKAP[0].pengaturan)
    )
    assert len(MEDAN) > 500


@settings(max_examples=100, deadline=None)
@given(
    pilih=st.sampled_from(MEDAN),
    tambahan=st.text(min_size=1, max_size=5).filter(
        lambda t: unicodedata.normalize("NFC", t) != ""
    ),
)
def test_any_printed_field_change_changes_hash(pilih: tuple[Any, ...], tambahan: str) -> None:
    instansi, dok = copy.deepcopy(LENGKAP)
    h = hash_konten(instansi, dok)
    root, *path = pilih
    _ubah(dok if root == "dokumen" else instansi, tuple(path), tambahan)
    assert hash_konten(instansi, dok) != h, f"{pilih} is printed but outside the hash"


def test_every_field_kind_of_every_class_is_in_the_hash() -> None:
    # Exhaustive over one instance of each (class, field): a new field of any type that
    # konten_kanonik forgets fails here, whatever hypothesis happens to draw.
    instansi0, dok0 = LENGKAP
    h = hash_konten(instansi0, dok0)
    seen: set[tuple[str, ...]] = set()
    for pilih in MEDAN:
        key = tuple(step for step in pilih if not isinstance(step, int))
        if key in seen:
            continue
        seen.add(key)
        instansi, dok = copy.deepcopy(LENGKAP)
        root, *path = pilih
        _ubah(dok if root == "dokumen" else instansi, tuple(path), "x")
        assert hash_konten(instansi, dok) != h, f"{pilih} is printed but outside the hash"


def test_kode_format_and_typing_mistakes() -> None:
    h = hash_konten(*CONTOH)
    kode = kode_dokumen(h)
    assert POLA.match(kode)
    assert kode_dokumen(h, 10).startswith(kode) and len(kode_dokumen(h, 12)) == len(kode) + 5
    body = kode[4:].replace("-", "")
    ketik = body.lower().replace("0", "o").replace("1", "l")
    assert normalisasi_kode(ketik) == kode
    assert normalisasi_kode(f" iki {body[:4]} {body[4:]} ") == kode
    assert normalisasi_kode(f"1K1-{body}") == kode
    assert normalisasi_kode(kode_dokumen(h, 10).lower()) == kode_dokumen(h, 10)
    for salah in ("", "IKI", "IKI-1234", "IKI-UUUU-UUUU", "halo dunia"):
        assert normalisasi_kode(salah) is None


def test_salin_perubahan_derives_ids() -> None:
    _, dok = copy.deepcopy(CONTOH)
    dok.status = StatusDokumen.DITETAPKAN
    baru = salin_perubahan(dok)
    assert baru.status is StatusDokumen.DRAF and baru.revisi == dok.revisi + 1
    assert baru.pendahulu_id == dok.id and baru.tahun == dok.tahun
    assert baru.keputusan.nomor == "" and baru.keputusan.tanggal is None
    assert baru.keputusan.menimbang == dok.keputusan.menimbang
    assert [j.id for j in baru.jabatan] == [id_turunan(j.id, baru.id) for j in dok.jabatan]
    assert [j.nama for j in baru.jabatan_urut()] == [j.nama for j in dok.jabatan_urut()]
    ind_lama = dok.jabatan[3].sasaran[0].indikator[0]
    assert baru.jabatan[3].sasaran[0].indikator[0].id == id_turunan(ind_lama.id, baru.id)


# The Instansi part of the hash is derived from domain.serialize; these two pins make a
# serializer change that would alter the codes of enacted documents fail loudly.
MEDAN_INSTANSI_HASH = [
    "alamat",
    "email",
    "faks",
    "jenis",
    "jenis_daerah",
    "kecamatan_induk",
    "kode_pos",
    "laman",
    "lambang_sha256",
    "nama",
    "nama_daerah",
    "pengaturan",
    "telepon",
]
# sha256 of the document below as enacted codes were computed when this was written.
HASH_BEKU = "c3231370982e90105f59e938acf4749c1dec0134a4d2ff5997c80adb3682280b"


def _dokumen_beku() -> tuple[Instansi, Dokumen]:
    instansi = Instansi(
        id="00000000-0000-4000-8000-000000000001",
        nama="Wonoasih",
        nama_daerah="Probolinggo",
        alamat=["Jl. Raya 1", "Probolinggo"],
        telepon="0335-1",
        faks="0335-2",
        laman="wonoasih.go.id",
        email="kec@wonoasih.go.id",
        kode_pos="67233",
        lambang=b"\x89PNG lambang",
    )
    dok = Dokumen(tahun=2026, id="00000000-0000-4000-8000-000000000002", instansi_id=instansi.id)
    return instansi, dok


def test_instansi_hash_fields_are_pinned() -> None:
    instansi, dok = _dokumen_beku()
    assert sorted(konten_kanonik(instansi, dok)["instansi"]) == MEDAN_INSTANSI_HASH


def test_hash_of_a_known_document_is_frozen() -> None:
    # If this fails, every enacted document's printed code would stop verifying. Keep the
    # old canonical form (e.g. leave a new field out of the hash while it holds its
    # default) instead of updating HASH_BEKU.
    assert hash_konten(*_dokumen_beku()) == HASH_BEKU
