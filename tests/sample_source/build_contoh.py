"""Build resources/contoh/wonoasih-2026.json from the real Wonoasih 2026 document.

Source: shared/reference/004_5cd152964e0c0a94.txt (beside the repository), the text
of the Keputusan Camat Wonoasih Kota Probolinggo tentang Indikator Kinerja Individu,
7 Januari 2026, with its 36 IKI pages. The Word/Excel copies of the same document
(legacy-wonoasih-2026.docx/.xlsx) hold no text that the .txt lacks (checked cell by
cell), and they drop the Keputusan, so the .txt is the only input.

What the parser does:
- the kop, the Keputusan (Menimbang, Mengingat, diktum with lettered butir, place,
  date, signature) -> Instansi and Keputusan;
- every "JABATAN :" page -> Jabatan (nama/unit_kerja split at " pada "), tugas as
  running text or as a list, fungsi list;
- the IKI table rows -> Sasaran/Indikator. A page break repeats the header line; the
  row after a repeated header is a continuation of the previous row when its KINERJA
  and INDIKATOR cells are empty or its KINERJA cell starts in lower case (a sentence
  cut in the middle); its cells are appended to the previous row's cells. A row with
  an empty KINERJA cell is another indikator of the previous sasaran. Every printed
  KINERJA cell starts a sasaran, even when its text repeats the one above.

Run from the repository root:  .venv/bin/python tests/sample_source/build_contoh.py
Every id is a uuid5 of a path string, so a re-run writes the same file.
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iki_desktop.domain.formula import Daftar, Formula, Teks, teks_ke_formula
from iki_desktop.domain.model import (
    AwalanTtd,
    Diktum,
    Dokumen,
    GayaDaftar,
    Indikator,
    Instansi,
    Jabatan,
    JenisDaerah,
    JenisInstansi,
    JenisJabatan,
    Keputusan,
    Kolom,
    Sasaran,
    StatusDokumen,
)
from iki_desktop.domain.nip import periksa_nip
from iki_desktop.domain.serialize import paket_ke_dict
from iki_desktop.domain.tanggal import parse_tanggal

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "reference" / "004_5cd152964e0c0a94.txt"
TARGET = REPO / "resources" / "contoh" / "wonoasih-2026.json"

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "iki-desktop:contoh/wonoasih-2026")

HEADER = ["KINERJA", "INDIKATOR KINERJA", "PENJELASAN/FORMULASI PERHITUNGAN", "SUMBER DATA"]
PAGE_TITLE = "INDIKATOR KINERJA INDIVIDU"


def fixed_id(path: str) -> str:
    return str(uuid.uuid5(NAMESPACE, path))


# ---------------------------------------------------------------- text cleaning

_TAG = re.compile(r"<[^>]+>")
_ITALIC_MD = re.compile(r"\*([^*\n]+)\*")


def clean(text: str) -> str:
    """Drop the converter's markup (HTML tags, *italic*) and collapse white space.

    The words stay; only the italic/list markup of the converted Word file goes, because
    the domain keeps plain strings (print escapes every string it draws).
    """
    text = _TAG.sub(" ", text)
    text = _ITALIC_MD.sub(r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    # "<i>website</i> , elektronik": the tag removal leaves a space before the comma.
    return text.replace(" ,", ",")


def sumber_data_text(cell: str) -> str:
    """'1. A 2. B' becomes one item per line; anything else stays as it is."""
    text = clean(cell)
    parts = teks_ke_formula(text).bagian
    if parts and isinstance(parts[-1], Daftar) and all(isinstance(p, Teks) for p in parts[:-1]):
        lines = [p.teks for p in parts[:-1] if isinstance(p, Teks)]
        daftar = parts[-1]
        lines += [f"{i}. {item}" for i, item in enumerate(daftar.butir, start=1)]
        return "\n".join(lines)
    return text


def formula_of(cell: str) -> Formula:
    text = clean(cell)
    return teks_ke_formula(text) if text else Formula()


# ---------------------------------------------------------------- Keputusan


def parse_instansi(lines: list[str]) -> Instansi:
    text = "\n".join(lines)
    kop = re.search(r"^PEMERINTAH\s*(KOTA|KABUPATEN) (.+?) KECAMATAN (.+)$", text, re.M)
    assert kop, "kop line not found"
    alamat = re.search(r"^(Jalan .+?)\s+(\d{5})$", text, re.M)
    assert alamat, "address line not found"
    telp = re.search(r"^Telepon (.+?), Faksimile (.+)$", text, re.M)
    assert telp, "telephone line not found"
    laman = re.search(r"^Laman (\S+), Pos-el (\S+)$", text, re.M)
    assert laman, "web/e-mail line not found"
    return Instansi(
        id=fixed_id("instansi"),
        nama=kop.group(3).strip().title(),
        jenis=JenisInstansi.KECAMATAN,
        jenis_daerah=JenisDaerah(kop.group(1).lower()),
        nama_daerah=kop.group(2).strip().title(),
        alamat=[alamat.group(1)],
        kode_pos=alamat.group(2),
        telepon=telp.group(1),
        faks=telp.group(2),
        laman=laman.group(1),
        email=laman.group(2),
    )


def _strip_bullet(line: str) -> str:
    return re.sub(r"^\s*-\s*", "", line).strip()


def parse_keputusan(lines: list[str]) -> Keputusan:
    body = [_strip_bullet(x) for x in lines if x.strip()]
    k = Keputusan()

    i = next(n for n, x in enumerate(body) if x.startswith("NOMOR :"))
    k.nomor = body[i].split(":", 1)[1].strip()
    assert body[i + 1] == "TENTANG"
    tentang: list[str] = []
    j = i + 2
    # The title runs until the heading "CAMAT WONOASIH" that opens the considerations.
    while not body[j].startswith("CAMAT "):
        tentang.append(body[j])
        j += 1
    # Kept upper case as printed: the document prints TENTANG in capitals.
    k.tentang = " ".join(tentang)

    section = ""
    for line in body[j:]:
        m = re.match(r"^(Menimbang|Mengingat) : (.*)$", line)
        if m:
            section = m.group(1)
            line = m.group(2)
        if line.startswith("MEMUTUSKAN"):
            section = "diktum"
            continue
        if line.startswith("Ditetapkan di :"):
            k.tempat = line.split(":", 1)[1].strip()
            section = "ttd"
            continue
        if line.startswith("Pada tanggal :"):
            k.tanggal = parse_tanggal(line.split(":", 1)[1])
            continue
        if section == "Menimbang":
            m = re.match(r"^[a-z]\. (.*)$", line)
            assert m, line
            k.menimbang.append(m.group(1))
        elif section == "Mengingat":
            m = re.match(r"^\d{1,2}\. (.*)$", line)
            assert m, line
            k.mengingat.append(m.group(1))
        elif section == "diktum":
            if line.startswith("Menetapkan"):
                # Empty in this document: what is enacted is named by KESATU.
                continue
            m = re.match(r"^KE[A-Z ]+ : (.*)$", line)
            if m:
                k.diktum.append(Diktum(m.group(1)))
                continue
            m = re.match(r"^[a-z]\. (.*)$", line)
            assert m and k.diktum, line
            k.diktum[-1].butir.append(m.group(1))
        elif section == "ttd":
            ttd = k.penandatangan
            if line.startswith("NIP"):
                ttd.pejabat.nip = re.sub(r"\D", "", line)
            elif not ttd.jabatan:
                ttd.jabatan = line
            elif not ttd.pejabat.nama:
                ttd.pejabat.nama = line
            else:
                ttd.pejabat.pangkat = line
    k.penandatangan.awalan = AwalanTtd.TIDAK_ADA
    periksa_nip(k.penandatangan.pejabat.nip)
    return k


# ---------------------------------------------------------------- IKI pages


@dataclass
class Halaman:
    """One IKI page as printed: the JABATAN line, tugas/fungsi and the table rows."""

    judul: str
    tugas: str = ""
    tugas_butir: list[str] = field(default_factory=list)
    tugas_bertanda: bool = True  # did the printed list carry a. b. c. markers?
    fungsi: list[str] = field(default_factory=list)
    baris: list[list[str]] = field(default_factory=list)
    sambungan: int = 0  # continuation rows joined back into the row above


_ITEM = re.compile(r"^\s*(?:-\s*)?(?:(?P<huruf>[a-z])\.\s+)?(?P<teks>\S.*)$")


def is_continuation(cells: list[str]) -> bool:
    """The first row after a repeated header: does it carry on the row above?"""
    kinerja, indikator = cells[0].strip(), cells[1].strip()
    if not kinerja and not indikator:
        return True
    return bool(kinerja) and kinerja[0].islower()


def parse_halaman(lines: list[str]) -> Halaman:
    first = lines[0]
    assert first.startswith("JABATAN : "), first
    page = Halaman(judul=first.split(":", 1)[1].strip())
    block = ""
    seen_header = False
    after_header = False
    for raw in lines[1:]:
        if not raw.strip():
            continue
        if "\t" in raw:
            cells = (raw.split("\t") + ["", "", "", ""])[:4]
            if [c.strip() for c in cells] == HEADER:
                after_header = seen_header  # only a *repeated* header marks a page break
                seen_header = True
                continue
            if after_header and page.baris and is_continuation(cells):
                prev = page.baris[-1]
                for n, cell in enumerate(cells):
                    if cell.strip():
                        prev[n] = f"{prev[n]} {cell}" if prev[n].strip() else cell
                page.sambungan += 1
            else:
                page.baris.append(cells)
            after_header = False
            continue
        line = _strip_bullet(raw) if raw.lstrip().startswith("-") else raw.strip()
        if line.startswith("TUGAS :"):
            block = "tugas"
            rest = line.split(":", 1)[1].strip()
            if rest:
                page.tugas = clean(rest)
                block = ""
            continue
        if line.startswith("FUNGSI :"):
            block = "fungsi"
            continue
        m = _ITEM.match(line)
        assert m and block, f"{page.judul}: unexpected line {raw!r}"
        teks = clean(m.group("teks"))
        if block == "tugas":
            page.tugas_butir.append(teks)
            if not m.group("huruf"):
                page.tugas_bertanda = False
        else:
            page.fungsi.append(teks)
    return page


def split_pages(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The Keputusan, then one list of lines per IKI page (from its JABATAN line on).

    A page opens with the title line followed by "JABATAN :"; the same title words
    also occur inside the Keputusan's TENTANG, which is why the JABATAN line decides.
    """

    def next_text(n: int) -> str:
        return next((x for x in lines[n + 1 :] if x.strip()), "")

    starts = [
        n
        for n, x in enumerate(lines)
        if x.strip() == PAGE_TITLE and next_text(n).startswith("JABATAN :")
    ]
    pages = []
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        body = lines[a + 1 : b]
        while body and not body[0].strip():
            body.pop(0)
        pages.append(body)
    return lines[: starts[0]], pages


