"""Inline emphasis stored in texts: `<i>fingerprint</i>` marks italics.

Word originals set foreign terms (*fingerprint*, *e-Purchasing*) in italics. A text
keeps that as a minimal markup, the only one there is: `<i>` … `</i>`, lower case,
not nested, on one text. It travels unchanged through the store, JSON and Excel;
printing turns it into italics (every other `<` is escaped and printed as typed);
anything that needs the plain words uses `teks_polos`.
"""

from __future__ import annotations

import re

BUKA, TUTUP = "<i>", "</i>"
_POLA = re.compile(r"<i>(.+?)</i>", re.S)


def bagi_penekanan(teks: str) -> list[tuple[bool, str]]:
    """(italic?, text) pieces in order; an unclosed `<i>` stays plain text."""
    out: list[tuple[bool, str]] = []
    last = 0
    for m in _POLA.finditer(teks):
        if m.start() > last:
            out.append((False, teks[last : m.start()]))
        out.append((True, m.group(1)))
        last = m.end()
    if last < len(teks):
        out.append((False, teks[last:]))
    return out


def teks_polos(teks: str) -> str:
    """The text without the emphasis marks."""
    return _POLA.sub(r"\1", teks) if BUKA in teks else teks


def miring(teks: str) -> str:
    """`teks` marked as italic (for importers that read italic runs)."""
    return f"{BUKA}{teks}{TUTUP}" if teks.strip() else teks
