"""Legacy documents in every house style, made from one structured source.

For each style in GAYA this writes a Word file (python-docx) and the same content as an
Excel workbook (openpyxl); `buat_pdf` prints the Word files with LibreOffice. `skor`
compares an import result with SUMBER field by field: every jabatan with its tugas and
fungsi, every indikator under the right sasaran with penjelasan and sumber data.

Regenerate by hand (to look at the files):
    .venv/bin/python tests/spreadsheet/legacy_gen.py /tmp/gaya
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook

from iki_desktop.domain.formula import formula_satu_baris, teks_ke_formula


@dataclass
class Ind:
    teks: str
    penjelasan: str
    sumber: str


@dataclass
class Sas:
    teks: str
    indikator: list[Ind]


@dataclass
class Jab:
    nama: str
    tugas: str
    fungsi: list[str]
    sasaran: list[Sas]


SUMBER = [
    Jab(
        "Kepala Seksi Pemerintahan",
        "Membantu Camat dalam penyelenggaraan urusan pemerintahan umum di wilayah kecamatan.",
        [
            "Penyiapan bahan koordinasi penyelenggaraan pemerintahan desa",
            "Pelaksanaan pembinaan administrasi kependudukan",
            "Penyusunan laporan penyelenggaraan pemerintahan",
        ],
        [
            Sas(
                "Meningkatnya tertib administrasi pemerintahan desa",
                [
                    Ind(
                        "Persentase desa yang tertib administrasi",
                        "Jumlah desa yang tertib administrasi / Jumlah desa x 100%",
                        "Laporan Seksi Pemerintahan",
                    ),
                    Ind(
                        "Persentase peraturan desa yang dievaluasi",
                        "Jumlah peraturan desa yang dievaluasi / Jumlah peraturan desa x 100%",
                        "Register Peraturan Desa",
                    ),
                ],
            ),
            Sas(
                "Terlaksananya pembinaan kependudukan",
                [
                    Ind(
                        "Jumlah kegiatan pembinaan kependudukan",
                        "Dihitung dari banyaknya kegiatan pembinaan dalam satu tahun",
                        "Daftar hadir kegiatan",
                    )
                ],
            ),
        ],
    ),
    Jab(
        "Kepala Seksi Kesejahteraan Sosial",
        "Membantu Camat dalam pelaksanaan urusan kesejahteraan sosial.",
        [
            "Penyiapan bahan pembinaan kehidupan beragama",
            "Pelaksanaan koordinasi penanganan masalah sosial",
        ],
        [
            Sas(
                "Meningkatnya penanganan masalah sosial",
                [
                    Ind(
                        "Persentase aduan sosial yang ditangani",
                        "Jumlah aduan sosial yang ditangani / Jumlah aduan sosial x 100%",
                        "Buku register aduan",
                    ),
                    Ind(
                        "Jumlah rapat koordinasi sosial",
                        "Banyaknya rapat koordinasi sosial yang dilaksanakan",
                        "Notulen rapat",
                    ),
                ],
            ),
        ],
    ),
]

GAYA = ("paragraf", "tab", "label", "label_tanpa_nomor", "patah")
KEPALA = ["NO", "SASARAN", "INDIKATOR KINERJA", "PENJELASAN / FORMULASI", "SUMBER DATA"]
HURUF = "abcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- Word


def _format_huruf(document: docx.document.Document) -> str:
    """Add a lowerLetter numbering definition; return its numId."""
    numbering = document.part.numbering_part.element
    abstrak = OxmlElement("w:abstractNum")
    abstrak.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "%1.")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    abstrak.append(lvl)
    numbering.insert(0, abstrak)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def _numpr(paragraph: docx.text.paragraph.Paragraph, num_id: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def _kepala_docx(document: docx.document.Document, gaya: str, j: Jab, no: int, num_id: str) -> None:
    if gaya in ("paragraf", "patah"):
        document.add_paragraph(f"JABATAN : {j.nama.upper()}")
        document.add_paragraph(f"TUGAS : {j.tugas}")
        document.add_paragraph("FUNGSI :")
        for i, f in enumerate(j.fungsi):
            document.add_paragraph(f"{HURUF[i]}. {f};")
    elif gaya == "tab":
        document.add_paragraph(f"Nama Jabatan\t: {j.nama}")
        document.add_paragraph("Unit Organisasi\t: Kecamatan Contoh")
        document.add_paragraph(f"Tugas Pokok\t: {j.tugas}")
        document.add_paragraph("Fungsi\t:")
        for f in j.fungsi:
            _numpr(document.add_paragraph(f"{f};", style="List Paragraph"), num_id)
    else:
        nomor = gaya == "label"
        t = document.add_table(rows=3, cols=4 if nomor else 3)  # no style: no borders
        for r, (label, isi) in enumerate((("Jabatan", j.nama), ("Tugas", j.tugas))):
            cells = t.rows[r].cells[1:] if nomor else t.rows[r].cells
            if nomor:
                t.rows[r].cells[0].text = f"{r + 1}."
            cells[0].text, cells[1].text, cells[2].text = label, ":", isi
        cells = t.rows[2].cells[1:] if nomor else t.rows[2].cells
        if nomor:
            t.rows[2].cells[0].text = "3."
        cells[0].text, cells[1].text = "Fungsi", ":"
        if nomor:  # one paragraph per item, literal letters
            cells[2].text = f"a. {j.fungsi[0]};"
            for i, f in enumerate(j.fungsi[1:], start=1):
                cells[2].add_paragraph(f"{HURUF[i]}. {f};")
        else:  # one paragraph, items separated by soft line breaks
            run = cells[2].paragraphs[0].add_run(f"1. {j.fungsi[0]};")
            for i, f in enumerate(j.fungsi[1:], start=2):
                run.add_break()
                run = cells[2].paragraphs[0].add_run(f"{i}. {f};")
    document.add_paragraph("")


def _tabel_docx(
    document: docx.document.Document, gaya: str, baris: list[tuple[str, Ind, bool]]
) -> docx.table.Table:
    """baris: (sasaran, indikator, first row of its sasaran)."""
    dua_baris = gaya == "label_tanpa_nomor"
    t = document.add_table(rows=1, cols=5, style="Table Grid")
    for c, teks in enumerate(KEPALA):
        t.rows[0].cells[c].text = teks
    if dua_baris:
        cells = t.add_row().cells
        for c in range(5):
            cells[c].text = f"({c + 1})"
    awal_grup: int | None = None
    for no, (sas, ind, pertama) in enumerate(baris, start=1):
        cells = t.add_row().cells
        cells[0].text = str(no)
        if gaya in ("tab", "label"):
            cells[1].text = sas  # repeated on every row
        elif pertama:
            cells[1].text = sas  # once (merged below for paragraf/patah)
        cells[2].text = ind.teks
        cells[3].text = ind.penjelasan
        cells[4].text = ind.sumber
        idx = len(t.rows) - 1
        if gaya in ("paragraf", "patah"):
            if pertama:
                awal_grup = idx
            elif awal_grup is not None:
                t.cell(awal_grup, 1).merge(t.cell(idx, 1))
                t.cell(awal_grup, 1).text = sas
    return t


def _baris_jabatan(j: Jab) -> list[tuple[str, Ind, bool]]:
    return [(s.teks, ind, k == 0) for s in j.sasaran for k, ind in enumerate(s.indikator)]


def buat_docx(gaya: str, path: Path) -> Path:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    num_id = _format_huruf(document)
    document.add_paragraph("INDIKATOR KINERJA INDIVIDU (IKI)")
    document.add_paragraph("KECAMATAN CONTOH KABUPATEN CONTOH TAHUN 2025")
    for no, j in enumerate(SUMBER, start=1):
        _kepala_docx(document, gaya, j, no, num_id)
        baris = _baris_jabatan(j)
        if gaya == "patah":
            # cut after the first indikator; the rest goes after a manual page break
            _tabel_docx(document, gaya, baris[:1])
            document.add_page_break()
            t = _tabel_docx(document, gaya, baris[1:])
            if not baris[1][2]:
                t.rows[1].cells[1].text = ""  # continues the sasaran above the break
        else:
            _tabel_docx(document, gaya, baris)
        document.add_page_break()
    document.save(str(path))
    return path


# ---------------------------------------------------------------- Excel


def buat_xlsx(gaya: str, path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for no, j in enumerate(SUMBER, start=1):
        ws = wb.create_sheet(f"IKI {no}")
        ws.append(["INDIKATOR KINERJA INDIVIDU (IKI) KECAMATAN CONTOH TAHUN 2025"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
        if gaya in ("paragraf", "patah"):
            ws.append([f"JABATAN : {j.nama.upper()}"])
            ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
            ws.append([f"TUGAS : {j.tugas}"])
            ws.append(["FUNGSI :"])
            for i, f in enumerate(j.fungsi):
                ws.append([f"{HURUF[i]}.", f"{f};"])
        elif gaya == "tab":
            ws.append(["Nama Jabatan", f": {j.nama}"])
            ws.append(["Unit Organisasi", ": Kecamatan Contoh"])
            ws.append(["Tugas Pokok", f": {j.tugas}"])
            ws.append(["Fungsi", ":"])
            for i, f in enumerate(j.fungsi, start=1):
                ws.append(["", f"{i}.", f"{f};"])
        else:
            awal = ["1."] if gaya == "label" else []
            ws.append([*awal, "Jabatan", ":", j.nama])
            awal = ["2."] if gaya == "label" else []
            ws.append([*awal, "Tugas", ":", j.tugas])
            awal = ["3."] if gaya == "label" else []
            isi = "\n".join(f"{HURUF[i]}. {f};" for i, f in enumerate(j.fungsi))
            ws.append([*awal, "Fungsi", ":", isi])
        ws.append([])
        ws.append(KEPALA)
        if gaya == "label_tanpa_nomor":
            ws.append([f"({c})" for c in range(1, 6)])
        awal_grup = 0
        for k, (sas, ind, pertama) in enumerate(_baris_jabatan(j), start=1):
            tulis = sas if pertama or gaya in ("tab", "label") else ""
            ws.append([k, tulis, ind.teks, ind.penjelasan, ind.sumber])
            r = ws.max_row
            if gaya in ("paragraf", "patah"):
                if pertama:
                    awal_grup = r
                elif awal_grup:
                    ws.merge_cells(start_row=awal_grup, start_column=2, end_row=r, end_column=2)
    wb.save(path)
    return path


# ---------------------------------------------------------------- PDF


def buat_pdf(berkas_docx: list[Path], folder: Path) -> list[Path]:
    """Print Word files to PDF with LibreOffice (one soffice run for all)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed: apt-get install libreoffice-writer")
    profil = folder / "lo-profil"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profil}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, berkas_docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [folder / (p.stem + ".pdf") for p in berkas_docx]


