"""Each document shape prints what real offices print, and nothing invented."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import (
    AwalanTtd,
    Bentuk,
    BentukDokumen,
    Dokumen,
    Instansi,
    Keputusan,
    Pejabat,
    Penandatangan,
)
from iki_desktop.domain.penetapan import hash_konten, konten_kanonik
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.printing import build_pdf, rencana_bagian
from iki_desktop.store import Store
from tests.printing.periksa_pdf import teks_halaman

Paket = tuple[Instansi, Dokumen]


def _bentuk(kecil: Paket, jenis: BentukDokumen, **kw: object) -> Paket:
    instansi, dokumen = copy.deepcopy(kecil)
    dokumen.bentuk = Bentuk(jenis=jenis, **kw)  # type: ignore[arg-type]
    return instansi, dokumen


def _an_bupati() -> Penandatangan:
    return Penandatangan(
        awalan=AwalanTtd.AN,
        jabatan="Bupati Contoh",
        atas_nama="Camat Sukamaju",
        pejabat=Pejabat("Sudjito, S.H.", "Pembina Tingkat I", "197104201992011003"),
    )


def test_without_keputusan_data_no_decree_and_no_lampiran_heading(kecil: Paket) -> None:
    instansi, dokumen = copy.deepcopy(kecil)
    dokumen.keputusan = Keputusan()
    for bagian in (None, ("iki",), ("iku", "iki")):
        teks = "\n".join(teks_halaman(build_pdf(instansi, dokumen, bagian=bagian)))
        assert "MEMUTUSKAN" not in teks and "LAMPIRAN" not in teks and "NOMOR" not in teks
        assert "INDIKATOR KINERJA INDIVIDU" in teks
    with pytest.raises(IkiError, match="Keputusan dokumen ini belum diisi"):
        build_pdf(instansi, dokumen, bagian=("keputusan",))
    # Asked for with other parts, the empty part is skipped and said so.
    rencana = rencana_bagian(dokumen, ("keputusan", "iki"))
    assert rencana.bagian == ("iki",) and "belum diisi" in rencana.dilewati[0]


def test_signed_at_the_end_with_place_date_and_an(kecil: Paket) -> None:
    instansi, dokumen = _bentuk(
        kecil,
        BentukDokumen.TTD_AKHIR,
        tempat="Sukamaju",
        tanggal=dt.date(2019, 1, 19),
        penandatangan=_an_bupati(),
    )
    pages = teks_halaman(build_pdf(instansi, dokumen))
    semua = "\n".join(pages)
    assert "MEMUTUSKAN" not in semua and "LAMPIRAN KEPUTUSAN" not in semua
    akhir = pages[-1]
    for teks in ("Sukamaju, 19 Januari 2019", "a.n. Bupati Contoh", "Camat Sukamaju,", "Sudjito"):
        assert teks in akhir
    assert "NIP. 19710420 199201 1 003" in akhir
    assert semua.count("Sudjito") == 1
    with pytest.raises(IkiError, match="tidak memuat Keputusan"):
        build_pdf(instansi, dokumen, bagian=("keputusan",))


def test_signed_at_the_end_falls_back_to_the_keputusan_signer(kecil: Paket) -> None:
    instansi, dokumen = _bentuk(kecil, BentukDokumen.TTD_AKHIR, tempat="Sukamaju")
    akhir = teks_halaman(build_pdf(instansi, dokumen))[-1]
    assert "Sukamaju" in akhir and "Budi Santoso" in akhir


def test_booklet_cover_visi_tugas_then_tables(kecil: Paket) -> None:
    instansi, dokumen = _bentuk(kecil, BentukDokumen.BUKU)
    pages = teks_halaman(build_pdf(instansi, dokumen))
    assert "INDIKATOR KINERJA UTAMA (IKU)" in pages[0] and "TAHUN 2026" in pages[0]
    assert "KECAMATAN SUKAMAJU" in pages[0] and "- 1 -" not in pages[0]
    assert "VISI, MISI DAN TUJUAN" in pages[1] and "maju dan sejahtera" in pages[1]
    assert "TUGAS DAN FUNGSI" in pages[2] and "Fungsi Camat nomor 1" in pages[2]
    semua = "\n".join(pages)
    assert "MEMUTUSKAN" not in semua and "LAMPIRAN KEPUTUSAN" not in semua
    assert pages[3].index("Linieritas") < pages[3].index("INDIKATOR KINERJA UTAMA (IKU)")
    assert "Budi Santoso" not in semua  # no place and date: the booklet is not signed
    # Without the optional pages, the cascading follows the cover.
    instansi, dokumen = _bentuk(kecil, BentukDokumen.BUKU, halaman_visi=False, halaman_tugas=False)
    pages = teks_halaman(build_pdf(instansi, dokumen))
    assert "Linieritas" in pages[1]


def test_unsigned_working_copy(kecil: Paket) -> None:
    instansi, dokumen = _bentuk(kecil, BentukDokumen.TANPA_TTD)
    semua = "\n".join(teks_halaman(build_pdf(instansi, dokumen)))
    assert "Budi Santoso" not in semua and "NIP." not in semua and "LAMPIRAN" not in semua
    assert "INDIKATOR KINERJA INDIVIDU" in semua


def test_cli_follows_the_shape(
    kecil: Paket, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    instansi, dokumen = _bentuk(kecil, BentukDokumen.BUKU)
    db = tmp_path / "buku.sqlite"
    with Store.create(db) as store:
        store.import_dokumen(instansi, dokumen)
    out = tmp_path / "buku.pdf"
    assert main(["print", "--db", str(db), "--out", str(out)]) == 0
    assert "TAHUN 2026" in teks_halaman(out.read_bytes())[0]
    argv = ["print", "--db", str(db), "--out", str(out), "--bagian", "keputusan,iki"]
    assert main(argv) == 0
    assert "Dilewati: Dokumen berbentuk 'Buku' tidak memuat Keputusan." in capsys.readouterr().err


def test_shape_enters_the_hash_only_when_set(kecil: Paket) -> None:
    instansi, dokumen = kecil
    kanonik = konten_kanonik(instansi, dokumen)
    assert "bentuk" not in kanonik["dokumen"]
    assert all("gabung" not in i for s in kanonik["dokumen"]["iku"] for i in s["indikator"])
    lain = copy.deepcopy(dokumen)
    lain.bentuk = Bentuk(jenis=BentukDokumen.TTD_AKHIR)
    assert hash_konten(instansi, lain) != hash_konten(instansi, dokumen)


def test_signed_at_the_end_worded_ditetapkan_di_as_ngluyu(kecil: Paket, tmp_path: Path) -> None:
    instansi, dokumen = _bentuk(
        kecil,
        BentukDokumen.TTD_AKHIR,
        tempat="Ngluyu",
        tanggal=dt.date(2021, 3, 8),
        penandatangan=_an_bupati(),
        rumusan=RumusanTempat.DITETAPKAN,
    )
    pdf = build_pdf(instansi, dokumen)
    akhir = teks_halaman(pdf)[-1]
    assert "Ditetapkan di" in akhir and "Ngluyu" in akhir
    assert "pada tanggal" in akhir and "8 Maret 2021" in akhir
    assert "Ngluyu, 8 Maret 2021" not in akhir
    assert akhir.index("Ditetapkan di") < akhir.index("a.n. Bupati Contoh") < akhir.index("Sudjito")
    (tmp_path / "ngluyu.pdf").write_bytes(pdf)
    # The wording enters the hash only when it is not the usual "Tempat, tanggal".
    biasa = copy.deepcopy(dokumen)
    biasa.bentuk.rumusan = RumusanTempat.TEMPAT_TANGGAL
    assert "rumusan" not in konten_kanonik(instansi, biasa)["dokumen"]["bentuk"]
    assert hash_konten(instansi, biasa) != hash_konten(instansi, dokumen)
    # It survives the store and the JSON interchange.
    with Store.create(tmp_path / "x.sqlite") as store:
        store.import_dokumen(instansi, dokumen)
        assert store.load_dokumen(dokumen.id).bentuk.rumusan is RumusanTempat.DITETAPKAN
