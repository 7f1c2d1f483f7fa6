"""Paragraph fragments for plain text without reportlab's markup parser.

Most table cells are plain text: no tag, no entity. reportlab still runs every
paragraph through `ParaParser` (an `html.parser` subclass): wrap the text in
`<para>`, feed it, push and pop a style frame, copy a fragment; about 20 µs each,
over a thousand times per print. For text without `<`, `>` and `&` the result is
always one fragment: the paragraph style's opening fragment carrying the text. That
fragment is parsed once per style (from a one-letter text) and cloned with each
cell's text; the text is cleaned exactly as Paragraph cleans it, and the style's
text transform applied. `Paragraph(text, style, frags=...)` then lays it out and
draws it like any other paragraph, so the page is the same.
"""

from __future__ import annotations

import threading
from typing import Any

from reportlab.platypus.paragraph import ParaParser, cleanBlockQuotedText, textTransformFrags

_BUKAN_POLOS = frozenset("<>&")
_TEMPLAT: dict[int, tuple[Any, dict[str, Any], Any]] = {}
_BATAS_TEMPLAT = 256  # styles made per table (formula, continuation) come and go
_lock = threading.Lock()


def _templat(style: Any) -> Any | None:
    """The opening fragment of `style` (without text), parsed once per style."""
    entry = _TEMPLAT.get(id(style))
    # The style itself is held in the entry, so its id cannot be reused by another
    # object; a style changed after its first paragraph is parsed again.
    if entry is not None and entry[0] is style and entry[1] == style.__dict__:
        return entry[2]
    parser = ParaParser()
    _style, frags, bullet = parser.parse("x", style)
    if frags is None or len(frags) != 1 or bullet or frags[0].text != "x":
        return None
    templat = frags[0]
    with _lock:
        if len(_TEMPLAT) >= _BATAS_TEMPLAT:
            _TEMPLAT.clear()
        _TEMPLAT[id(style)] = (style, dict(style.__dict__), templat)
    return templat


def frags_polos(text: object, style: Any) -> tuple[str, list[Any]] | None:
    """(cleaned text, fragments) for a plain-text paragraph; None when it has markup."""
    if not isinstance(text, str) or not text or not _BUKAN_POLOS.isdisjoint(text):
        return None
    bersih = cleanBlockQuotedText(text)
    if not bersih:
        return None
    templat = _templat(style)
    if templat is None:
        return None
    frag = templat.clone(text=bersih)
    for nama, nilai in frag.__dict__.items():
        if isinstance(nilai, list):  # never share a mutable list between paragraphs
            frag.__dict__[nama] = list(nilai)
    frags = [frag]
    textTransformFrags(frags, style)
    return bersih, frags
