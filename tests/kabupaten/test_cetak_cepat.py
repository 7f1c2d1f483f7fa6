"""Print start-up shortcuts change nothing printed: lazy URI regex, cached font faces."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from iki_desktop.printing import font_cache
from iki_desktop.printing.reportlab_import import PolaMalas
from iki_desktop.resources import resource_path


def test_reportlab_uri_pattern_is_compiled_only_when_used() -> None:
    from reportlab.platypus import paragraph

    assert isinstance(paragraph.uri_pat, PolaMalas)
    assert paragraph.uri_pat.match("https://probolinggokab.go.id/iki")
    assert not paragraph.uri_pat.match("bukan alamat")


def test_cached_face_measures_exactly_like_a_parsed_one(data_dir: Path) -> None:
    ttf = resource_path("fonts/LiberationSerif-Regular.ttf")
    segar = font_cache.ttfont("UjiSegar", ttf)
    berkas = list((data_dir / "cache" / "font").glob("LiberationSerif-Regular-*.face"))
    assert len(berkas) == 1
    dari_cache = font_cache.ttfont("UjiCache", ttf)
    assert dari_cache.face.charWidths == segar.face.charWidths
    assert dari_cache.face._ttf_data == ttf.read_bytes()
    teks = "Persentase pelayanan ≥ 95 % — Kecamatan Wonoasih"
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(segar)
    pdfmetrics.registerFont(dari_cache)
    assert stringWidth(teks, "UjiCache", 11) == stringWidth(teks, "UjiSegar", 11)


def test_a_damaged_cache_file_is_ignored(data_dir: Path) -> None:
    ttf = resource_path("fonts/LiberationSerif-Bold.ttf")
    font_cache.ttfont("UjiA", ttf)
    (berkas,) = (data_dir / "cache" / "font").glob("LiberationSerif-Bold-*.face")
    berkas.write_bytes(b"\x00rusak")
    font = font_cache.ttfont("UjiB", ttf)
    assert font.face.unitsPerEm > 0 and font.face.charWidths


def _pyphen_segar() -> None:
    import pyphen

    pyphen.hdcache.clear()


def test_cached_hyphenation_patterns_break_words_exactly_like_pyphen(data_dir: Path) -> None:
    import pyphen

    from iki_desktop.printing import kamus_cache

    _pyphen_segar()
    segar = kamus_cache.pyphen_id(2, 3)
    (berkas,) = (data_dir / "cache" / "kamus").glob("hyph_id_ID-*.pola")
    _pyphen_segar()
    dari_cache = kamus_cache.pyphen_id(2, 3)
    assert dari_cache.hd is not segar.hd
    assert dari_cache.hd.patterns == segar.hd.patterns
    kata = ["Kependudukan", "pemberdayaan", "kesejahteraan", "Pertanggungjawaban", "xqzvbn"]
    asli = pyphen.Pyphen(filename=str(pyphen.LANGUAGES["id_ID"]), left=2, right=3, cache=False)
    for k in kata:
        assert dari_cache.positions(k) == asli.positions(k)
    _pyphen_segar()
    assert berkas.exists()


def test_a_damaged_pattern_cache_is_ignored(data_dir: Path) -> None:
    from iki_desktop.printing import kamus_cache

    _pyphen_segar()
    kamus_cache.pyphen_id(2, 3)
    (berkas,) = (data_dir / "cache" / "kamus").glob("hyph_id_ID-*.pola")
    for rusak in (b"\x00rusak", __import__("marshal").dumps({"magic": "x", "pola": {"a": 1}})):
        berkas.write_bytes(rusak)
        _pyphen_segar()
        assert kamus_cache.pyphen_id(2, 3).positions("kependudukan") == [2, 5, 7]
    _pyphen_segar()
