"""JSON import over mutated valid exports: clean import or IkiError, db unchanged on error."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_fuzz import coba, dokumen_kecil, mutasi_byte, pengaturan, sha256  # noqa: E402

from iki_desktop.store import Store  # noqa: E402
from iki_desktop.store.jsonio import dokumen_ke_json, import_json  # noqa: E402

_INSTANSI, _DOKUMEN = dokumen_kecil(3)
VALID = json.loads(dokumen_ke_json(_INSTANSI, _DOKUMEN))
TANDA_SARANG = "@@sarang@@"

nilai_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=50),
    lambda anak: (
        st.lists(anak, max_size=5) | st.dictionaries(st.text(max_size=10), anak, max_size=5)
    ),
    max_leaves=20,
)


def _jalur(data: Any, awal: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [awal]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _jalur(v, (*awal, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _jalur(v, (*awal, i))
    return out


def _ambil(data: Any, jalur: tuple[Any, ...]) -> Any:
    for k in jalur:
        data = data[k]
    return data


@st.composite
def mutasi_json(draw: st.DrawFn) -> str:
    data = copy.deepcopy(VALID)
    sarang = 0
    for _ in range(draw(st.integers(1, 3))):
        semua = _jalur(data)
        jalur = draw(st.sampled_from(semua[1:]))
        induk, kunci = _ambil(data, jalur[:-1]), jalur[-1]
        lama = induk[kunci]
        op = draw(
            st.sampled_from(
                [
                    "hapus",
                    "ganti_nama",
                    "nilai",
                    "jenis",
                    "besar",
                    "angka",
                    "sarang",
                    "ganda",
                    "id_sama",
                ]
            )  # fmt: skip
        )
        if op == "hapus":
            del induk[kunci]
        elif op == "ganti_nama" and isinstance(induk, dict):
            induk[kunci + draw(st.sampled_from(["_", "X", " "]))] = induk.pop(kunci)
        elif op == "nilai":
            induk[kunci] = draw(nilai_json)
        elif op == "jenis":
            induk[kunci] = [lama] if not isinstance(lama, list) else {"x": lama} if lama else "teks"
        elif op == "besar":
            induk[kunci] = draw(st.sampled_from(["x", "é", "😀", "<b>"])) * draw(
                st.sampled_from([10_000, 300_000, 2_000_000])
            )
        elif op == "angka":
            induk[kunci] = draw(st.sampled_from([-1, 0, 2**63, -(2**63) - 1, 10**100, 1.5, 1e308]))
        elif op == "sarang":
            induk[kunci] = TANDA_SARANG
            sarang = draw(st.sampled_from([50, 2_000, 200_000]))
        elif op == "ganda" and isinstance(induk, list):
            induk.append(copy.deepcopy(lama))
        elif op == "id_sama" and isinstance(lama, str) and kunci in ("id", "parent_id"):
            # Point at another id of the document: cycles, self-parents, duplicates.
            ids = [v for j, v in ((p, _ambil(data, p)) for p in semua if p and p[-1] == "id")]
            induk[kunci] = draw(st.sampled_from(ids))
    teks = json.dumps(data, ensure_ascii=False)
    if sarang:
        teks = teks.replace(json.dumps(TANDA_SARANG), "[" * sarang + "]" * sarang, 1)
    return teks


def _impor(path: Path, db: Path, ganti: bool) -> None:
    sebelum = sha256(db)
    store = Store.open(db)
    try:
        hasil, err = coba(import_json, store, path, ganti=ganti)
        if hasil is not None:  # what was accepted must load and export again
            dok = store.load_dokumen(hasil.id)
            dokumen_ke_json(store.get_instansi(dok.instansi_id), dok)
    finally:
        store.close()
    if err is not None:
        assert sha256(db) == sebelum, f"basis data berubah walau impor ditolak: {err}"


@pengaturan()
@given(teks=mutasi_json(), ganti=st.booleans())
def test_mutated_json_export(
    teks: str, ganti: bool, salin_db: Callable[[], Path], tmp_path: Path
) -> None:
    path = tmp_path / "impor.json"
    path.write_text(teks, encoding="utf-8")
    _impor(path, salin_db(), ganti)


@pengaturan(0.5)
@given(data=mutasi_byte(dokumen_ke_json(_INSTANSI, _DOKUMEN).encode("utf-8")))
def test_json_bytes(data: bytes, salin_db: Callable[[], Path], tmp_path: Path) -> None:
    path = tmp_path / "impor.json"
    path.write_bytes(data)
    _impor(path, salin_db(), False)


@pengaturan(0.3)
@given(nilai=nilai_json)
def test_any_json_value(nilai: Any, salin_db: Callable[[], Path], tmp_path: Path) -> None:
    path = tmp_path / "impor.json"
    path.write_text(json.dumps(nilai), encoding="utf-8")
    _impor(path, salin_db(), True)
