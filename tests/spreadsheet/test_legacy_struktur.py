"""Never import silently wrong: structure doubts are shown first; two IKU versions are kept."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama, terapkan
from iki_desktop.store import Store
from iki_desktop.store.penetapan import bandingkan_versi, riwayat_versi, versi_terkini

REFERENSI = Path(__file__).resolve().parents[2].parent / "shared" / "reference"
KEPALA = ["SASARAN", "INDIKATOR KINERJA", "PENJELASAN", "SUMBER DATA"]


def _docx(path: Path, paragraf: list[str], tabel: list[list[str]]) -> Path:
    d = docx.Document()
    for p in paragraf:
        d.add_paragraph(p)
    t = d.add_table(rows=0, cols=len(tabel[0]), style="Table Grid")
    for baris in tabel:
        cells = t.add_row().cells
        for c, teks in zip(cells, baris, strict=True):
            c.text = teks
    d.save(str(path))
    return path


def _baris(n: int, sasaran: str = "Meningkatnya layanan") -> list[list[str]]:
    return [
        [sasaran, f"Persentase layanan {i}", f"Layanan selesai {i} dibanding target", "Laporan"]
        for i in range(n)
    ]


def test_tanpa_jabatan_padahal_ada_tugas(tmp_path: Path) -> None:
    berkas = _docx(
        tmp_path / "a.docx",
        ["INDIKATOR KINERJA UTAMA", "Kasi Trantib", "TUGAS : Menyiapkan bahan koordinasi."],
        [KEPALA, *_baris(3)],
    )
    pr = baca_dokumen_lama(berkas)
    assert any("TUGAS/FUNGSI" in m for m in pr.masalah)
    assert pr.teks().index("PERHATIAN") < pr.teks().index("IKU ")


def test_sasaran_berulang_dikelompokkan(tmp_path: Path) -> None:
    tabel = [KEPALA] + _baris(1, "Sasaran A") + _baris(1, "Sasaran B") + _baris(1, "Sasaran A")
    tabel[3][1] = "Persentase ketiga"
    berkas = _docx(tmp_path / "b.docx", ["JABATAN : Kepala Seksi Umum"], tabel)
    pr = baca_dokumen_lama(berkas)
    (j,) = pr.hasil.jabatan
    assert [s.teks for s in j.sasaran] == ["Sasaran A", "Sasaran B"]
    assert [i.teks for i in j.sasaran[0].indikator] == ["Persentase layanan 0", "Persentase ketiga"]
    assert any("berulang" in m for m in pr.masalah)


def test_iku_lebih_besar_dari_iki(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("INDIKATOR KINERJA UTAMA")
    t = d.add_table(rows=0, cols=4)
    for baris in [KEPALA, *_baris(8)]:
        for c, teks in zip(t.add_row().cells, baris, strict=True):
            c.text = teks
    d.add_paragraph("JABATAN : Kepala Seksi Umum")
    t = d.add_table(rows=0, cols=4)
    for baris in [KEPALA, *_baris(2, "Sasaran seksi")]:
        for c, teks in zip(t.add_row().cells, baris, strict=True):
            c.text = teks
    d.save(str(tmp_path / "c.docx"))
    pr = baca_dokumen_lama(tmp_path / "c.docx")
    assert any("lebih banyak dari IKI" in m for m in pr.masalah)


def test_penanda_versi_sebelum_sesudah(tmp_path: Path) -> None:
    d = docx.Document()
    for judul, n in (("SEBELUM EVALUASI", 3), ("SESUDAH EVALUASI", 2)):
        d.add_paragraph(judul)
        d.add_paragraph("INDIKATOR KINERJA UTAMA")
        t = d.add_table(rows=0, cols=4)
        for baris in [KEPALA, *_baris(n)]:
            for c, teks in zip(t.add_row().cells, baris, strict=True):
                c.text = teks
    d.save(str(tmp_path / "v.docx"))
    pr = baca_dokumen_lama(tmp_path / "v.docx")
    assert len(pr.versi_iku) == 2 and pr.versi_iku[1].startswith("SESUDAH EVALUASI")
    assert pr.jumlah_indikator_iku == 2


@pytest.mark.skipif(not REFERENSI.is_dir(), reason="shared/reference absent")
@pytest.mark.parametrize("jenis", ["docx", "xlsx"])
def test_montong_dua_versi(tmp_path: Path, jenis: str) -> None:
    pr = baca_dokumen_lama(REFERENSI / f"legacy-montong-2020.{jenis}")
    assert len(pr.versi_iku) == 2
    db = tmp_path / "iki.db"
    with Store.create(db) as store:
        akhir = terapkan(store, pr)
        versi = riwayat_versi(store, akhir.id)
        assert [v.revisi for v in versi] == [0, 1]
        assert versi_terkini(store, versi[0].dokumen_id) == akhir.id
        berlaku = store.load_dokumen(akhir.id)
        teks = [s.teks for s in berlaku.iku] + [i.teks for s in berlaku.iku for i in s.indikator]
        teks += [formula_satu_baris(i.formula) for s in berlaku.iku for i in s.indikator]
        assert not any("bumdes" in t.lower() for t in teks)
        awal = store.load_dokumen(versi[0].dokumen_id)
        assert any("bumdes" in s.teks.lower() for s in awal.iku)
        assert len(berlaku.jabatan) == len(awal.jabatan) == 8
        beda = bandingkan_versi(store, awal.id, akhir.id)
        assert beda and all(b.tempat in ("IKU", "Dokumen", "Keputusan") for b in beda), beda
        assert any("BUMDes" in b.objek and b.tempat == "IKU" for b in beda), beda


def test_target_terselip_dipindahkan_ke_target(tmp_path: Path) -> None:
    tabel = [KEPALA, ["Sasaran A", "Persentase desa", "Jumlah A/Jumlah B x 100% = 100", "Data"]]
    pr = baca_dokumen_lama(_docx(tmp_path / "t.docx", ["JABATAN : Kepala Seksi"], tabel))
    (ind,) = pr.hasil.jabatan[0].sasaran[0].indikator
    assert ind.formula.ada_pecahan and "=" not in formula_satu_baris(ind.formula)
    assert ind.kinerja.target == "100"
    assert any("= 100" in p and "dipindahkan ke kolom target" in p for p in pr.peringatan)


def _xlsx_rumus(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["JABATAN : Kepala Seksi Umum"])
    ws.append(["FUNGSI :"])
    ws.append(['="a. Penyusunan rencana kerja"'])  # formula, no cached value
    ws.append(['="b. Pelaksanaan "&"pelayanan"'])  # gets a cached value below
    ws.append(KEPALA)
    ws.append(["Sasaran A", "Persentase layanan", "Layanan selesai dibanding target", "Data"])
    wb.save(path)
    # give A4 a cached value, as Excel does when it saves
    import zipfile

    data = {}
    with zipfile.ZipFile(path) as zf:
        for n in zf.namelist():
            data[n] = zf.read(n)
    lembar = data["xl/worksheets/sheet1.xml"].decode()
    awal = lembar.index('<c r="A4"')
    akhir = lembar.index("</c>", awal)
    sel = lembar[awal:akhir].replace("<v></v>", "").replace("<v />", "")
    sel = sel.replace('<c r="A4"', '<c r="A4" t="str"', 1) + "<v>b. Pelaksanaan pelayanan</v>"
    data["xl/worksheets/sheet1.xml"] = (lembar[:awal] + sel + lembar[akhir:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, isi in data.items():
            zf.writestr(n, isi)
    return path


def test_sel_rumus_excel_tidak_hilang(tmp_path: Path) -> None:
    pr = baca_dokumen_lama(_xlsx_rumus(tmp_path / "rumus.xlsx"))
    (j,) = pr.hasil.jabatan
    assert j.fungsi == ["Penyusunan rencana kerja", "Pelaksanaan pelayanan"]
    teks = " ".join(pr.peringatan)
    assert "rumus Excel" in teks and "A3" in teks and "A4" in teks


def test_tabel_raksasa_dipotong(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["JABATAN : Kepala Seksi Umum"])
    ws.append(KEPALA)
    for i in range(5010):
        ws.append([f"Sasaran {i}", f"Persentase layanan {i}", "Jumlah A / Jumlah B x 100%", "D"])
    wb.save(tmp_path / "besar.xlsx")
    pr = baca_dokumen_lama(tmp_path / "besar.xlsx")
    assert pr.jabatan[0].jumlah_indikator == 4999  # 5000 table rows with the header
    assert any("5000" in m and "11 baris" in m for m in pr.masalah)


def test_cli_bertanya_bila_susunan_meragukan(tmp_path: Path) -> None:
    from iki_desktop.cli import main

    berkas = _docx(
        tmp_path / "a.docx",
        ["INDIKATOR KINERJA UTAMA", "TUGAS : Menyiapkan bahan koordinasi."],
        [KEPALA, *_baris(3)],
    )
    db = tmp_path / "iki.db"
    Store.create(db).close()
    sebelum = db.read_bytes()
    assert main(["import-legacy", str(berkas), "--db", str(db)]) == 2
    assert db.read_bytes() == sebelum
    assert main(["import-legacy", str(berkas), "--db", str(db), "--tahun", "2025", "--ya"]) == 0


def test_sel_banyak_indikator(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("JABATAN : Kepala Seksi Umum")
    t = d.add_table(rows=0, cols=4, style="Table Grid")
    for c, teks in zip(t.add_row().cells, KEPALA, strict=True):
        c.text = teks
    isi = [
        (
            "Sasaran A",
            "a. Persentase surat b. Persentase arsip",
            "Jumlah surat dibagi jumlah semua surat x 100%\nJumlah arsip/Jumlah semua arsip x 100%",
            "Agenda surat\nDaftar arsip",
        ),
        (
            "Sasaran B",
            "a. Tingkat kehadiran b. Nilai SKP c. Jumlah rapat",
            "Kehadiran dibanding hari kerja",
            "Absensi dan SKP dan notulen",
        ),
    ]
    for baris in isi:
        cells = t.add_row().cells
        for c, teks in zip(cells, baris, strict=True):
            c.text = teks
    d.save(str(tmp_path / "m.docx"))
    pr = baca_dokumen_lama(tmp_path / "m.docx")
    a, b = pr.hasil.jabatan[0].sasaran
    assert [i.sumber_data for i in a.indikator] == ["Agenda surat", "Daftar arsip"]
    assert all(i.formula.ada_pecahan for i in a.indikator)
    assert [i.sumber_data for i in b.indikator] == ["Absensi dan SKP dan notulen", "", ""]
    assert any("3 indikator" in p and "pertama" in p for p in pr.peringatan)


def test_iku_berulang_tanpa_cascading_bukan_versi(tmp_path: Path) -> None:
    tabel = [KEPALA] + _baris(1, "Sasaran A") + _baris(1, "Sasaran B") + _baris(1, "Sasaran A")
    tabel[3][1] = "Persentase ketiga"
    pr = baca_dokumen_lama(_docx(tmp_path / "i.docx", ["INDIKATOR KINERJA UTAMA"], tabel))
    assert pr.versi_iku == []
    assert [len(s.indikator) for s in pr.hasil.iku] == [2, 1]
    assert any("berulang" in m for m in pr.masalah)


def test_baris_terpotong_halaman_disambung(tmp_path: Path) -> None:
    """A numbered table cut inside a row: the unnumbered rest on the next page joins it."""
    d = docx.Document()
    d.add_paragraph("JABATAN : Kepala Sub Bagian Umum")
    kepala = ["NO", *KEPALA]
    for baris in (
        [kepala, ["1", "Sasaran A", "a. Persentase sarana b. Tingkat kehadiran", "P", "Laporan"]],
        [
            ["", "", "ASN C. Rata rata nilai SKP", "", ""],
            ["2", "Sasaran B", "Jumlah rapat", "R", "N"],
        ],
    ):
        t = d.add_table(rows=0, cols=5)
        for isi in baris:
            for c, teks in zip(t.add_row().cells, isi, strict=True):
                c.text = teks
        d.add_page_break()
    d.save(str(tmp_path / "p.docx"))
    pr = baca_dokumen_lama(tmp_path / "p.docx")
    a, b = pr.hasil.jabatan[0].sasaran
    assert [i.teks for i in a.indikator] == [
        "Persentase sarana",
        "Tingkat kehadiran ASN",
        "Rata rata nilai SKP",
    ]
    assert [i.teks for i in b.indikator] == ["Jumlah rapat"]
