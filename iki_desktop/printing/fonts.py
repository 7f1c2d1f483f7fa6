"""Bundled TrueType fonts and per-character fallback.

Every font is a TTF from `resources/fonts/` and is embedded (subset) in the PDF, so
the printed pages never depend on the fonts of the PC:

- Liberation Sans (SIL OFL 1.1): metric clone of Arial, the usual kabupaten choice.
- Liberation Serif (SIL OFL 1.1): metric clone of Times New Roman. `Huruf.BOOKMAN`
  maps to it because no free *TrueType* Bookman Old Style clone exists (TeX Gyre
  Bonum is CFF-flavoured OpenType, which reportlab cannot embed); Liberation Serif
  is the closest serif face that prints with the same line count as Word.
- DejaVu Sans (Bitstream Vera licence): fallback with wide Unicode coverage for the
  symbols office texts contain (≥ ≤ Σ × – subscripts, Greek, Cyrillic, Arabic).

Characters the body font lacks are set in DejaVu Sans; characters no bundled font
has (most emoji, CJK) become a visible placeholder instead of a black box.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iki_desktop.domain.model import Huruf
from iki_desktop.printing.font_cache import ttfont
from iki_desktop.resources import resource_path

FALLBACK = "IkiFallback"
FALLBACK_BOLD = "IkiFallback-Bold"
# Shown for a character no bundled font can draw (emoji, CJK, private use).
PLACEHOLDER = "\u25a1"  # □ WHITE SQUARE, present in DejaVu Sans


@dataclass(frozen=True)
class Keluarga:
    """Registered reportlab names of one body family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


_FILES: dict[Huruf, tuple[str, str]] = {
    Huruf.ARIAL: ("IkiSans", "LiberationSans"),
    # Bookman Old Style has no free TrueType clone; see module docstring.
    Huruf.BOOKMAN: ("IkiSerif", "LiberationSerif"),
}
_STYLES = (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"), ("-BoldItalic", "BoldItalic"))

# Code points every body face has, and those both fallback faces have, precomputed from
# the TTFs (a test keeps the file in step with them): parsing all ten fonts to learn
# their cmaps costs ~70 ms at every start, while one print needs one family.
CAKUPAN = "fonts/cakupan.json"

_lock = threading.RLock()
_keluarga_terdaftar: set[Huruf] = set()
_fallback_terdaftar = False
_cakupan: tuple[frozenset[int], frozenset[int]] | None = None


def _cmap(font: TTFont) -> frozenset[int]:
    return frozenset(font.face.charToGlyph)


def _ke_rentang(titik: frozenset[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in sorted(titik):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def _dari_rentang(rentang: list[list[int]]) -> frozenset[int]:
    return frozenset(cp for awal, akhir in rentang for cp in range(awal, akhir + 1))


def hitung_cakupan() -> dict[str, list[list[int]]]:
    """The coverage file's content, computed from the bundled TTFs (slow: all ten)."""
    body: frozenset[int] | None = None
    for _, stem in _FILES.values():
        for _, style in _STYLES:
            font = TTFont("_cakupan", str(resource_path(f"fonts/{stem}-{style}.ttf")))
            body = _cmap(font) if body is None else body & _cmap(font)
    fallback = _cmap(TTFont("_cakupan", str(resource_path("fonts/DejaVuSans.ttf"))))
    fallback &= _cmap(TTFont("_cakupan", str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    return {"body": _ke_rentang(body or frozenset()), "fallback": _ke_rentang(fallback)}


def _muat_cakupan() -> tuple[frozenset[int], frozenset[int]]:
    global _cakupan
    if _cakupan is None:
        with _lock:
            if _cakupan is None:
                data = json.loads(resource_path(CAKUPAN).read_text(encoding="utf-8"))
                _cakupan = (_dari_rentang(data["body"]), _dari_rentang(data["fallback"]))
    return _cakupan


def _daftarkan_keluarga(huruf: Huruf) -> None:
    if huruf in _keluarga_terdaftar:
        return
    with _lock:
        if huruf in _keluarga_terdaftar:
            return
        base, stem = _FILES[huruf]
        for suffix, style in _STYLES:
            font = ttfont(base + suffix, resource_path(f"fonts/{stem}-{style}.ttf"))
            pdfmetrics.registerFont(font)
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, base + "-Bold")
        addMapping(base, 0, 1, base + "-Italic")
        addMapping(base, 1, 1, base + "-BoldItalic")
        _keluarga_terdaftar.add(huruf)


def daftarkan_fallback() -> None:
    """Register the fallback faces (done by `runs` as soon as a text needs them)."""
    global _fallback_terdaftar
    if _fallback_terdaftar:
        return
    with _lock:
        if _fallback_terdaftar:
            return
        pdfmetrics.registerFont(ttfont(FALLBACK, resource_path("fonts/DejaVuSans.ttf")))
        pdfmetrics.registerFont(ttfont(FALLBACK_BOLD, resource_path("fonts/DejaVuSans-Bold.ttf")))
        # DejaVu Sans has no italic in the bundle: <i> inside a fallback run stays upright.
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK_BOLD)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK_BOLD)
        _fallback_terdaftar = True


def daftarkan_font() -> None:
    """Register every bundled font (thread-safe, cheap after the first call).

    Printing needs only `keluarga` (one family) and registers the fallback on demand;
    this is for callers that want every face at hand.
    """
    for huruf in _FILES:
        _daftarkan_keluarga(huruf)
    daftarkan_fallback()


def keluarga(huruf: Huruf) -> Keluarga:
    _daftarkan_keluarga(huruf)
    base = _FILES[huruf][0]
    return Keluarga(base, base + "-Bold", base + "-Italic", base + "-BoldItalic")


def body_has(ch: str) -> bool:
    """True when every body face can draw `ch` (one code point)."""
    return ord(ch) in _muat_cakupan()[0]


def fallback_has(ch: str) -> bool:
    return ord(ch) in _muat_cakupan()[1]


def runs(teks: str) -> list[tuple[int, str]]:
    """Split text into runs: 0 = body font, 1 = fallback font, 2 = placeholder needed.

    Control characters other than newline/tab are dropped (they draw as boxes).
    Variation selectors and zero-width joiners that belong to emoji are dropped too.
    """
    if teks.isascii():
        return [(0, teks)]
    body_cover, fallback_cover = _muat_cakupan()
    out: list[tuple[int, str]] = []
    kind_prev = -1
    buf: list[str] = []
    for ch in teks:
        cp = ord(ch)
        if cp in (0xFE0F, 0xFE0E, 0x200D) or (cp < 32 and ch not in "\n\t"):
            continue
        if cp in body_cover or ch in "\n\t":
            kind = 0
        elif cp in fallback_cover:
            kind = 1
        else:
            kind = 2
        if kind != kind_prev and buf:
            out.append((kind_prev, "".join(buf)))
            buf = []
        buf.append(ch)
        kind_prev = kind
    if buf:
        out.append((kind_prev, "".join(buf)))
    if any(kind for kind, _ in out):  # the caller is about to name the fallback font
        daftarkan_fallback()
    return out
