"""The kabupaten's rekap: one row per office, missing offices shown, Excel export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from iki_desktop.cli import main
from iki_desktop.domain.pemeriksaan import periksa_dokumen
from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.store.penetapan import tetapkan
from iki_desktop.store.rekap import KOLOM, atur_kantor_diharapkan, kantor_diharapkan, rekap
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket
from tests.transfer.bantu import kantor


@pytest.fixture
def kab(tmp_path: Path) -> Path:
    """A kabupaten file with Wonoasih (enacted) and Kademangan (draf) received."""
    db = tmp_path / "kab.sqlite"
    store = Store.create(db)
    for nama in ("Wonoasih", "Kademangan"):
        kec, _, dok = kantor(tmp_path / f"{nama}.sqlite", nama)
        if nama == "Wonoasih":
            kec.update_keputusan(dok.id, load_contoh()[1].keputusan)
            tetapkan(kec, dok.id, "Camat")
        paket = buat_paket(kec, tmp_path / f"{nama}.ikipaket").path
        kec.close()
        terapkan_paket(store, baca_paket(paket, store))
    atur_kantor_diharapkan(store, ["Kecamatan Wonoasih", "Kademangan", "Kecamatan Kraksaan"])
    store.close()
    return db


def test_rekap_rows_per_office_with_missing_ones(kab: Path) -> None:
    with Store.open(kab) as store:
        baris = {b.kantor: b for b in rekap(store)}
        assert kantor_diharapkan(store)[-1] == "Kecamatan Kraksaan"
    assert list(baris) == ["Kecamatan Kademangan", "Kecamatan Kraksaan", "Kecamatan Wonoasih"]
    w = baris["Kecamatan Wonoasih"]
    assert w.ada and w.jenis == "kecamatan" and w.pengirim == "Kecamatan Wonoasih"
    assert w.terakhir_diterima and w.teks_diterima != "-"
    assert len(w.sidik_kunci.split()) == 5  # the signing office key, as `key` shows it
    assert (w.jabatan, w.sasaran, w.indikator) == (36, 111, 133)
    assert [d.ditetapkan for d in w.dokumen] == [True]
    assert w.dokumen[0].kode.startswith("IKI-") and w.dokumen[0].sah
    # The same number the window's Pemeriksaan panel shows for that Dokumen.
    with Store.open(kab) as store:
        (info,) = [d for d in store.list_dokumen() if d.instansi_id == w.instansi_id]
        dok = store.load_dokumen(info.id)
        panel = periksa_dokumen(dok, store.get_instansi(w.instansi_id)) + periksa_cascading(dok)
    assert w.peringatan == len(panel) > 0
    k = baris["Kecamatan Kademangan"]
    assert k.teks_dokumen == "2026: Draf"
    assert not baris["Kecamatan Kraksaan"].ada
    with Store.open(kab) as store:
        assert rekap(store, 2031)[0].dokumen == []


def test_cli_rekap_prints_and_exports_to_excel(
    kab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rekap.xlsx"
    assert main(["rekap", "--db", str(kab), "--tahun", "2026", "--out", str(out)]) == 0
    teks = capsys.readouterr().out
    assert "BELUM ADA DATA" in teks and "2 kantor ada datanya, 1 belum ada data" in teks
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    judul = [c.value for c in ws[3]]
    assert judul == list(KOLOM)
    nama = [ws.cell(row=r, column=1).value for r in range(4, 7)]
    assert nama == ["Kecamatan Kademangan", "Kecamatan Kraksaan", "Kecamatan Wonoasih"]
    assert ws.cell(row=6, column=9).value == 133  # a number, so Excel can sum it
    assert ws.auto_filter.ref.startswith("A3")


def test_cli_sets_the_expected_list(
    kab: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    daftar = tmp_path / "daftar.txt"
    daftar.write_text("Kecamatan Wonoasih\n\nKecamatan Paiton\n", encoding="utf-8")
    assert main(["rekap", "--db", str(kab), "--kantor-diharapkan", str(daftar)]) == 0
    assert "2 kantor" in capsys.readouterr().out
    with Store.open(kab) as store:
        assert kantor_diharapkan(store) == ["Kecamatan Wonoasih", "Kecamatan Paiton"]


def test_pemeriksaan_count_follows_an_edit(kab: Path) -> None:
    import dataclasses

    with Store.open(kab) as store:
        sebelum = {b.kantor: b.peringatan for b in rekap(store)}
        dok = next(d for d in store.list_dokumen() if d.status.value == "draf")
        lengkap = store.load_dokumen(dok.id)
        ind = next(i for j in lengkap.jabatan_urut() for s in j.sasaran for i in s.indikator
                   if i.sumber_data)  # fmt: skip
        store.update_indikator(dataclasses.replace(ind, sumber_data=""))
        sesudah = {b.kantor: b.peringatan for b in rekap(store)}
    nama = "Kecamatan Kademangan"
    assert sesudah[nama] == sebelum[nama] + 1
