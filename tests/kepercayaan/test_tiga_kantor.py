"""Two offices and the kabupaten edit one draft record: the second edit that reaches the
kabupaten is a conflict there, in the preview and in `unpack`'s table; nothing is lost,
and receiving the same package twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.conftest import file_hash
from tests.kepercayaan.bantu import sebagai
from tests.transfer.bantu import kantor, sasaran_ke


def _terima(store: Store, paket: Path, keputusan: str | None = None) -> None:
    terapkan_paket(store, baca_paket(paket, store), keputusan)


@pytest.fixture
def tiga(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The kabupaten holds a draft and gives it to Wonoasih and Kedopok."""
    with sebagai(tmp_path / "data-kab"):
        kab, _, dok = kantor(tmp_path / "kab.sqlite", "Wonoasih")
        awal = buat_paket(kab, tmp_path / "awal.ikipaket").path
    kantor_lain = {}
    for nama in ("wonoasih", "kedopok"):
        with sebagai(tmp_path / f"data-{nama}"):
            s = Store.create(tmp_path / f"{nama}.sqlite")
            _terima(s, awal)
            kantor_lain[nama] = s
    yield kab, kantor_lain["wonoasih"], kantor_lain["kedopok"], dok
    for s in (kab, *kantor_lain.values()):
        s.close()


def test_second_office_edit_of_the_same_record_is_a_conflict_at_the_kabupaten(
    tiga, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    kab, a, b, dok = tiga
    sid = sasaran_ke(kab.load_dokumen(dok.id), 0).id
    with sebagai(tmp_path / "data-wonoasih"):
        a.update_sasaran(sid, "Versi Wonoasih")
        pa = buat_paket(a, tmp_path / "a.ikipaket").path
    with sebagai(tmp_path / "data-kedopok"):
        b.update_sasaran(sid, "Versi Kedopok")
        pb = buat_paket(b, tmp_path / "b.ikipaket").path
    with sebagai(tmp_path / "data-kab"):
        p = baca_paket(pa, kab)
        assert not p.konflik and p.ringkasan["sasaran"].berubah == 1
        terapkan_paket(kab, p)
        assert sasaran_ke(kab.load_dokumen(dok.id), 0).teks == "Versi Wonoasih"
        p = baca_paket(pb, kab)
        assert [k.id for k in p.konflik] == [sid]
        assert p.ringkasan["sasaran"].konflik == 1
        kab.close()
        sebelum = file_hash(kab.path)
        rc = main(["unpack", "--db", str(kab.path), str(pb)])
        out = capsys.readouterr()
        assert rc == 2 and "Konflik (1)" in out.out and "konflik" in out.err
        assert file_hash(kab.path) == sebelum
        rc = main(["unpack", "--db", str(kab.path), str(pb), "--konflik", "keduanya"])
        assert rc == 0
        with Store.open(kab.path) as k2:
            teks = {r[0] for r in k2.conn.execute("SELECT teks FROM sasaran WHERE deleted = 0")}
        assert "Versi Wonoasih" in teks and any(t.startswith("Versi Kedopok") for t in teks)
        # Same package twice: byte-identical.
        sebelum = file_hash(kab.path)
        rc = main(["unpack", "--db", str(kab.path), str(pb), "--konflik", "keduanya"])
        assert rc == 0 and file_hash(kab.path) == sebelum
        rc = main(["unpack", "--db", str(kab.path), str(pa)])
        assert rc == 0 and file_hash(kab.path) == sebelum


def test_an_office_editing_its_own_record_twice_is_no_conflict(tiga, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kab, a, _, dok = tiga
    sid = sasaran_ke(kab.load_dokumen(dok.id), 0).id
    with sebagai(tmp_path / "data-wonoasih"):
        a.update_sasaran(sid, "Pertama")
        p1 = buat_paket(a, tmp_path / "1.ikipaket").path
        a.update_sasaran(sid, "Kedua")
        p2 = buat_paket(a, tmp_path / "2.ikipaket").path
    with sebagai(tmp_path / "data-kab"):
        _terima(kab, p1)
        p = baca_paket(p2, kab)
        assert not p.konflik
        terapkan_paket(kab, p)
        assert sasaran_ke(kab.load_dokumen(dok.id), 0).teks == "Kedua"
