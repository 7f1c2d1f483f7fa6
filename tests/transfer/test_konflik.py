"""Edits on both sides since they last agreed are conflicts; each resolution does what it says,
one-sided edits flow without asking, tombstones merge like edits, nothing is silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.conftest import file_hash
from tests.transfer.bantu import dump, kantor, sasaran_ke


@pytest.fixture
def dua_kantor(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A sends its Dokumen to B once: from then on both hold the same, agreed content."""
    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "awal.ikipaket").path, b))
    yield a, b, dok
    a.close()
    b.close()


def kirim(a: Store, tmp_path: Path, nama: str = "lagi") -> Path:
    return buat_paket(a, tmp_path / f"{nama}.ikipaket").path


def teks_sasaran(store: Store, dokumen_id: str, n: int) -> str:
    return sasaran_ke(store.load_dokumen(dokumen_id), n).teks


def semua_teks(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT teks FROM sasaran WHERE deleted = 0")]


def test_one_sided_edits_flow_without_conflict(dua_kantor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, dok = dua_kantor
    s0 = sasaran_ke(a.load_dokumen(dok.id), 0)
    s1 = sasaran_ke(a.load_dokumen(dok.id), 1)
    a.update_sasaran(s0.id, "Diubah hanya di A")
    b.update_sasaran(s1.id, "Diubah hanya di B")
    p = baca_paket(kirim(a, tmp_path), b)
    assert not p.konflik
    assert p.ringkasan["sasaran"].berubah == 1 and p.ringkasan["sasaran"].tetap == 1
    terapkan_paket(b, p)
    assert teks_sasaran(b, dok.id, 0) == "Diubah hanya di A"
    assert teks_sasaran(b, dok.id, 1) == "Diubah hanya di B"
    # And back: A takes B's edit and keeps its own, no conflict either way.
    p = baca_paket(buat_paket(b, tmp_path / "balik.ikipaket").path, a)
    assert not p.konflik
    terapkan_paket(a, p)
    assert teks_sasaran(a, dok.id, 1) == "Diubah hanya di B"
    assert teks_sasaran(a, dok.id, 0) == "Diubah hanya di A"


def test_edits_on_both_sides_are_conflicts_and_undecided_changes_nothing(
    dua_kantor,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    a, b, dok = dua_kantor
    s = sasaran_ke(a.load_dokumen(dok.id), 0)
    a.update_sasaran(s.id, "Versi A")
    b.update_sasaran(s.id, "Versi B")
    p = baca_paket(kirim(a, tmp_path), b)
    assert [(k.tabel, k.id) for k in p.konflik] == [("sasaran", s.id)]
    assert p.konflik[0].kolom_beda == ["teks"]
    sebelum = dump(b)
    with pytest.raises(IkiError, match="konflik") as err:
        terapkan_paket(b, p)
    assert "Versi A" in str(err.value) or "Sasaran" in str(err.value)
    assert dump(b) == sebelum
    with pytest.raises(IkiError, match="tidak dikenal"):
        terapkan_paket(b, p, "timpa-saja")
    assert dump(b) == sebelum


@pytest.mark.parametrize("pilihan", ["milik-saya", "kiriman", "keduanya"])
def test_each_resolution_does_what_it_says_and_twice_changes_nothing(
    dua_kantor,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    pilihan: str,
) -> None:
    a, b, dok = dua_kantor
    s = sasaran_ke(a.load_dokumen(dok.id), 0)
    a.update_sasaran(s.id, "Versi A")
    b.update_sasaran(s.id, "Versi B")
    paket = kirim(a, tmp_path)
    p = baca_paket(paket, b)
    terapkan_paket(b, p, {s.id: pilihan})
    teks = semua_teks(b)
    if pilihan == "milik-saya":
        assert "Versi B" in teks and "Versi A" not in teks
    elif pilihan == "kiriman":
        assert "Versi A" in teks and "Versi B" not in teks
    else:
        assert "Versi B" in teks and "Versi A (kiriman Kecamatan Wonoasih)" in teks
    b.close()
    h = file_hash(b.path)
    with Store.open(b.path) as b2:
        p2 = baca_paket(paket, b2)
        assert not p2.konflik and p2.tanpa_perubahan
        terapkan_paket(b2, p2)
    assert file_hash(b.path) == h


def test_per_record_decisions(dua_kantor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, dok = dua_kantor
    d = a.load_dokumen(dok.id)
    s0, s1 = sasaran_ke(d, 0), sasaran_ke(d, 1)
    for store, tag in ((a, "A"), (b, "B")):
        store.update_sasaran(s0.id, f"nol {tag}")
        store.update_sasaran(s1.id, f"satu {tag}")
    p = baca_paket(kirim(a, tmp_path), b)
    assert {k.id for k in p.konflik} == {s0.id, s1.id}
    terapkan_paket(b, p, {s0.id: "kiriman", s1.id: "milik-saya"})
    assert teks_sasaran(b, dok.id, 0) == "nol A"
    assert teks_sasaran(b, dok.id, 1) == "satu B"


def test_resolution_converges_when_sent_back(dua_kantor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, dok = dua_kantor
    s = sasaran_ke(a.load_dokumen(dok.id), 0)
    a.update_sasaran(s.id, "Versi A")
    b.update_sasaran(s.id, "Versi B")
    terapkan_paket(b, baca_paket(kirim(a, tmp_path), b), "milik-saya")
    # B's choice reaches A: A's version is what B last saw, so A takes B's without asking.
    p = baca_paket(buat_paket(b, tmp_path / "balik.ikipaket").path, a)
    assert not p.konflik
    terapkan_paket(a, p)
    assert teks_sasaran(a, dok.id, 0) == "Versi B"


def test_dokumen_header_conflict_keduanya_imports_a_separate_draf(
    dua_kantor,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    a, b, dok = dua_kantor
    da, db = a.load_dokumen(dok.id), b.load_dokumen(dok.id)
    da.judul, db.judul = "Judul A", "Judul B"
    a.update_dokumen_header(da)
    b.update_dokumen_header(db)
    p = baca_paket(kirim(a, tmp_path), b)
    assert [k.tabel for k in p.konflik] == ["dokumen"]
    hasil = terapkan_paket(b, p, "keduanya")
    judul = sorted(d.judul for d in b.list_dokumen())
    assert judul == ["Judul A (kiriman Kecamatan Wonoasih)", "Judul B"]
    salinan = b.load_dokumen(hasil.salinan_dokumen[0])
    assert b.counts(salinan.id)["indikator"] == 133
    assert salinan.status.value == "draf"
    sebelum = dump(b)
    p2 = baca_paket(kirim(a, tmp_path, "lagi2"), b)
    assert not p2.konflik
    terapkan_paket(b, p2)
    assert dump(b) == sebelum


def test_tombstones_merge_like_edits(dua_kantor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, dok = dua_kantor
    d = a.load_dokumen(dok.id)
    s0, s1 = sasaran_ke(d, 0), sasaran_ke(d, 1)
    a.delete_sasaran(s0.id)  # only A deletes: B follows
    a.delete_sasaran(s1.id)  # A deletes, B edits: a conflict
    b.update_sasaran(s1.id, "B mengubah yang dihapus A")
    p = baca_paket(kirim(a, tmp_path), b)
    assert [k.id for k in p.konflik] == [s1.id]
    jumlah = b.counts(dok.id)["sasaran"]
    terapkan_paket(b, p, "milik-saya")
    assert b.counts(dok.id)["sasaran"] == jumlah - 1
    assert "B mengubah yang dihapus A" in semua_teks(b)
    hapus = b.conn.execute("SELECT deleted FROM sasaran WHERE id = ?", (s0.id,)).fetchone()
    assert hapus == (1,)
