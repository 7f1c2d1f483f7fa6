"""`print --bagian pohon`: the pohon kinerja diagram and the Matriks Penjenjangan."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from iki_desktop.cli import main
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    JenisJabatan,
    Sasaran,
    Tautan,
)
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.printing import build_pdf
from iki_desktop.printing.fonts import keluarga
from iki_desktop.printing.potong import pas_kata
from iki_desktop.resources import load_template


def _teks(pdf: bytes | Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(pdf if isinstance(pdf, Path) else __import__("io").BytesIO(pdf))
    return [p.extract_text() for p in reader.pages], reader


def _rapat(teks: str) -> str:
    return re.sub(r"-\s+|\s+", "", teks).casefold()


def kantor_besar(n_kasi: int = 12, n_pelaksana: int = 5) -> tuple[Instansi, Dokumen]:
    """The template grown to a large office: many Kasi, each with many pelaksana."""
    instansi, template = load_template()
    dok = salin_dokumen(template, 2027)
    camat = dok.anak(None)[0]
    iku = dok.iku[1]
    for k in range(n_kasi):
        kasi = Jabatan(f"Kepala Seksi Tambahan {k + 1}", parent_id=camat.id, urutan=100 + k)
        kasi.sasaran = [
            Sasaran(
                f"Meningkatnya kinerja bidang tambahan {k + 1}",
                [Indikator(f"Persentase capaian bidang {k + 1}")],
                tautan=[Tautan(iku.id)],
            )
        ]
        dok.jabatan.append(kasi)
        for p in range(n_pelaksana):
            pel = Jabatan(
                f"Pelaksana {k + 1}.{p + 1}",
                parent_id=kasi.id,
                urutan=p,
                jenis=JenisJabatan.PELAKSANA,
                sasaran=[
                    Sasaran(
                        f"Tertibnya pekerjaan {k + 1}.{p + 1}",
                        [Indikator("Persentase berkas selesai tepat waktu")],
                        tautan=[Tautan(kasi.sasaran[0].id)],
                    )
                ],
            )
            dok.jabatan.append(pel)
    return instansi, dok


def test_template_prints_every_jabatan_landscape(tmp_path: Path) -> None:
    db, out = tmp_path / "t.sqlite", tmp_path / "pohon.pdf"
    assert main(["new", "--db", str(db), "--template", "--tahun", "2027"]) == 0
    assert main(["print", "--db", str(db), "--bagian", "pohon", "--out", str(out)]) == 0
    halaman, reader = _teks(out)
    semua = _rapat(" ".join(halaman))
    _, template = load_template()
    for j in template.jabatan:
        assert _rapat(j.nama) in semua, j.nama
    assert "matrikspenjenjangankinerja" in semua and "pohonkinerja" in semua
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)
    assert "belumditautkan" not in semua  # every template sasaran is linked


def test_large_office_splits_into_pages_naming_everyone() -> None:
    instansi, dok = kantor_besar()
    halaman, reader = _teks(build_pdf(instansi, dok, bagian=["pohon"]))
    semua = _rapat(" ".join(halaman))
    for j in dok.jabatan:
        assert _rapat(j.nama) in semua, j.nama
    diagram = [h for h in halaman if "POHON KINERJA" in h]
    assert 4 <= len(diagram) <= 20
    assert any("lanjutan" in h for h in diagram)
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)


def test_unlinked_sasaran_are_marked() -> None:
    instansi, template = load_template()
    dok = copy.deepcopy(template)
    j = next(j for j in dok.jabatan if j.nama == "Pengelola Kepegawaian")
    j.sasaran[0].tautan = []
    j.sasaran[0].indikator[0].tautan = []
    halaman, _ = _teks(build_pdf(instansi, dok, bagian=["pohon"]))
    teks = " ".join(halaman)
    assert "BELUM DITAUTKAN" in teks and "belumditautkan" in _rapat(teks)


@pytest.mark.parametrize("lebar_mm", [10, 20, 40])
def test_long_words_are_cut_only_with_a_hyphen(lebar_mm: float) -> None:
    font = keluarga(load_template()[0].pengaturan.huruf).regular
    lebar = lebar_mm * 2.8346
    teks = "Penyelenggaraan pertanggungjawaban administrasi kependudukan"
    hasil = pas_kata(teks, font, 8, lebar)
    assert hasil.replace("- ", "") == teks
    for kata in hasil.split(" "):
        assert stringWidth(kata, font, 8) <= lebar or len(kata) <= 4


def test_empty_document_pohon_is_a_clear_message(tmp_path: Path) -> None:
    from iki_desktop.domain.errors import IkiError

    with pytest.raises(IkiError, match="pohon kinerja"):
        build_pdf(Instansi(), Dokumen(tahun=2027), bagian=["pohon"])


def test_pohon_after_the_whole_printout_turns_landscape() -> None:
    instansi, template = load_template()
    halaman, reader = _teks(
        build_pdf(instansi, template, bagian=["keputusan", "iku", "iki", "pohon"])
    )
    arah = [p.mediabox.width > p.mediabox.height for p in reader.pages]
    pertama_pohon = next(i for i, h in enumerate(halaman) if "POHON KINERJA" in h)
    assert not any(arah[:pertama_pohon]) and all(arah[pertama_pohon:])


def test_legacy_alignment_table_shows_the_rpjmd_sasaran_over_the_iku(tmp_path: Path) -> None:
    from tests.conftest import REFERENCE

    sumber = REFERENCE / "legacy-montong-2020.docx"
    if not sumber.exists():
        pytest.skip(f"reference document not found: {sumber}")
    db, out = tmp_path / "m.sqlite", tmp_path / "m.pdf"
    assert main(["new", "--db", str(db)]) == 0
    assert main(["import-legacy", "--db", str(db), str(sumber)]) == 0
    assert main(["print", "--db", str(db), "--bagian", "pohon", "--out", str(out)]) == 0
    halaman, _ = _teks(out)
    semua = _rapat(" ".join(halaman))
    assert "mendukungsasaranrpjmd" in semua
    assert _rapat("Meningkatnya kualitas penyelenggaraan pelayanan publik") in semua


def test_matriks_continuation_page_repeats_the_upper_levels(tmp_path: Path) -> None:
    instansi, dok = kantor_besar(n_kasi=2, n_pelaksana=45)
    pdf = build_pdf(instansi, dok, bagian=["pohon"])
    (tmp_path / "matriks.pdf").write_bytes(pdf)
    halaman, _ = _teks(pdf)
    awal = next(n for n, h in enumerate(halaman) if "MATRIKS PENJENJANGAN" in h)
    lanjut = halaman[awal + 1 :]
    assert len(lanjut) >= 2
    iku = _rapat(dok.iku[1].teks)
    for n, h in enumerate(lanjut, start=awal + 2):
        rapat = _rapat(h)
        # The Camat's sasaran (level 1) and the Kasi's (level 2) stand on every page.
        assert "(lanjutan)" in h and iku in rapat, f"halaman {n}"
        assert "meningkatnyakinerjabidangtambahan" in rapat, f"halaman {n}"
