"""The standard templates: a typical IKU and IKI, every sasaran below the head linked
upward, worded as outcomes, and recognised as unadapted examples."""

from __future__ import annotations

import pytest

from iki_desktop.domain.model import JenisInstansi
from iki_desktop.domain.pemeriksaan import periksa_dokumen
from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.domain.tautan import tautan_vertikal
from iki_desktop.resources import load_template, teks_templat


@pytest.mark.parametrize("jenis", list(JenisInstansi))
def test_every_sasaran_and_indikator_is_linked_upward(jenis: JenisInstansi) -> None:
    instansi, dok = load_template(jenis)
    assert instansi.jenis is jenis
    assert len(dok.iku) >= 3
    for j in dok.jabatan:
        assert j.sasaran, j.nama
        for s in j.sasaran:
            assert tautan_vertikal(dok, j, s.tautan) is not None, (j.nama, s.teks)
            assert s.indikator, (j.nama, s.teks)
            for i in s.indikator:
                assert tautan_vertikal(dok, j, i.tautan) is not None, (j.nama, i.teks)
                assert i.sumber_data and not i.formula.kosong, (j.nama, i.teks)
    assert periksa_cascading(dok) == []
    # Nothing else to fix but what only the office knows (its name, the Keputusan).
    assert {m.jenis for m in periksa_dokumen(dok, instansi)} <= {"instansi", "keputusan"}


@pytest.mark.parametrize("jenis", list(JenisInstansi))
def test_sasaran_are_outcomes_not_activities(jenis: JenisInstansi) -> None:
    _, dok = load_template(jenis)
    awal = ("Meningkatnya", "Tertibnya", "Tersedianya", "Tersusunnya")
    for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]:
        assert s.teks.startswith(awal), s.teks


def test_a_new_year_from_the_template_keeps_every_link() -> None:
    _, template = load_template()
    dok = salin_dokumen(template, 2027)
    for j in dok.jabatan:
        for s in j.sasaran:
            assert tautan_vertikal(dok, j, s.tautan) is not None
    assert periksa_cascading(dok) == []


def test_template_texts_are_known_as_examples() -> None:
    _, dok = load_template(JenisInstansi.KELURAHAN)
    assert dok.jabatan[1].sasaran[0].teks in teks_templat()
    assert "Sasaran yang ditulis kantor sendiri" not in teks_templat()


def test_cli_new_kelurahan_template(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from iki_desktop.cli import main
    from iki_desktop.store import Store

    db = tmp_path / "kel.sqlite"
    assert main(["new", "--db", str(db), "--template", "--jenis", "kelurahan"]) == 0
    with Store.open(db) as store:
        instansi = store.list_instansi()[0]
        dok = store.load_dokumen(store.list_dokumen()[0].id)
    assert instansi.jenis is JenisInstansi.KELURAHAN
    assert dok.anak(None)[0].nama == "Lurah" and periksa_cascading(dok) == []
