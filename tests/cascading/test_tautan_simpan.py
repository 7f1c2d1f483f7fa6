"""Cascading links through the store, JSON and Excel files, USB packages, and the
delete/undo of a sasaran others link to."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Tautan
from iki_desktop.domain.serialize import dokumen_ke_dict
from iki_desktop.domain.tautan import indeks_titik, tautan_vertikal
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import baca_xlsx
from iki_desktop.store import Store
from iki_desktop.store.jsonio import export_json, import_json
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.cascading.bantu import dok_bertaut, semua_tautan
from tests.conftest import file_hash


@pytest.fixture
def store(tmp_path: Path) -> Store:
    instansi, dok = dok_bertaut()
    s = Store.create(tmp_path / "a.sqlite")
    s.import_dokumen(instansi, dok)
    return s


def _dok_id(store: Store) -> str:
    return store.list_dokumen()[0].id


def test_store_keeps_links(store: Store) -> None:
    _, dok = dok_bertaut()
    muat = store.load_dokumen(_dok_id(store))
    assert semua_tautan(muat) == semua_tautan(dok)


def test_update_tautan_and_refusal_of_a_target_elsewhere(store: Store) -> None:
    dok = store.load_dokumen(_dok_id(store))
    j = next(j for j in dok.jabatan if j.parent_id and j.sasaran)
    s = j.sasaran[0]
    store.update_tautan(s.id, [])
    assert store.load_dokumen(dok.id).jabatan_by_id(j.id).sasaran[0].tautan == []  # type: ignore[union-attr]
    with pytest.raises(IkiError):
        store.update_tautan(s.id, [Tautan("00000000-0000-0000-0000-000000000000")])
    with pytest.raises(IkiError):
        store.update_tautan(s.id, [Tautan(s.id)])  # a sasaran cannot support itself


def test_delete_and_undo_of_a_linked_sasaran(store: Store) -> None:
    dok = store.load_dokumen(_dok_id(store))
    sekcam = next(j for j in dok.jabatan if j.nama == "Sekretaris Kecamatan")
    target = sekcam.sasaran[0]
    bawahan = [
        (j, s) for j in dok.anak(sekcam.id) for s in j.sasaran if s.tautan[0].ke == target.id
    ]
    assert bawahan
    token = store.delete_sasaran(target.id)
    setelah = store.load_dokumen(dok.id)
    j, s = bawahan[0]
    s2 = next(x for x in setelah.jabatan_by_id(j.id).sasaran if x.id == s.id)  # type: ignore[union-attr]
    assert s2.tautan == s.tautan  # the link is kept (shown as broken), not silently lost
    assert s2.tautan[0].ke not in indeks_titik(setelah)
    store.undelete(token)
    kembali = store.load_dokumen(dok.id)
    s3 = next(x for x in kembali.jabatan_by_id(j.id).sasaran if x.id == s.id)  # type: ignore[union-attr]
    assert tautan_vertikal(kembali, kembali.jabatan_by_id(j.id), s3.tautan).sasaran.id == target.id  # type: ignore[arg-type, union-attr]


def test_json_file_round_trip(store: Store, tmp_path: Path) -> None:
    dok_id = _dok_id(store)
    export_json(store, dok_id, tmp_path / "a.json")
    assert '"tautan"' in (tmp_path / "a.json").read_text("utf-8")
    with Store.create(tmp_path / "b.sqlite") as b:
        import_json(b, tmp_path / "a.json")
        assert dokumen_ke_dict(b.load_dokumen(dok_id)) == dokumen_ke_dict(
            store.load_dokumen(dok_id)
        )


def test_json_with_a_bad_link_is_refused_and_changes_nothing(store: Store, tmp_path: Path) -> None:
    dok_id = _dok_id(store)
    export_json(store, dok_id, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    data["dokumen"]["jabatan"][1]["sasaran"][0]["tautan"] = [{"ke": "x y", "peran": "musuh"}]
    (tmp_path / "jahat.json").write_text(json.dumps(data), "utf-8")
    Store.create(tmp_path / "b.sqlite").close()
    sebelum = file_hash(tmp_path / "b.sqlite")
    with Store.open(tmp_path / "b.sqlite") as b, pytest.raises(IkiError):
        import_json(b, tmp_path / "jahat.json")
    assert file_hash(tmp_path / "b.sqlite") == sebelum


def test_excel_round_trip(store: Store, tmp_path: Path) -> None:
    dok_id = _dok_id(store)
    instansi = store.list_instansi()[0]
    dok = store.load_dokumen(dok_id)
    export_xlsx(instansi, dok, tmp_path / "a.xlsx")
    hasil = baca_xlsx(tmp_path / "a.xlsx")
    assert dokumen_ke_dict(hasil.dokumen) == dokumen_ke_dict(dok)


def test_package_round_trip_and_old_records_hash_alike(store: Store, tmp_path: Path) -> None:
    dok_id = _dok_id(store)
    hasil = buat_paket(store, tmp_path / "kirim")
    with Store.create(tmp_path / "b.sqlite") as b:
        terapkan_paket(b, baca_paket(hasil.path, b))
        assert semua_tautan(b.load_dokumen(dok_id)) == semua_tautan(store.load_dokumen(dok_id))
        assert semua_tautan(b.load_dokumen(dok_id))


def test_package_with_a_malformed_link_is_refused(store: Store, tmp_path: Path) -> None:
    hasil = buat_paket(store, tmp_path / "kirim")
    conn = sqlite3.connect(hasil.path)
    conn.execute("UPDATE sasaran SET tautan = '{\"ke\": 5}'")
    conn.commit()
    conn.close()
    with Store.create(tmp_path / "b.sqlite") as b, pytest.raises(IkiError):
        baca_paket(hasil.path, b)


def test_json_and_excel_with_a_link_to_nothing_warn_and_keep_it(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from iki_desktop.cli import main

    dok_id = _dok_id(store)
    export_json(store, dok_id, tmp_path / "a.json")
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    jab = data["dokumen"]["jabatan"][1]
    jab["sasaran"][0]["tautan"] = [{"ke": "tidak-ada-lagi", "peran": "mendukung"}]
    (tmp_path / "b.json").write_text(json.dumps(data), "utf-8")
    db = tmp_path / "b.sqlite"
    Store.create(db).close()
    capsys.readouterr()
    assert main(["import-json", "--db", str(db), str(tmp_path / "b.json")]) == 0
    keluar = capsys.readouterr().out
    assert f"PERINGATAN: {jab['nama']}: Sasaran" in keluar and "tidak ada" in keluar
    with Store.open(db) as b:
        dok = b.load_dokumen(dok_id)
        export_xlsx(b.list_instansi()[0], dok, tmp_path / "b.xlsx")
    hasil = baca_xlsx(tmp_path / "b.xlsx")
    assert any(jab["nama"] in p and "tidak ada" in p for p in hasil.peringatan)
