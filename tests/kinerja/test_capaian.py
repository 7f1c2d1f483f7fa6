"""Capaian and predikat: higher/lower is better, cumulative or not, text targets."""

from __future__ import annotations

import pytest

from iki_desktop.domain.kinerja import (
    Arah,
    Kinerja,
    TingkatPredikat,
    baca_angka,
    baris_capaian,
    format_angka,
    hitung_capaian,
    predikat,
    realisasi_sampai,
    target_sampai,
)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [("97,5", 97.5), ("1.234,5", 1234.5), ("100 %", 100.0), ("1.250", 1250.0), ("12", 12.0),
     ("WTP", None), ("Tersedia", None), ("", None), ("-3,5", -3.5), ("2,5%", 2.5)],
)  # fmt: skip
def test_numbers_with_decimal_comma(teks: str, nilai: float | None) -> None:
    assert baca_angka(teks) == nilai


def test_format_angka() -> None:
    assert format_angka(97.5) == "97,5"
    assert format_angka(1234.0) == "1.234"
    assert format_angka(62.5) == "62,5"
    assert format_angka(2 / 3 * 100) == "66,67"


def test_higher_is_better() -> None:
    assert hitung_capaian("80", "60", Arah.NAIK) == pytest.approx(75.0)
    assert hitung_capaian("80", "100", Arah.NAIK) == pytest.approx(125.0)


def test_lower_is_better_is_inverted() -> None:
    # Target 10 days, took 8: better than target.
    assert hitung_capaian("10", "8", Arah.TURUN) == pytest.approx(120.0)
    assert hitung_capaian("10", "15", Arah.TURUN) == pytest.approx(50.0)
    assert hitung_capaian("10", "30", Arah.TURUN) == 0.0  # never below zero
    assert hitung_capaian("10", "0", Arah.TURUN) == pytest.approx(200.0)


def test_text_target_and_zero_target() -> None:
    assert hitung_capaian("WTP", "wtp", Arah.NAIK) == 100.0
    assert hitung_capaian("WTP", "WDP", Arah.NAIK) == 0.0
    assert hitung_capaian("Tersedia", "12", Arah.NAIK) is None
    assert hitung_capaian("0", "0", Arah.TURUN) == 100.0
    assert hitung_capaian("0", "2", Arah.TURUN) is None
    assert hitung_capaian("80", "", Arah.NAIK) is None


def test_cumulative_sums_quarters_non_cumulative_takes_the_latest() -> None:
    kum = Kinerja(target="100", kumulatif=True, target_tw=["20", "30", "30", "20"])
    assert realisasi_sampai(kum, ["15", "30", "", ""], None) == "45"
    assert realisasi_sampai(kum, ["15", "30", "", ""], 1) == "15"
    assert target_sampai(kum, 2) == "50" and target_sampai(kum, None) == "100"
    b = baris_capaian(kum, ["15", "30", "", ""], 2)
    assert (b.target, b.realisasi, b.capaian, b.predikat) == ("50", "45", 90.0, "Tinggi")

    tetap = Kinerja(target="90", target_tw=["80", "85", "88", "90"])
    assert realisasi_sampai(tetap, ["70", "86", "", ""], None) == "86"
    assert target_sampai(tetap, 2) == "85"
    b = baris_capaian(tetap, ["70", "86", "", ""], 2)
    assert b.capaian == pytest.approx(86 / 85 * 100) and b.predikat == "Sangat Tinggi"
    # Without TW targets every triwulan is measured against the year's target.
    assert target_sampai(Kinerja(target="90"), 1) == "90"


def test_cumulative_lower_is_better() -> None:
    k = Kinerja(target="12", arah=Arah.TURUN, kumulatif=True)
    b = baris_capaian(k, ["3", "3", "3", "6"], None)
    assert b.realisasi == "15" and b.capaian == pytest.approx(75.0) and b.predikat == "Sedang"


def test_predikat_scale_default_and_per_kabupaten() -> None:
    assert [predikat(x) for x in (91, 90.99, 76, 66, 51, 50.9, 0, None)] == [
        "Sangat Tinggi", "Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah",
        "Sangat Rendah", "",
    ]  # fmt: skip
    skala = [TingkatPredikat(100, "Berhasil"), TingkatPredikat(0, "Belum berhasil")]
    assert predikat(100, skala) == "Berhasil" and predikat(99.9, skala) == "Belum berhasil"
