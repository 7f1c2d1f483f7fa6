"""The one way user text enters a reportlab Paragraph.

Paragraph text is a small XML dialect: a stray `<` or `&` in a sasaran would break
the build or, worse, silently drop words. `markup()` escapes every user string,
turns newlines into `<br/>` and wraps characters the body font lacks in the
fallback font (or a placeholder), so nothing prints as a black box.
"""

from __future__ import annotations

from functools import lru_cache

from iki_desktop.printing import fonts

_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _escape(teks: str) -> str:
    return teks.translate(_ESC).replace("\t", " ").replace("\n", "<br/>")


@lru_cache(maxsize=4096)
def markup(teks: str) -> str:
    """Paragraph markup for arbitrary user text (escaped, with font fallback)."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
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
