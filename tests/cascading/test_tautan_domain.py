"""Cascading links in the domain: copy to a new year, revision copies and their diff,
the JSON dict form and the enactment hash."""

from __future__ import annotations

import copy

from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    PeranTautan,
    Sasaran,
    Tautan,
)
from iki_desktop.domain.penetapan import bandingkan, hash_konten, salin_perubahan
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.domain.serialize import dokumen_ke_dict, paket_dari_dict, paket_ke_dict
from iki_desktop.domain.tautan import (
    ganti_vertikal,
    indeks_titik,
    pesan_yatim,
    pilihan_atasan,
    tautan_vertikal,
)
from iki_desktop.resources import load_contoh
from tests.cascading.bantu import dok_bertaut, semua_tautan


def test_every_sasaran_of_the_helper_is_linked() -> None:
    _, dok = dok_bertaut()
    for j in dok.jabatan:
        for s in j.sasaran:
            assert tautan_vertikal(dok, j, s.tautan) is not None, (j.nama, s.teks)


def test_links_follow_a_copy_to_a_new_year() -> None:
    _, dok = dok_bertaut()
    baru = salin_dokumen(dok, 2027)
    assert semua_tautan(baru) == semua_tautan(dok) and semua_tautan(dok)
    ids_lama = set(indeks_titik(dok))
    indeks = indeks_titik(baru)
    for s in [s for j in baru.jabatan for s in j.sasaran]:
        for t in s.tautan:
            assert t.ke in indeks and t.ke not in ids_lama  # points inside the new year


def test_revision_keeps_links_and_the_diff_shows_a_changed_link() -> None:
    _, dok = dok_bertaut()
    rev = salin_perubahan(dok)
    assert semua_tautan(rev) == semua_tautan(dok)
    assert bandingkan(dok, rev) == []  # same links: no difference reported
    sekcam = next(j for j in rev.jabatan if j.nama == "Sekretaris Kecamatan")
    s = sekcam.sasaran[0]
    lain = rev.iku[1] if s.tautan[0].ke == rev.iku[0].id else rev.iku[0]
    s.tautan = ganti_vertikal(rev, sekcam, s.tautan, lain.id)
    beda = [p for p in bandingkan(dok, rev) if p.medan == "Tautan cascading"]
    assert len(beda) == 1
    assert lain.teks[:40] in beda[0].baru and "Sekretaris Kecamatan" in beda[0].tempat


def test_json_dict_round_trip_and_old_files_unchanged() -> None:
    instansi, dok = dok_bertaut()
    data = paket_ke_dict(instansi, dok)
    assert paket_ke_dict(*paket_dari_dict(data)) == data
    # A Dokumen without links writes no "tautan" key at all: old exports stay identical.
    instansi0, contoh = load_contoh()
    assert "tautan" not in str(dokumen_ke_dict(contoh))


def test_hash_without_links_unchanged_and_with_links_by_position() -> None:
    instansi, contoh = load_contoh()
    h0 = hash_konten(instansi, contoh)
    tanpa = copy.deepcopy(contoh)
    for j in tanpa.jabatan:
        for s in j.sasaran:
            s.tautan = []
    assert hash_konten(instansi, tanpa) == h0
    _, dok = dok_bertaut()
    h = hash_konten(instansi, dok)
    j = next(j for j in dok.jabatan if j.parent_id is not None and j.sasaran)
    pilihan = [t for t in pilihan_atasan(dok, j) if t.indikator is None]
    s = j.sasaran[0]
    s.tautan = ganti_vertikal(
        dok, j, s.tautan, pilihan[-1].id if pilihan[0].id == s.tautan[0].ke else pilihan[0].id
    )
    if len(pilihan) > 1:
        assert hash_konten(instansi, dok) != h
    s.tautan.append(Tautan(pilihan[0].id, PeranTautan.BERSAMA))
    assert hash_konten(instansi, dok) != h


def test_orphan_links_are_named_and_kept() -> None:
    _, dok = dok_bertaut()
    assert pesan_yatim(dok) == []
    j = next(j for j in dok.jabatan if j.sasaran)
    j.sasaran[0].tautan = [Tautan("tidak-ada")]
    pesan = pesan_yatim(dok)
    assert len(pesan) == 1 and j.nama in pesan[0] and j.sasaran[0].tautan == [Tautan("tidak-ada")]


def test_lurah_under_the_camat_links_to_the_iku() -> None:
    from iki_desktop.domain.model import Jabatan, Sasaran
    from iki_desktop.resources import load_template

    _, dok = load_template()
    camat = dok.anak(None)[0]
    lurah = Jabatan("Lurah Sukamaju", parent_id=camat.id, urutan=99)
    lurah.sasaran = [Sasaran("Meningkatnya kualitas pelayanan di kelurahan")]
    dok.jabatan.append(lurah)
    pilihan = pilihan_atasan(dok, lurah)
    assert {t.id for t in pilihan} >= {s.id for s in dok.iku}
    assert {t.pemilik for t in pilihan} == {"IKU", "Camat"}
    # A pelaksana two levels down is offered its own atasan only, never the IKU.
    pelaksana = next(j for j in dok.jabatan if j.nama == "Pengelola Keuangan")
    assert {t.pemilik for t in pilihan_atasan(dok, pelaksana)} == {
        "Kepala Subbagian Perencanaan dan Keuangan"
    }


def test_record_hash_of_a_package_ignores_an_empty_link_column() -> None:
    from iki_desktop.store.transfer.umum import hash_isi

    row = {
        "id": "a",
        "dokumen_id": "d",
        "jabatan_id": None,
        "urutan": 0,
        "teks": "x",
        "updated_at": "t",
        "deleted": 0,
    }
    # Before migration 4 a row has no tautan; after it, '[]': one record, one hash.
    assert hash_isi("sasaran", row) == hash_isi("sasaran", row | {"tautan": "[]"})
    assert hash_isi("sasaran", row) != hash_isi("sasaran", row | {"tautan": '[{"ke":"b"}]'})


# The hash of a small linked document, pinned: links are hashed by the printed position of
# their target, so a change to how they enter the hash must be deliberate (it changes codes).
def _bertaut_beku() -> tuple[Instansi, Dokumen]:
    instansi = Instansi(id="00000000-0000-4000-8000-000000000001", nama="Wonoasih")
    iku = Sasaran("Meningkatnya pelayanan", [Indikator("Nilai IKM", id="i1")], id="s1")
    camat = Jabatan("Camat", id="j1")
    kasi = Jabatan("Kepala Seksi Pelayanan", parent_id="j1", id="j2")
    kasi.sasaran = [
        Sasaran(
            "Meningkatnya kualitas layanan",
            [Indikator("Persentase layanan tepat waktu", id="i2", tautan=[Tautan("i1")])],
            id="s2",
            tautan=[Tautan("s1"), Tautan("s1", PeranTautan.BERSAMA)],
        )
    ]
    dok = Dokumen(
        tahun=2026,
        id="00000000-0000-4000-8000-000000000002",
        instansi_id=instansi.id,
        iku=[iku],
        jabatan=[camat, kasi],
    )
    return instansi, dok


HASH_BERTAUT = "8f1f9fc78b5f06ec788987b4c04f4da94cb3183ac5065ae017e6bb9c1c6b11c0"


def test_hash_of_a_linked_document_is_frozen() -> None:
    assert hash_konten(*_bertaut_beku()) == HASH_BERTAUT