# ---------------------------------------------------------------- jabatan tree


def jenis_of(nama: str) -> JenisJabatan:
    if re.match(r"^(Kepala|Sekretaris|Lurah|Camat)\b", nama):
        return JenisJabatan.STRUKTURAL
    if nama.startswith("Arsiparis"):
        # A jabatan fungsional (JF Arsiparis); the other titles of this document are
        # nomenclature of jabatan pelaksana.
        return JenisJabatan.FUNGSIONAL
    return JenisJabatan.PELAKSANA


def parent_index(pages: list[Halaman], n: int) -> int | None:
    """Where a page hangs in the tree (the Camat, who has no IKI page, is implicit).

    Sekretaris Kecamatan, the Kepala Seksi of the kecamatan and the Lurah are roots;
    a Kepala Subbagian is under the Sekretaris Kecamatan; the Sekretaris Kelurahan and
    the Kepala Seksi "pada Kelurahan" are under the Lurah; staff are under the nearest
    Kepala/Sekretaris printed before them (the document prints each unit together).
    """
    nama = pages[n].judul
    if nama == "Sekretaris Kecamatan" or nama == "Lurah":
        return None
    if re.match(r"^Kepala Sub ?[Bb]agian", nama):
        return _last(pages, n, lambda t: t == "Sekretaris Kecamatan")
    if nama == "Sekretaris Kelurahan" or (
        nama.startswith("Kepala Seksi") and nama.endswith("pada Kelurahan")
    ):
        return _last(pages, n, lambda t: t == "Lurah")
    if nama.startswith("Kepala Seksi"):
        return None
    return _last(pages, n, lambda t: jenis_of(t) is JenisJabatan.STRUKTURAL and t != "Lurah")


