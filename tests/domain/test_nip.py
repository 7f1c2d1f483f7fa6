import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.nip import format_nip, nip_valid, periksa_nip


def test_valid_pns_nip_is_read_and_formatted() -> None:
    info = periksa_nip("198201162000121001")
    assert info.lahir.isoformat() == "1982-01-16"
    assert info.tahun_angkat == 2000 and info.bulan_angkat == 12
    assert info.jenis_kelamin == "Laki-laki" and info.urut == 1 and not info.pppk
    assert format_nip("198201162000121001") == "19820116 200012 1 001"


def test_printed_form_and_prefix_are_accepted() -> None:
    assert nip_valid("NIP. 19710420 199201 1 003")
    assert format_nip("NIP 19710420 199201 1 003") == "19710420 199201 1 003"


def test_pppk_number_is_accepted() -> None:
    info = periksa_nip("199003152022212001")
    assert info.pppk and info.bulan_angkat is None and info.jenis_kelamin == "Perempuan"


@pytest.mark.parametrize(
    ("nip", "reason"),
    [
        ("", "kosong"),
        ("19710420199201100", "18 angka"),
        ("1971042019920110034", "18 angka"),
        ("19711320 199201 1 003", "tanggal lahir"),
        ("19710420 199213 1 003", "Bulan pengangkatan"),
        ("19710420 199201 3 003", "jenis kelamin"),
        ("19710420 199201 1 000", "000"),
        ("19710420 198001 1 003", "Tahun pengangkatan"),
        ("1971O420 199201 1 003", "angka"),
    ],
)
def test_invalid_nip_gives_indonesian_reason(nip: str, reason: str) -> None:
    with pytest.raises(IkiError, match=reason):
        periksa_nip(nip)
    assert not nip_valid(nip)


def test_unformattable_text_is_returned_as_typed() -> None:
    assert format_nip(" 12345 ") == "12345"
