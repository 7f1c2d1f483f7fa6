"""Targets, realisasi and PK data: stored, migrated, serialised, hashed, compared, sent."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.domain.errors import DokumenTerkunci, IkiError
from iki_desktop.domain.kinerja import Arah, Kinerja, TingkatPredikat
from iki_desktop.domain.penetapan import hash_konten
from iki_desktop.domain.perbandingan import bandingkan
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.store import Store
from iki_desktop.store.jsonio import export_json, import_json
from iki_desktop.store.penetapan import tetapkan
from iki_desktop.store.schema import KOLOM_INDIKATOR_TERKUNCI, SCHEMA_VERSION
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.conftest import file_hash
from tests.kinerja.bantu import dokumen_bertarget, isi, semua_indikator
from tests.transfer.bantu import dump, segel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_store_round_trip_of_every_new_field(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    instansi.pengaturan.skala_predikat = [TingkatPredikat(85, "Baik"), TingkatPredikat(0, "Kurang")]
    with Store.create(tmp_path / "a.sqlite") as store:
        store.import_dokumen(instansi, dok)
        dimuat = store.load_dokumen(dok.id)
        assert isi(dimuat) == isi(dok)
        assert store.get_instansi(instansi.id).pengaturan.skala_predikat[0].label == "Baik"
    assert isi(paket_dari_dict(json.loads(json.dumps(paket_ke_dict(instansi, dok))))[1]) == isi(dok)


def test_json_file_round_trip_and_schema(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    with Store.create(tmp_path / "a.sqlite") as store:
        store.import_dokumen(instansi, dok)
        export_json(store, dok.id, tmp_path / "d.json")
    with Store.create(tmp_path / "b.sqlite") as store:
        import_json(store, tmp_path / "d.json")
        assert isi(store.load_dokumen(dok.id)) == isi(dok)


def test_json_with_a_bad_target_shape_is_refused(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    data = paket_ke_dict(instansi, dok)
    jabatan = next(j for j in data["dokumen"]["jabatan"] if j["sasaran"])
    jabatan["sasaran"][0]["indikator"][0]["kinerja"]["target_tw"] = ["1"] * 9
    (tmp_path / "d.json").write_text(json.dumps(data), "utf-8")
    with Store.create(tmp_path / "b.sqlite") as store:
        sebelum = dump(store)
        with pytest.raises(IkiError):
            import_json(store, tmp_path / "d.json")
        assert dump(store) == sebelum


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-v*.sqlite")), ids=lambda p: p.stem)
def test_every_committed_fixture_migrates_and_takes_targets(fixture: Path, tmp_path: Path) -> None:
    salinan = tmp_path / fixture.name
    shutil.copy(fixture, salinan)
    with Store.open(salinan) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        dok = store.load_dokumen("d-1")
        ind = semua_indikator(dok)[0]
        assert ind.kinerja == Kinerja() and ind.realisasi == [""] * 4 and dok.pk.kosong
        store.update_kinerja(ind.id, Kinerja(target="95", target_tw=["90", "", "", "95"]))
        store.update_realisasi(ind.id, ["91", "", "", ""])
        again = semua_indikator(store.load_dokumen("d-1"))[0]
        assert again.kinerja.target == "95" and again.realisasi[0] == "91"


def test_targets_lock_on_enactment_realisasi_does_not(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    with Store.create(tmp_path / "a.sqlite") as store:
        store.import_dokumen(instansi, dok)
        tetapkan(store, dok.id)
        ind = semua_indikator(dok)[0]
        kode_hash = store.conn.execute("SELECT content_hash FROM penetapan").fetchone()[0]
        with pytest.raises(DokumenTerkunci):
            store.update_kinerja(ind.id, Kinerja(target="1"))
        with pytest.raises(DokumenTerkunci):
            store.update_pk(dok.id, dok.pk)
        store.update_realisasi(ind.id, ["1", "2", "3", "4"])
        assert semua_indikator(store.load_dokumen(dok.id))[0].realisasi == ["1", "2", "3", "4"]
        # Every other column stays locked in the database itself, whatever writes.
        kolom = [r[1] for r in store.conn.execute("PRAGMA table_info(indikator)")]
        assert set(kolom) - set(KOLOM_INDIKATOR_TERKUNCI) == {"realisasi", "updated_at"}
        for k in KOLOM_INDIKATOR_TERKUNCI:
            nilai = "1" if k != "deleted" else 1
            with pytest.raises(sqlite3.IntegrityError, match="IKI_DOKUMEN_TERKUNCI"):
                store.conn.execute(f"UPDATE indikator SET {k} = ? WHERE id = ?", (nilai, ind.id))
        from iki_desktop.store.penetapan import verifikasi

        kode = store.conn.execute("SELECT kode FROM penetapan").fetchone()[0]
        hasil = verifikasi(store, kode)
        assert hasil is not None and hasil.utuh
        assert kode_hash == hash_konten(*paket_dari_dict(paket_ke_dict(instansi, dok)))


def test_new_fields_enter_the_hash_only_when_set() -> None:
    instansi, dok = dokumen_bertarget()
    polos = copy.deepcopy(dok)
    for ind in semua_indikator(polos):
        ind.kinerja, ind.realisasi = Kinerja(), [""] * 4
    polos.pk = type(dok.pk)()
    h_polos = hash_konten(instansi, polos)
    h = hash_konten(instansi, dok)
    assert h != h_polos
    ind = semua_indikator(dok)[0]
    ind.realisasi = ["9", "9", "9", "9"]
    assert hash_konten(instansi, dok) == h  # realisasi is not enacted content
    ind.kinerja.arah = Arah.TURUN
    assert hash_konten(instansi, dok) != h


def test_diff_lists_target_realisasi_and_program_changes() -> None:
    _, lama = dokumen_bertarget()
    baru = copy.deepcopy(lama)
    ind = semua_indikator(baru)[0]
    ind.kinerja.target = "99"
    ind.kinerja.target_tw[1] = "50"
    ind.realisasi[2] = "70"
    baru.pk.program[0].anggaran = 2_000_000_000
    baru.pk.nama_kepala_daerah = "Bupati Baru"
    medan = {(p.medan, p.baru) for p in bandingkan(lama, baru)}
    assert ("Target", "99") in medan and ("Target TW II", "50") in medan
    assert ("Realisasi TW III", "70") in medan
    assert ("Nama kepala daerah (PK)", "Bupati Baru") in medan
    assert any(m.startswith("Program PK") and "2.000.000.000" in b for m, b in medan)


def test_package_carries_targets_and_refuses_a_bad_one(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    a = Store.create(tmp_path / "a.sqlite")
    a.import_dokumen(instansi, dok)
    paket = buat_paket(a, tmp_path / "a.ikipaket").path
    a.close()
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(paket, b))
    assert isi(b.load_dokumen(dok.id)) == isi(dok)
    b.close()

    for n, (kolom, nilai) in enumerate(
        (
            ("kinerja", '{"target":"1","jahat":1}'),
            ("kinerja", '{"target_tw":["1","2","3","4","5"]}'),
            ("realisasi", '["1", 2]'),
        )
    ):
        jahat = tmp_path / f"jahat-{n}.ikipaket"
        shutil.copy(paket, jahat)
        conn = sqlite3.connect(jahat, isolation_level=None)
        conn.execute(f"UPDATE indikator SET {kolom} = ? WHERE rowid = 1", (nilai,))
        conn.close()
        segel(jahat)
        c_path = tmp_path / f"c-{n}.sqlite"
        Store.create(c_path).close()
        sebelum = file_hash(c_path)
        with Store.open(c_path) as c, pytest.raises(IkiError, match="tidak sah"):
            baca_paket(jahat, c)
        assert file_hash(c_path) == sebelum


def test_new_year_offers_last_years_targets_as_baseline() -> None:
    from iki_desktop.domain.salin import salin_dokumen

    _, lama = dokumen_bertarget(2025)
    baru = salin_dokumen(lama, 2026)
    for a, b in zip(semua_indikator(lama), semua_indikator(baru), strict=True):
        assert b.teks == a.teks and b.satuan == a.satuan
        assert b.kinerja.baseline == a.kinerja.target and b.kinerja.target == ""
        assert b.kinerja.target_tw == [""] * 4 and b.realisasi == [""] * 4
        assert b.kinerja.arah is a.kinerja.arah and b.kinerja.kumulatif == a.kinerja.kumulatif
    ids = {j.id for j in baru.jabatan}
    assert [p.teks for p in baru.pk.program] == [p.teks for p in lama.pk.program]
    assert all(p.jabatan_id is None or p.jabatan_id in ids for p in baru.pk.program)
    assert all(p.anggaran is None for p in baru.pk.program) and baru.pk.tanggal is None
    sama = salin_dokumen(lama, 2025)  # a duplicate keeps its targets
    assert semua_indikator(sama)[0].kinerja == semua_indikator(lama)[0].kinerja


def test_realisasi_of_an_enacted_dokumen_travels_and_conflicts_are_shown(tmp_path: Path) -> None:
    instansi, dok = dokumen_bertarget()
    ind = semua_indikator(dok)[0]
    a = Store.create(tmp_path / "a.sqlite")
    a.import_dokumen(instansi, dok)
    tetapkan(a, dok.id)
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1.ikipaket").path, b))

    a.update_realisasi(ind.id, ["1", "2", "3", "4"])
    pratinjau = baca_paket(buat_paket(a, tmp_path / "2.ikipaket").path, b)
    assert pratinjau.ringkasan["indikator"].berubah == 1 and not pratinjau.dokumen_terkunci
    terapkan_paket(b, pratinjau)
    assert semua_indikator(b.load_dokumen(dok.id))[0].realisasi == ["1", "2", "3", "4"]
    assert len(b.list_dokumen()) == 1  # no copy kept beside the enacted Dokumen

    a.update_realisasi(ind.id, ["1", "2", "3", "5"])
    b.update_realisasi(ind.id, ["1", "2", "3", "6"])
    pratinjau = baca_paket(buat_paket(a, tmp_path / "3.ikipaket").path, b)
    assert [k.id for k in pratinjau.konflik] == [ind.id]
    sebelum = dump(b)
    with pytest.raises(IkiError, match="pakai milik saya"):
        terapkan_paket(b, pratinjau, "keduanya")  # no copy inside an enacted Dokumen
    assert dump(b) == sebelum
    terapkan_paket(b, pratinjau, "kiriman")
    assert semua_indikator(b.load_dokumen(dok.id))[0].realisasi[3] == "5"
    a.close()
    b.close()
