"""Assembly: domain objects in, PDF out.

    pdf = build_pdf(instansi, dokumen)                       # everything
    build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[j.id])
    halaman = write_pdf(path, instansi, dokumen, kertas=Kertas.A4)

Both functions are pure with respect to the domain objects, use no Qt, and may run
in a worker thread (one build per thread; fonts are registered once under a lock).
`progress(fraction, pesan)` is called with 0.0 … 1.0 and an Indonesian phase text;
raising from it (e.g. a cancel request) aborts the build with that exception.
"""

from __future__ import annotations

import io
import os
from collections.abc import Collection
from typing import IO

from reportlab.platypus.doctemplate import LayoutError

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, Kertas
from iki_desktop.printing import page
from iki_desktop.printing.bentuk import (
    BAGIAN,
    Progress,
    halaman_pertama_tanpa_nomor,
    rencana_bagian,
    susun,
)
from iki_desktop.printing.berkas import tulis_pdf
from iki_desktop.printing.gaya import buat_gaya

__all__ = ["BAGIAN", "Progress", "build_pdf", "rencana_bagian", "write_pdf"]


def _build(
    out: IO[bytes],
    instansi: Instansi,
    dokumen: Dokumen,
    *,
    bagian: Collection[str] | None,
    jabatan_ids: Collection[str] | None,
    kertas: Kertas | None,
    footer_kode: str | None,
    progress: Progress | None,
) -> int:
    rencana = rencana_bagian(dokumen, bagian, jabatan_ids)
    tata = page.tata_dari(instansi.pengaturan, kertas)
    if progress is not None:
        progress(0.0, "Menyiapkan halaman")
    story, first = susun(instansi, dokumen, rencana, jabatan_ids, tata, progress)
    gaya = buat_gaya(instansi.pengaturan.huruf, instansi.pengaturan.ukuran_huruf)
    hiasan = page.Hiasan(
        font=gaya.huruf.regular,
        draf=not dokumen.ditetapkan,
        footer_kode=footer_kode or None,
        tanpa_nomor_halaman_pertama=halaman_pertama_tanpa_nomor(rencana.bagian),
    )

    total = max(len(story), 1)

    def on_progress(kind: str, value: int) -> None:
        if progress is None:
            return
        if kind == "PROGRESS":
            progress(0.3 + 0.7 * min(value / total, 1.0), "Menata halaman")
        elif kind == "FINISHED":
            progress(1.0, "Selesai")

    doc = page.buat_dokumen(
        out,
        tata,
        hiasan,
        pertama=first,
        judul=f"{dokumen.judul} {dokumen.label} - {instansi.nama_lengkap}",
        penulis=instansi.nama_lengkap,
        progress=on_progress if progress is not None else None,
    )
    try:
        doc.build(story)
    except LayoutError as exc:
        # Content that cannot be broken up and is taller than a page (e.g. a heading
        # cell of hundreds of words at a large font size): say so instead of crashing.
        raise IkiError(
            "Ada isi yang terlalu panjang untuk dicetak dalam satu halaman (misalnya judul "
            "TENTANG atau satu sel yang sangat panjang). Perpendek teksnya, perkecil ukuran "
            "huruf, atau pilih kertas F4 / tabel mendatar."
        ) from exc
    return int(doc.page)


def build_pdf(
    instansi: Instansi,
    dokumen: Dokumen,
    *,
    bagian: Collection[str] | None = None,
    jabatan_ids: Collection[str] | None = None,
    kertas: Kertas | None = None,
    footer_kode: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The printout as PDF bytes.

    bagian: any of "sampul", "keputusan", "iku", "iki" (printed in that order); None =
        every part the Dokumen's shape (bentuk) has. A part without content is never
        printed (see `bentuk.rencana_bagian`); IkiError when nothing is left.
    jabatan_ids: print only these jabatan's IKI (None = all, in tree order).
    kertas: override the Instansi's paper size.
    footer_kode: when given (enacted versions), every page gets this code and its QR code.
    """
    buf = io.BytesIO()
    _build(
        buf,
        instansi,
        dokumen,
        bagian=bagian,
        jabatan_ids=jabatan_ids,
        kertas=kertas,
        footer_kode=footer_kode,
        progress=progress,
    )
    return buf.getvalue()


def write_pdf(
    path: str | os.PathLike[str],
    instansi: Instansi,
    dokumen: Dokumen,
    *,
    bagian: Collection[str] | None = None,
    jabatan_ids: Collection[str] | None = None,
    kertas: Kertas | None = None,
    footer_kode: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the PDF to `path` atomically (temp file + rename); returns the page count."""
    with tulis_pdf(path) as fh:
        pages = _build(
            fh,
            instansi,
            dokumen,
            bagian=bagian,
            jabatan_ids=jabatan_ids,
            kertas=kertas,
            footer_kode=footer_kode,
            progress=progress,
        )
    return pages