def _last(pages: list[Halaman], n: int, pred: Callable[[str], bool]) -> int:
    for k in range(n - 1, -1, -1):
        if pred(pages[k].judul):
            return k
    raise AssertionError(f"no parent for {pages[n].judul}")


# The unit named after " pada " must belong to the parent found above; these are the
# words that tie a staff unit to its head (the document spells "Ketentraman" and
# "Ketenteraman" both, and names the Sekretariat Kelurahan after its head).
UNIT_CHECK = {
    "Sub Bagian Tata Usaha": "Kepala Sub Bagian Tata Usaha",
    "Sub Bagian Program dan Keuangan": "Kepala Subbagian Program dan Keuangan",
    "Seksi Pemerintahan Kecamatan": "Kepala Seksi Pemerintahan",
    "Seksi Pelayanan Kecamatan": "Kepala Seksi Pelayanan",
    "Seksi Pembangunan dan Pemberdayaan Masyarakat Kecamatan": (
        "Kepala Seksi Pembangunan dan Pemberdayaan Masyarakat"
    ),
    "Seksi Ketentraman dan Ketertiban Kecamatan": "Kepala Seksi Ketentraman dan Ketertiban",
    "Sekretariat Kelurahan": "Sekretaris Kelurahan",
    "Seksi Pemerintahan, Ketentraman dan Ketertiban Kelurahan": (
        "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban pada Kelurahan"
    ),
    "Seksi Pelayanan Kelurahan": "Kepala Seksi Pelayanan pada Kelurahan",
    "Seksi Pembangunan dan Pemberdayaan Masyarakat Kelurahan": (
        "Kepala Seksi Pembangunan dan Pemberdayaan Masyarakat pada Kelurahan"
    ),
}


