"""Read a legacy PDF (with a text layer) into blocks, like legacy_docx does for Word.

pdfplumber (over pdfminer.six) gives the characters with their positions and the ruling
lines; tables are rebuilt from the lines (a cell spanning rows, e.g. a merged sasaran,
comes back once and is marked as a continuation below). Text outside the tables is
grouped into lines and the lines into paragraphs: a line starts a new paragraph when it
starts with a list marker or a heading label, after a line ending in . ; or :, or after
a gap. Borderless label tables (`1. Jabatan : …`) are read as such paragraphs.
A PDF without a text layer (a scan) is refused: reading it needs OCR.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.spreadsheet.legacy_blok import Blok, Paragraf, SelLama, TabelLama, ada_penanda
from iki_desktop.spreadsheet.legacy_jabatan import RE_FUNGSI, RE_JABATAN, RE_TUGAS
from iki_desktop.spreadsheet.safety import MAGIC_PDF, periksa_ukuran

BATAS_UKURAN_PDF = 50 * 1024 * 1024
BATAS_HALAMAN = 400

_ANGKA_HALAMAN = re.compile(r"^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$")
BATAS_ALIRAN = 64 * 1024 * 1024  # bytes one decompressed PDF stream may grow to


class PdfMembesar(Exception):
    """A compressed stream inflates past BATAS_ALIRAN (a decompression bomb)."""


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, BATAS_ALIRAN)
    if d.unconsumed_tail:
        raise PdfMembesar
    return out


class _ZlibTerbatas:
    """Stands in for the zlib module inside pdfminer.pdftypes: same API, bounded output."""

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)
    decompress = staticmethod(_inflate)


def _keraskan_pdfminer() -> None:
    """pdfminer inflates every stream whole; bound it so a small hostile file cannot
    exhaust memory (its CRC-skipping fallback is bounded the same way)."""
    import pdfminer.pdftypes as pdftypes

    pdftypes.zlib = _ZlibTerbatas  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _inflate


def periksa_pdf(path: Path) -> None:
    """Size and header checks before the PDF parser sees the file."""
    periksa_ukuran(path, BATAS_UKURAN_PDF)
    with path.open("rb") as fh:
        if not fh.read(1024).lstrip().startswith(MAGIC_PDF):
            raise IkiError(f"Berkas {path.name} bukan PDF.")


def _baris_awal(teks: str) -> bool:
    return bool(
        ada_penanda(teks) or RE_JABATAN.match(teks) or RE_TUGAS.match(teks) or RE_FUNGSI.match(teks)
    )


def _paragraf(baris: list[dict[str, Any]]) -> list[Paragraf]:
    out: list[Paragraf] = []
    sebelum: dict[str, Any] | None = None
    for b in baris:
        teks = str(b["text"]).strip()
        if not teks or _ANGKA_HALAMAN.match(teks):
            continue
        baru = sebelum is None or _baris_awal(teks)
        if not baru and sebelum is not None:
            tinggi = max(float(sebelum["bottom"]) - float(sebelum["top"]), 1.0)
            jarak = float(b["top"]) - float(sebelum["bottom"])
            akhir = str(sebelum["text"]).rstrip()[-1:]
            baru = jarak > 0.8 * tinggi or akhir in ".;:" or jarak < -0.5 * tinggi
        if baru or not out:
            out.append(Paragraf(teks))
        else:
            out[-1].teks = f"{out[-1].teks} {teks}"
        sebelum = b
    return out


def _tabel(tabel: Any) -> TabelLama:
    t = TabelLama()
    for row in tabel.extract():
        t.baris.append(
            [
                SelLama(lanjutan=True)
                if sel is None
                else SelLama(teks=str(sel).strip(), paragraf=[str(sel).replace("\n", " ")])
                for sel in row
            ]
        )
    return t


def _halaman(page: Any) -> tuple[list[tuple[float, Blok]], int]:
    tabel = page.find_tables()
    kotak = [t.bbox for t in tabel]

    def di_luar(obj: dict[str, Any]) -> bool:
        x = (float(obj["x0"]) + float(obj["x1"])) / 2
        y = (float(obj["top"]) + float(obj["bottom"])) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in kotak)

    sisa = page.filter(lambda obj: obj.get("object_type") != "char" or di_luar(obj))
    baris = sisa.extract_text_lines(return_chars=False)
    huruf = len(page.chars)
    blok: list[tuple[float, Blok]] = []
    # Paragraphs between tables stay in their place: group lines by the table above them.
    batas = sorted(k[1] for k in kotak)
    kelompok: dict[int, list[dict[str, Any]]] = {}
    for b in baris:
        kelompok.setdefault(sum(1 for y in batas if y < float(b["top"])), []).append(b)
    for isi in kelompok.values():
        awal = float(isi[0]["top"])
        blok.extend((awal + i * 1e-3, p) for i, p in enumerate(_paragraf(isi)))
    blok.extend((float(t.bbox[1]), _tabel(t)) for t in tabel)
    blok.sort(key=lambda x: x[0])
    return blok, huruf


def _dari(exc: BaseException, jenis: type[BaseException]) -> bool:
    """Whether `exc` is, wraps (pdfplumber puts the cause in args) or was caused by `jenis`."""
    lihat: list[BaseException] = [exc]
    for _ in range(10):
        if not lihat:
            return False
        e = lihat.pop()
        if isinstance(e, jenis):
            return True
        lihat.extend(
            x for x in (*e.args, e.__cause__, e.__context__) if isinstance(x, BaseException)
        )
    return False


def baca_blok_pdf(path: str | Path) -> list[Blok]:
    """Blocks of a PDF; IkiError for a scan, an encrypted or a damaged file."""
    p = Path(path)
    periksa_pdf(p)
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    _keraskan_pdfminer()

    blok: list[Blok] = []
    huruf = 0
    try:
        with pdfplumber.open(str(p)) as pdf:
            if len(pdf.pages) > BATAS_HALAMAN:
                raise IkiError(
                    f"Berkas {p.name} berisi {len(pdf.pages)} halaman; batas impor "
                    f"{BATAS_HALAMAN} halaman. Pisahkan bagian IKU/IKI-nya terlebih dahulu."
                )
            for page in pdf.pages:
                isi, n = _halaman(page)
                huruf += n
                blok.extend(b for _, b in isi)
                page.close()
    except IkiError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IkiError(
            f"Berkas {p.name} dilindungi kata sandi; buka di pembaca PDF, simpan salinan "
            "tanpa kata sandi, lalu coba lagi."
        ) from exc
    except Exception as exc:  # pdfminer raises many types on damaged files
        if _dari(exc, PdfMembesar):
            raise IkiError(
                f"Berkas {p.name} ditolak: isinya membesar secara tidak wajar saat dibuka "
                "(kemungkinan berkas rusak atau sengaja dibuat berbahaya)."
            ) from exc
        sebab = f"{type(exc).__name__} {exc!r}".lower()
        if "password" in sebab or "encrypt" in sebab:
            raise IkiError(
                f"Berkas {p.name} dilindungi kata sandi; buka di pembaca PDF, simpan salinan "
                "tanpa kata sandi, lalu coba lagi."
            ) from exc
        raise IkiError(
            f"Berkas PDF {p.name} rusak atau tidak dapat dibaca. Jika ada, gunakan berkas "
            "Word/Excel aslinya."
        ) from exc
    if huruf == 0:
        raise IkiError(
            f"Berkas {p.name} tidak memiliki lapisan teks (kemungkinan hasil pindai/scan), "
            "sehingga isinya tidak dapat dibaca. Gunakan berkas Word/Excel aslinya, atau PDF "
            "yang dibuat langsung dari Word."
        )
    return blok
