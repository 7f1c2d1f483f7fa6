"""Flowables for formulas and lists: real fractions and hanging numbered lists."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from iki_desktop.domain.formula import Daftar, Formula, Pecahan, Teks, teks_ke_formula
from iki_desktop.printing import fonts
from iki_desktop.printing.escape import markup
from iki_desktop.printing.pecah import Paragraf

_RULE_GAP = 2.0  # points between the text and the fraction rule
_FAKTOR_GAP = 5.0
# A fraction whose parts together are longer than this (a long paragraph each) is
# printed as numerator / rule / denominator paragraphs: a table row can then split
# inside it across pages, where a drawn fraction would have to fit one page.
PECAHAN_MAKS = 600


def lebar_teks(teks: str, style: ParagraphStyle) -> float:
    """Width of plain text in the style's font, honouring the font fallback."""
    total = 0.0
    for kind, run in fonts.runs(teks):
        font = style.fontName if kind == 0 else fonts.FALLBACK
        if kind == 2:
            run = fonts.PLACEHOLDER * len(run)
        total += stringWidth(run, font, style.fontSize)
    return total


@lru_cache(maxsize=64)
def _gaya_tengah(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_c", parent=style, alignment=TA_CENTER)


@lru_cache(maxsize=256)
def gaya_gantung(style: ParagraphStyle, indent: float, spasi: float = 0.0) -> ParagraphStyle:
    """A hanging-indent style: the marker sits at the left, wrapped lines under the text."""
    return ParagraphStyle(
        f"{style.name}_h{indent:.1f}",
        parent=style,
        leftIndent=indent,
        firstLineIndent=0,
        bulletIndent=0,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        spaceBefore=spasi,
        alignment=TA_JUSTIFY if style.alignment == TA_JUSTIFY else TA_LEFT,
    )


def lebar_penanda(penanda: list[str], style: ParagraphStyle) -> float:
    """Indent that fits the widest marker plus a space."""
    widest = max((stringWidth(p, style.fontName, style.fontSize) for p in penanda), default=0.0)
    return widest + style.fontSize * 0.55


def daftar(items: list[str], penanda: list[str], style: ParagraphStyle) -> list[Flowable]:
    """A hanging list: one Paragraph per item with its marker as the bullet."""
    hanging = gaya_gantung(style, round(lebar_penanda(penanda, style), 1))
    return [
        Paragraf(markup(item), hanging, bulletText=mark)
        for item, mark in zip(items, penanda, strict=True)
    ]


class PecahanFlowable(Flowable):
    """Numerator over a rule over denominator, centred, with the factor beside the rule."""

    def __init__(self, pecahan: Pecahan, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        centre = _gaya_tengah(style)
        self.atas = Paragraf(markup(pecahan.pembilang), centre)
        self.bawah = Paragraf(markup(pecahan.penyebut), centre)
        self.faktor = pecahan.faktor.strip()
        self.faktor_p = Paragraph(markup(self.faktor), style) if self.faktor else None
        self.faktor_w = lebar_teks(self.faktor, style) + 1 if self.faktor else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        side = self.faktor_w + _FAKTOR_GAP if self.faktor else 0.0
        self.inner = max(availWidth - side, availWidth * 0.5)
        self.h_atas = self.atas.wrap(self.inner, availHeight)[1]
        self.h_bawah = self.bawah.wrap(self.inner, availHeight)[1]
        widths = self.atas.getActualLineWidths0() + self.bawah.getActualLineWidths0()
        self.rule = min(self.inner, max(widths, default=10.0) + 4)
        self.avail = availWidth
        self.width = availWidth
        self.height = self.h_atas + self.h_bawah + 2 * _RULE_GAP
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A fraction reads best whole, so it moves to the next page when it can. Only one
        # taller than a whole page is broken up: numerator, a rule line with the factor,
        # denominator, as paragraphs that split further. Nothing is ever cut off.
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight or availHeight < self.style.leading * 3:
            return []
        return self.sebagai_paragraf()

    def sebagai_paragraf(self) -> list[Flowable]:
        """Numerator, a rule line with the factor, denominator: paragraphs that split."""
        centre = _gaya_tengah(self.style)
        garis = "\u2015" * 12 + (f" {self.faktor}" if self.faktor else "")
        return [
            Paragraf(self.atas.text, centre),
            Paragraf(markup(garis), centre),
            Paragraf(self.bawah.text, centre),
        ]

    def draw(self) -> None:
        canv = self.canv
        side = self.faktor_w + _FAKTOR_GAP if self.faktor else 0.0
        block = min(self.rule + side, self.avail)
        x0 = max(0.0, (self.avail - block) / 2)
        centre = x0 + self.rule / 2
        y_rule = self.h_bawah + _RULE_GAP
        self.bawah.drawOn(canv, centre - self.inner / 2, 0)
        self.atas.drawOn(canv, centre - self.inner / 2, y_rule + _RULE_GAP)
        canv.saveState()
        canv.setLineWidth(0.6)
        canv.line(x0, y_rule, x0 + self.rule, y_rule)
        canv.restoreState()
        if self.faktor_p is not None:
            self.faktor_p.wrap(self.faktor_w + 2, 100)
            fx = x0 + self.rule + _FAKTOR_GAP
            # Vertically centre the factor's text on the rule.
            self.faktor_p.drawOn(canv, fx, y_rule - self.style.fontSize * 0.35 - 1)


def formula_flowables(formula: Formula, style: ParagraphStyle) -> list[Flowable]:
    """Flowables of a formula: text paragraphs, fractions and hanging lists."""
    out: list[Flowable] = []
    for bagian in formula.bagian:
        if isinstance(bagian, Teks):
            if bagian.teks.strip():
                out.append(Paragraf(markup(bagian.teks.strip()), style))
        elif isinstance(bagian, Pecahan):
            if len(bagian.pembilang) + len(bagian.penyebut) > PECAHAN_MAKS:
                out.extend(PecahanFlowable(bagian, style).sebagai_paragraf())
            else:
                out.append(PecahanFlowable(bagian, style))
        elif isinstance(bagian, Daftar):
            items = list(bagian.butir)
            out.extend(daftar(items, [f"{i}." for i in range(1, len(items) + 1)], style))
    return out


def teks_atau_daftar(teks: str, style: ParagraphStyle) -> list[Flowable]:
    """Free text in a cell; '1. X' / '2. Y' lines become a hanging list."""
    teks = teks.strip()
    if not teks:
        return []
    if "1." not in teks and "1)" not in teks:
        return [Paragraf(markup(teks), style)]
    formula = teks_ke_formula(teks)
    bagian = formula.bagian
    # Only the list structure is wanted here; anything looking like a fraction stays text.
    if any(isinstance(b, Daftar) for b in bagian) and not any(
        isinstance(b, Pecahan) for b in bagian
    ):
        return formula_flowables(formula, style)
    return [Paragraf(markup(teks), style)]
