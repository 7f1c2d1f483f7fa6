"""Structured formulas ("penjelasan/formulasi perhitungan").

Real documents use free text, fractions ("Jumlah A / Jumlah B x 100%"), numbered
lists ("... meliputi : 1. X 2. Y") and sequences of these. A `Formula` keeps the
structure so that print can draw a real fraction and Excel can write readable text.

`formula_ke_teks` writes a canonical multi-line text form and `teks_ke_formula`
reads it back (and reads the looser forms found in legacy Word/Excel files), so
text round-trips: teks_ke_formula(formula_ke_teks(f)) == f for every formula whose
parts are themselves unambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FAKTOR_PERSEN = "× 100 %"


@dataclass
class Teks:
    teks: str = ""


@dataclass
class Pecahan:
    pembilang: str = ""
    penyebut: str = ""
    faktor: str = FAKTOR_PERSEN  # printed beside the fraction; may be empty


@dataclass
class Daftar:
    butir: list[str] = field(default_factory=list)


Bagian = Teks | Pecahan | Daftar


@dataclass
class Formula:
    bagian: list[Bagian] = field(default_factory=list)

    @property
    def kosong(self) -> bool:
        return not any(_bagian_isi(b) for b in self.bagian)

    @property
    def ada_pecahan(self) -> bool:
        return any(isinstance(b, Pecahan) for b in self.bagian)

    @classmethod
    def teks(cls, teks: str) -> Formula:
        return cls([Teks(teks)]) if teks else cls()

    @classmethod
    def pecahan(cls, pembilang: str, penyebut: str, faktor: str = FAKTOR_PERSEN) -> Formula:
        return cls([Pecahan(pembilang, penyebut, faktor)])


def _bagian_isi(b: Bagian) -> bool:
    if isinstance(b, Teks):
        return bool(b.teks.strip())
    if isinstance(b, Pecahan):
        return bool(b.pembilang.strip() or b.penyebut.strip())
    return any(x.strip() for x in b.butir)


# ---------------------------------------------------------------- to text

GARIS = "-" * 10


def formula_ke_teks(formula: Formula) -> str:
    """Canonical readable text: a fraction is three lines, numerator / dashes / denominator."""
    lines: list[str] = []
    for b in formula.bagian:
        if isinstance(b, Teks):
            lines.append(b.teks)
        elif isinstance(b, Pecahan):
            lines.append(b.pembilang)
            lines.append(f"{GARIS} {b.faktor}".rstrip())
            lines.append(b.penyebut)
        else:
            lines.extend(f"{i}. {item}" for i, item in enumerate(b.butir, start=1))
    return "\n".join(lines)


def formula_satu_baris(formula: Formula) -> str:
    """A one-line rendering for table cells in the editor and for search."""
    parts: list[str] = []
    for b in formula.bagian:
        if isinstance(b, Teks):
            parts.append(b.teks)
        elif isinstance(b, Pecahan):
            parts.append(f"({b.pembilang}) / ({b.penyebut}) {b.faktor}".rstrip())
        else:
            parts.append(" ".join(f"{i}. {item}" for i, item in enumerate(b.butir, 1)))
    return " ".join(p for p in parts if p)


# ---------------------------------------------------------------- from text

_DASH_LINE = re.compile(r"^\s*[-_–—]{3,}\s*(?P<faktor>[x×X*]\s*100\s*%?)?\s*$")
_FAKTOR = re.compile(r"\s*[x×X*]\s*100\s*(%|persen)?\s*$")
_DASH_INLINE = re.compile(
    r"^(?P<a>.+?)\s*[-_–—]{3,}\s*(?P<faktor>[x×X*]\s*100\s*%)?\s*(?P<b>.+)$", re.S
)
_LATEX_FRAC = re.compile(
    r"\$?\s*\\frac\{(?P<a>(?:[^{}]|\{[^{}]*\})*)\}\{(?P<b>(?:[^{}]|\{[^{}]*\})*)\}"
    r"\s*(?P<faktor>\\times\s*100\s*(?:\\?%)?)?\s*\$?"
)
_LIST_MARK = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+")


def _norm_faktor(raw: str | None) -> str:
    if not raw:
        return ""
    return FAKTOR_PERSEN if "%" in raw or "persen" in raw else "× 100"


def _clean(s: str) -> str:
    return re.sub(r"[ \t]+", " ", s).strip()


def _latex_text(s: str) -> str:
    s = re.sub(r"\\text\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\sum", "Σ").replace("\\&", "&").replace("\\%", "%")
    s = s.replace("\\times", "×").replace("\\", "")
    return _clean(s)


def _numbered_list(text: str) -> tuple[str, list[str]] | None:
    """Split 'intro 1. a 2. b' into ('intro', ['a', 'b']) when numbers run 1..n, n >= 2."""
    marks = list(_LIST_MARK.finditer(text))
    # Find the longest run of consecutive numbers starting at 1.
    best: list[re.Match[str]] = []
    for start, m in enumerate(marks):
        if m.group(1) != "1":
            continue
        run = [m]
        expected = 2
        for other in marks[start + 1 :]:
            if int(other.group(1)) == expected:
                run.append(other)
                expected += 1
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return None
    intro = text[: best[0].start()]
    items = []
    for i, m in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        items.append(_clean(text[m.end() : end]))
    if any(not item for item in items):
        return None
    return _clean(intro), items


def teks_ke_formula(text: str) -> Formula:
    """Read a formula from text; structure is recognised only where it is unambiguous."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return Formula()

    lines = text.split("\n")
    dash_rows = [i for i, line in enumerate(lines) if _DASH_LINE.match(line)]
    if dash_rows:
        return _from_lines(lines)

    latex = list(_LATEX_FRAC.finditer(text))
    if len(latex) == 1:
        m = latex[0]
        before = _clean(text[: m.start()])
        after = _clean(text[m.end() :])
        parts: list[Bagian] = []
        if before:
            parts.append(Teks(before))
        parts.append(
            Pecahan(
                _latex_text(m.group("a")),
                _latex_text(m.group("b")),
                _norm_faktor(
                    "%" if m.group("faktor") and "%" in m.group("faktor") else m.group("faktor")
                ),
            )
        )
        if after:
            parts.append(Teks(after))
        return Formula(parts)

    flat = _clean(text.replace("\n", " "))
    inline = _DASH_INLINE.match(flat)
    if inline and flat.count("---") >= 1 and len(re.findall(r"[-_–—]{3,}", flat)) == 1:
        return Formula(
            [Pecahan(_clean(inline["a"]), _clean(inline["b"]), _norm_faktor(inline["faktor"]))]
        )

    slash = _slash_fraction(flat)
    if slash is not None:
        return Formula([slash])
    longgar = _pecahan_longgar(flat)
    if longgar is not None:
        return Formula(longgar)

    if "\n" not in text:
        listed = _numbered_list(flat)
        if listed is not None:
            intro, items = listed
            listed_parts: list[Bagian] = [Teks(intro)] if intro else []
            listed_parts.append(Daftar(items))
            return Formula(listed_parts)
        return Formula([Teks(text)])
    return _from_lines(lines)


