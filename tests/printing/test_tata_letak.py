"""Page layout a Camat signs: documents built near every break point, read back per page."""

from __future__ import annotations

import copy
import re

import pytest

from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Kertas, Sasaran
from iki_desktop.printing import build_pdf
from iki_desktop.printing.gaya import buat_gaya
from iki_desktop.printing.tabel import tabel_indikator
from iki_desktop.resources import load_contoh
from tests.printing import dokumen_uji
from tests.printing.periksa_pdf import bagian_terisi, kata_terpotong, kosakata, teks_halaman

Paket = tuple[Instansi, Dokumen]
SEPEREMPAT = 0.22  # a quarter of the body: (330 - 40) / 330 / 4 of the paper height on F4


def _flat(teks: str) -> str:
    return dokumen_uji.norm(teks)


@pytest.fixture(scope="module")
def contoh() -> Paket:
    return load_contoh()


@pytest.mark.parametrize("kertas", [Kertas.F4, Kertas.A4])
def test_sample_has_no_word_cut_without_hyphen(contoh: Paket, kertas: Kertas) -> None:
    instansi, dokumen = contoh
    pdf = build_pdf(instansi, dokumen, kertas=kertas)
    assert kata_terpotong(pdf, kosakata(instansi, dokumen)) == []
    # ... and it did need hyphenation: narrow columns hold long Indonesian words.
    assert any("-\n" in t for t in teks_halaman(pdf))


@pytest.mark.parametrize("kertas", [Kertas.F4, Kertas.A4])
def test_sample_has_no_scrap_pages(contoh: Paket, kertas: Kertas) -> None:
    instansi, dokumen = contoh
    terisi = bagian_terisi(build_pdf(instansi, dokumen, kertas=kertas))
    kurang = [n for n, x in enumerate(terisi[:-1], start=1) if x < SEPEREMPAT]
    assert kurang == []


def _halaman_ttd(pdf: bytes, nama: str) -> str:
    pages = [t for t in teks_halaman(pdf) if _flat(nama) in _flat(t)]
    assert pages, "signature not printed"
    return pages[-1]


@pytest.mark.parametrize("jumlah", range(12, 44))
def test_keputusan_signature_keeps_the_last_diktum(kecil: Paket, jumlah: int) -> None:
    instansi, dokumen = copy.deepcopy(kecil)
    kep = dokumen.keputusan
    kep.mengingat = [
        f"Peraturan Menteri Dalam Negeri Nomor {n} Tahun 2019 tentang Pedoman Nomor {n};"
        for n in range(1, jumlah + 1)
    ]
    pdf = build_pdf(instansi, dokumen, bagian=("keputusan",))
    halaman = _halaman_ttd(pdf, kep.penandatangan.pejabat.nama)
    assert _flat(kep.diktum[-1].teks) in _flat(halaman)
    assert all(x >= SEPEREMPAT for x in bagian_terisi(pdf)[:-1])


def _satu_jabatan(kecil: Paket, baris: int, sasaran_panjang: bool = False) -> Paket:
    instansi, dokumen = copy.deepcopy(kecil)
    jab = dokumen.jabatan_urut()[1]
    teks = dokumen_uji.LONG if sasaran_panjang else "Sasaran pendek"
    jab.sasaran = [Sasaran(teks, [dokumen_uji._indikator(k, k % 2 == 0) for k in range(baris)])]
    return instansi, dokumen


@pytest.mark.parametrize("baris", range(1, 26))
def test_closing_signature_never_stands_alone(kecil: Paket, baris: int) -> None:
    instansi, dokumen = _satu_jabatan(kecil, baris)
    jab = dokumen.jabatan_urut()[1]
    pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
    halaman = _halaman_ttd(pdf, dokumen.keputusan.penandatangan.pejabat.nama)
    # The last table row (or at least three lines of it) shares the signature's page.
    last = jab.sasaran[-1].indikator[-1]
    assert _flat(last.sumber_data.splitlines()[-1][3:]) in _flat(halaman)
    terisi = bagian_terisi(pdf)
    assert all(x >= SEPEREMPAT for x in terisi[:-1])


