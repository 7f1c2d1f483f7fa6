"""User text folded for a message or a comparison: one line, single spaces."""

from __future__ import annotations


def pendek(teks: str, batas: int = 70) -> str:
    """`teks` with its white space folded, cut to `batas` characters ending in '…'."""
    teks = " ".join(teks.split())
    return teks if len(teks) <= batas else teks[: batas - 1].rstrip() + "…"


def kunci_banding(teks: str) -> str:
    """`teks` folded for comparing: single spaces, case folded ('Desa  A' == 'desa a')."""
    return " ".join(teks.casefold().split())