def _slash_fraction(flat: str) -> Pecahan | None:
    """'Jumlah A / Jumlah B x 100%': one spaced slash and a factor make it unambiguous."""
    faktor = _FAKTOR.search(flat)
    body = flat[: faktor.start()] if faktor else flat
    pieces = body.split(" / ")
    if len(pieces) != 2 or not faktor:
        return None
    a, b = (_clean(p).strip("()") for p in pieces)
    if not a or not b or "/" in a.replace(" / ", "") and " " not in a:
        return None
    return Pecahan(_clean(a), _clean(b), _norm_faktor(faktor.group(0)))


_HITUNG = r"(?:jumlah|σ|banyaknya|total)\b"
_RE_DIBAGI = re.compile(
    r"^(?P<a>.+?)\s+dibagi(?:\s+dengan)?\s+(?P<b>.+?)\s*(?P<faktor>\(?\s*(?:dikalikan|dikali|kali|"
    r"[x×X*])\s*100\s*(?:%|persen)?\s*\)?)?$",
    re.I,
)
_RE_TARGET = re.compile(r"\s*=\s*(?P<n>\d+(?:[.,]\d+)?\s*%?)\s*$")


def _pecahan_longgar(flat: str) -> list[Bagian] | None:
    """Fractions written loosely: 'A dibagi B (dikalikan 100%)', unspaced 'A/B x 100%',
    'Σ A / Σ B' without a factor, and any of them followed by '= 100' (a target glued to
    the formula; kept as text after the fraction)."""
    target = _RE_TARGET.search(flat)
    body = flat[: target.start()] if target else flat
    ekor: list[Bagian] = [Teks(f"= {target['n'].strip()}")] if target else []
    m = _RE_DIBAGI.match(body)
    if m and body.lower().count("dibagi") == 1:
        faktor = m["faktor"] or ""
        return [Pecahan(_clean(m["a"]), _clean(m["b"]), _norm_faktor(faktor)), *ekor]
    faktor_m = _FAKTOR.search(body)
    inti = body[: faktor_m.start()] if faktor_m else body
    faktor = _norm_faktor(faktor_m.group(0)) if faktor_m else ""
    # The "/" of an italic mark's "</i>" is no division.
    tanpa_tutup = inti.replace("</i>", "\x00")
    if faktor_m and tanpa_tutup.count("/") == 1:
        a, b = (_clean(x.replace("\x00", "</i>")) for x in tanpa_tutup.split("/"))
        if a and b and (b[:1].isupper() or re.match(_HITUNG, b, re.I)):
            return [Pecahan(a.strip("()"), b.strip("()"), faktor), *ekor]
    potong = inti.split(" / ")
    if len(potong) == 2 and re.match(_HITUNG, potong[1].strip(), re.I):
        awal = list(re.finditer(_HITUNG, potong[0], re.I))
        if awal:
            intro = _clean(potong[0][: awal[-1].start()])
            a = _clean(potong[0][awal[-1].start() :])
            bagian: list[Bagian] = [Teks(intro)] if intro else []
            return [*bagian, Pecahan(a, _clean(potong[1]), faktor), *ekor]
    if target and _slash_fraction(body) is not None:
        return [_slash_fraction(body), *ekor]  # type: ignore[list-item]
    return None