@pytest.mark.parametrize("tinggi", [x * 7.0 for x in range(8, 60)])
def test_a_row_cut_across_pages_keeps_three_lines_on_each_side(kecil: Paket, tinggi: float) -> None:
    _, dokumen = kecil
    gaya = buat_gaya(dokumen_uji._instansi().pengaturan.huruf, 11)
    panjang = Indikator(
        teks="Indikator " + " ".join(["dengan penjelasan yang panjang"] * 30),
        sumber_data="Laporan",
    )
    tabel = tabel_indikator(dokumen.kolom_iki, [Sasaran("Sasaran", [panjang])], gaya, 450)
    tabel.wrap(450, 2000)
    parts = tabel.split(450, tinggi)
    if len(parts) != 2:
        return
    minimum = 3 * gaya.sel.leading
    for part, row in ((parts[0], -1), (parts[1], 1)):
        part.wrap(450, 2000)
        assert part._rowHeights[row] >= minimum


def test_long_indicator_row_continues_with_three_lines_or_more(kecil: Paket) -> None:
    for baris in (3, 6, 9):
        instansi, dokumen = _satu_jabatan(kecil, baris, sasaran_panjang=True)
        jab = dokumen.jabatan_urut()[1]
        pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
        assert all(x >= SEPEREMPAT for x in bagian_terisi(pdf)[:-1])


def _tabel(sasaran: list[Sasaran], kolom: list | None = None):  # type: ignore[no-untyped-def]
    from iki_desktop.domain.model import kolom_iku_bawaan

    gaya = buat_gaya(dokumen_uji._instansi().pengaturan.huruf, 11)
    t = tabel_indikator(kolom or kolom_iku_bawaan(), sasaran, gaya, 450)
    t.wrap(450, 1e6)
    return t, gaya


def test_long_sasaran_fills_its_rows_instead_of_one_tall_row(kecil: Paket) -> None:
    teks = " ".join([dokumen_uji.LONG] * 2)
    inds = [Indikator(teks=f"Indikator {k}", sumber_data="Laporan") for k in range(5)]
    t, _ = _tabel([Sasaran(teks, inds)])
    rows = t._rowHeights[1:]
    # The rows share the height the sasaran needs: none is tall beside empty cells.
    assert max(rows) < 2 * min(rows)
    assert sum(1 for row in t._cellvalues[1:] if row[1]) >= 4
    # ...and the sasaran text is all printed, in order.
    instansi, dokumen = copy.deepcopy(kecil)
    jab = dokumen.jabatan_urut()[1]
    jab.sasaran = [Sasaran(teks, inds)]
    pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
    printed = re.sub(r"Indikator\d|Laporan", "", _flat("\n".join(teks_halaman(pdf))))
    assert _flat(teks) in printed


def test_long_sasaran_continues_on_the_next_page_marked_lanjutan(kecil: Paket) -> None:
    instansi, dokumen = copy.deepcopy(kecil)
    jab = dokumen.jabatan_urut()[1]
    inds = [Indikator(teks=f"Indikator pendek {k}", sumber_data="Laporan") for k in range(30)]
    jab.sasaran = [Sasaran(" ".join([dokumen_uji.LONG] * 8), inds)]
    pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
    pages = teks_halaman(pdf)
    assert len(pages) >= 2
    assert "(lanjutan)" in pages[1]
    assert all(x >= SEPEREMPAT for x in bagian_terisi(pdf)[:-1])


def test_shared_sumber_data_prints_once_as_one_cell() -> None:
    inds = [
        Indikator(teks=f"Indikator {k}", sumber_data="Seksi PMD", penanggung_jawab=f"PJ {k}")
        for k in range(4)
    ]
    for ind in inds[1:3]:
        ind.gabung = ["sumber_data"]
    s = Sasaran("Sasaran", inds)
    s.samakan_gabungan()
    t, _ = _tabel([s])
    col = 4  # NO, SASARAN, INDIKATOR, FORMULA, SUMBER DATA, PJ
    filled = [bool(row[col]) for row in t._cellvalues[1:]]
    assert filled == [True, False, False, True]
    # No rule between the merged rows in that column, one under the run.
    below = {
        (c0, r)
        for op, (c0, r), (c1, _r), *_ in t._linecmds
        if op == "LINEBELOW"
        for c0 in range(c0 if c0 >= 0 else 0, (c1 if c1 >= 0 else 5) + 1)
    }
    assert (col, 1) not in below and (col, 2) not in below and (col, 3) in below
    assert (5, 1) in below  # the penanggung jawab cells keep their own rules
