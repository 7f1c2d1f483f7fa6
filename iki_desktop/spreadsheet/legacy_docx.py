"""Read a legacy .docx into blocks: paragraphs and tables in reading order.

Handles what offices' Word files contain: auto-numbered list paragraphs (numPr; the
number is not part of the text), line breaks inside a paragraph, tables with
gridSpan and vMerge, tables inside content controls, and equations (OMML) whose
fractions (m:f) are turned into the canonical fraction text of domain.formula.
Italic runs within upright text (foreign terms: *fingerprint*) become `<i>…</i>`.
Call safety.periksa_berkas first; this module assumes a checked file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from iki_desktop.domain.formula import GARIS
from iki_desktop.domain.model import GayaDaftar
from iki_desktop.domain.penekanan import dari_potongan
from iki_desktop.spreadsheet.legacy_blok import (
    BATAS_BARIS_TABEL,
    Blok,
    Paragraf,
    SelLama,
    TabelLama,
)

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _m(tag: str) -> str:
    return f"{{{M_NS}}}{tag}"


W_T, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_P, W_TBL, W_TR, W_TC, W_SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
W_DEL, W_RPR, W_PPR = qn("w:del"), qn("w:rPr"), qn("w:pPr")
W_BODY, W_TXBX, W_R, W_I = qn("w:body"), qn("w:txbxContent"), qn("w:r"), qn("w:i")
# Markers around the text of an italic run; resolved per cell or paragraph (_penekanan).
AWAL_MIRING, AKHIR_MIRING = "\x04", "\x05"
_MATI = ("0", "false", "off")
_ANTAR_PARAGRAF = "\x06"  # joins a cell's paragraphs while its italics are resolved
# Markers for a fraction inside running text; resolved per column (see _selesaikan).
AWAL_PECAHAN, TENGAH_PECAHAN, AKHIR_PECAHAN = "\x01", "\x02", "\x03"


def _omml(el: Any) -> str:
    """Text of an OMML element; fractions become marker-delimited num/den."""
    tag = el.tag
    if tag == _m("t"):
        return str(el.text or "")
    if tag == _m("f"):
        num = el.find(_m("num"))
        den = el.find(_m("den"))
        a = "".join(_omml(c) for c in num) if num is not None else ""
        b = "".join(_omml(c) for c in den) if den is not None else ""
        return f"{AWAL_PECAHAN}{a.strip()}{TENGAH_PECAHAN}{b.strip()}{AKHIR_PECAHAN}"
    if tag == _m("nary"):
        pr = el.find(_m("naryPr"))
        chr_el = pr.find(_m("chr")) if pr is not None else None
        simbol = chr_el.get(_m("val")) if chr_el is not None else "∫"
        badan = el.find(_m("e"))
        return f"{simbol} " + ("".join(_omml(c) for c in badan) if badan is not None else "")
    if tag in (_m("sub"), _m("sup")):
        return "".join(_omml(c) for c in el)
    if tag.endswith("Pr"):
        return ""
    return "".join(_omml(c) for c in el)


def _miring(r: Any) -> bool:
    """A run set in italics by its own formatting (w:rPr/w:i on)."""
    rpr = r.find(W_RPR)
    i = rpr.find(W_I) if rpr is not None else None
    return i is not None and i.get(qn("w:val"), "1").lower() not in _MATI


def _penekanan(teks: str) -> str:
    """Italic runs within upright text become <i>…</i> (domain.penekanan); a text set
    wholly in italics is a style, not emphasis, and keeps no mark."""
    if AWAL_MIRING not in teks:
        return teks
    potongan: list[tuple[bool, str]] = []
    for n, bagian in enumerate(re.split(f"[{AWAL_MIRING}{AKHIR_MIRING}]", teks)):
        potongan.append((n % 2 == 1, bagian))
    tegak = any(not italic and t.replace(_ANTAR_PARAGRAF, "").strip() for italic, t in potongan)
    if not tegak:
        return "".join(t for _, t in potongan)
    return dari_potongan(potongan)


def _teks_paragraf(p: Any) -> str:
    out: list[str] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == W_T:
                out.append(child.text or "")
            elif tag == W_TAB:
                out.append(" ")
            elif tag in (W_BR, W_CR):
                if child.get(qn("w:type")) in (None, "textWrapping"):
                    out.append("\n")
            elif tag in (_m("oMath"), _m("oMathPara")):
                out.append(" " + _omml(child) + " ")
            elif tag in (W_DEL, W_RPR, W_PPR):
                continue
            elif tag == W_R and _miring(child):
                out.append(AWAL_MIRING)
                walk(child)
                out.append(AKHIR_MIRING)
            elif tag == W_P:  # text boxes nest paragraphs
                walk(child)
                out.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _selesaikan(teks: str, untuk_formula: bool) -> str:
    """Resolve fraction markers: canonical 3-line form for formulas, 'a / b' elsewhere."""

    def ganti(m: re.Match[str]) -> str:
        a, b, faktor = m.group(1).strip(), m.group(2).strip(), (m.group(3) or "").strip()
        if untuk_formula:
            return f"\n{a}\n{GARIS} {faktor}".rstrip() + f"\n{b}\n"
        return f"{a} / {b} {faktor}".rstrip()

    pola = re.compile(
        f"{AWAL_PECAHAN}(.*?){TENGAH_PECAHAN}(.*?){AKHIR_PECAHAN}"
        r"\s*([x×X*\u22c5]\s*100\s*%?)?",
        re.S,
    )
    hasil = pola.sub(ganti, teks)
    return (
        "\n".join(line.strip() for line in hasil.split("\n") if line.strip())
        if (untuk_formula)
        else hasil.replace(AWAL_PECAHAN, "").replace(TENGAH_PECAHAN, "").replace(AKHIR_PECAHAN, "")
    )


class _Penomoran:
    """numId/ilvl -> list style, from word/numbering.xml."""

    def __init__(self, numbering: Any) -> None:
        self.format: dict[tuple[str, str], str] = {}
        if numbering is None:
            return
        abstrak: dict[str, dict[str, str]] = {}
        for an in numbering.findall(qn("w:abstractNum")):
            lv = {}
            for lvl in an.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                lv[lvl.get(qn("w:ilvl"), "0")] = fmt.get(qn("w:val"), "") if fmt is not None else ""
            abstrak[an.get(qn("w:abstractNumId"), "")] = lv
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, fmt in abstrak.get(ref.get(qn("w:val"), ""), {}).items():
                self.format[(num.get(qn("w:numId"), ""), ilvl)] = fmt

    def gaya(self, num_id: str, ilvl: str) -> GayaDaftar:
        fmt = self.format.get((num_id, ilvl), "")
        if "Letter" in fmt:
            return GayaDaftar.HURUF
        if fmt in ("decimal", "decimalZero") or "Roman" in fmt:
            return GayaDaftar.ANGKA
        return GayaDaftar.POIN


def _paragraf(p: Any, penomoran: _Penomoran, styles: dict[str, str]) -> Paragraf:
    teks = _selesaikan(_penekanan(_teks_paragraf(p)), untuk_formula=False)
    ppr = p.find(W_PPR)
    daftar = False
    gaya = None
    if ppr is not None:
        numpr = ppr.find(qn("w:numPr"))
        if numpr is not None:
            nid = numpr.find(qn("w:numId"))
            ilvl = numpr.find(qn("w:ilvl"))
            num_id = nid.get(qn("w:val"), "") if nid is not None else ""
            if num_id and num_id != "0":
                daftar = True
                gaya = penomoran.gaya(
                    num_id, ilvl.get(qn("w:val"), "0") if ilvl is not None else "0"
                )
        style = ppr.find(qn("w:pStyle"))
        if not daftar and style is not None:
            nama = styles.get(style.get(qn("w:val"), ""), "").lower()
            if "list" in nama or "daftar" in nama:
                daftar = True
                gaya = GayaDaftar.ANGKA if "number" in nama else GayaDaftar.POIN
    return Paragraf(teks, daftar, gaya)


def _penekanan_sel(paras: list[str]) -> list[str]:
    """`_penekanan` over a whole cell: a cell set wholly in italics keeps no mark."""
    return _penekanan(_ANTAR_PARAGRAF.join(paras)).split(_ANTAR_PARAGRAF)


def _sel(tc: Any) -> SelLama:
    paras = _penekanan_sel([_teks_paragraf(p) for p in tc.iter(W_P)])
    mentah = "\n".join(x for x in paras if x.strip())
    teks = _selesaikan(mentah, untuk_formula=False)
    formula = _selesaikan(mentah, untuk_formula=True)
    tcpr = tc.find(qn("w:tcPr"))
    lanjutan = False
    if tcpr is not None:
        vm = tcpr.find(qn("w:vMerge"))
        lanjutan = vm is not None and vm.get(qn("w:val")) in (None, "continue")
    return SelLama(
        teks="" if lanjutan else teks,
        teks_formula="" if lanjutan else formula,
        lanjutan=lanjutan,
        paragraf=[] if lanjutan else [_selesaikan(x, False).strip() for x in paras if x.strip()],
    )


def _baris(tr: Any) -> list[SelLama]:
    baris: list[SelLama] = []
    for tc in tr.findall(W_TC):
        sel = _sel(tc)
        baris.append(sel)
        tcpr = tc.find(qn("w:tcPr"))
        span = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
        if span is not None:
            try:
                extra = min(20, int(span.get(qn("w:val"), "1"))) - 1
            except ValueError:
                extra = 0
            baris.extend(SelLama(lanjutan=False) for _ in range(extra))
    return baris


def _akar(zf: zipfile.ZipFile, nama: str) -> Any:
    """A small part (numbering, styles) parsed whole, with the hardened parser."""
    try:
        data = zf.read(nama)
    except KeyError:
        return None
    return etree.fromstring(data, _parser())


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _tingkat_atas(el: Any) -> bool:
    """True for a body-level element (not inside a table cell or a text box)."""
    induk = el.getparent()
    while induk is not None:
        if induk.tag == W_BODY:
            return True
        if induk.tag in (W_TC, W_TXBX):
            return False
        induk = induk.getparent()
    return False


def _buang(el: Any) -> None:
    """Free a processed element and the siblings before it (keeps memory flat)."""
    el.clear()
    induk = el.getparent()
    if induk is not None:
        while el.getprevious() is not None:
            del induk[0]


def baca_blok_docx(path: str | Path) -> list[Blok]:
    """Stream word/document.xml: memory stays flat however long the tables are; a table
    stops being read after BATAS_BARIS_TABEL rows (the rest is counted, not kept)."""
    with zipfile.ZipFile(path) as zf:
        penomoran = _Penomoran(_akar(zf, "word/numbering.xml"))
        styles: dict[str, str] = {}
        akar_gaya = _akar(zf, "word/styles.xml")
        if akar_gaya is not None:
            for st in akar_gaya.iter(qn("w:style")):
                nama = st.find(qn("w:name"))
                styles[st.get(qn("w:styleId"), "")] = (
                    nama.get(qn("w:val"), "") if nama is not None else ""
                )
        blok: list[Blok] = []
        tabel: dict[Any, TabelLama] = {}
        with zf.open("word/document.xml") as fh:
            for _, el in etree.iterparse(
                fh,
                events=("end",),
                tag=(W_P, W_TR, W_TBL),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
                load_dtd=False,
            ):
                if el.tag == W_P:
                    if _tingkat_atas(el):
                        blok.append(_paragraf(el, penomoran, styles))
                        _buang(el)
                    continue
                tbl = el if el.tag == W_TBL else el.getparent()
                if not _tingkat_atas(tbl):
                    continue
                t = tabel.get(tbl)
                if t is None:
                    t = tabel[tbl] = TabelLama()
                    blok.append(t)
                if el.tag == W_TR:
                    if len(t.baris) < BATAS_BARIS_TABEL:
                        t.baris.append(_baris(el))
                    else:
                        t.dilewati += 1
                    _buang(el)
                else:
                    del tabel[tbl]
                    _buang(el)
    return blok
