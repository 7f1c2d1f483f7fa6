"""`--self-test`: proves an installed (frozen) program works, then exits 0 or 1.

It builds the sample database in a temporary folder, opens the main window offscreen,
prints the whole document to PDF and exports it to Excel there, and reads both back.
Nothing is written into the install folder or the user's data folder: the data folder
is redirected into the same temporary folder for the duration of the test.

The result is ONE line on stdout, so that CI logs and a support call over the phone can
quote it; on failure a traceback goes to stderr as well.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Pages in reportlab's output are uncompressed dictionaries "/Type /Page"; the page tree
# is "/Type /Pages", which the look-ahead excludes.
_HALAMAN = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class _UjiMandiriAction(argparse.Action):
    """Runs the self-test as soon as argparse meets the flag, then exits with its code."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("nargs", 0)
        kwargs.setdefault("default", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        parser.exit(jalankan_uji())


def opsi_global(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-test",
        action=_UjiMandiriAction,
        help="uji mandiri: buka contoh tanpa layar, buat PDF dan Excel di folder sementara, "
        "periksa hasilnya, lalu keluar (kode 0 = berhasil)",
    )


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """No sub-command: the self-test is a top-level flag (see opsi_global)."""


class UjiGagal(Exception):
    """A check of the self-test did not hold; the message is Indonesian."""


@contextmanager
def _lingkungan(**nilai: str) -> Iterator[None]:
    lama = {k: os.environ.get(k) for k in nilai}
    os.environ.update(nilai)
    try:
        yield
    finally:
        for k, v in lama.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def jalankan_uji(keluaran: Callable[[str], None] | None = None) -> int:
    """Run every check; print one line; return 0 (all good) or 1."""
    tulis = keluaran or (lambda baris: print(baris, flush=True))
    mulai = time.perf_counter()
    langkah = ["persiapan"]
    with tempfile.TemporaryDirectory(prefix="iki-uji-mandiri-") as tmp:
        folder = Path(tmp)
        try:
            with _lingkungan(
                QT_QPA_PLATFORM="offscreen",
                IKI_DESKTOP_DATA_DIR=str(folder / "data"),
            ):
                hasil = _uji(folder, langkah)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            pesan = str(exc) or type(exc).__name__
            tulis(f"Uji mandiri GAGAL pada langkah {langkah[0]}: {pesan}")
            return 1
    detik = f"{time.perf_counter() - mulai:.1f}".replace(".", ",")
    tulis(f"Uji mandiri berhasil: {', '.join(hasil)} ({detik} s)")
    return 0


def _uji(folder: Path, langkah: list[str]) -> list[str]:
    from iki_desktop.store import Store
    from iki_desktop.store.isi import isi_contoh

    # The spec turns on Python's UTF-8 mode (output and files never fall back to cp1252).
    if getattr(sys, "frozen", False) and not sys.flags.utf8_mode:
        raise UjiGagal("program beku tidak berjalan dalam mode UTF-8")

    langkah[0] = "basis data contoh"
    db = folder / "contoh.sqlite"
    with Store.create(db) as store:
        isi_contoh(store)
        semua = store.list_dokumen()
        if len(semua) != 1:
            raise UjiGagal(f"contoh berisi {len(semua)} dokumen, seharusnya 1")
        dokumen = store.load_dokumen(semua[0].id)
        instansi = store.get_instansi(dokumen.instansi_id)
    if not dokumen.jabatan:
        raise UjiGagal("contoh tidak berisi jabatan")

    hasil: list[str] = []
    langkah[0] = "jendela"
    hasil.append(_uji_jendela(db))

    langkah[0] = "PDF"
    hasil.append(_uji_pdf(folder, instansi, dokumen))

    langkah[0] = "teks Qt dan pratinjau"
    hasil.extend(_uji_qt(folder / "uji.pdf"))

    langkah[0] = "Excel"
    hasil.append(_uji_excel(folder, instansi, dokumen))
    return hasil


def _perintah_program() -> list[str]:
    """How to start this same program again: the frozen executable, or Python on the source."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "iki_desktop.cli"]


def _uji_jendela(db: Path) -> str:
    """Start the program on the sample offscreen, as a user would, until its first paint.

    A child process runs the real start path (`--db FILE --keluar-setelah-tampil`), so
    this process never creates a QApplication: the window's start-up and shut-down are
    tested exactly as they happen for the operator, and a crash there is reported here
    instead of killing the self-test.
    """
    proses = subprocess.run(
        [*_perintah_program(), "--db", str(db), "--keluar-setelah-tampil"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        check=False,
    )
    if proses.returncode != 0:
        ekor = (proses.stderr or proses.stdout).strip().splitlines()[-3:]
        raise UjiGagal(f"jendela keluar dengan kode {proses.returncode}: {' | '.join(ekor)}")
    cocok = re.search(r"tergambar setelah (\d+) ms", proses.stdout or "")
    return f"jendela {cocok.group(1)} ms" if cocok else "jendela"


def _uji_pdf(folder: Path, instansi: Any, dokumen: Any) -> str:
    from iki_desktop.printing.dokumen import write_pdf

    path = folder / "uji.pdf"
    halaman = write_pdf(path, instansi, dokumen)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise UjiGagal("berkas PDF tidak diawali %PDF-")
    terhitung = len(_HALAMAN.findall(data))
    if terhitung != halaman:
        raise UjiGagal(f"PDF berisi {terhitung} halaman, padahal dilaporkan {halaman}")
    minimum = 2 + len(dokumen.jabatan)  # Keputusan, IKU, then at least a page per jabatan
    if halaman < minimum:
        raise UjiGagal(f"PDF hanya {halaman} halaman, seharusnya sedikitnya {minimum}")
    # Fonts come from resources/fonts inside the bundle and must be embedded.
    if b"/FontFile2" not in data:
        raise UjiGagal("huruf TrueType tidak tertanam di PDF")
    _periksa_teks_pdf(path)
    return f"PDF {halaman} halaman"


def _uji_qt(pdf: Path) -> list[str]:
    """Qt's own texts in Indonesian (qt_id.qm is bundled) and the preview renders a page."""
    from iki_desktop.ui.uji_qt import periksa_satu_jendela, periksa_teks_qt, render_halaman_pdf

    salah = periksa_teks_qt()
    if salah:
        raise UjiGagal("teks bawaan Qt tidak berbahasa Indonesia: " + "; ".join(salah))
    try:
        pratinjau = render_halaman_pdf(pdf, len(_HALAMAN.findall(pdf.read_bytes())))
    except ValueError as exc:
        raise UjiGagal(str(exc)) from exc
    try:
        penjaga = periksa_satu_jendela()
    except ValueError as exc:
        raise UjiGagal(str(exc)) from exc
    return ["teks Qt Indonesia", pratinjau, penjaga]


def _periksa_teks_pdf(path: Path) -> None:
    """With pypdf (a test dependency, absent in the installed program) read page 1 back."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return
    teks = PdfReader(path).pages[0].extract_text() or ""
    if "KEPUTUSAN" not in teks.upper():
        raise UjiGagal("halaman pertama PDF tidak memuat kata KEPUTUSAN")


def _uji_excel(folder: Path, instansi: Any, dokumen: Any) -> str:
    from openpyxl import load_workbook

    from iki_desktop.spreadsheet.export import export_xlsx
    from iki_desktop.spreadsheet.import_own import import_xlsx
    from iki_desktop.spreadsheet.layout import rencana_buku

    path = export_xlsx(instansi, dokumen, folder / "uji.xlsx")
    rencana = [lembar.judul for lembar in rencana_buku(instansi, dokumen)]
    wb = load_workbook(path, read_only=True)
    try:
        nama = list(wb.sheetnames)
    finally:
        wb.close()
    if nama[: len(rencana)] != rencana:
        raise UjiGagal(f"lembar Excel {nama[:3]}… tidak sesuai rencana {rencana[:3]}…")
    jabatan_iki = sum(1 for lembar in rencana_buku(instansi, dokumen) if lembar.jenis == "iki")
    if jabatan_iki != len(dokumen.jabatan):
        raise UjiGagal(f"{jabatan_iki} lembar IKI untuk {len(dokumen.jabatan)} jabatan")
    _, kembali = import_xlsx(path)
    if len(kembali.jabatan) != len(dokumen.jabatan):
        raise UjiGagal("impor kembali berkas Excel tidak menghasilkan jabatan yang sama")
    return f"Excel {len(rencana)} lembar"
