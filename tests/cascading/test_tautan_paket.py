"""Links in received packages: a malformed link refuses the package (nothing changed);
a link to a record that is not there is kept and flagged by the Pemeriksaan."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.transfer.bantu import kantor
from tests.transfer.test_paket_jahat import ditolak, ubah


@pytest.fixture
def paket(tmp_path: Path) -> Path:
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    path = buat_paket(store, tmp_path / "a.ikipaket").path
    store.close()
    return path


@pytest.mark.parametrize(
    "nilai",
    ['{"ke": "x"}', '[{"ke": 5}]', '[{"ke": "x", "peran": "raja"}]', "[rusak", '["x"]'],
)
def test_malformed_link_refuses_the_package(paket: Path, tmp_path: Path, nilai: str) -> None:
    nilai_sql = nilai.replace("'", "''")
    p = ubah(paket, f"UPDATE sasaran SET tautan = '{nilai_sql}' WHERE rowid = 3")
    store, _, _ = kantor(tmp_path / "b.sqlite", "Kedopok")
    with store:
        ditolak(p, store, "melanggar aturan")


def test_link_to_a_missing_record_is_kept_and_flagged(tmp_path: Path) -> None:
    # A sender whose database holds a link to nothing (e.g. from an imported JSON file).
    a, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    with a.transaction():
        a.conn.execute("""UPDATE sasaran SET tautan = '[{"ke":"tidak-ada"}]' WHERE rowid = 3""")
    p = buat_paket(a, tmp_path / "a2.ikipaket").path
    a.close()
    with Store.create(tmp_path / "b.sqlite") as b:
        terapkan_paket(b, baca_paket(p, b))
        dok = b.load_dokumen(b.list_dokumen()[0].id)
        assert any("sudah tidak ada" in m.pesan for m in periksa_cascading(dok))


def test_both_offices_relinking_one_sasaran_is_a_conflict_on_tautan(tmp_path: Path) -> None:
    from iki_desktop.domain.model import Tautan
    from iki_desktop.domain.tautan import pilihan_atasan

    a, _, dok = kantor(tmp_path / "a.sqlite", "Wonoasih")
    b = Store.create(tmp_path / "b.sqlite")
    terapkan_paket(b, baca_paket(buat_paket(a, tmp_path / "1").path, b))
    j = next(j for j in dok.jabatan if j.parent_id and len(pilihan_atasan(dok, j)) > 2)
    pilihan = pilihan_atasan(dok, j)
    s = j.sasaran[0]
    a.update_tautan(s.id, [Tautan(pilihan[0].id)])
    b.update_tautan(s.id, [Tautan(pilihan[1].id)])
    pratinjau = baca_paket(buat_paket(a, tmp_path / "2").path, b)
    konflik = [k for k in pratinjau.konflik if k.kiriman.get("id") == s.id]
    assert len(konflik) == 1 and konflik[0].kolom_beda == ["tautan"]
    a.close()
    b.close()
