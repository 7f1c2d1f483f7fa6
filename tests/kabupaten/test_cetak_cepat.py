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
