"""A fraction taller than a page is broken up, never cut off or refused."""

import io

from pypdf import PdfReader

from iki_desktop.domain.formula import Formula, Pecahan
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Kertas, Sasaran
from iki_desktop.printing.dokumen import build_pdf


def test_fraction_taller_than_a_page_prints_whole() -> None:
    instansi = Instansi(nama="Uji", nama_daerah="Contoh")
    instansi.pengaturan.ukuran_huruf = 14
    instansi.pengaturan.kertas = Kertas.A4
    penyebut = " ".join(f"kata{i}" for i in range(1500))
    dok = Dokumen(tahun=2026)
    dok.iku = [
        Sasaran(
            teks="S",
            indikator=[Indikator(teks="I", formula=Formula([Pecahan("Jumlah A", penyebut)]))],
        )
    ]
    pdf = build_pdf(instansi, dok, bagian=("iku",))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "kata0" in text and "kata1499" in text
