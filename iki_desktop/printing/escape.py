"""The one way user text enters a reportlab Paragraph.

Paragraph text is a small XML dialect: a stray `<` or `&` in a sasaran would break
the build or, worse, silently drop words. `markup()` escapes every user string,
turns newlines into `<br/>` and wraps characters the body font lacks in the
fallback font (or a placeholder), so nothing prints as a black box. The one
markup a user text may carry, `<i>…</i>` (domain.penekanan), becomes italics;
a "%", " :" or "× 100" keeps to the word before it, never wrapping onto a line alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from iki_desktop.domain.penekanan import BUKA, bagi_penekanan
from iki_desktop.printing import fonts

_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _escape(teks: str) -> str:
    return teks.translate(_ESC).replace("\t", " ").replace("\n", "<br/>")


_NBSP = "\u00a0"
# A unit or factor that must stay on the line of what precedes it.
_LEKAT = re.compile(r"(?<=\S) +(?=[%:;](?:\s|$))|(?<=[×x]) +(?=\d)")


@lru_cache(maxsize=4096)
def markup(teks: str) -> str:
    """Paragraph markup for arbitrary user text (escaped, italics, font fallback)."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    if " %" in teks or " :" in teks or " ;" in teks or "×" in teks:
        teks = _LEKAT.sub(_NBSP, teks)
    if BUKA not in teks:
        return _markup_polos(teks)
    return "".join(
        f"<i>{_markup_polos(bagian)}</i>" if italic else _markup_polos(bagian)
        for italic, bagian in bagi_penekanan(teks)
    )


def _markup_polos(teks: str) -> str:
    if teks.isascii():
        return _escape(teks)
    parts: list[str] = []
    for kind, run in fonts.runs(teks):
        if kind == 0:
            parts.append(_escape(run))
        elif kind == 1:
            parts.append(f'<font name="{fonts.FALLBACK}">{_escape(run)}</font>')
        else:
            holder = fonts.PLACEHOLDER * len(run)
            parts.append(f'<font name="{fonts.FALLBACK}">{holder}</font>')
    return "".join(parts)
