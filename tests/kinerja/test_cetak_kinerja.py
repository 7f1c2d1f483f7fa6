"""PK, Rencana Aksi and capaian PDFs: every indicator with its numbers, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from iki_desktop.cli import main
from iki_desktop.domain.kinerja import baris_capaian, format_angka
from iki_desktop.domain.model import Dokumen, Indikator
from iki_desktop.domain.nip import format_nip
from iki_desktop.store import Store
from iki_desktop.store.penetapan import tetapkan
from tests.kinerja.bantu import dokumen_bertarget


def _teks(path: Path) -> tuple[str, list[str]]:
    halaman = [p.extract_text() or "" for p in PdfReader(path).pages]
    return " ".join(" ".join(halaman).split()), halaman


def _rapi(teks: str) -> str:
    return " ".join(teks.split())


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, Dokumen]:
    path = tmp_path / "db.sqlite"
    instansi, dok = dokumen_bertarget(2026)
    _, lalu = dokumen_bertarget(2025)
    lalu.instansi_id = instansi.id
    for ind in [i for s in lalu.iku for i in s.indikator]:
        ind.realisasi = ["", "", "", "42,5"]
        ind.kinerja.kumulatif = False
    with Store.create(path) as store:
        store.import_dokumen(instansi, dok)
        store.import_dokumen(instansi, lalu)
    return path, dok


def _cetak(db: Path, out: Path, *extra: str) -> str:
    assert main(["print", "--db", str(db), "--tahun", "2026", "--out", str(out), *extra]) == 0
    return _teks(out)[0]


def _iku(dok: Dokumen) -> list[Indikator]:
    return [i for s in dok.iku for i in s.indikator]


def test_pk_of_the_camat_has_every_iku_indicator_programs_and_parties(
    db: tuple[Path, Dokumen], tmp_path: Path
) -> None:
    path, dok = db
    teks = _cetak(path, tmp_path / "pk.pdf", "--bagian", "pk")
    assert "PERJANJIAN KINERJA TAHUN 2026" in teks and "PIHAK KEDUA" in teks
    assert "No Sasaran" not in teks and "SATUAN TARGET" in teks
    for ind in _iku(dok):
        assert _rapi(ind.teks) in teks
        assert f"{ind.satuan} {ind.kinerja.target}".strip() in teks
    for s in dok.iku:
        assert _rapi(s.teks) in teks
    assert "Program Penyelenggaraan Pemerintahan Rp 1.250.000.000 APBD" in teks
    assert "JUMLAH Rp 1.600.500.000" in teks  # programs of the Camat only
    assert "Kegiatan Administrasi Umum" not in teks
    assert "Drs. H. Bupati Contoh" in teks and "WALIKOTA PROBOLINGGO" in teks
    nip = dok.keputusan.penandatangan.pejabat.nip
    assert f"NIP. {format_nip(nip)}" in teks and "Probolinggo, 6 Januari 2026" in teks


def test_pk_of_a_struktural_jabatan_signs_with_its_atasan(
    db: tuple[Path, Dokumen], tmp_path: Path
) -> None:
    path, dok = db
    jab = next(j for j in dok.jabatan_urut() if j.nama.startswith("Kepala Sub Bagian"))
    atasan = dok.jabatan_by_id(jab.parent_id or "")
    assert atasan is not None
    teks = _cetak(path, tmp_path / "pkj.pdf", "--bagian", "pk", "--jabatan", "Kepala Sub Bagian")
    assert _rapi(atasan.pemangku.nama) in teks and _rapi(jab.pemangku.nama) in teks
    for s in jab.sasaran:
        for ind in s.indikator:
            assert _rapi(ind.teks) in teks and ind.kinerja.target in teks
    assert "Kegiatan Administrasi Umum Rp 75.000.000" in teks


def test_renaksi_has_every_target_per_triwulan_and_action(
    db: tuple[Path, Dokumen], tmp_path: Path
) -> None:
    path, dok = db
    teks = _cetak(path, tmp_path / "renaksi.pdf", "--bagian", "renaksi")
    assert "RENCANA AKSI TAHUN 2026" in teks and "TW I TW II TW III TW IV" in teks
    for ind in _iku(dok):
        k = ind.kinerja
        assert _rapi(ind.teks) in teks and _rapi(k.aksi) in teks
        assert " ".join(x for x in [ind.satuan, k.target, *k.target_tw] if x) in teks


def test_capaian_has_every_indicator_with_capaian_predikat_and_last_year(
    db: tuple[Path, Dokumen], tmp_path: Path
) -> None:
    path, dok = db
    teks = _cetak(path, tmp_path / "capaian.pdf", "--bagian", "capaian")
    assert "CAPAIAN KINERJA TAHUN 2026" in teks and "REALISASI 2025" in teks
    assert "Skala predikat capaian" in teks and "Sangat Rendah" in teks
    for ind in _iku(dok):
        b = baris_capaian(ind.kinerja, ind.realisasi, None)
        capaian = format_angka(b.capaian) if b.capaian is not None else ""
        lalu = "42,5"
        assert _rapi(ind.teks) in teks
        baris = " ".join(x for x in [ind.satuan, lalu, b.target, b.realisasi, capaian] if x)
        assert f"{baris} {b.predikat}" in teks
    # The lower-is-better "Nilai SAKIP": target 4, realisasi 3 -> 125 %.
    assert "hari 42,5 4 3 125 Sangat Tinggi" in teks


def test_capaian_up_to_a_triwulan(db: tuple[Path, Dokumen], tmp_path: Path) -> None:
    path, dok = db
    teks = _cetak(path, tmp_path / "tw2.pdf", "--bagian", "capaian", "--triwulan", "2")
    assert "TARGET S.D. TW II" in teks and "TRIWULAN II" in teks
    for ind in _iku(dok):
        b = baris_capaian(ind.kinerja, ind.realisasi, 2)
        assert _rapi(ind.teks) in teks
        if b.capaian is not None:
            assert f"{b.target} {b.realisasi} {format_angka(b.capaian)} {b.predikat}" in teks


def test_enacted_prints_carry_the_code_and_realisasi_stays_current(
    db: tuple[Path, Dokumen], tmp_path: Path
) -> None:
    path, dok = db
    with Store.open(path) as store:
        kode = tetapkan(store, dok.id).kode
        ind = _iku(dok)[0]
        store.update_realisasi(ind.id, ["81", "", "", ""])
    for bagian in ("pk", "renaksi", "capaian"):
        teks, halaman = _teks_file(path, tmp_path / f"{bagian}.pdf", bagian)
        assert all(kode in h for h in halaman), bagian
        assert "DRAF" not in teks
    teks, _ = _teks_file(path, tmp_path / "c2.pdf", "capaian")
    assert "indeks 42,5 80,5 81 100,62 Sangat Tinggi" in teks


def _teks_file(db: Path, out: Path, bagian: str) -> tuple[str, list[str]]:
    assert main(["print", "--db", str(db), "--tahun", "2026", "--out", str(out),
                 "--bagian", bagian]) == 0  # fmt: skip
    return _teks(out)


def test_mixed_parts_and_bad_triwulan_are_refused(
    db: tuple[Path, Dokumen], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = db
    out = tmp_path / "x.pdf"
    base = ["print", "--db", str(path), "--tahun", "2026", "--out", str(out)]
    assert main([*base, "--bagian", "keputusan,pk"]) != 0
    assert "masing-masing" in capsys.readouterr().err
    assert main([*base, "--bagian", "pk", "--triwulan", "2"]) != 0
    assert "hanya berlaku" in capsys.readouterr().err
    assert not out.exists()


def test_a_long_rencana_aksi_never_leaves_the_signature_alone(tmp_path: Path) -> None:
    from iki_desktop.domain.kinerja import Kinerja
    from iki_desktop.domain.model import Sasaran
    from iki_desktop.printing.siklus import build_pdf_siklus

    instansi, dok = dokumen_bertarget()
    dok.iku = [
        Sasaran(
            f"Sasaran strategis nomor {n} tentang pelayanan dan tata kelola kecamatan",
            [
                Indikator(
                    f"Indikator {n}.{m} yang cukup panjang supaya baris tabelnya tinggi",
                    "%",
                    kinerja=Kinerja("90", target_tw=["80", "85", "88", "90"], aksi="Rapat"),
                )
                for m in range(3)
            ],
        )
        for n in range(9)
    ]
    (tmp_path / "r.pdf").write_bytes(build_pdf_siklus(instansi, dok, "renaksi"))
    halaman = [
        " ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "r.pdf").pages
    ]
    assert len(halaman) >= 2
    nama = dok.keputusan.penandatangan.pejabat.nama
    terakhir = halaman[-1]
    assert nama in terakhir and "Indikator" in terakhir  # rows came along with it