# ---------------------------------------------------------------- scoring


def _n(teks: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", teks.lower()).split())


def _f(penjelasan: str) -> str:
    return _n(formula_satu_baris(teks_ke_formula(penjelasan)))


def skor(hasil: object) -> tuple[int, int, list[str]]:
    """(fields right, fields expected, what is wrong) of an import result (HasilUrai)."""
    benar = 0
    total = 0
    salah: list[str] = []

    def cek(label: str, harap: str, dapat: str) -> None:
        nonlocal benar, total
        total += 1
        if harap == dapat:
            benar += 1
        else:
            salah.append(f"{label}: harap {harap!r}, dapat {dapat!r}")

    jabatan = list(hasil.jabatan)  # type: ignore[attr-defined]
    cek("jumlah jabatan", str(len(SUMBER)), str(len(jabatan)))
    cek("IKU kosong", "0", str(len(hasil.iku)))  # type: ignore[attr-defined]
    for j, dapat in zip(SUMBER, jabatan + [None] * len(SUMBER), strict=False):
        if dapat is None:
            salah.append(f"jabatan {j.nama} tidak ada")
            total += 3 + len(j.sasaran)
            continue
        cek("nama", _n(j.nama), _n(dapat.nama))
        tugas = dapat.tugas or " ".join(dapat.tugas_butir)
        cek(f"{j.nama} tugas", _n(j.tugas), _n(tugas))
        cek(
            f"{j.nama} fungsi",
            " | ".join(_n(f) for f in j.fungsi),
            " | ".join(_n(f) for f in dapat.fungsi),
        )
        cek(f"{j.nama} jumlah sasaran", str(len(j.sasaran)), str(len(dapat.sasaran)))
        for s, ds in zip(j.sasaran, dapat.sasaran, strict=False):
            cek(f"{j.nama} sasaran", _n(s.teks), _n(ds.teks))
            cek(f"{s.teks} jumlah indikator", str(len(s.indikator)), str(len(ds.indikator)))
            for ind, di in zip(s.indikator, ds.indikator, strict=False):
                cek("indikator", _n(ind.teks), _n(di.teks))
                cek(
                    f"{ind.teks} penjelasan", _f(ind.penjelasan), _n(formula_satu_baris(di.formula))
                )
                cek(f"{ind.teks} sumber", _n(ind.sumber), _n(di.sumber_data))
    return benar, total, salah


if __name__ == "__main__":
    keluar = Path(sys.argv[1] if len(sys.argv) > 1 else "gaya")
    keluar.mkdir(parents=True, exist_ok=True)
    semua = [buat_docx(g, keluar / f"gaya-{g}.docx") for g in GAYA]
    for g in GAYA:
        buat_xlsx(g, keluar / f"gaya-{g}.xlsx")
    buat_pdf(semua, keluar)
    print(f"{len(GAYA) * 3} berkas di {keluar}")
