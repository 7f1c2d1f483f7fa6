"""Indonesian hyphenation for narrow table columns.

reportlab cuts a word wider than its column anywhere ("Kepe|ndudukan"). `Paragraf`
is a Paragraph that, once it knows the width it is wrapped to, puts soft hyphens
into the words wider than that whole width: at the syllable boundaries of pyphen's
`id_ID` patterns, or, for a word the patterns cannot break (a code, a foreign
term), between any two letters. reportlab then moves such a word to a line of its
own and breaks it at the last soft hyphen that fits, printing a hyphen there.
Ordinary words keep moving to the next line whole, as in the Word originals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from iki_desktop.printing.polos import frags_polos

if TYPE_CHECKING:
    import pyphen

SHY = "\xad"
_KIRI = 2  # letters that stay before a hyphen ("Ke-pendudukan")
_KANAN = 3  # and after it: never "Kependuduk-an"
# Markup pieces: a tag, an entity, or a run of text between them and whitespace.
_POTONGAN = re.compile(r"(<[^>]*>|&#?\w+;|\s+)")
_HURUF = re.compile(rf"[^\W\d_]{{{_KIRI + _KANAN},}}")


@lru_cache(maxsize=1)
def _kamus() -> pyphen.Pyphen:
    # Loaded on the first word too wide for its column, not at import; the parsed
    # patterns come from the disk cache (see kamus_cache).
    from iki_desktop.printing.kamus_cache import pyphen_id

    return pyphen_id(_KIRI, _KANAN)


@lru_cache(maxsize=4096)
def sisip_kata(kata: str) -> str:
    """The letters of `kata` with soft hyphens where it may break."""
    titik = _kamus().positions(kata)
    if not titik:
        # No syllable the patterns know: any letter boundary, still with a hyphen.
        titik = list(range(_KIRI, len(kata) - _KANAN + 1))
    out, last = [], 0
    for n in titik:
        out.append(kata[last:n])
        last = n
    out.append(kata[last:])
    return SHY.join(out)


@lru_cache(maxsize=16384)
def _lebar(teks: str, font: str, ukuran: float) -> float:
    # Words repeat all through a document: measure each once.
    return float(stringWidth(teks, font, ukuran))


def sisip(markup: str, font: str, ukuran: float, batas: float) -> str:
    """Paragraph markup with soft hyphens in every text run wider than `batas`."""
    # A little slack: punctuation and a bold or italic run may be wider.
    batas_kata = batas - ukuran * 0.5
    # No glyph is wider than about one em: a run this short always fits.
    pasti_muat = int(batas_kata / ukuran)
    if len(markup) <= pasti_muat:
        return markup
    parts = _POTONGAN.split(markup)
    changed = False
    for n, part in enumerate(parts):
        if len(part) <= pasti_muat or part[0] in "<&" or part.isspace():
            continue
        if _lebar(part, font, ukuran) > batas_kata:
            parts[n] = _HURUF.sub(lambda m: sisip_kata(m.group(0)), part)
            changed = True
    return "".join(parts) if changed else markup


def _siapkan(para: Paragraph, text: str | None, style: object, *args: object, **kw: object) -> None:
    # Plain text skips the markup parser (see polos.py); anything else is parsed.
    polos = None if args or "frags" in kw else frags_polos(text, style)
    if polos is None:
        Paragraph.__init__(para, text, style, *args, **kw)  # type: ignore[arg-type]
    else:
        Paragraph.__init__(para, polos[0], style, frags=polos[1], **kw)  # type: ignore[arg-type]


class Paragraf(Paragraph):
    """A Paragraph that hyphenates words too wide for the width it is wrapped to."""

    def __init__(self, text: str | None, style: object, *args: object, **kw: object) -> None:
        _siapkan(self, text, style, *args, **kw)
        self._teks_asli = text
        self._batas: float | None = None
        self._dibungkus: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width only: a table asks again and again.
        if availWidth == self._dibungkus and "blPara" in self.__dict__:
            return self.width, self.height
        teks = self._teks_asli
        st = self.style
        batas = round(availWidth - st.leftIndent - st.rightIndent, 1)
        if teks and batas != self._batas:
            self._batas = batas
            baru = sisip(teks, st.fontName, st.fontSize, batas)
            if baru is not teks:
                # Parse again with the break points; the original text is kept so
                # that a later wrap at another width starts from it.
                _siapkan(self, baru, st, bulletText=self.bulletText)
                self._teks_asli = teks
        size = super().wrap(availWidth, availHeight)
        self._dibungkus = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(super().split(availWidth, availHeight))
