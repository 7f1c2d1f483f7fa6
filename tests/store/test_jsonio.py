"""JSON interchange: lossless round trip, hostile input refused with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import StatusDokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.store.jsonio import baca_json, export_json, import_json
from tests.conftest import file_hash
from tests.store.test_store import contoh_dokumen


def _round_trip(tmp_path: Path, instansi, dok) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with Store.create(tmp_path / "a.sqlite") as a:
        a.import_dokumen(instansi, dok)
        first = export_json(a, dok.id, tmp_path / "satu.json").read_text("utf-8")
    with Store.create(tmp_path / "b.sqlite") as b:
        import_json(b, tmp_path / "satu.json")
        second = export_json(b, dok.id, tmp_path / "dua.json").read_text("utf-8")
    return first, second


def test_round_trip_is_identical(tmp_path: Path) -> None:
    first, second = _round_trip(tmp_path, *contoh_dokumen())
    assert first == second


def test_sample_round_trip_is_identical(tmp_path: Path) -> None:
    instansi, dok = load_contoh()
    first, second = _round_trip(tmp_path, instansi, dok)
    assert first == second
    assert json.loads(first)["dokumen"]["keputusan"]["nomor"] == dok.keputusan.nomor


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    path = tmp_path / "kantor.sqlite"
    with Store.create(path) as store:
        store.import_dokumen(*contoh_dokumen())
    return path


def _valid_export(tmp_path: Path) -> dict:  # type: ignore[type-arg]
    instansi, dok = contoh_dokumen()
    with Store.create(tmp_path / "src.sqlite") as s:
        s.import_dokumen(instansi, dok)
        export_json(s, dok.id, tmp_path / "src.json")
    return json.loads((tmp_path / "src.json").read_text("utf-8"))


def _mutations(valid: dict) -> list[tuple[str, object]]:  # type: ignore[type-arg]
    def changed(fn):  # type: ignore[no-untyped-def]
        data = json.loads(json.dumps(valid))
        fn(data)
        return data

    return [
        ("bukan JSON", b"{not json"),
        ("kosong", b""),
        ("bukan ekspor", {"a": 1}),
        ("lebih baru", changed(lambda d: d.update(format_version=99))),
        ("status", changed(lambda d: d["dokumen"].update(status="selesai"))),
        ("tahun", changed(lambda d: d["dokumen"].update(tahun="dua ribu"))),
        ("bagian", changed(lambda d: d["dokumen"].update(skrip="rm -rf"))),
        ("jenis", changed(lambda d: d["dokumen"]["jabatan"][0].update(jenis=7))),
        ("atasan", changed(lambda d: d["dokumen"]["jabatan"][1].update(parent_id="hilang"))),
        (
            "lebih dari sekali",
            changed(
                lambda d: d["dokumen"]["jabatan"][1].update(id=d["dokumen"]["jabatan"][0]["id"])
            ),
        ),
        (
            "formula",
            changed(
                lambda d: d["dokumen"]["jabatan"][1]["sasaran"][0]["indikator"][0].update(
                    formula=[{"jenis": "rumus"}]
                )
            ),
        ),
        ("UTF-8", "é".encode("latin-1") * 10),
    ]


def test_hostile_json_is_refused_and_nothing_changes(tmp_path: Path, filled_db: Path) -> None:
    valid = _valid_export(tmp_path)
    before = file_hash(filled_db)
    for i, (why, payload) in enumerate(_mutations(valid)):
        path = tmp_path / f"buruk-{i}.json"
        path.write_bytes(payload if isinstance(payload, bytes) else json.dumps(payload).encode())
        with Store.open(filled_db) as store, pytest.raises(IkiError) as err:
            import_json(store, path)
        assert str(err.value), why
        assert file_hash(filled_db) == before, why


def test_schema_errors_name_the_place(tmp_path: Path) -> None:
    valid = _valid_export(tmp_path)
    valid["dokumen"]["jabatan"][0]["jenis"] = "bos"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(valid))
    with pytest.raises(IkiError) as err:
        baca_json(path)
    assert "dokumen/jabatan/0/jenis" in str(err.value)


def test_existing_dokumen_needs_ganti_and_enacted_never_replaced(tmp_path: Path) -> None:
    instansi, dok = contoh_dokumen()
    with Store.create(tmp_path / "a.sqlite") as s:
        s.import_dokumen(instansi, dok)
        export_json(s, dok.id, tmp_path / "d.json")
        with pytest.raises(IkiError, match="--ganti"):
            import_json(s, tmp_path / "d.json")
        import_json(s, tmp_path / "d.json", ganti=True)
    instansi, enacted = contoh_dokumen(StatusDokumen.DITETAPKAN)
    with Store.create(tmp_path / "b.sqlite") as s:
        s.import_dokumen(instansi, enacted)
        export_json(s, enacted.id, tmp_path / "e.json")
    before = file_hash(tmp_path / "b.sqlite")
    with Store.open(tmp_path / "b.sqlite") as s, pytest.raises(IkiError, match="ditetapkan"):
        import_json(s, tmp_path / "e.json", ganti=True)
    assert file_hash(tmp_path / "b.sqlite") == before


def test_enacted_export_carries_the_snapshot_so_the_code_verifies(tmp_path: Path) -> None:
    from iki_desktop.store.penetapan import tetapkan, verifikasi

    instansi, dok = load_contoh()
    with Store.create(tmp_path / "a.sqlite") as a:
        a.import_dokumen(instansi, dok)
        kode = tetapkan(a, dok.id, "Petugas").kode
        # The office moves after enacting: the live Instansi changes, the enacted text not.
        instansi.alamat = ["Jalan Baru No 2"]
        a.save_instansi(instansi)
        export_json(a, dok.id, tmp_path / "d.json")
    assert "Jalan Baru" not in (tmp_path / "d.json").read_text("utf-8")
    with Store.create(tmp_path / "b.sqlite") as b:
        import_json(b, tmp_path / "d.json")
        hasil = verifikasi(b, kode)
        assert hasil is not None and hasil.utuh
