"""Checks on incoming .xlsx/.docx files, run BEFORE openpyxl or python-docx sees them.

Workbooks and Word files arrive on USB sticks from other offices and are treated as
hostile: the zip container is inspected (member count, sizes, compression ratio,
member names), OOXML parts must not carry a DTD (no entity tricks), and the XML
parsers of both libraries are hardened at import time of this module.
Every refusal is an IkiError with an Indonesian message; nothing is written.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from iki_desktop.domain.errors import IkiError

BATAS_UKURAN_BERKAS = 50 * 1024 * 1024  # bytes on disk
BATAS_JUMLAH_ANGGOTA = 2000  # zip members
BATAS_TOTAL_ISI = 300 * 1024 * 1024  # uncompressed bytes, all members
BATAS_ISI_ANGGOTA = 150 * 1024 * 1024  # uncompressed bytes, one member
BATAS_RASIO = 120  # uncompressed / compressed, per member and in total
RASIO_BERLAKU_MULAI = 2 * 1024 * 1024  # small members may compress well legitimately

MAGIC_ZIP = b"PK\x03\x04"
MAGIC_ZIP_KOSONG = b"PK\x05\x06"
MAGIC_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAGIC_PDF = b"%PDF"

_NAMA_JENIS = {"xlsx": "berkas Excel (.xlsx)", "docx": "dokumen Word (.docx)"}


# ---------------------------------------------------------------- parser hardening


def _keraskan_python_docx() -> None:
    """python-docx parses with lxml: forbid entity expansion, huge trees and the network."""
    import docx.opc.oxml as opc_oxml
    import docx.oxml.parser as oxml_parser_mod

    for mod in (oxml_parser_mod, opc_oxml):
        parser = etree.XMLParser(
            remove_blank_text=True,
            resolve_entities=False,
            huge_tree=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
        )
        lookup = getattr(mod, "element_class_lookup", None)
        if lookup is not None:
            parser.set_element_class_lookup(lookup)
        mod.oxml_parser = parser  # type: ignore[attr-defined]


def pastikan_parser_aman() -> None:
    """Raise if openpyxl would parse without defusedxml; harden python-docx's parsers."""
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        raise RuntimeError(
            "defusedxml is not active for openpyxl; refusing to read untrusted workbooks"
        )
    _keraskan_python_docx()


pastikan_parser_aman()


# ---------------------------------------------------------------- checks


@dataclass(frozen=True)
class InfoBerkas:
    jenis: str  # "xlsx" or "docx"
    ukuran: int
    jumlah_anggota: int
    total_isi: int


def _nama(path: Path) -> str:
    return path.name


def _tolak_isi_lain(path: Path, head: bytes, harapan: str) -> None:
    nama = _NAMA_JENIS.get(harapan, "berkas Excel (.xlsx) atau Word (.docx)")
    if head.startswith(MAGIC_PDF):
        raise IkiError(
            f"Berkas {_nama(path)} bukan {nama}: isinya PDF. Buka dokumen aslinya "
            "(Word/Excel) lalu simpan sebagai .docx atau .xlsx."
        )
    if head.startswith(MAGIC_OLE2):
        raise IkiError(
            f"Berkas {_nama(path)} adalah berkas .xls/.doc lama atau berkas yang dilindungi "
            "kata sandi; jenis ini belum dapat dibaca. Buka di Excel/Word, lalu simpan ulang "
            "sebagai .xlsx atau .docx tanpa kata sandi."
        )
    stripped = head.lstrip().lower()
    if stripped.startswith(b"{\\rtf"):
        raise IkiError(
            f"Berkas {_nama(path)} berformat RTF, bukan {nama}. Buka di Word lalu simpan "
            "ulang sebagai .docx."
        )
    if stripped.startswith((b"<html", b"<!doctype", b"<?xml", b"mime-version")):
        raise IkiError(
            f"Berkas {_nama(path)} berisi halaman web/XML, bukan {nama}. Buka di Excel/Word "
            "lalu simpan ulang sebagai .xlsx atau .docx."
        )
    if head.startswith(MAGIC_ZIP_KOSONG):
        raise IkiError(f"Berkas {_nama(path)} rusak atau terpotong: arsipnya kosong.")
    raise IkiError(f"Berkas {_nama(path)} bukan {nama}. Pastikan berkasnya benar, lalu coba lagi.")


def _jalur_aman(name: str) -> bool:
    if not name or "\x00" in name or name.startswith(("/", "\\")):
        return False
    if len(name) > 2 and name[1] == ":":
        return False  # "C:..."
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." not in parts


def _periksa_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """OOXML parts never carry a DTD; one is the start of an entity or XXE attack."""
    tail = b""
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 16)
            if not chunk:
                break
            window = (tail + chunk).upper()
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise IkiError(
                    f"Berkas {_nama(path)} ditolak: berisi definisi XML (DTD/ENTITY) yang "
                    "tidak wajar dan dapat berbahaya. Simpan ulang berkas dari Excel/Word."
                )
            tail = chunk[-16:]


