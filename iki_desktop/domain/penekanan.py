"""Inline emphasis stored in texts: `<i>fingerprint</i>` marks italics.

Word originals set foreign terms (*fingerprint*, *e-Purchasing*) in italics. A text
keeps that as a minimal markup, the only one there is: `<i>` … `</i>`, lower case,
not nested, on one text. It travels unchanged through the store, JSON and Excel;
printing turns it into italics (every other `<` is escaped and printed as typed);
anything that needs the plain words uses `teks_polos`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def dari_potongan(potongan: Iterable[tuple[bool, str]]) -> str:
    """Markup of (italic?, text) pieces, as a Word or Excel run list gives them.

    Neighbouring italic pieces join into one mark; spaces at the edges of an italic
    run stay outside it ("<i>fingerprint</i> dan", never "<i>fingerprint </i>dan").
    """
    gabung: list[tuple[bool, str]] = []
    for italic, teks in potongan:
        if not teks:
            continue
        if gabung and gabung[-1][0] == italic:
            gabung[-1] = (italic, gabung[-1][1] + teks)
        else:
            gabung.append((italic, teks))
    out: list[str] = []
    for italic, s in gabung:
        if not italic or not s.strip():
            out.append(s)
            continue
        kiri = s[: len(s) - len(s.lstrip())]
        kanan = s[len(s.rstrip()) :]
        out.append(f"{kiri}{miring(s.strip())}{kanan}")
    return "".join(out)
