"""Office A sends, office B (with its own data) receives: B holds both, twice changes nothing,
enacted Dokumen travel with their penetapan and are never altered by a merge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.domain.errors import DokumenTerkunci
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.domain.serialize import dokumen_ke_dict
from iki_desktop.store import Store
from iki_desktop.store.schema import APPLICATION_ID
from iki_desktop.store.transfer import (
    PESAN_AMAN,
    baca_paket,
    buat_paket,
    daftar_cadangan,
    terapkan_paket,
)
from tests.conftest import file_hash
from tests.transfer.bantu import dump, kantor, sasaran_ke, tetapkan


def terima(db: Path, paket: Path, keputusan: str | None = None) -> tuple[str, str]:
    """Receive into a closed database file; returns (file hash before, after)."""
    before = file_hash(db)
    with Store.open(db) as store:
        terapkan_paket(store, baca_paket(paket, store), keputusan)
    return before, file_hash(db)


def test_round_trip_b_holds_both_and_twice_changes_nothing(tmp_path: Path) -> None:
    a, inst_a, dok_a = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b, _, dok_b = kantor(tmp_path / "b.sqlite", "Kedopok")
    hasil = buat_paket(a, tmp_path / "wonoasih")
    assert hasil.path.name == "wonoasih.ikipaket" and PESAN_AMAN in hasil.pesan
    assert hasil.jumlah["indikator"] == 133
    a_sebelum = dump(a)

    pratinjau = baca_paket(hasil.path, b)
    assert [i.nama for i in pratinjau.instansi] == ["Wonoasih"]
    assert pratinjau.ringkasan["indikator"].baru == 133 and not pratinjau.konflik
    b_dok_sebelum = dokumen_ke_dict(b.load_dokumen(dok_b.id))
    hasil_terima = terapkan_paket(b, pratinjau)
    assert hasil_terima.berubah and hasil_terima.cadangan is not None
    assert hasil_terima.cadangan.exists()

    assert {d.id for d in b.list_dokumen()} == {dok_a.id, dok_b.id}
    assert dokumen_ke_dict(b.load_dokumen(dok_a.id)) == dokumen_ke_dict(a.load_dokumen(dok_a.id))
    assert dokumen_ke_dict(b.load_dokumen(dok_b.id)) == b_dok_sebelum
    assert b.get_instansi(inst_a.id).nama == "Wonoasih"
    assert dump(a) == a_sebelum  # sending never changes the sender
    a.close()
    b.close()

    before, after = terima(tmp_path / "b.sqlite", hasil.path)
    assert before == after  # the second receive writes nothing at all
    assert len(daftar_cadangan("b")) == 1  # and makes no backup either


def test_package_file_is_self_contained_and_not_wal(tmp_path: Path) -> None:
    a, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    out = tmp_path / "stik"
    out.mkdir()
    hasil = buat_paket(a, out / "kirim.ikipaket")
    assert sorted(p.name for p in out.iterdir()) == ["kirim.ikipaket"]
    head = hasil.path.read_bytes()[:100]
    assert head[18] == 1 and head[19] == 1
    assert int.from_bytes(head[68:72], "big") == APPLICATION_ID
    conn = sqlite3.connect(hasil.path)
    manifest = dict(conn.execute("SELECT kunci, nilai FROM paket_manifest").fetchall())
    assert (conn.execute("SELECT count(*) FROM meta").fetchone()[0]) == 0
    conn.close()
    assert manifest["instansi_nama"] == "Kecamatan Wonoasih"
    assert manifest["checksum"] == hasil.checksum and len(manifest["checksum"]) == 64
    assert set(manifest) >= {"paket_id", "dibuat_at", "versi_program", "versi_skema", "jumlah"}
    # The working database never gets the manifest table.
    tables = {r[0] for r in a.conn.execute("SELECT name FROM sqlite_schema")}
    assert "paket_manifest" not in tables
    a.close()


def test_chosen_dokumen_travel_with_their_predecessor_only(tmp_path: Path) -> None:
    a, inst, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    revisi = salin_dokumen(dok, 2026, instansi_id=inst.id)
    revisi.revisi, revisi.pendahulu_id = 1, dok.id
    a.add_dokumen(revisi)
    lain = salin_dokumen(dok, 2027, instansi_id=inst.id)
    a.add_dokumen(lain)
    hasil = buat_paket(a, tmp_path / "p.ikipaket", [revisi.id])
    ids = {d.id for d in baca_paket(hasil.path).dokumen}
    assert ids == {revisi.id, dok.id}
    a.close()


def test_enacted_dokumen_travels_with_its_penetapan(tmp_path: Path) -> None:
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    kode_asli = tetapkan(a, dok.id)
    paket = buat_paket(a, tmp_path / "p.ikipaket").path
    a.close()
    with Store.create(tmp_path / "kabupaten.sqlite") as kab:
        terapkan_paket(kab, baca_paket(paket, kab))
        assert kab.dokumen_status(dok.id).value == "ditetapkan"
        kode = kab.conn.execute(
            "SELECT kode FROM penetapan WHERE dokumen_id = ?", (dok.id,)
        ).fetchone()
        assert kode == (kode_asli,)
        assert kab.counts(dok.id)["indikator"] == 133
        with pytest.raises(DokumenTerkunci):
            kab.update_sasaran(sasaran_ke(kab.load_dokumen(dok.id)).id, "diubah")


def test_local_enacted_dokumen_is_never_altered_incoming_kept_beside(tmp_path: Path) -> None:
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1.ikipaket").path, b))
    tetapkan(b, dok.id)
    asli = dokumen_ke_dict(b.load_dokumen(dok.id))
    # A keeps editing its Draf and sends again.
    sasaran = sasaran_ke(a.load_dokumen(dok.id))
    a.update_sasaran(sasaran.id, "Diubah di Wonoasih setelah dikirim")
    paket2 = buat_paket(a, tmp_path / "2.ikipaket").path
    pratinjau = baca_paket(paket2, b)
    assert pratinjau.dokumen_terkunci == [dok.id] and not pratinjau.konflik
    hasil = terapkan_paket(b, pratinjau)
    assert len(hasil.salinan_dokumen) == 1
    assert dokumen_ke_dict(b.load_dokumen(dok.id)) == asli
    salinan = b.load_dokumen(hasil.salinan_dokumen[0])
    assert salinan.status.value == "draf" and salinan.pendahulu_id == dok.id
    assert "(kiriman Kecamatan Wonoasih)" in salinan.judul
    assert sasaran_ke(salinan).teks == "Diubah di Wonoasih setelah dikirim"
    b.close()
    before, after = terima(tmp_path / "b.sqlite", paket2)
    assert before == after
    a.close()


def test_incoming_enactment_replaces_an_unchanged_local_draf(tmp_path: Path) -> None:
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1.ikipaket").path, b))
    sasaran = sasaran_ke(a.load_dokumen(dok.id))
    a.update_sasaran(sasaran.id, "Final sebelum penetapan")
    tetapkan(a, dok.id)
    pratinjau = baca_paket(buat_paket(a, tmp_path / "2.ikipaket").path, b)
    assert not pratinjau.konflik
    terapkan_paket(b, pratinjau)
    assert b.dokumen_status(dok.id).value == "ditetapkan"
    assert sasaran_ke(b.load_dokumen(dok.id)).teks == "Final sebelum penetapan"
    assert dokumen_ke_dict(b.load_dokumen(dok.id)) == dokumen_ke_dict(a.load_dokumen(dok.id))
    a.close()
    b.close()


def test_cli_pack_unpack_backup_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _, dok_a = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b, _, _ = kantor(tmp_path / "b.sqlite", "Kedopok")
    a.close()
    b.close()
    pkt = tmp_path / "a.ikipaket"
    assert main(["pack", "--db", str(tmp_path / "a.sqlite"), "--out", str(pkt)]) == 0
    assert "Aman untuk mencabut flashdisk" in capsys.readouterr().out
    h = file_hash(tmp_path / "b.sqlite")
    assert main(["unpack", "--db", str(tmp_path / "b.sqlite"), str(pkt), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Uji coba" in out and "Kecamatan Wonoasih" in out
    assert file_hash(tmp_path / "b.sqlite") == h
    assert main(["unpack", "--db", str(tmp_path / "b.sqlite"), str(pkt)]) == 0
    assert "diterima" in capsys.readouterr().out
    assert main(["pack", "--db", str(tmp_path / "a.sqlite"), "--out", str(pkt),
                 "--dokumen", dok_a.id[:8]]) == 0  # fmt: skip
    backup = tmp_path / "cadangan-manual.sqlite"
    assert main(["backup", "--db", str(tmp_path / "b.sqlite"), "--out", str(backup)]) == 0
    assert main(["backup", "--db", str(tmp_path / "b.sqlite"), "--daftar"]) == 0
    assert "Sebelum menerima paket" in capsys.readouterr().out
    isi_b = dump(tmp_path / "b.sqlite")
    with Store.open(tmp_path / "b.sqlite") as b2:
        b2.delete_dokumen(dok_a.id)
    assert dump(tmp_path / "b.sqlite") != isi_b
    assert main(["restore", "--db", str(tmp_path / "b.sqlite"), str(backup), "--ya"]) == 0
    assert dump(tmp_path / "b.sqlite") == isi_b
    # Hostile input through the CLI: exit code 2 and an Indonesian message.
    junk = tmp_path / "junk.ikipaket"
    junk.write_bytes(b"bukan paket")
    assert main(["unpack", "--db", str(tmp_path / "b.sqlite"), str(junk)]) == 2
    assert "bukan paket IKI Desktop" in capsys.readouterr().err
