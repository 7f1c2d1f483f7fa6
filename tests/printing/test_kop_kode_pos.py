"""The kop sets the postcode apart from the address instead of gluing it on."""

from __future__ import annotations

import io

from pypdf import PdfReader

from iki_desktop.printing.dokumen import build_pdf
from iki_desktop.resources import load_contoh


def test_postcode_is_separated_from_the_address() -> None:
    instansi, dok = load_contoh()
    assert instansi.kode_pos == "67232"
    pdf = build_pdf(instansi, dok, bagian=["keputusan"])
    teks = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Jawa Timur, Kode Pos 67232" in teks
    assert "Timur 67232" not in teks
