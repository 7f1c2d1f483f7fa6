"""Pure Penetapan rules: canonical hash, document code, revision copy."""

from __future__ import annotations

import copy
import dataclasses
import re
import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from iki_desktop.domain.model import Dokumen, Instansi, StatusDokumen
from iki_desktop.domain.penetapan import (
    hash_konten,
    id_turunan,
    kode_dokumen,
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


def _teks_medan(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every printed str field (ids and enums left out)."""
    out: list[tuple[Any, ...]] = []
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            if f.name in ("id", "instansi_id", "parent_id", "pendahulu_id", "kunci"):
                continue
            value = getattr(obj, f.name)
            if isinstance(value, str) and not hasattr(value, "value"):
                out.append((*path, f.name))
            elif isinstance(value, list):
                for n, item in enumerate(value):
                    if isinstance(item, str):
                        out.append((*path, f.name, n))
                    else:
                        out += _teks_medan(item, (*path, f.name, n))
            elif dataclasses.is_dataclass(value):
                out += _teks_medan(value, (*path, f.name))
    return out


def _ubah(root: Any, path: tuple[Any, ...], teks: str) -> None:
    obj = root
    for step in path[:-1]:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    last = path[-1]
    if isinstance(last, int):
        obj[last] = obj[last] + teks
    else:
        setattr(obj, last, getattr(obj, last) + teks)


MEDAN_DOKUMEN = _teks_medan(CONTOH[1])
MEDAN_INSTANSI = _teks_medan(CONTOH[0])


@settings(max_examples=60, deadline=None)
@given(
    pilih=st.integers(min_value=0, max_value=len(MEDAN_DOKUMEN) + len(MEDAN_INSTANSI) - 1),
    tambahan=st.text(min_size=1, max_size=5).filter(
        lambda t: unicodedata.normalize("NFC", t) != ""
    ),
)
def test_any_printed_text_change_changes_hash(pilih: int, tambahan: str) -> None:
    instansi: Instansi
    dok: Dokumen
    instansi, dok = copy.deepcopy(CONTOH)
    h = hash_konten(instansi, dok)
    if pilih < len(MEDAN_DOKUMEN):
        _ubah(dok, MEDAN_DOKUMEN[pilih], tambahan)
    else:
        _ubah(instansi, MEDAN_INSTANSI[pilih - len(MEDAN_DOKUMEN)], tambahan)
    assert hash_konten(instansi, dok) != h


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
