"""Enact, revise, verify and print-from-snapshot in the store."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3

import pytest

from iki_desktop.domain.errors import DokumenTerkunci, IkiError
from iki_desktop.domain.model import Indikator, Jabatan, Keputusan, Sasaran, StatusDokumen
from iki_desktop.domain.penetapan import hash_konten, kode_dokumen
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.store import Store
from iki_desktop.store.penetapan import (
    ambil_penetapan,
    bandingkan_versi,
    buat_perubahan,
    daftar_riwayat,
    muat_untuk_cetak,
    riwayat_versi,
    tetapkan,
    verifikasi,
    versi_terkini,
)


def _isi_keputusan(store: Store, dokumen_id: str, nomor: str) -> None:
    kep = copy.deepcopy(store.load_dokumen(dokumen_id).keputusan)
    kep.nomor = nomor
    kep.tanggal = dt.date(2026, 7, 1)
    store.update_keputusan(dokumen_id, kep)


def test_refuses_with_blocking_problems(store: Store, dokumen_id: str) -> None:
    store.update_keputusan(dokumen_id, Keputusan())
    with pytest.raises(IkiError) as err:
        tetapkan(store, dokumen_id, "Siti")
    text = str(err.value)
    assert "Nomor Keputusan belum diisi" in text and "Tanggal penetapan" in text
    assert "Nama penandatangan" in text
    assert store.dokumen_status(dokumen_id) is StatusDokumen.DRAF
    assert store.conn.execute("SELECT count(*) FROM penetapan").fetchone()[0] == 0


def test_enact_freezes_snapshot_hash_and_code(store: Store, dokumen_id: str) -> None:
    dok = store.load_dokumen(dokumen_id)
    instansi = store.get_instansi(dok.instansi_id)
    p = tetapkan(store, dokumen_id, "Siti")
    assert p.content_hash == hash_konten(instansi, dok)
    assert p.kode == kode_dokumen(p.content_hash)
    assert store.dokumen_status(dokumen_id) is StatusDokumen.DITETAPKAN
    assert ambil_penetapan(store, dokumen_id) == p
    # The snapshot is the enacted version and hashes to the same value.
    snap_instansi, snap = p.paket()
    assert snap.ditetapkan and hash_konten(snap_instansi, snap) == p.content_hash
    # Stable across reload.
    ulang = store.load_dokumen(dokumen_id)
    assert hash_konten(store.get_instansi(ulang.instansi_id), ulang) == p.content_hash
    with pytest.raises(IkiError, match="sudah ditetapkan"):
        tetapkan(store, dokumen_id)
    # The penetapan row itself cannot be altered or removed.
    for sql in ("UPDATE penetapan SET kode = 'X'", "DELETE FROM penetapan"):
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(sql)
    aksi = [r[2] for r in daftar_riwayat(store, dokumen_id)]
    assert "Tetapkan dokumen" in aksi


def test_enacted_content_refused_by_every_store_method(store: Store, dokumen_id: str) -> None:
    tetapkan(store, dokumen_id, "Siti")
    dok = store.load_dokumen(dokumen_id)
    instansi = store.get_instansi(dok.instansi_id)
    sebelum = hash_konten(instansi, dok)
    jab = dok.jabatan_urut()[2]
    sas = jab.sasaran[0]
    ind = sas.indikator[0]
    ubah_jab = copy.deepcopy(jab)
    ubah_jab.nama = "Diubah"
    ubah_ind = copy.deepcopy(ind)
    ubah_ind.teks = "Diubah"
    ubah_dok = copy.deepcopy(dok)
    ubah_dok.judul = "Diubah"
    percobaan = [
        lambda: store.update_dokumen_header(ubah_dok),
        lambda: store.update_keputusan(dokumen_id, Keputusan(nomor="X")),
        lambda: store.delete_dokumen(dokumen_id),
        lambda: store.add_jabatan(dokumen_id, Jabatan(nama="Baru")),
        lambda: store.update_jabatan(dokumen_id, ubah_jab),
        lambda: store.move_jabatan(jab.id, None, 0),
        lambda: store.delete_jabatan(jab.id),
        lambda: store.add_sasaran(dokumen_id, jab.id, Sasaran(teks="Baru"), 0),
        lambda: store.update_sasaran(sas.id, "Diubah"),
        lambda: store.move_sasaran(sas.id, 3),
        lambda: store.delete_sasaran(sas.id),
        lambda: store.add_indikator(sas.id, Indikator(teks="Baru"), 0),
        lambda: store.update_indikator(ubah_ind),
        lambda: store.move_indikator(ind.id, sas.id, 5),
        lambda: store.delete_indikator(ind.id),
        lambda: store.import_dokumen(instansi, ubah_dok),
    ]
    for coba in percobaan:
        with pytest.raises(DokumenTerkunci):
            coba()
    # Raw SQL is stopped by the triggers too.
    for sql in (
        "UPDATE indikator SET teks = 'x' WHERE dokumen_id = ?",
        "DELETE FROM jabatan WHERE dokumen_id = ?",
        "UPDATE dokumen SET status = 'draf' WHERE id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(sql, (dokumen_id,))
    setelah = store.load_dokumen(dokumen_id)
    assert hash_konten(instansi, setelah) == sebelum


def test_revision_chain_and_current_version(store: Store, dokumen_id: str) -> None:
    with pytest.raises(IkiError, match="masih draf"):
        buat_perubahan(store, dokumen_id)
    p0 = tetapkan(store, dokumen_id, "Siti")
    rev = buat_perubahan(store, dokumen_id)
    assert rev.revisi == 1 and rev.pendahulu_id == dokumen_id and not rev.ditetapkan
    assert rev.keputusan.nomor == "" and rev.keputusan.tanggal is None
    with pytest.raises(IkiError, match="masih berupa draf"):
        buat_perubahan(store, dokumen_id)
    assert versi_terkini(store, rev.id) == dokumen_id  # the Draf is not in force yet
    with pytest.raises(IkiError, match="belum dapat ditetapkan"):
        tetapkan(store, rev.id)
    _isi_keputusan(store, rev.id, "000.8/99/2026")
    p1 = tetapkan(store, rev.id, "Budi")
    assert p1.kode != p0.kode
    versi = riwayat_versi(store, dokumen_id)
    assert [v.dokumen_id for v in versi] == [dokumen_id, rev.id]
    assert [v.terkini for v in versi] == [False, True]
    assert [v.kode for v in versi] == [p0.kode, p1.kode]
    assert versi_terkini(store, dokumen_id) == rev.id
    with pytest.raises(IkiError, match="sudah diganti"):
        buat_perubahan(store, dokumen_id)
    lama = verifikasi(store, p0.kode)
    assert lama is not None and not lama.terkini and lama.utuh
    baru = verifikasi(store, p1.kode.lower().replace("-", " "))
    assert baru is not None and baru.terkini and baru.revisi == 1
    assert baru.nomor_keputusan == "000.8/99/2026" and baru.tanggal_keputusan == "1 Juli 2026"
    assert baru.instansi == "Kecamatan Wonoasih"


def test_revision_diff_lists_exactly_the_edits(store: Store, dokumen_id: str) -> None:
    tetapkan(store, dokumen_id)
    rev = buat_perubahan(store, dokumen_id)
    lama = store.load_dokumen(dokumen_id)
    nomor_lama, tanggal_lama = lama.keputusan.nomor, lama.keputusan.tanggal
    kep = copy.deepcopy(rev.keputusan)
    kep.nomor, kep.tanggal = nomor_lama, tanggal_lama  # the same decree data: no entry
    store.update_keputusan(rev.id, kep)
    urut = rev.jabatan_urut()
    # 1. change an indikator text
    ind = copy.deepcopy(urut[3].sasaran[0].indikator[0])
    teks_lama = ind.teks
    ind.teks = "Persentase surat yang diarsipkan secara digital"
    store.update_indikator(ind)
    # 2. add a jabatan
    store.add_jabatan(rev.id, Jabatan(nama="Analis Data Kinerja", parent_id=urut[0].id), 0)
    # 3. delete a sasaran
    hapus = urut[5].sasaran[0]
    store.delete_sasaran(hapus.id)

    daftar = bandingkan_versi(store, dokumen_id, rev.id)
    ringkas = sorted((p.aksi, p.objek.split("“")[0].strip(), p.medan) for p in daftar)
    assert ringkas == [
        ("dihapus", "Sasaran", ""),
        ("ditambahkan", "Jabatan", ""),
        ("diubah", "Indikator", "Indikator kinerja"),
    ], [p.teks_lengkap for p in daftar]
    ubah = next(p for p in daftar if p.aksi == "diubah")
    assert (ubah.lama, ubah.baru) == (teks_lama, ind.teks)
    assert any("Analis Data Kinerja" in p.teks for p in daftar)
    assert any(hapus.teks[:30] in p.teks for p in daftar)


def test_diff_across_two_revisions_and_unrelated_years(store: Store, dokumen_id: str) -> None:
    tetapkan(store, dokumen_id)
    r1 = buat_perubahan(store, dokumen_id)
    _isi_keputusan(store, r1.id, "R1")
    tetapkan(store, r1.id)
    r2 = buat_perubahan(store, r1.id)
    ind = copy.deepcopy(r2.jabatan_urut()[4].sasaran[0].indikator[0])
    ind.sumber_data = "Aplikasi e-Kinerja"
    store.update_indikator(ind)
    daftar = [p for p in bandingkan_versi(store, dokumen_id, r2.id) if p.tempat != "Keputusan"]
    assert [(p.aksi, p.medan) for p in daftar] == [("diubah", "Sumber data")]
    # Another year, copied with fresh ids: matched by text; a renamed jabatan is one entry.
    lama = store.load_dokumen(dokumen_id)
    tahun_depan = salin_dokumen(lama, 2027)
    tahun_depan.jabatan_urut()[1].nama = "Sekretaris Camat"
    store.add_dokumen(tahun_depan)
    daftar = bandingkan_versi(store, dokumen_id, tahun_depan.id)
    assert [(p.aksi, p.medan, p.baru) for p in daftar] == [
        ("diubah", "Tahun", "2027"),
        ("diubah", "Nomor", ""),
        ("diubah", "Tanggal penetapan", ""),
        ("diubah", "Nama jabatan", "Sekretaris Camat"),
    ]


def test_print_uses_frozen_snapshot(store: Store, dokumen_id: str) -> None:
    p = tetapkan(store, dokumen_id)
    dok = store.load_dokumen(dokumen_id)
    instansi = store.get_instansi(dok.instansi_id)
    instansi.alamat = ["Jalan Baru 1"]
    instansi.lambang = b"not even a picture"
    store.save_instansi(instansi)  # the Instansi may change after enactment
    cetak_instansi, cetak_dok, kode = muat_untuk_cetak(store, dokumen_id)
    assert kode == p.kode and cetak_dok.ditetapkan
    assert cetak_instansi.alamat != ["Jalan Baru 1"] and cetak_instansi.lambang is None
    assert hash_konten(cetak_instansi, cetak_dok) == p.content_hash
    rev = buat_perubahan(store, dokumen_id)
    i2, d2, k2 = muat_untuk_cetak(store, rev.id)
    assert k2 is None and not d2.ditetapkan and i2.alamat == ["Jalan Baru 1"]


def test_code_collision_gets_a_longer_code(store: Store, dokumen_id: str) -> None:
    dok = store.load_dokumen(dokumen_id)
    instansi = store.get_instansi(dok.instansi_id)
    kode = kode_dokumen(hash_konten(instansi, dok))
    lain = salin_dokumen(dok, 2025)
    store.add_dokumen(lain)
    store.conn.execute(
        "INSERT INTO penetapan VALUES (?, ?, ?, '{}', '2025-01-01', '', '2025-01-01')",
        (lain.id, "0" * 64, kode),
    )
    p = tetapkan(store, dokumen_id)
    assert p.kode.startswith(kode) and len(p.kode) == len(kode) + 3
    hasil = verifikasi(store, p.kode)
    assert hasil is not None and hasil.dokumen_id == dokumen_id


def test_verify_unknown_and_malformed(store: Store, dokumen_id: str) -> None:
    assert verifikasi(store, "IKI-AAAA-BBBB") is None
    assert verifikasi(store, "bukan kode") is None
    p = tetapkan(store, dokumen_id)
    assert verifikasi(store, p.kode) is not None


def test_audit_trail_records_operator(store: Store, dokumen_id: str) -> None:
    store.operator = "Rina"
    store.update_sasaran(store.load_dokumen(dokumen_id).jabatan[2].sasaran[0].id, "Teks baru")
    waktu, operator, aksi, rincian = daftar_riwayat(store, dokumen_id)[-1]
    assert (operator, aksi, rincian) == ("Rina", "Ubah sasaran", "Teks baru")
    assert waktu[:1].isdigit()