def periksa_ukuran(p: Path, batas: int) -> int:
    """The size of the file `p`, refused when it is missing, not a file, empty or over `batas`."""
    if not p.exists():
        raise IkiError(f"Berkas {p} tidak ditemukan.")
    if not p.is_file():
        raise IkiError(f"{p} bukan berkas.")
    ukuran = p.stat().st_size
    if ukuran == 0:
        raise IkiError(f"Berkas {_nama(p)} kosong.")
    if ukuran > batas:
        raise IkiError(
            f"Berkas {_nama(p)} terlalu besar ({ukuran // (1024 * 1024)} MB; batas "
            f"{batas // (1024 * 1024)} MB)."
        )
    return ukuran


def periksa_berkas(path: str | Path, harapan: str | None = None) -> InfoBerkas:
    """Check `path` is a sane .xlsx/.docx zip; `harapan` is "xlsx", "docx" or None (either)."""
    p = Path(path)
    ukuran = periksa_ukuran(p, BATAS_UKURAN_BERKAS)
    with p.open("rb") as fh:
        head = fh.read(512)
    if not head.startswith(MAGIC_ZIP):
        _tolak_isi_lain(p, head, harapan or "")
    try:
        zf = zipfile.ZipFile(p)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IkiError(
            f"Berkas {_nama(p)} rusak atau terpotong (misalnya penyalinan dari flashdisk "
            "belum selesai). Salin ulang berkasnya lalu coba lagi."
        ) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > BATAS_JUMLAH_ANGGOTA:
            raise IkiError(
                f"Berkas {_nama(p)} ditolak: isinya tidak wajar (terlalu banyak bagian)."
            )
        total = 0
        total_packed = 0
        names = set()
        for info in infos:
            if not _jalur_aman(info.filename):
                raise IkiError(
                    f"Berkas {_nama(p)} ditolak: berisi nama bagian yang tidak aman "
                    f"({info.filename[:60]!r})."
                )
            if info.flag_bits & 0x1:
                raise IkiError(
                    f"Berkas {_nama(p)} dilindungi kata sandi dan belum dapat dibaca; simpan "
                    "ulang tanpa kata sandi."
                )
            names.add(info.filename)
            total += info.file_size
            total_packed += info.compress_size
            if info.file_size > BATAS_ISI_ANGGOTA:
                raise IkiError(_pesan_bom(p))
            if info.file_size > RASIO_BERLAKU_MULAI and info.file_size > BATAS_RASIO * max(
                info.compress_size, 1
            ):
                raise IkiError(_pesan_bom(p))
        if total > BATAS_TOTAL_ISI:
            raise IkiError(_pesan_bom(p))
        if total > RASIO_BERLAKU_MULAI and total > BATAS_RASIO * max(total_packed, 1):
            raise IkiError(_pesan_bom(p))

        if "[Content_Types].xml" not in names:
            raise IkiError(
                f"Berkas {_nama(p)} bukan berkas Office yang utuh (bagian [Content_Types].xml "
                "tidak ada). Berkas mungkin rusak atau terpotong."
            )
        jenis = _jenis_dari_anggota(names)
        if jenis is None:
            raise IkiError(
                f"Berkas {_nama(p)} bukan {_NAMA_JENIS.get(harapan or '', 'berkas Excel atau Word')}"
                " yang dikenali, atau rusak."
            )
        if harapan and jenis != harapan:
            raise IkiError(
                f"Berkas {_nama(p)} adalah {_NAMA_JENIS[jenis]}, bukan {_NAMA_JENIS[harapan]}."
            )
        for info in infos:
            lower = info.filename.lower()
            if lower.endswith((".xml", ".rels", ".vml")):
                try:
                    _periksa_dtd(zf, info, p)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
                    raise IkiError(
                        f"Berkas {_nama(p)} rusak atau terpotong; salin ulang berkasnya."
                    ) from exc
                except NotImplementedError as exc:  # before RuntimeError: it is one
                    raise IkiError(
                        f"Berkas {_nama(p)} dipadatkan dengan cara yang tidak dikenal; buka di "
                        "Word/Excel dan simpan ulang sebagai .docx/.xlsx."
                    ) from exc
                except RuntimeError as exc:  # encrypted member
                    raise IkiError(
                        f"Berkas {_nama(p)} dilindungi kata sandi dan belum dapat dibaca."
                    ) from exc
    return InfoBerkas(jenis, ukuran, len(infos), total)


def _jenis_dari_anggota(names: set[str]) -> str | None:
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    return None


def _pesan_bom(path: Path) -> str:
    return (
        f"Berkas {_nama(path)} ditolak: isinya membesar secara tidak wajar saat dibuka "
        "(kemungkinan berkas rusak atau sengaja dibuat berbahaya)."
    )
