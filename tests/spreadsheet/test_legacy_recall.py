"""Every legacy file recovers every jabatan and indikator text of its source document.

The expected texts come from the .txt documents (parsed here, independently of the
importer): JABATAN / Unit Organisasi lines, and the indikator column of every
tab-separated table whose header has an "Indikator" column (cascading tables with
"Misi" are skipped). Rows cut by a page break (a repeated header followed by a row
whose indikator cell is empty or starts in lower case) are joined as in print.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from legacy_gen import buat_pdf

from iki_desktop.spreadsheet.legacy import baca_dokumen_lama

REFERENSI = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
PASANGAN = {
    "legacy-montong-2020": "001_",
    "legacy-ngluyu-2021": "003_",
    "legacy-wonoasih-2026": "004_",
}

pytestmark = pytest.mark.skipif(not REFERENSI.is_dir(), reason="shared/reference absent")


def norm(teks: str) -> str:
    teks = re.sub(r"<[^>]+>", " ", teks)
    teks = re.sub(r"[^0-9a-z]+", " ", teks.lower())
    return " ".join(teks.split())


def pecah_huruf(teks: str) -> list[str]:
    """'a. X b. Y C. Z' -> [X, Y, Z]; anything else -> [teks]."""
    tanda = [m for m in re.finditer(r"(?:(?<=\s)|^)([a-zA-Z])\.\s+", teks)]
    urut = []
    for m in tanda:
        if m.group(1).lower() == chr(ord("a") + len(urut)):
            urut.append(m)
    if len(urut) < 2 or urut[0].start() != 0:
        return [teks]
    return [
        teks[m.end() : (urut[i + 1].start() if i + 1 < len(urut) else len(teks))]
        for i, m in enumerate(urut)
    ]


def harapan_dari_txt(path: Path) -> tuple[list[str], list[str]]:
    """(jabatan names, indikator texts) of a reference document."""
    lines = path.read_text(encoding="utf-8").splitlines()
    jabatan: list[str] = []
    indikator: list[str] = []
    kolom: int | None = None
    kepala_terakhir: str | None = None
    setelah_kepala = False
    baris_data: list[list[str]] = []
    for i, raw in enumerate(lines):
        line = raw.replace("*", "").strip()
        m = re.match(r"^#?\s*(Jabatan|Unit Organisasi)\s*:\s*(.*)$", line, re.I)
        if m:
            rest = m.group(2).strip()
            paren = re.search(r"\(\s*([^()]+?)\s*\)\s*$", rest)
            if paren:
                nama = paren.group(1)
            elif m.group(1).lower().startswith("unit"):
                nxt = next(x for x in lines[i + 1 :] if x.strip()).replace("*", "")
                nama = re.sub(r"^\s*\(\s*|\s*\)\s*$", "", nxt.strip())
            else:
                nama = rest
            jabatan.append(nama.strip())
            kepala_terakhir = None
            continue
        if "\t" not in raw:
            continue
        cells = raw.split("\t")
        idx = next((k for k, c in enumerate(cells) if re.match(r"^\s*indikator", c, re.I)), None)
        is_header = idx is not None and len(cells[idx].split()) <= 8
        if is_header and not any("misi" in c.lower() for c in cells):
            setelah_kepala = kepala_terakhir == raw.strip()
            kepala_terakhir = raw.strip()
            kolom = idx
            continue
        if is_header:  # cascading table
            kolom = None
            continue
        if kolom is None or kolom >= len(cells):
            continue
        teks = cells[kolom].strip()
        if setelah_kepala and baris_data and (not teks or teks[:1].islower()):
            baris_data[-1][0] = f"{baris_data[-1][0]} {teks}".strip()
        else:
            baris_data.append([teks])
        setelah_kepala = False
    for (teks,) in baris_data:
        if teks:
            indikator.extend(p for p in pecah_huruf(teks) if p.strip())
    return jabatan, indikator


def _txt(prefix: str) -> Path:
    return next(REFERENSI.glob(f"{prefix}*.txt"))


BERKAS = sorted(REFERENSI.glob("legacy-*.docx")) + sorted(REFERENSI.glob("legacy-*.xlsx"))


@pytest.mark.parametrize("berkas", BERKAS, ids=lambda p: p.name)
def test_legacy_recall(berkas: Path) -> None:
    jab_harap, ind_harap = harapan_dari_txt(_txt(PASANGAN[berkas.stem]))
    pratinjau = baca_dokumen_lama(berkas)
    hasil = pratinjau.hasil

    nama_impor = [f"{norm(j.judul)} | {norm(j.nama + ' ' + j.unit_kerja)}" for j in hasil.jabatan]
    sisa = list(nama_impor)
    jab_ketemu = 0
    for nama in jab_harap:
        n = norm(nama)
        hit = next((x for x in sisa if n and n in x), None)
        if hit is not None:
            sisa.remove(hit)
            jab_ketemu += 1
    teks_impor = {
        norm(i.teks)
        for s in hasil.iku + [s for j in hasil.jabatan for s in j.sasaran]
        for i in s.indikator
    }
    harap = {norm(t) for t in ind_harap}
    hilang = sorted(harap - teks_impor)
    recall_jab = jab_ketemu / len(jab_harap)
    recall_ind = (len(harap) - len(hilang)) / len(harap)
    print(
        f"\n{berkas.name}: jabatan {jab_ketemu}/{len(jab_harap)} = {recall_jab:.3f}; "
        f"indikator {len(harap) - len(hilang)}/{len(harap)} = {recall_ind:.3f}"
    )
    for h in hilang:
        print("   hilang:", h[:100])
    assert recall_jab == 1.0
    assert recall_ind >= 0.98


@pytest.fixture(scope="module")
def pdf_referensi(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:

    folder = tmp_path_factory.mktemp("pdf-referensi")
    docx = sorted(REFERENSI.glob("legacy-*.docx"))
    return {p.stem: p for p in buat_pdf(docx, folder)}


@pytest.mark.parametrize("stem", sorted(PASANGAN))
def test_legacy_recall_pdf(pdf_referensi: dict[str, Path], stem: str) -> None:
    """The Word reference files printed to PDF by LibreOffice: every jabatan and indikator
    (1.000 each today), also where a row is cut by a page break without a repeated header."""
    jab_harap, ind_harap = harapan_dari_txt(_txt(PASANGAN[stem]))
    hasil = baca_dokumen_lama(pdf_referensi[stem]).hasil
    nama = [norm(j.judul) for j in hasil.jabatan]
    jab_ketemu = sum(1 for n in jab_harap if any(norm(n) in x for x in nama))
    teks = {
        norm(i.teks)
        for s in hasil.iku + [s for j in hasil.jabatan for s in j.sasaran]
        for i in s.indikator
    }
    harap = {norm(t) for t in ind_harap}
    recall = len(harap & teks) / len(harap)
    print(f"\n{stem}.pdf: jabatan {jab_ketemu}/{len(jab_harap)}; indikator {recall:.3f}")
    assert jab_ketemu == len(jab_harap)
    assert recall >= 0.95  # LibreOffice versions may break pages a little differently
