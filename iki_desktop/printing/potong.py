"""Fitting words into narrow boxes without breaking them silently.

reportlab splits a word wider than its column wherever it runs out of room, with no
hyphen ("Kepe|ndudukan"). `pas_kata` cuts such a word beforehand, with a hyphen,
preferring a cut after a vowel (close to an Indonesian syllable boundary), so the
paragraph only ever wraps at spaces and hyphens. Used by the pohon kinerja diagram and
the Matriks Penjenjangan (printing/pohon.py, printing/matriks.py).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from iki_desktop.printing.gaya import Gaya

_VOKAL = set("aiueoAIUEO")


def _potong_satu(kata: str, font: str, ukuran: float, lebar: float) -> list[str]:
    potongan: list[str] = []
    sisa = kata
    while stringWidth(sisa, font, ukuran) > lebar and len(sisa) > 3:
        muat = 1
        while muat < len(sisa) - 1 and stringWidth(sisa[: muat + 1] + "-", font, ukuran) <= lebar:
            muat += 1
        # Step back to just after a vowel when that keeps at least half the piece.
        cut = muat
        for i in range(muat, max(1, muat // 2) - 1, -1):
            if sisa[i - 1] in _VOKAL and sisa[i] not in _VOKAL:
                cut = i
                break
        cut = max(2, min(cut, len(sisa) - 2))
        potongan.append(sisa[:cut] + "-")
        sisa = sisa[cut:]
    return [*potongan, sisa]


def pas_kata(teks: str, font: str, ukuran: float, lebar: float) -> str:
    """`teks` with every word wider than `lebar` cut into hyphenated pieces."""
    if stringWidth(teks, font, ukuran) <= lebar:
        return teks
    baris = []
    for line in teks.split("\n"):
        kata = []
        for w in line.split(" "):
            if w and stringWidth(w, font, ukuran) > lebar:
                kata.append(" ".join(_potong_satu(w, font, ukuran, lebar)))
            else:
                kata.append(w)
        baris.append(" ".join(kata))
    return "\n".join(baris)


@lru_cache(maxsize=32)
def gaya_kotak(gaya: Gaya, ukuran: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(heading, text, small) styles for boxes and matrix cells at `ukuran` points;
    they never split a word themselves (pas_kata has made every word fit)."""

    def st(nama: str, font: str, size: float) -> ParagraphStyle:
        return ParagraphStyle(
            f"{nama}-{size}",
            fontName=font,
            fontSize=size,
            leading=size * 1.18,
            alignment=TA_LEFT,
            splitLongWords=0,
        )

    return (
        st("kotak-kepala", gaya.huruf.bold, ukuran),
        st("kotak-teks", gaya.huruf.regular, ukuran),
        st("kotak-kecil", gaya.huruf.regular, max(5.5, ukuran - 0.5)),
    )
