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

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iki_desktop.domain.model import Huruf
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

_lock = threading.Lock()
_registered = False
_body_cover: frozenset[int] = frozenset()
_fallback_cover: frozenset[int] = frozenset()


def _cmap(font: TTFont) -> frozenset[int]:
    return frozenset(font.face.charToGlyph)


def daftarkan_font() -> None:
    """Register all bundled fonts once per process (thread-safe, cheap after the first call)."""
    global _registered, _body_cover, _fallback_cover
    if _registered:
        return
    with _lock:
        if _registered:
            return
        cover: frozenset[int] | None = None
        for base, stem in _FILES.values():
            for suffix, style in _STYLES:
                font = TTFont(base + suffix, str(resource_path(f"fonts/{stem}-{style}.ttf")))
                pdfmetrics.registerFont(font)
                cover = _cmap(font) if cover is None else cover & _cmap(font)
            addMapping(base, 0, 0, base)
            addMapping(base, 1, 0, base + "-Bold")
            addMapping(base, 0, 1, base + "-Italic")
            addMapping(base, 1, 1, base + "-BoldItalic")
        fb = TTFont(FALLBACK, str(resource_path("fonts/DejaVuSans.ttf")))
        fb_bold = TTFont(FALLBACK_BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(fb)
        pdfmetrics.registerFont(fb_bold)
        # DejaVu Sans has no italic in the bundle: <i> inside a fallback run stays upright.
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK_BOLD)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK_BOLD)
        _body_cover = cover or frozenset()
        _fallback_cover = _cmap(fb) & _cmap(fb_bold)
        _registered = True


def keluarga(huruf: Huruf) -> Keluarga:
    daftarkan_font()
    base = _FILES[huruf][0]
    return Keluarga(base, base + "-Bold", base + "-Italic", base + "-BoldItalic")


def body_has(ch: str) -> bool:
    """True when every body face can draw `ch` (one code point)."""
    daftarkan_font()
    return ord(ch) in _body_cover


def fallback_has(ch: str) -> bool:
    daftarkan_font()
    return ord(ch) in _fallback_cover


def runs(teks: str) -> list[tuple[int, str]]:
    """Split text into runs: 0 = body font, 1 = fallback font, 2 = placeholder needed.

    Control characters other than newline/tab are dropped (they draw as boxes).
    Variation selectors and zero-width joiners that belong to emoji are dropped too.
    """
    daftarkan_font()
    if teks.isascii():
        return [(0, teks)]
    out: list[tuple[int, str]] = []
    kind_prev = -1
    buf: list[str] = []
    for ch in teks:
        cp = ord(ch)
        if cp in (0xFE0F, 0xFE0E, 0x200D) or (cp < 32 and ch not in "\n\t"):
            continue
        if cp in _body_cover or ch in "\n\t":
            kind = 0
        elif cp in _fallback_cover:
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
    return out
