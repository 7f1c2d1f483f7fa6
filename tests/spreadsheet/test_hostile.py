"""Hostile files: refused with an Indonesian IkiError, and the database is untouched."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx.oxml.parser
import openpyxl
import pytest

from iki_desktop.cli import main
from iki_desktop.domain.errors import IkiError
from iki_desktop.resources import load_contoh
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import import_xlsx
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama
from tests.conftest import buat_db_contoh, file_hash

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    "</sheetData></worksheet>"
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    "</sheetData></worksheet>"
)


def _ganti_anggota(asli: Path, tujuan: Path, nama: str, isi: bytes) -> Path:
    with zipfile.ZipFile(asli) as src, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, isi if info.filename == nama else src.read(info))
    return tujuan


@pytest.fixture(scope="module")
def ekspor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inst, dok = load_contoh()
    return export_xlsx(inst, dok, tmp_path_factory.mktemp("x") / "asli.xlsx")


def _bom(tmp: Path, ekspor: Path) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(ekspor) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("xl/media/bom.bin", b"\0" * (8 * 1024 * 1024))
    (tmp / "bom.xlsx").write_bytes(buf.getvalue())
    return tmp / "bom.xlsx"


def _tulis(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504

BUAT: dict[str, Callable[[Path, Path], Path]] = {
    "zip-bom": _bom,
    "billion-laughs": lambda t, e: _ganti_anggota(
        e, t / "laughs.xlsx", "xl/worksheets/sheet1.xml", LAUGHS.encode()
    ),
    "xxe": lambda t, e: _ganti_anggota(e, t / "xxe.xlsx", "xl/worksheets/sheet1.xml", XXE.encode()),
    "terpotong": lambda t, e: _tulis(t / "potong.xlsx", e.read_bytes()[: e.stat().st_size // 2]),
    "pdf": lambda t, e: _tulis(t / "surat.xlsx", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n"),
    "kosong": lambda t, e: _tulis(t / "kosong.xlsx", b""),
    "xls-lama": lambda t, e: _tulis(t / "lama.xls.xlsx", OLE2),
    "docx-ole2": lambda t, e: _tulis(t / "lama.docx", OLE2),
}


@pytest.mark.parametrize("jenis", sorted(BUAT))
def test_berkas_berbahaya_ditolak(tmp_path: Path, ekspor: Path, jenis: str) -> None:
    db = buat_db_contoh(tmp_path / "iki.db")
    sebelum = file_hash(db)
    berkas = BUAT[jenis](tmp_path, ekspor)

    for baca in (import_xlsx, baca_dokumen_lama):
        with pytest.raises(IkiError) as err:
            baca(berkas)
        pesan = str(err.value)
        assert "Berkas" in pesan and berkas.name in pesan, pesan
    for perintah in (["import-xlsx", str(berkas)], ["import-legacy", str(berkas)]):
        assert main([*perintah, "--db", str(db)]) == 2
    assert file_hash(db) == sebelum


def test_pesan_spesifik(tmp_path: Path, ekspor: Path) -> None:
    def pesan(jenis: str) -> str:
        with pytest.raises(IkiError) as err:
            import_xlsx(BUAT[jenis](tmp_path, ekspor))
        return str(err.value)

    assert "isinya PDF" in pesan("pdf")
    assert "kata sandi" in pesan("xls-lama")
    assert "kosong" in pesan("kosong")
    assert "terpotong" in pesan("terpotong")
    assert "tidak wajar" in pesan("zip-bom")


def test_openpyxl_sendiri_menolak_entitas(tmp_path: Path, ekspor: Path) -> None:
    """Defence in depth: even without our pre-check, openpyxl (defusedxml) refuses."""
    berkas = BUAT["billion-laughs"](tmp_path, ekspor)
    with pytest.raises(Exception) as err:
        wb = openpyxl.load_workbook(berkas)
        wb.worksheets[0]["A1"].value  # noqa: B018
    rantai = []
    exc: BaseException | None = err.value
    while exc is not None:
        rantai.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    assert "EntitiesForbidden" in rantai, rantai


def test_parser_python_docx_dikeraskan() -> None:
    parser = docx.oxml.parser.oxml_parser
    assert parser is not None
    try:
        el = docx.oxml.parser.parse_xml(LAUGHS.replace("worksheet", "w").encode())
    except Exception:
        return  # refusing is fine too
    teks = "".join(el.itertext())
    assert len(teks) < 1000
