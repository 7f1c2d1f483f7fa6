"""The shipped sample (Wonoasih 2026) and template are complete and load cleanly.

The counts and texts of the sample are checked against the real document's text
(shared/reference beside the repository) with simple counting logic of its own, so a
mistake in the generator (tests/sample_source/build_contoh.py) cannot hide itself.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.model import Dokumen, JenisJabatan
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.resources import (
    CONTOH,
    TEMPLATE,
    TEMPLATE_KELURAHAN,
    load_contoh,
    load_template,
    resource_path,
)

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "reference" / "004_5cd152964e0c0a94.txt"
HEADER = "KINERJA\tINDIKATOR KINERJA\tPENJELASAN/FORMULASI PERHITUNGAN\tSUMBER DATA"

# What the document holds, counted once by hand and by the generator; the tests below
# count it again from the text.
JUMLAH_JABATAN = 36
JUMLAH_SASARAN = 111
JUMLAH_INDIKATOR = 133


def norm(text: str) -> str:
    """Compare words, not markup or line breaks."""
    text = re.sub(r"<[^>]+>", " ", text).replace("*", "")
    return re.sub(r"\s+", " ", text).strip().replace(" ,", ",")


@dataclass
class Page:
    judul: str
    items: list[str] = field(default_factory=list)  # tugas/fungsi texts
    rows: list[list[str]] = field(default_factory=list)  # every printed row
    indikator_rows: int = 0
    kinerja_cells: int = 0


def read_pages() -> tuple[list[str], list[Page]]:
    if not SOURCE.exists():
        pytest.skip(f"reference document not found: {SOURCE}")
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    head: list[str] = []
    pages: list[Page] = []
    headers_seen = 0
    after_break = False
    for line in lines:
        if line.startswith("JABATAN :"):
            pages.append(Page(line.split(":", 1)[1].strip()))
            headers_seen = 0
            continue
        if not pages:
            head.append(line)
            continue
        page = pages[-1]
        if line.strip() == HEADER:
            headers_seen += 1
            after_break = headers_seen > 1
            continue
        if "\t" in line:
            cells = (line.split("\t") + ["", "", "", ""])[:4]
            continuation = after_break and (
                (not cells[0].strip() and not cells[1].strip()) or cells[0][:1].islower()
            )
            after_break = False
            page.rows.append(cells)
            if not continuation:
                page.indikator_rows += 1
                page.kinerja_cells += bool(cells[0].strip())
            continue
        text = re.sub(r"^\s*-?\s*", "", line).strip()
        if not text or text in ("INDIKATOR KINERJA INDIVIDU", "TUGAS :", "FUNGSI :"):
            continue
        text = re.sub(r"^(TUGAS|FUNGSI) : ", "", text)
        page.items.append(norm(re.sub(r"^[a-z]\. ", "", text)))
    return head, pages


@pytest.fixture(scope="module")
def contoh() -> Dokumen:
    return load_contoh()[1]


def test_counts_match_the_document(contoh: Dokumen) -> None:
    _, pages = read_pages()
    assert len(pages) == JUMLAH_JABATAN
    assert sum(p.indikator_rows for p in pages) == JUMLAH_INDIKATOR
    assert sum(p.kinerja_cells for p in pages) == JUMLAH_SASARAN

    assert len(contoh.jabatan) == len(pages)
    assert contoh.jumlah_indikator() == JUMLAH_INDIKATOR
    assert sum(len(j.sasaran) for j in contoh.jabatan) == JUMLAH_SASARAN
    for page, jab in zip(pages, contoh.jabatan_urut(), strict=True):
        assert jab.judul == page.judul
        assert jab.jumlah_indikator == page.indikator_rows, page.judul
        assert len(jab.sasaran) == page.kinerja_cells, page.judul


def test_every_text_of_the_document_is_in_the_sample(contoh: Dokumen) -> None:
    """Recall 100 %: each printed cell fragment, tugas and fungsi item is kept."""
    head, pages = read_pages()
    for page, jab in zip(pages, contoh.jabatan_urut(), strict=True):
        columns = [
            [norm(s.teks) for s in jab.sasaran],
            [norm(i.teks) for s in jab.sasaran for i in s.indikator],
            [norm(formula_satu_baris(i.formula)) for s in jab.sasaran for i in s.indikator],
            [norm(i.sumber_data) for s in jab.sasaran for i in s.indikator],
        ]
        for row in page.rows:
            for n, cell in enumerate(row):
                fragment = norm(cell)
                if fragment:
                    assert any(fragment in text for text in columns[n]), (page.judul, cell)
        kept = [norm(jab.tugas), *map(norm, jab.tugas_butir), *map(norm, jab.fungsi)]
        for item in page.items:
            assert item in kept, (page.judul, item)
        assert len(page.items) == len([k for k in kept if k]), page.judul

    keputusan = contoh.keputusan
    mengingat = [
        norm(m.group(1))
        for line in head
        if (m := re.match(r"^(?:- Mengingat : )?\d{1,2}\. (.*)$", line.strip()))
    ]
    assert len(mengingat) == 11
    assert [norm(x) for x in keputusan.mengingat] == mengingat
    menimbang = [
        norm(m.group(1))
        for line in head
        if (m := re.match(r"^- (?:Menimbang : )?[a-z]\. (Bahwa .*)$", line.strip()))
    ]
    assert [norm(x) for x in keputusan.menimbang] == menimbang


def test_keputusan_and_instansi() -> None:
    instansi, dokumen = load_contoh()
    assert instansi.nama_lengkap == "Kecamatan Wonoasih"
    assert instansi.daerah == "Kota Probolinggo"
    assert instansi.kode_pos == "67232"
    assert instansi.email == "kecwonoasih@probolinggokota.go.id"
    k = dokumen.keputusan
    assert k.nomor == "000.8.6.3/10/425.503/2026"
    assert k.tanggal is not None and k.tanggal.isoformat() == "2026-01-07"
    assert k.tempat == "Probolinggo"
    assert [len(d.butir) for d in k.diktum] == [0, 3, 0]
    ttd = k.penandatangan
    assert ttd.jabatan == "Camat Wonoasih Kota Probolinggo"
    assert ttd.pejabat.pangkat == "Pembina Tingkat I (IV/b)"
    assert ttd.pejabat.nip == "198201162000121001"
    assert dokumen.iku == []  # the document has no IKU table


def test_tree(contoh: Dokumen) -> None:
    roots = [j.nama for j in contoh.anak(None)]
    assert roots[0] == "Sekretaris Kecamatan"
    assert roots[-1] == "Lurah"
    by_judul = {j.judul: j for j in contoh.jabatan}
    sekcam = by_judul["Sekretaris Kecamatan"]
    assert {j.nama for j in contoh.anak(sekcam.id)} == {
        "Kepala Sub Bagian Tata Usaha",
        "Kepala Subbagian Program dan Keuangan",
    }
    lurah = by_judul["Lurah"]
    assert len(contoh.anak(lurah.id)) == 4
    assert max(contoh.kedalaman(j) for j in contoh.jabatan) == 2
    assert all(j.jenis is JenisJabatan.STRUKTURAL for j in contoh.anak(None))
    ids = [j.id for j in contoh.jabatan]
    ids += [s.id for j in contoh.jabatan for s in j.sasaran]
    ids += [i.id for j in contoh.jabatan for s in j.sasaran for i in s.indikator]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("relative", [CONTOH, TEMPLATE, TEMPLATE_KELURAHAN])
def test_serialize_round_trip(relative: str) -> None:
    data = json.loads(resource_path(relative).read_text(encoding="utf-8"))
    assert paket_ke_dict(*paket_dari_dict(data)) == data


def _generator(name: str):  # type: ignore[no-untyped-def]
    path = REPO / "tests" / "sample_source" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_sample_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def test_shipped_files_are_what_the_generators_write() -> None:
    """Regenerating gives the committed files byte for byte (fixed uuids)."""
    template = _generator("build_template")
    data = json.loads(resource_path(TEMPLATE).read_text(encoding="utf-8"))
    assert paket_ke_dict(*template.build()) == data
    kelurahan = json.loads(resource_path(TEMPLATE_KELURAHAN).read_text(encoding="utf-8"))
    assert paket_ke_dict(*template.build_kelurahan()) == kelurahan
    if not SOURCE.exists():
        pytest.skip(f"reference document not found: {SOURCE}")
    contoh = _generator("build_contoh")
    instansi, dokumen, _ = contoh.build(SOURCE)
    data = json.loads(resource_path(CONTOH).read_text(encoding="utf-8"))
    assert paket_ke_dict(instansi, dokumen) == data


def test_template() -> None:
    instansi, dokumen = load_template()
    assert instansi.nama == "" and instansi.nama_daerah == ""
    assert len(dokumen.jabatan) >= 9
    names = {j.nama for j in dokumen.jabatan}
    for nama in (
        "Camat",
        "Sekretaris Kecamatan",
        "Kepala Subbagian Umum dan Kepegawaian",
        "Kepala Subbagian Perencanaan dan Keuangan",
        "Kepala Seksi Pemerintahan",
        "Kepala Seksi Pelayanan Umum",
        "Kepala Seksi Kesejahteraan Sosial",
    ):
        assert nama in names
    for jab in dokumen.jabatan:
        assert jab.tugas or jab.tugas_butir, jab.nama
        if jab.jenis is JenisJabatan.STRUKTURAL:
            assert jab.fungsi, jab.nama
        assert jab.sasaran, jab.nama  # typical examples to adapt (tests/cascading)
    assert dokumen.iku and dokumen.jumlah_indikator() > len(dokumen.jabatan)
    assert [j.nama for j in dokumen.anak(None)] == ["Camat"]
    assert len(dokumen.jabatan_urut()) == len(dokumen.jabatan)
    k = dokumen.keputusan
    assert k.menimbang and k.mengingat and len(k.diktum) >= 3
    assert not k.nomor and k.tanggal is None
