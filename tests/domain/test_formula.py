from hypothesis import given
from hypothesis import strategies as st

from iki_desktop.domain.formula import (
    Daftar,
    Formula,
    Pecahan,
    Teks,
    formula_ke_teks,
    teks_ke_formula,
)


def test_slash_fraction_with_factor() -> None:
    f = teks_ke_formula("Jumlah aparatur yang puas / Jumlah seluruh aparatur x 100%")
    assert f == Formula(
        [Pecahan("Jumlah aparatur yang puas", "Jumlah seluruh aparatur", "× 100 %")]
    )
    assert f.ada_pecahan


def test_dashed_fraction_from_word_tables() -> None:
    text = "JumlahAparatur OPD yang puas ----- x 100% JumlahAparatur OPD"
    f = teks_ke_formula(text)
    assert f.bagian == [Pecahan("JumlahAparatur OPD yang puas", "JumlahAparatur OPD", "× 100 %")]


def test_latex_fraction_keeps_the_text_before_it() -> None:
    text = r"Laporan koordinasi $\frac{\sum \text{hasil koordinasi}}{\sum \text{seluruh koordinasi}} \times 100 \%$"
    f = teks_ke_formula(text)
    assert f.bagian[0] == Teks("Laporan koordinasi")
    assert f.bagian[1] == Pecahan("Σ hasil koordinasi", "Σ seluruh koordinasi", "× 100 %")


def test_numbered_list_after_intro() -> None:
    f = teks_ke_formula(
        "Jumlah pelaksanaan tugas meliputi : 1. Administrasi Kepegawaian 2. Administrasi Umum"
    )
    assert f.bagian == [
        Teks("Jumlah pelaksanaan tugas meliputi :"),
        Daftar(["Administrasi Kepegawaian", "Administrasi Umum"]),
    ]


def test_ambiguous_text_stays_text() -> None:
    for text in (
        "Hasil survey independen atas penyelenggaraan pelayanan publik",
        "Peraturan Nomor 23 Tahun 2014 dan/atau perubahannya",
        "Jumlah dokumen / laporan yang disusun",
    ):
        assert teks_ke_formula(text) == Formula([Teks(text)])


def test_canonical_text_round_trips_a_sequence() -> None:
    f = Formula([Teks("Dihitung dengan:"), Pecahan("A", "B", "× 100 %"), Daftar(["x", "y"])])
    assert teks_ke_formula(formula_ke_teks(f)) == f


_line = (
    st.text(
        alphabet=st.characters(whitelist_categories=("L", "Nd", "Zs"), blacklist_characters="\n\r"),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: s and not s[0].isdigit())
)


@given(
    st.lists(
        st.one_of(
            st.builds(Pecahan, _line, _line, st.sampled_from(["× 100 %", "× 100", ""])),
            st.builds(Daftar, st.lists(_line, min_size=2, max_size=5)),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_structured_parts_round_trip_through_text(parts: list) -> None:
    f = Formula(parts)
    assert teks_ke_formula(formula_ke_teks(f)) == f


@given(st.text(max_size=300))
def test_parser_never_crashes(text: str) -> None:
    teks_ke_formula(text)


def test_fractions_written_loosely() -> None:
    assert teks_ke_formula("Jumlah desa tertib dibagi jumlah desa (dikalikan 100%)") == Formula(
        [Pecahan("Jumlah desa tertib", "jumlah desa", "× 100 %")]
    )
    assert teks_ke_formula("Jumlah A dibagi Jumlah B x 100%") == Formula.pecahan(
        "Jumlah A", "Jumlah B"
    )
    assert teks_ke_formula("Jumlah ASN/Jumlah seluruh ASN x 100%") == Formula.pecahan(
        "Jumlah ASN", "Jumlah seluruh ASN"
    )
    assert teks_ke_formula("Laporan daerah Σ hasil koordinasi / Σ seluruh koordinasi") == Formula(
        [Teks("Laporan daerah"), Pecahan("Σ hasil koordinasi", "Σ seluruh koordinasi", "")]
    )
    # a target glued to the formula stays, as text after the fraction
    assert teks_ke_formula("A/B X 100 % = 100") == Formula(
        [Pecahan("A", "B", "× 100 %"), Teks("= 100")]
    )
    for teks in ("Jumlah sarana/prasarana layak x 100%", "Jumlah dokumen / laporan disusun"):
        assert teks_ke_formula(teks) == Formula([Teks(teks)])