def _from_lines(lines: list[str]) -> Formula:
    """Multi-line text: canonical form written by formula_ke_teks, or a close variant."""
    parts: list[Bagian] = []
    i = 0
    pending_list: list[str] = []

    def flush_list() -> None:
        if pending_list:
            parts.append(Daftar(list(pending_list)))
            pending_list.clear()

    item_re = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        dash = _DASH_LINE.match(nxt) if nxt is not None else None
        if dash is not None and i + 2 < len(lines):
            flush_list()
            parts.append(Pecahan(_clean(line), _clean(lines[i + 2]), _norm_faktor(dash["faktor"])))
            i += 3
            continue
        item = item_re.match(line)
        if item and int(item.group(1)) == 1 and pending_list:
            flush_list()  # a second list right after the first one
        if item and int(item.group(1)) == len(pending_list) + 1:
            pending_list.append(_clean(item.group(2)))
            i += 1
            continue
        flush_list()
        if parts and isinstance(parts[-1], Teks) and line.strip():
            # Consecutive text lines belong to one text part.
            parts[-1] = Teks(parts[-1].teks + "\n" + line.rstrip())
        elif line.strip():
            parts.append(Teks(line.rstrip()))
        i += 1
    flush_list()
    # A one-item "list" is just text that starts with "1.".
    parts = [
        Teks(f"1. {p.butir[0]}") if isinstance(p, Daftar) and len(p.butir) == 1 else p
        for p in parts
    ]
    return Formula(parts)