def check_parent(child: str, parent: str) -> None:
    if " pada " not in child or child.startswith("Kepala"):
        return
    unit = child.split(" pada ", 1)[1]
    for key, head in UNIT_CHECK.items():
        if unit.startswith(key):
            assert parent == head, f"{child!r} placed under {parent!r}, expected {head!r}"
            return
    raise AssertionError(f"unit of {child!r} not in UNIT_CHECK")


# ---------------------------------------------------------------- assembly


def build_jabatan(pages: list[Halaman]) -> list[Jabatan]:
    out: list[Jabatan] = []
    parents = [parent_index(pages, n) for n in range(len(pages))]
    sibling_count: dict[int | None, int] = {}
    for n, page in enumerate(pages):
        p = parents[n]
        if p is not None:
            check_parent(page.judul, pages[p].judul)
        urutan = sibling_count.get(p, 0)
        sibling_count[p] = urutan + 1
        # Override: the page "Pengelola Data pada Sub Bagian Tata Usaha" prints its three
        # tugas without markers (Word auto-numbering lost in conversion); it keeps the
        # a. b. c. of every other list in this document (gaya_tugas below).
        assert page.tugas_bertanda or page.judul.startswith("Pengelola Data pada Sub"), page.judul
        if " pada " in page.judul:
            nama, unit = page.judul.split(" pada ", 1)
        else:
            nama, unit = page.judul, ""
        jid = f"jabatan/{n}"
        jab = Jabatan(
            id=fixed_id(jid),
            nama=nama,
            unit_kerja=unit,
            jenis=jenis_of(page.judul),
            parent_id=fixed_id(f"jabatan/{p}") if p is not None else None,
            urutan=urutan,
            tugas=page.tugas,
            tugas_butir=list(page.tugas_butir),
            gaya_tugas=GayaDaftar.HURUF,
            fungsi=list(page.fungsi),
            gaya_fungsi=GayaDaftar.HURUF,
        )
        for row in page.baris:
            kinerja, indikator, formula, sumber = row
            if clean(kinerja) or not jab.sasaran:
                sid = f"{jid}/sasaran/{len(jab.sasaran)}"
                jab.sasaran.append(Sasaran(id=fixed_id(sid), teks=clean(kinerja)))
            sasaran = jab.sasaran[-1]
            iid = f"{jid}/sasaran/{len(jab.sasaran) - 1}/indikator/{len(sasaran.indikator)}"
            sasaran.indikator.append(
                Indikator(
                    id=fixed_id(iid),
                    teks=clean(indikator),
                    formula=formula_of(formula),
                    sumber_data=sumber_data_text(sumber),
                )
            )
        out.append(jab)
    return out


def build(source: Path = SOURCE) -> tuple[Instansi, Dokumen, dict[str, int]]:
    lines = source.read_text(encoding="utf-8").splitlines()
    head, page_lines = split_pages(lines)
    instansi = parse_instansi(head)
    keputusan = parse_keputusan(head)
    pages = [parse_halaman(p) for p in page_lines]
    dokumen = Dokumen(
        id=fixed_id("dokumen"),
        tahun=2026,
        instansi_id=instansi.id,
        judul="Indikator Kinerja Individu",
        # A draft, so that the sample can be edited; the real one is enacted.
        status=StatusDokumen.DRAF,
        keputusan=keputusan,
        kolom_iki=[Kolom("sasaran", HEADER[0]), Kolom("indikator", HEADER[1])]
        + [Kolom("formula", HEADER[2]), Kolom("sumber_data", HEADER[3])],
        # The document has no IKU table and no cascading: both stay empty.
        iku=[],
        jabatan=build_jabatan(pages),
    )
    stats = {
        "halaman": len(pages),
        "baris_tabel": sum(len(p.baris) + p.sambungan for p in pages),
        "sambungan": sum(p.sambungan for p in pages),
        "sasaran": sum(len(j.sasaran) for j in dokumen.jabatan),
        "indikator": dokumen.jumlah_indikator(),
    }
    return instansi, dokumen, stats


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    instansi, dokumen, stats = build(source)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(paket_ke_dict(instansi, dokumen), ensure_ascii=False, indent=1)
    TARGET.write_text(text + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(REPO)}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
