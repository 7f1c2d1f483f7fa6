"""The jabatan heading block of legacy documents: JABATAN, Unit Organisasi, TUGAS, FUNGSI.

The block comes as paragraphs ("JABATAN : …", "Jabatan<TAB>: …", "Nama Jabatan",
"Unit Organisasi", "Tugas Pokok"), as a borderless label table (`1. | Jabatan | : | …`,
with or without the number column) or as Excel rows with the label, the colon and the
value in separate cells. `baris_label` turns a label-table row into the paragraph
text the paragraph rules read, so every form goes through one recogniser.
"""

from __future__ import annotations

import re

from iki_desktop.spreadsheet.legacy_blok import SelLama, normal, rapikan

RE_JABATAN = re.compile(
    r"^\s*(?:\d+[.)]\s*)?[#*\s]*(?:nama\s+)?(jabatan|unit\s+organisasi)\s*[:：]\s*(?P<isi>.*)$",
    re.I | re.S,
)
RE_JABATAN_SAJA = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:nama\s+)?(jabatan|unit\s+organisasi)\s*$", re.I
)
RE_TUGAS = re.compile(
    r"^\s*(?:\d+[.)]\s*)?[•\-*\s]*(?:uraian\s+)?tugas(?:\s+pokok)?\s*[*]*\s*(?:[:：]\s*|$)"
    r"(?P<isi>.*)$",
    re.I | re.S,
)
RE_FUNGSI = re.compile(
    r"^\s*(?:\d+[.)]\s*)?[•\-*\s]*(?:fungsi|fugsi)\s*[*]*\s*(?:[:：]\s*|$)(?P<isi>.*)$",
    re.I | re.S,
)
RE_KURUNG = re.compile(r"^\(\s*(.+?)\s*\)$", re.S)

# Labels of a heading row (normalised text of the label cell).
_LABEL = {
    "jabatan": "Jabatan",
    "nama jabatan": "Jabatan",
    "unit organisasi": "Unit Organisasi",
    "unit kerja": "Unit Organisasi",
    "tugas": "Tugas",
    "tugas pokok": "Tugas",
    "uraian tugas": "Tugas",
    "fungsi": "Fungsi",
}


def bersih_nama(teks: str) -> str:
    return rapikan(teks.replace("*", "").replace("#", "")).strip(" :")


def pisah_nama(teks: str) -> tuple[str, str]:
    """'Camat — Kantor Kecamatan X' / 'Kantor Kecamatan X (Camat)' / 'A pada B' -> (nama, unit)."""
    teks = bersih_nama(teks)
    m = re.match(
        r"^(?P<unit>(?:kantor|kecamatan|kelurahan|sekretariat)\b.*?)\s*\(\s*(?P<nama>[^()]+)"
        r"\s*\)$",
        teks,
        re.I,
    )
    if m:
        return m["nama"].strip(), m["unit"].strip()
    for pemisah in (" — ", " – ", " - "):
        if pemisah in teks:
            nama, unit = teks.split(pemisah, 1)
            return nama.strip(), unit.strip()
    if " pada " in teks:
        nama, unit = teks.split(" pada ", 1)
        return nama.strip(), unit.strip()
    return teks, ""


def _isi_sel(sel: SelLama) -> str:
    """A cell's text with one line per paragraph or soft line break."""
    return "\n".join(p.strip() for p in (sel.paragraf or sel.teks.split("\n")) if p.strip())


def baris_label(baris: list[SelLama]) -> str | None:
    """'Jabatan : X' from a row `[1.] | Jabatan | : | X`; None when the row is no heading."""
    isi = [(i, _isi_sel(c)) for i, c in enumerate(baris)]
    isi = [(i, t) for i, t in isi if t]
    if isi and re.fullmatch(r"\d{1,2}[.)]?", isi[0][1]):
        isi = isi[1:]
    if not isi:
        return None
    label_teks = isi[0][1]
    sisa = [t for _, t in isi[1:]]
    if label_teks.rstrip().endswith((":", "：")):
        label_teks = label_teks.rstrip()[:-1]
    elif sisa and sisa[0] in (":", "："):
        sisa = sisa[1:]
    elif sisa and sisa[0].startswith((":", "：")):
        sisa[0] = sisa[0][1:].strip()
    elif sisa:
        return None
    label = _LABEL.get(normal(label_teks))
    if label is None:
        return None
    return f"{label} : " + "\n".join(sisa)


def tabel_label(baris: list[list[SelLama]]) -> list[str] | None:
    """Paragraph texts of a label table, or None when the table is something else."""
    out: list[str] = []
    for b in baris:
        if not any(c.teks.strip() for c in b):
            continue
        teks = baris_label(b)
        nilai = [_isi_sel(c) for c in b if c.teks.strip()]
        if teks is None and out and len(nilai) == 1 and not b[0].teks.strip():
            out[-1] = f"{out[-1]}\n{nilai[0]}"  # `|   |   | b. …`: the value goes on
            continue
        if teks is None:
            return None
        out.append(teks)
    return out or None
