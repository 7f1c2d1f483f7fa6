"""Pemeriksaan of targets: missing satuan/target, TW sum, % satuan, absolute words, '= 100'."""

from __future__ import annotations

from iki_desktop.domain.formula import teks_ke_formula
from iki_desktop.domain.kinerja import Kinerja
from iki_desktop.domain.model import Dokumen, Indikator, Sasaran
from iki_desktop.domain.pemeriksaan import periksa_dokumen
from tests.kinerja.bantu import dokumen_bertarget


def _dok(*indikator: Indikator) -> Dokumen:
    return Dokumen(tahun=2026, iku=[Sasaran("Meningkatnya pelayanan", list(indikator))])


def _pesan(dok: Dokumen, ind: Indikator) -> list[str]:
    return [m.pesan for m in periksa_dokumen(dok) if m.id == ind.id and m.jenis == "indikator"]


def _ind(teks: str, satuan: str = "", **kinerja: object) -> Indikator:
    return Indikator(
        teks,
        satuan,
        formula=teks_ke_formula("A / B x 100%"),
        sumber_data="Register",
        kinerja=Kinerja(**kinerja),  # type: ignore[arg-type]
    )


def test_missing_satuan_and_target_once_the_dokumen_uses_targets() -> None:
    kosong = _ind("Jumlah dokumen perencanaan")
    dok = _dok(kosong)
    assert not any("target" in p or "satuan" in p for p in _pesan(dok, kosong))
    dok.iku[0].indikator.append(_ind("Jumlah rapat", "kali", target="12"))
    pesan = _pesan(dok, kosong)
    assert any("belum memiliki satuan" in p for p in pesan)
    assert any("belum memiliki target" in p for p in pesan)
    masalah = [m for m in periksa_dokumen(dok) if m.id == kosong.id]
    assert all(m.tingkat == "peringatan" and not m.memblokir for m in masalah)


def test_cumulative_quarters_must_reach_the_year() -> None:
    kurang = _ind(
        "Jumlah rapat", "kali", target="12", kumulatif=True, target_tw=["3", "3", "3", "2"]
    )
    cukup = _ind("Jumlah surat", "surat", target="12", kumulatif=True, target_tw=["3"] * 4)
    tetap = _ind("Indeks kepuasan", "indeks", target="80", target_tw=["70", "72", "75", "80"])
    dok = _dok(kurang, cukup, tetap)
    assert any("(11) belum mencapai target tahunan (12)" in p for p in _pesan(dok, kurang))
    assert not any("triwulan" in p for p in _pesan(dok, cukup) + _pesan(dok, tetap))


def test_percentage_with_another_satuan() -> None:
    salah = _ind("Persentase layanan tepat waktu", "dokumen", target="90")
    benar = _ind("Persentase pengaduan selesai", "%", target="90")
    dok = _dok(salah, benar)
    assert any("bukan %" in p and "'dokumen'" in p for p in _pesan(dok, salah))
    assert not any("bukan %" in p for p in _pesan(dok, benar))


def test_absolute_words_in_a_target() -> None:
    mutlak = _ind("Desa yang dibina", "desa", target="Semua desa", target_tw=["", "selalu", "", ""])
    dok = _dok(mutlak)
    pesan = _pesan(dok, mutlak)
    assert any("target memuat kata mutlak 'Semua'" in p for p in pesan)
    assert any("target TW II memuat kata mutlak 'selalu'" in p for p in pesan)


def test_number_left_in_a_formula() -> None:
    ind = _ind("Persentase layanan", "%", target="100")
    ind.formula = teks_ke_formula("Layanan selesai / Seluruh layanan x 100% = 100")
    dok = _dok(ind)
    assert any("'= angka'" in p for p in _pesan(dok, ind))


def test_the_complete_sample_raises_none_of_these() -> None:
    _, dok = dokumen_bertarget()
    for s in dok.iku:
        for i in s.indikator:
            i.satuan = i.satuan or "dokumen"
    teks = " ".join(m.pesan for m in periksa_dokumen(dok))
    assert "belum memiliki target" not in teks and "kata mutlak" not in teks
