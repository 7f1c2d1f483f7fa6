"""NIP, date and formula parsing: any text gives a result or an Indonesian IkiError."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_fuzz import coba, pengaturan  # noqa: E402

from iki_desktop.domain.formula import formula_ke_teks, teks_ke_formula  # noqa: E402
from iki_desktop.domain.nip import format_nip, periksa_nip  # noqa: E402
from iki_desktop.domain.tanggal import format_tanggal, parse_tanggal  # noqa: E402

_digit = st.characters(categories=["Nd", "No"])


@st.composite
def _nip_mirip(draw: st.DrawFn) -> str:
    """A valid NIP with a few places changed (digits, foreign digits, separators)."""
    nip = list(
        draw(st.sampled_from(["198201162000121001", "197104201992011003", "199001012021212001"]))
    )
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(nip) - 1))
        nip[pos] = draw(st.one_of(st.sampled_from("0123456789 .-"), _digit))
    return draw(st.sampled_from(["", "NIP. ", "NIP:", "NI PPPK "])) + "".join(nip)


@pengaturan(3)
@given(st.one_of(st.text(max_size=40), _nip_mirip()))
@example("19820116²000121001")
@example("NIP. 19710420 199201 1 003")
def test_nip(teks: str) -> None:
    info, err = coba(periksa_nip, teks)
    if info is not None:
        assert len(format_nip(teks).replace(" ", "")) == 18


_bulan = st.sampled_from(["Januari", "Pebruari", "Agustus", "Des", "Nop.", "xyz", "JANUARI"])
_tanggal_mirip = st.builds(
    lambda a, b, c, sep: f"{a}{sep}{b}{sep}{c}",
    st.one_of(st.integers(0, 40), st.integers(-5, 100000)),
    st.one_of(st.integers(-5, 99).map(str), _bulan),
    st.one_of(st.integers(1900, 2100), st.integers(-5, 100000)),
    st.sampled_from([" ", "-", "/", ".", "  "]),
)


@pengaturan(3)
@given(st.one_of(st.text(max_size=40), _tanggal_mirip))
@example("31 Februari 2026")
@example("0-0-0000")
@example("٣ Januari ٢٠٢٦")
def test_tanggal(teks: str) -> None:
    tanggal, err = coba(parse_tanggal, teks)
    if tanggal is not None:
        assert parse_tanggal(format_tanggal(tanggal)) == tanggal


_potongan_formula = st.sampled_from(
    ["Jumlah A", " / ", "----------", "\n", "× 100 %", "x 100%", "\\frac{a}{b}", "1. ", "2. ",
     "a. ", "meliputi :", "(", ")", "—", "%", "\\frac{", "}{", "}", "___", " "]
)  # fmt: skip


@pengaturan(3)
@given(st.one_of(st.text(max_size=200), st.lists(_potongan_formula, max_size=30).map("".join)))
def test_formula(teks: str) -> None:
    formula, err = coba(teks_ke_formula, teks)
    assert err is None, "teks_ke_formula menolak teks; seharusnya selalu terbaca"
    assert formula is not None
    formula_ke_teks(formula)  # and it can always be written back
