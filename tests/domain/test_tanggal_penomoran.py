import datetime as dt

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import GayaDaftar
from iki_desktop.domain.penomoran import diktum_ke, huruf, penanda
from iki_desktop.domain.tanggal import format_tanggal, parse_tanggal


def test_indonesian_date_format() -> None:
    assert format_tanggal(dt.date(2026, 1, 7)) == "7 Januari 2026"
    assert format_tanggal(dt.date(2025, 8, 17)) == "17 Agustus 2025"
    assert format_tanggal(None) == ""


@pytest.mark.parametrize(
    "text",
    ["7 Januari 2026", "07 januari 2026", "7 Jan 2026", "07-01-2026", "7/1/2026", "2026-01-07"],
)
def test_dates_are_read_in_common_forms(text: str) -> None:
    assert parse_tanggal(text) == dt.date(2026, 1, 7)


def test_old_spelling_of_months() -> None:
    assert parse_tanggal("3 Nopember 2020") == dt.date(2020, 11, 3)
    assert parse_tanggal("1 Pebruari 2021") == dt.date(2021, 2, 1)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("31 Februari 2026", "kalender"),
        ("7 Janu 2026", "tidak dikenal"),
        ("kemarin", "tidak dapat dibaca"),
        ("", "kosong"),
    ],
)
def test_bad_dates_are_refused_in_indonesian(text: str, why: str) -> None:
    with pytest.raises(IkiError, match=why):
        parse_tanggal(text)


def test_letter_numbering_continues_after_z() -> None:
    assert [huruf(n) for n in (1, 2, 26, 27, 28, 52, 53)] == ["a", "b", "z", "aa", "ab", "az", "ba"]
    assert penanda(27, GayaDaftar.HURUF) == "aa."
    assert penanda(3, GayaDaftar.ANGKA) == "3."
    assert penanda(3, GayaDaftar.POIN) == "\u2022"


def test_diktum_ordinals() -> None:
    assert [diktum_ke(n) for n in (1, 2, 3, 4, 10, 11, 12, 20, 21)] == [
        "KESATU",
        "KEDUA",
        "KETIGA",
        "KEEMPAT",
        "KESEPULUH",
        "KESEBELAS",
        "KEDUA BELAS",
        "KEDUA PULUH",
        "KEDUA PULUH SATU",
    ]
