"""Reading printouts back: text per page, and words cut without a hyphen."""

from __future__ import annotations

import io
import json
import re

import pypdf

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.serialize import dokumen_ke_dict, instansi_ke_dict

_KATA = re.compile(r"[^\W\d_]+")
# Words the printout adds to the document's own texts (labels of the kop).
_TETAP = {"pos", "el", "laman", "telepon", "faksimile", "lanjutan"}


def teks_halaman(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def kosakata(instansi: Instansi, dokumen: Dokumen) -> set[str]:
    """Every word of the document's texts, case-folded."""
    teks = json.dumps([instansi_ke_dict(instansi), dokumen_ke_dict(dokumen)], ensure_ascii=False)
    return _TETAP | {w.casefold() for w in _KATA.findall(teks.replace("\\n", " "))}


def kata_terpotong(pdf: bytes, kata: set[str]) -> list[str]:
    """Pieces of words printed without a hyphen at the cut ("Kepe", "ndudukan").

    A printed word that is not itself a word of the document but the start or the
    end of one is a piece. The end of a word is fine when its start with a hyphen
    ("Ke-" before "pendudukan") is on the same or the previous page.
    """
    daftar = sorted(kata)
    found: list[str] = []
    sebelumnya: set[str] = set()
    for n, halaman in enumerate(teks_halaman(pdf), start=1):
        tokens = halaman.split()
        ini: set[str] = set()
        rantai = ""  # a word cut twice ("pertang-", "gungja-", "waban"): its pieces so far
        for t in tokens:
            huruf = _KATA.findall(t)
            if t.endswith("-") and huruf:
                rantai += huruf[-1].casefold()
                ini |= {huruf[-1].casefold(), rantai}
            else:
                rantai = ""
        # A row cut across pages may carry the end of a hyphenated word over.
        kepala, sebelumnya = ini | sebelumnya, ini
        for token in tokens:
            for w in _KATA.findall(token):
                f = w.casefold()
                if f in kata or len(f) < 2:
                    continue
                if token.endswith(w + "-") or token.endswith(w + "-,"):
                    continue  # the start of a hyphenated word
                awal = any(k.startswith(f) for k in daftar)
                akhir = [k[: -len(f)] for k in daftar if k.endswith(f) and k != f]
                if akhir and any(a in kepala for a in akhir):
                    continue
                if awal or akhir:
                    found.append(f"halaman {n}: {w}")
    return found


def bagian_terisi(pdf: bytes) -> list[float]:
    """Per page: the part of the page height between its highest and lowest body text.

    The page number (top margin) and the DRAF watermark are left out; 1.0 would be
    text from the top to the bottom edge of the paper.
    """
    out: list[float] = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        tinggi = float(page.mediabox.height)
        ys: list[float] = []

        page.extract_text(visitor_text=_pengunjung(ys, tinggi))
        out.append((max(ys) - min(ys)) / tinggi if ys else 0.0)
    return out


def _pengunjung(ys: list[float], tinggi: float):  # type: ignore[no-untyped-def]
    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        t = text.strip()
        if not t or t == "DRAF" or re.fullmatch(r"- \d+ -", t):
            return
        y = tm[5] * cm[3] + cm[5]
        if 0 < y < tinggi:
            ys.append(y)

    return visit
