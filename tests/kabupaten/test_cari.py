"""Search over every office: found by any part of a word, in step with every write."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.transfer.bantu import kantor


def semua_teks(store: Store, teks: str) -> list[str]:
    return [h.teks for h in store.cari(teks)]


def test_finds_parts_of_words_with_office_year_and_jabatan(tmp_path: Path) -> None:
    store, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    hasil = store.cari("KERUMAHTANGGA")
    assert hasil and all("kerumahtangga" in h.teks.casefold() for h in hasil)
    h = hasil[0]
    assert h.instansi == "Kecamatan Wonoasih" and h.tahun == 2026
    jabatan = {j.id: j.nama for j in dok.jabatan}
    assert h.jabatan == jabatan[h.jabatan_id]
    assert store.cari("x") == []  # one letter finds nothing on purpose
    store.close()


def test_edits_undo_and_deletes_keep_the_search_in_step(tmp_path: Path) -> None:
    store, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    j = dok.jabatan_urut()[3]
    ind = j.sasaran[0].indikator[0]
    store.update_indikator(dataclasses.replace(ind, teks="Indeks zamrud khatulistiwa"))
    assert semua_teks(store, "zamrud") == ["Indeks zamrud khatulistiwa"]
    assert ind.teks not in semua_teks(store, ind.teks[:30])
    store.update_indikator(ind)  # what an undo does
    assert semua_teks(store, "zamrud") == []
    token = store.delete_jabatan(j.id)
    assert all(h.jabatan_id != j.id for h in store.cari(ind.teks[:30]))
    assert semua_teks(store, j.nama) == [x for x in semua_teks(store, j.nama) if x != j.nama]
    store.undelete(token)
    assert any(h.jabatan_id == j.id for h in store.cari(ind.teks[:30]))
    store.delete_dokumen(dok.id)
    assert store.cari(ind.teks[:30]) == []
    store.close()


def test_received_offices_are_searchable_and_packages_carry_no_index(tmp_path: Path) -> None:
    kec, _, _ = kantor(tmp_path / "kec.sqlite", "Kademangan")
    j = kec.load_dokumen(kec.list_dokumen()[0].id).jabatan_urut()[2]
    kec.update_jabatan(kec.list_dokumen()[0].id, dataclasses.replace(j, nama="Juru Zamrud"))
    paket = buat_paket(kec, tmp_path / "kec.ikipaket").path
    kec.close()
    conn = sqlite3.connect(paket)
    nama = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
    assert not {n for n in nama if n.startswith("cari")}
    kab = Store.create(tmp_path / "kab.sqlite")
    terapkan_paket(kab, baca_paket(paket, kab))
    hasil = kab.cari("zamrud")
    assert [(h.instansi, h.tabel, h.teks) for h in hasil] == [
        ("Kecamatan Kademangan", "jabatan", "Juru Zamrud")
    ]
    kab.close()


def test_cli_cari_lists_office_year_and_jabatan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    store.close()
    assert main(["cari", "--db", str(tmp_path / "a.sqlite"), "kerumahtanggaan"]) == 0
    out = capsys.readouterr().out
    assert "Kecamatan Wonoasih | 2026 | " in out and "hasil." in out
    assert main(["cari", "--db", str(tmp_path / "a.sqlite"), "tidak-ada-zzz"]) == 0
    assert "Tidak ada" in capsys.readouterr().out


@pytest.mark.gui
def test_undo_and_redo_in_the_window_keep_the_search_in_step(tmp_path: Path) -> None:
    from iki_desktop.domain.model import Jabatan
    from iki_desktop.ui.konteks import Konteks
    from iki_desktop.ui.undo.dokumen import HapusJabatan, TambahJabatan

    store, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    konteks = Konteks(store)
    assert konteks.jalankan(TambahJabatan(konteks, dok.id, Jabatan(nama="Juru Zamrud"), 0))
    assert semua_teks(store, "zamrud") == ["Juru Zamrud"]
    konteks.undo_stack.undo()
    assert semua_teks(store, "zamrud") == []
    konteks.undo_stack.redo()
    assert semua_teks(store, "zamrud") == ["Juru Zamrud"]
    j = konteks.dokumen(dok.id).jabatan_urut()[5]
    kata = j.sasaran[0].indikator[0].teks[:25]
    assert konteks.jalankan(HapusJabatan(konteks, dok.id, j))
    assert all(h.jabatan_id != j.id for h in store.cari(kata))
    konteks.undo_stack.undo()
    assert any(h.jabatan_id == j.id for h in store.cari(kata))
    store.close()


def test_a_sasaran_moved_to_another_jabatan_takes_its_indikator_along(tmp_path: Path) -> None:
    store, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    urut = dok.jabatan_urut()
    s = urut[4].sasaran[0]
    store.conn.execute("UPDATE sasaran SET jabatan_id = ? WHERE id = ?", (urut[6].id, s.id))
    hasil = [h for h in store.cari(s.indikator[0].teks) if h.id == s.indikator[0].id]
    assert [h.jabatan for h in hasil] == [urut[6].nama]
    store.close()
