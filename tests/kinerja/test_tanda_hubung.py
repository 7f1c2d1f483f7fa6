"""No word of the PK, Rencana Aksi, capaian and pohon kinerja prints is broken without a
hyphen (the sample with targets filled in, on F4 and A4): narrow cells hyphenate."""

from __future__ import annotations

import re

import pytest

from iki_desktop.domain.model import Kertas
from iki_desktop.printing import build_pdf
from iki_desktop.printing.siklus import build_pdf_siklus
from tests.cascading.bantu import dok_bertaut
from tests.kinerja.bantu import dokumen_bertarget
from tests.printing.periksa_pdf import kata_terpotong, kosakata, teks_halaman


def _kata_cetakan() -> set[str]:
    """Words the printouts add themselves (headings, the PK's fixed sentences)."""
    import ast
    import inspect

    from iki_desktop.domain import kinerja, perjanjian
    from iki_desktop.printing import capaian, pk, renaksi, tabel_kinerja

    out: set[str] = set()
    for modul in (kinerja, perjanjian, capaian, pk, renaksi, tabel_kinerja):
        for node in ast.walk(ast.parse(inspect.getsource(modul))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out |= {w.casefold() for w in re.findall(r"[^\W\d_]+", node.value)}
    return out


@pytest.fixture(scope="module")
def sampel():  # type: ignore[no-untyped-def]
    instansi, dok = dokumen_bertarget()
    # Long words in narrow number and program columns, as offices type them.
    dok.pk.program[0].nama = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    dok.iku[0].indikator[1].satuan = "pertanggungjawaban"  # wider than the SATUAN column
    return instansi, dok


@pytest.mark.parametrize("kertas", [Kertas.F4, Kertas.A4])
@pytest.mark.parametrize("bagian", ["pk", "renaksi", "capaian"])
def test_siklus_prints_break_words_only_with_a_hyphen(sampel, bagian: str, kertas: Kertas) -> None:  # type: ignore[no-untyped-def]
    instansi, dok = sampel
    instansi.pengaturan.kertas = kertas
    pdf = build_pdf_siklus(instansi, dok, bagian, kertas=kertas, triwulan=2)
    assert kata_terpotong(pdf, kosakata(instansi, dok) | _kata_cetakan()) == []
    if bagian == "renaksi":
        # ... and it did need hyphenation: the long satuan in the narrow SATUAN column.
        assert re.search(r"pertang\w*-\n", teks_halaman(pdf)[0])


@pytest.mark.parametrize("kertas", [Kertas.F4, Kertas.A4])
def test_pohon_prints_break_words_only_with_a_hyphen(kertas: Kertas) -> None:
    instansi, dok = dok_bertaut()
    pdf = build_pdf(instansi, dok, bagian=["pohon"], kertas=kertas)
    assert kata_terpotong(pdf, kosakata(instansi, dok)) == []
