"""Splitting and reading legacy table cells: lettered indikator lists, formulas."""

from __future__ import annotations

import re

from iki_desktop.domain.formula import teks_ke_formula
from iki_desktop.domain.model import Indikator
from iki_desktop.spreadsheet.legacy_blok import rapikan
from iki_desktop.spreadsheet.legacy_target import isi_kinerja

_RE_HURUF_BUTIR = re.compile(r"(?:(?<=\s)|^)([a-zA-Z])[.)]\s+")
_RE_FAKTOR = re.compile(r"[x×X*]\s*100\s*(?:%|persen)?")


def butir_huruf(teks: str) -> list[str]:
    """'a. X b. Y C. Z' -> ['X', 'Y', 'Z'] when the letters run a, b, c… from the start."""
    tanda = list(_RE_HURUF_BUTIR.finditer(teks))
    urut: list[re.Match[str]] = []
    for m in tanda:
        if m.group(1).lower() == chr(ord("a") + len(urut)):
            urut.append(m)
    if len(urut) < 2 or urut[0].start() != 0:
        return []
    out = []
    for i, m in enumerate(urut):
        akhir = urut[i + 1].start() if i + 1 < len(urut) else len(teks)
        out.append(teks[m.end() : akhir].strip())
    return out if all(out) else []


def pecah(teks: str, paragraf: list[str], n: int) -> list[str] | None:
    """Split a cell into n parts: by letters, by paragraphs, or after each '× 100 %'."""
    if not teks.strip():
        return [""] * n
    datar = rapikan(teks)
    huruf = butir_huruf(datar)
    if len(huruf) == n:
        return huruf
    if len(paragraf) == n:
        return paragraf
    baris = [b.strip() for b in teks.split("\n") if b.strip()]
    if len(baris) == n:  # soft line breaks inside one paragraph
        return baris
    potong = []
    awal = 0
    for m in _RE_FAKTOR.finditer(datar):
        potong.append(datar[awal : m.end()].strip())
        awal = m.end()
    if datar[awal:].strip():
        potong.append(datar[awal:].strip())
    if len(potong) == n:
        return potong
    return None


def buat_indikator(teks: str, isi: dict[str, str], ident: str | None = None) -> Indikator:
    ind = Indikator(
        teks=rapikan(teks),
        satuan=rapikan(isi.get("satuan", "")),
        formula=teks_ke_formula(formula_mentah(isi.get("formula", ""))),
        sumber_data=isi.get("sumber_data", "").strip(),
        penanggung_jawab=isi.get("penanggung_jawab", "").strip(),
        catatan=isi.get("catatan", "").strip(),
    )
    isi_kinerja(ind, isi)
    if ident:
        ind.id = ident
    return ind


def formula_mentah(teks: str) -> str:
    """Tidy legacy formula text before teks_ke_formula: stray braces, ragged lines."""
    teks = teks.replace("}", "").replace("{", "")
    baris = [b.strip() for b in teks.split("\n") if b.strip()]
    # Lines are kept only when they carry a canonical fraction (a dash line).
    if any(re.fullmatch(r"[-_–—]{3,}.*", b) for b in baris):
        return "\n".join(baris)
    return rapikan(" ".join(baris))


def isi_indikator(
    ident: str,
    mentah: dict[str, str],
    paras: dict[str, list[str]],
    pemilik: str,
    peringatan: list[str],
) -> list[Indikator]:
    """The indikator of one table row; a cell 'a. … b. …' gives several, the other cells
    split with it when their parts count the same, else kept whole on the first (warned)."""
    teks = rapikan(mentah.get("indikator", ""))
    bagian = butir_huruf(teks)
    if len(bagian) < 2:
        return [buat_indikator(teks, mentah, ident)]
    n = len(bagian)
    kolom = {
        k: pecah(v, paras.get(k, []), n)
        for k, v in mentah.items()
        if k not in ("sasaran", "indikator")
    }
    hasil = []
    for i, t in enumerate(bagian):
        isi = {
            k: (v[i] if v is not None else (mentah[k] if i == 0 else "")) for k, v in kolom.items()
        }
        hasil.append(buat_indikator(t, isi))
    gagal = [k for k, v in kolom.items() if v is None and mentah[k].strip()]
    if gagal:
        peringatan.append(
            f'{pemilik}: sel "{teks[:50]}…" berisi {n} indikator; isi kolom '
            f"{', '.join(gagal)} tidak dapat dibagi dan diletakkan pada indikator pertama."
        )
    return hasil
