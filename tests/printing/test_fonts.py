"""Fonts: the precomputed coverage matches the bundled TTFs; a print registers only the
family the Instansi uses, and the fallback faces only when a text needs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from iki_desktop.printing import fonts
from iki_desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def test_coverage_file_matches_the_fonts() -> None:
    # On a font update regenerate it:  python -c "import json; from iki_desktop.printing
    # import fonts; print(json.dumps(fonts.hitung_cakupan(), separators=(',', ':')))"
    simpan = json.loads(resource_path(fonts.CAKUPAN).read_text(encoding="utf-8"))
    assert simpan == fonts.hitung_cakupan()


SKRIP = """
import sys
from reportlab.pdfbase import pdfmetrics
from iki_desktop.domain.model import Huruf
from iki_desktop.printing import build_pdf
from iki_desktop.resources import load_contoh

instansi, dokumen = load_contoh()
instansi.pengaturan.huruf = Huruf[sys.argv[1]]
if sys.argv[2] == "1":
    dokumen.jabatan[0].nama += " \\u0645\\u0631"  # Arabic: fallback only
build_pdf(instansi, dokumen)
print(" ".join(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("Iki"))))
"""


def _terdaftar(huruf: str, simbol: bool) -> set[str]:
    hasil = subprocess.run(
        [sys.executable, "-c", SKRIP, huruf, "1" if simbol else "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(hasil.stdout.split())


def test_print_registers_only_the_family_in_use() -> None:
    sans = {"IkiSans", "IkiSans-Bold", "IkiSans-Italic", "IkiSans-BoldItalic"}
    serif = {n.replace("Sans", "Serif") for n in sans}
    fallback = {fonts.FALLBACK, fonts.FALLBACK_BOLD}
    assert _terdaftar("ARIAL", simbol=False) == sans
    assert _terdaftar("BOOKMAN", simbol=False) == serif
    assert _terdaftar("ARIAL", simbol=True) == sans | fallback


def test_runs_register_the_fallback_before_naming_it() -> None:
    from reportlab.pdfbase import pdfmetrics

    assert fonts.runs("مر x") == [(1, "مر"), (0, " x")]
    assert fonts.FALLBACK in pdfmetrics.getRegisteredFontNames()
    assert fonts.body_has("Σ") and not fonts.body_has("م") and fonts.fallback_has("م")
