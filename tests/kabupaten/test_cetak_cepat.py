"""Print start-up shortcuts change nothing printed: lazy URI regex, cached font faces and
hyphenation patterns, plain cells without the markup parser."""

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


def test_plain_cells_get_the_same_fragments_as_the_markup_parser() -> None:
    from reportlab.platypus import Paragraph

    from iki_desktop.domain.model import Huruf
    from iki_desktop.printing.escape import markup
    from iki_desktop.printing.gaya import buat_gaya
    from iki_desktop.printing.polos import frags_polos
    from iki_desktop.resources import load_contoh

    _instansi, dokumen = load_contoh()
    teks = {s.teks for j in dokumen.jabatan for s in j.sasaran}
    teks |= {i.teks for j in dokumen.jabatan for s in j.sasaran for i in s.indikator}
    teks |= {"  spasi  ganda\tdan tab ", "50\xa0%", "Ke\xadpen\xaddu\xaddukan", "ÀÉÎ ≥ 95", "x"}
    dibanding = 0
    for huruf in Huruf:
        gaya = buat_gaya(huruf, 11.0)
        for style in (gaya.sel, gaya.sel_kepala, gaya.teks, gaya.judul, gaya.sel_lanjutan):
            for t in sorted(teks):
                polos = frags_polos(markup(t), style)
                if polos is None:
                    continue
                asli = Paragraph(markup(t), style)
                lean = Paragraph(polos[0], style, frags=polos[1])
                assert lean.text == asli.text
                assert [f.__dict__ for f in lean.frags] == [f.__dict__ for f in asli.frags]
                assert lean.wrap(120, 800) == asli.wrap(120, 800)
                assert lean.blPara.lines == asli.blPara.lines
                dibanding += 1
    assert dibanding > 200
    assert frags_polos("<b>tebal</b>", buat_gaya(Huruf.ARIAL, 11.0).sel) is None
    assert frags_polos("A &amp; B", buat_gaya(Huruf.ARIAL, 11.0).sel) is None
