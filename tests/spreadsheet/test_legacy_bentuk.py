"""Legacy import picks the print shape it found: Keputusan, signed at the end, booklet.

The reference files hold the tables; the decree, the signature and the booklet's Visi
are added to copies of them with the words of the real documents (shared/reference
*.txt: Wonoasih's Keputusan, Ngluyu's "a.n. BUPATI NGANJUK / CAMAT NGLUYU").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
import pytest

from iki_desktop.domain.model import AwalanTtd, BentukDokumen
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.printing import build_pdf
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama, buat_dokumen, instansi_usulan
from tests.printing.periksa_pdf import teks_halaman

REFERENSI = Path(__file__).resolve().parents[2].parent / "shared" / "reference"

NGLUYU_TTD = [
    "Ditetapkan di Ngluyu",
    "pada tanggal 08 Maret 2021",
    "a.n. BUPATI NGANJUK",
    "CAMAT NGLUYU",
    "",
    "SUDJITO, SH",
    "Pembina Tingkat I",
    "NIP. 19630603 198603 1 019",
]
WONOASIH_KEPUTUSAN = [
    "KEPUTUSAN",
    "CAMAT WONOASIH KOTA PROBOLINGGO",
    "NOMOR : 000.8.6.3/10/425.503/2026",
    "TENTANG",
    "INDIKATOR KINERJA INDIVIDU",
    "KECAMATAN WONOASIH KOTA PROBOLINGGO",
    "CAMAT WONOASIH",
    "KOTA PROBOLINGGO,",
    "Menimbang : a. Bahwa dalam rangka meningkatkan akuntabilitas kinerja instansi pemerintah "
    "diperlukan indicator kinerja;",
    "b. Bahwa sehubungan dengan maksud tersebut pada huruf a, perlu menetapkan Indikator "
    "Kinerja Individu Kecamatan Wonoasih Kota Probolinggo.",
    "Mengingat : 1. Undang-undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "2. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah",
    "(Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114);",
    "MEMUTUSKAN :",
    "Menetapkan :",
    "KESATU : Indikator Kinerja Individu masing-masing unit kerja sebagaimana tersebut "
    "dalam Lampiran.",
    "KEDUA : Indikator Kinerja Individu sebagaimana dimaksud dalam Diktum KESATU bertujuan untuk :",
    "a. Memberikan informasi kinerja yang penting;",
    "b. Mengukur keberhasilan pencapaian suatu tujuan;",
    "KETIGA : Keputusan ini berlaku sejak tanggal ditetapkan.",
    "Ditetapkan di : Probolinggo",
    "Pada tanggal : 7 Januari 2026",
    "Camat Wonoasih Kota Probolinggo",
    "",
    "Eko Candra Wirawan, S.STP., M.M",
    "Pembina Tingkat I (IV/b)",
    "NIP. 198201162000121001",
]


def _tambah_docx(asal: Path, tujuan: Path, awal: list[str], akhir: list[str]) -> Path:
    d = docx.Document(str(asal))
    pertama = d.paragraphs[0]
    for teks in awal:
        pertama.insert_paragraph_before(teks)
    for teks in akhir:
        d.add_paragraph(teks)
    d.save(str(tujuan))
    return tujuan


def test_ngluyu_signed_at_the_end_an_bupati_camat(tmp_path: Path) -> None:
    berkas = _tambah_docx(
        REFERENSI / "legacy-ngluyu-2021.docx", tmp_path / "ngluyu-2021.docx", [], NGLUYU_TTD
    )
    pratinjau = baca_dokumen_lama(berkas)
    assert "Bentuk      : Ditandatangani di akhir" in pratinjau.teks()
    assert "SUDJITO, SH" in pratinjau.teks()
    dok = buat_dokumen(pratinjau)
    b = dok.bentuk
    assert b.jenis is BentukDokumen.TTD_AKHIR
    assert (b.tempat, b.tanggal, b.rumusan) == (
        "Ngluyu",
        dt.date(2021, 3, 8),
        RumusanTempat.DITETAPKAN,
    )
    p = b.penandatangan
    assert (p.awalan, p.jabatan, p.atas_nama) == (AwalanTtd.AN, "Bupati Nganjuk", "Camat Ngluyu")
    assert (p.pejabat.nama, p.pejabat.pangkat, p.pejabat.nip) == (
        "SUDJITO, SH",
        "Pembina Tingkat I",
        "196306031986031019",
    )
    # The print ends as the original: Ditetapkan di / pada tanggal / a.n. … / name.
    akhir = teks_halaman(build_pdf(instansi_usulan(pratinjau), dok))[-1]
    for teks in ("Ditetapkan di", "8 Maret 2021", "a.n. Bupati Nganjuk", "Camat Ngluyu,"):
        assert teks in akhir
    assert "NIP. 19630603 198603 1 019" in akhir


def test_ngluyu_in_excel_signed_with_place_and_date(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(REFERENSI / "legacy-ngluyu-2021.xlsx")
    ws = wb.worksheets[-1]
    ws.append([])
    for teks in ["Ngluyu, 8 Maret 2021", "Plt. CAMAT NGLUYU", "", "SUDJITO, SH", "NIP. 1963"]:
        ws.append(["", "", "", teks])
    wb.save(tmp_path / "ngluyu-2021.xlsx")
    asli = buat_dokumen(baca_dokumen_lama(REFERENSI / "legacy-ngluyu-2021.xlsx"))
    dok = buat_dokumen(baca_dokumen_lama(tmp_path / "ngluyu-2021.xlsx"))
    # The rows under the table are not glued to its last indikator.
    akhir, asli_akhir = (
        dok.jabatan[-1].sasaran[-1].indikator,
        asli.jabatan[-1].sasaran[-1].indikator,
    )
    assert [(i.teks, i.formula, i.sumber_data) for i in akhir] == [
        (i.teks, i.formula, i.sumber_data) for i in asli_akhir
    ]
    b = dok.bentuk
    assert b.jenis is BentukDokumen.TTD_AKHIR and b.rumusan is RumusanTempat.TEMPAT_TANGGAL
    assert (b.tempat, b.tanggal) == ("Ngluyu", dt.date(2021, 3, 8))
    assert (b.penandatangan.awalan, b.penandatangan.jabatan) == (AwalanTtd.PLT, "Camat Ngluyu")
    assert b.penandatangan.pejabat.nama == "SUDJITO, SH"


def test_wonoasih_keputusan_signer_goes_to_the_keputusan(tmp_path: Path) -> None:
    berkas = _tambah_docx(
        REFERENSI / "legacy-wonoasih-2026.docx", tmp_path / "w-2026.docx", WONOASIH_KEPUTUSAN, []
    )
    pratinjau = baca_dokumen_lama(berkas)
    assert pratinjau.tahun == 2026  # not 2014 of "Undang-undang Nomor 23 Tahun 2014"
    assert (
        "Bentuk      : Keputusan + Lampiran — Nomor 000.8.6.3/10/425.503/2026; "
        "Ditetapkan di Probolinggo" in pratinjau.teks()
    )
    assert len(pratinjau.jabatan) == 36  # the decree's words became no jabatan
    dok = buat_dokumen(pratinjau)
    assert dok.bentuk.jenis is BentukDokumen.KEPUTUSAN
    kep = dok.keputusan
    assert (kep.tempat, kep.tanggal) == ("Probolinggo", dt.date(2026, 1, 7))
    assert kep.penandatangan.jabatan == "Camat Wonoasih Kota Probolinggo"
    assert kep.penandatangan.pejabat.nip == "198201162000121001"
    # The decree itself: nomor, tentang, Menimbang, Mengingat, diktum with butir.
    assert kep.nomor == "000.8.6.3/10/425.503/2026"
    assert kep.tentang == "INDIKATOR KINERJA INDIVIDU KECAMATAN WONOASIH KOTA PROBOLINGGO"
    assert [x[:28] for x in kep.menimbang] == [
        "Bahwa dalam rangka meningkat",
        "Bahwa sehubungan dengan maks",
    ]
    assert len(kep.mengingat) == 2 and kep.mengingat[1].endswith("Tahun 2016 Nomor 114);")
    assert [d.teks[:20] for d in kep.diktum] == [
        "Indikator Kinerja In",
        "Indikator Kinerja In",
        "Keputusan ini berlak",
    ]
    assert kep.diktum[1].butir == [
        "Memberikan informasi kinerja yang penting;",
        "Mengukur keberhasilan pencapaian suatu tujuan;",
    ]
    # Printed: the decree, the LAMPIRAN heading, the IKI, closed by the Camat's signature.
    halaman = teks_halaman(build_pdf(instansi_usulan(pratinjau), dok))
    semua = "\n".join(halaman)
    assert "MEMUTUSKAN" in semua and "LAMPIRAN" in semua and "KEDUA" in semua
    assert "Eko Candra Wirawan" in halaman[-1]


def test_keputusan_written_as_a_label_table(tmp_path: Path) -> None:
    d = docx.Document(str(REFERENSI / "legacy-wonoasih-2026.docx"))
    pertama = d.paragraphs[0]
    for teks in ["KEPUTUSAN CAMAT WONOASIH", "NOMOR : 12/2026", "TENTANG", "IKI KECAMATAN"]:
        pertama.insert_paragraph_before(teks)
    t = d.add_table(rows=2, cols=3)
    for r, (label, isi) in enumerate(
        [("Menimbang", "a. bahwa perlu;\nb. bahwa harus."), ("Mengingat", "1. UU 23/2014;")]
    ):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text, t.rows[r].cells[2].text = label, ":", isi
    pertama._p.addprevious(t._tbl)
    for teks in ["MEMUTUSKAN :", "Menetapkan :", "KESATU : IKI dalam Lampiran."]:
        pertama.insert_paragraph_before(teks)
    ttd = d.add_table(rows=2, cols=3)
    for r, (label, isi) in enumerate(
        [("Ditetapkan di", "Probolinggo"), ("pada tanggal", "7 Januari 2026")]
    ):
        ttd.rows[r].cells[0].text, ttd.rows[r].cells[1].text, ttd.rows[r].cells[2].text = (
            label,
            ":",
            isi,
        )
    pertama._p.addprevious(ttd._tbl)
    for teks in ["CAMAT WONOASIH,", "EKO CANDRA", "NIP. 198201162000121001"]:
        pertama.insert_paragraph_before(teks)
    d.save(str(tmp_path / "tabel-2026.docx"))
    dok = buat_dokumen(baca_dokumen_lama(tmp_path / "tabel-2026.docx"))
    kep = dok.keputusan
    assert (kep.nomor, kep.tentang) == ("12/2026", "IKI KECAMATAN")
    assert kep.menimbang == ["bahwa perlu;", "bahwa harus."]
    assert kep.mengingat == ["UU 23/2014;"] and kep.diktum[0].teks == "IKI dalam Lampiran."
    assert (kep.tempat, kep.tanggal) == ("Probolinggo", dt.date(2026, 1, 7))
    assert kep.penandatangan.jabatan == "Camat Wonoasih"
    assert kep.penandatangan.pejabat.nama == "EKO CANDRA"


@pytest.mark.parametrize("ext", ["docx", "xlsx"])
def test_montong_booklet(ext: str, tmp_path: Path) -> None:
    pratinjau = baca_dokumen_lama(REFERENSI / f"legacy-montong-2020.{ext}")
    assert "Bentuk      : Buku" in pratinjau.teks()
    assert buat_dokumen(pratinjau).bentuk.jenis is BentukDokumen.BUKU
    if ext == "docx":
        visi = ["Visi : Kabupaten Tuban yang lebih Religius, Bersih, Maju dan Sejahtera ."]
        berkas = _tambah_docx(
            REFERENSI / "legacy-montong-2020.docx", tmp_path / "m-2020.docx", visi, []
        )
        dok = buat_dokumen(baca_dokumen_lama(berkas))
        assert dok.cascading.visi.startswith("Kabupaten Tuban yang lebih Religius")
        semua = "\n".join(teks_halaman(build_pdf(instansi_usulan(baca_dokumen_lama(berkas)), dok)))
        assert "Kabupaten Tuban yang lebih Religius" in semua


@pytest.mark.parametrize("nama", ["legacy-ngluyu-2021.docx", "legacy-wonoasih-2026.xlsx"])
def test_nothing_found_keeps_the_default_and_says_so(nama: str) -> None:
    pratinjau = baca_dokumen_lama(REFERENSI / nama)
    assert "Keputusan + Lampiran (bawaan" in pratinjau.teks()
    dok = buat_dokumen(pratinjau)
    assert dok.bentuk.jenis is BentukDokumen.KEPUTUSAN and dok.keputusan.kosong


def test_generated_styles_are_not_taken_for_signed(
    berkas_gaya: dict[tuple[str, str], Path],
) -> None:
    for berkas in berkas_gaya.values():
        assert not baca_dokumen_lama(berkas).bentuk.ditemukan, berkas.name
