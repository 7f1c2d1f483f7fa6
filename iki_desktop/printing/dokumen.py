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

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)
from reportlab.platypus.doctemplate import LayoutError

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, Kertas, Orientasi
from iki_desktop.printing import page
from iki_desktop.printing.blok import bagian_ttd
from iki_desktop.printing.gaya import Gaya, buat_gaya
from iki_desktop.printing.keputusan import halaman_keputusan
from iki_desktop.printing.lampiran import kepala_lampiran
from iki_desktop.printing.tabel import (
    PADDING_SEL as _PADDING_SEL,
)
from iki_desktop.printing.tabel import (
    TabelGrup,
    blok_jabatan,
    judul_iku,
    tabel_cascading,
    tabel_indikator,
)
from iki_desktop.printing.tahan import Penutup

BAGIAN = ("keputusan", "iku", "iki")
Progress = Callable[[float, str], None]


def _periksa_bagian(bagian: Collection[str]) -> tuple[str, ...]:
    unknown = [b for b in bagian if b not in BAGIAN]
    if unknown:
        raise IkiError(
            f"Bagian '{', '.join(unknown)}' tidak dikenal; pilih dari: {', '.join(BAGIAN)}."
        )
    chosen = tuple(b for b in BAGIAN if b in bagian)
    if not chosen:
        raise IkiError("Pilih sedikitnya satu bagian untuk dicetak.")
    return chosen


def _story(
    instansi: Instansi,
    dokumen: Dokumen,
    bagian: tuple[str, ...],
    jabatan_ids: Collection[str] | None,
    tata: page.Tata,
    progress: Progress | None,
) -> tuple[list[Flowable], str]:
    """Flowables of the printout and the orientation of its first page."""
    pengaturan = instansi.pengaturan
    gaya = buat_gaya(pengaturan.huruf, pengaturan.ukuran_huruf)
    orient = page.MENDATAR if pengaturan.orientasi_tabel is Orientasi.MENDATAR else page.TEGAK
    lebar_tabel = tata.lebar_isi(orient)
    story: list[Flowable] = []
    first = page.TEGAK

    jabatan = dokumen.jabatan_urut()
    if jabatan_ids is not None:
        wanted = set(jabatan_ids)
        jabatan = [j for j in jabatan if j.id in wanted]
    cetak_iku = "iku" in bagian and (
        bool(dokumen.iku) or not dokumen.cascading.kosong or "iki" not in bagian
    )
    cetak_iki = "iki" in bagian and bool(jabatan)
    if "iki" in bagian and not jabatan and not cetak_iku and "keputusan" not in bagian:
        raise IkiError("Tidak ada jabatan yang dipilih untuk dicetak.")

    if "keputusan" in bagian:
        story += halaman_keputusan(
            instansi,
            dokumen.keputusan,
            gaya,
            tata.lebar_isi(page.TEGAK),
            tata.tinggi_isi(page.TEGAK),
        )
    if cetak_iku or cetak_iki:
        if story:
            story += [NextPageTemplate(orient), PageBreak()]
        else:
            first = orient
        story += kepala_lampiran(instansi, dokumen.keputusan, gaya, lebar_tabel)
    if cetak_iku:
        story += tabel_cascading(dokumen.cascading, gaya, lebar_tabel)
        story += judul_iku(instansi, dokumen, gaya)
        story.append(tabel_indikator(dokumen.kolom_iku, dokumen.iku, gaya, lebar_tabel))
        if pengaturan.ttd_setelah_iku:
            story.append(bagian_ttd(dokumen.keputusan, gaya, lebar_tabel, tempat_tanggal=False))
    for n, jab in enumerate(jabatan if cetak_iki else []):
        if progress is not None and n % 4 == 0:
            progress(0.3 * n / len(jabatan), f"Menyusun IKI {n + 1} dari {len(jabatan)}")
        if n > 0 or cetak_iku:
            if pengaturan.jabatan_halaman_baru:
                story.append(PageBreak())
            else:
                story += [Spacer(1, 8 * mm), CondPageBreak(60 * mm)]
        story += blok_jabatan(jab, gaya, lebar_tabel)
        story.append(tabel_indikator(dokumen.kolom_iki, jab.sasaran, gaya, lebar_tabel))
    # The closing signature, unless the IKU-only printout already ends with one.
    sudah_ttd = cetak_iku and not cetak_iki and pengaturan.ttd_setelah_iku
    if (cetak_iku or cetak_iki) and pengaturan.ttd_akhir_lampiran and not sudah_ttd:
        story.append(bagian_ttd(dokumen.keputusan, gaya, lebar_tabel, tempat_tanggal=False))
    return _satukan(story, gaya, tata.tinggi_isi(orient)), first


def _satukan(story: list, gaya: Gaya, tinggi: float) -> list[Flowable]:
    """Tie every indicator table to what must share its last page.

    A table followed by a signature (a list in `story`) keeps at least three lines
    with it; a table followed by a page break or the end keeps at least a quarter
    page on its last page, so that no page carries a scrap of a table.
    """
    out: list[Flowable] = []
    baris_min = 3 * gaya.sel.leading + _PADDING_SEL
    for n, f in enumerate(story):
        if isinstance(f, list):
            if out and isinstance(out[-1], Penutup) and not out[-1].ekor:
                out[-1].ekor = f
            else:
                out.append(KeepTogether(f))
            continue
        if isinstance(f, TabelGrup):
            nxt = story[n + 1] if n + 1 < len(story) else None
            if nxt is None or isinstance(nxt, (list, PageBreak, NextPageTemplate, Spacer)):
                f = Penutup(f, [], isi_min=baris_min, halaman_min=tinggi / 4, tinggi_frame=tinggi)
        out.append(f)
    return out


def _build(
    out: IO[bytes],
    instansi: Instansi,
    dokumen: Dokumen,
    *,
    bagian: Collection[str],
    jabatan_ids: Collection[str] | None,
    kertas: Kertas | None,
    footer_kode: str | None,
    progress: Progress | None,
) -> int:
    chosen = _periksa_bagian(bagian)
    tata = page.tata_dari(instansi.pengaturan, kertas)
    if progress is not None:
        progress(0.0, "Menyiapkan halaman")
    story, first = _story(instansi, dokumen, chosen, jabatan_ids, tata, progress)
    gaya = buat_gaya(instansi.pengaturan.huruf, instansi.pengaturan.ukuran_huruf)
    hiasan = page.Hiasan(
        font=gaya.huruf.regular,
        draf=not dokumen.ditetapkan,
        footer_kode=footer_kode or None,
        tanpa_nomor_halaman_pertama="keputusan" in chosen,
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
    bagian: Collection[str] = BAGIAN,
    jabatan_ids: Collection[str] | None = None,
    kertas: Kertas | None = None,
    footer_kode: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The printout as PDF bytes.

    bagian: any of "keputusan", "iku", "iki" (printed in that order).
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
    bagian: Sequence[str] | Collection[str] = BAGIAN,
    jabatan_ids: Collection[str] | None = None,
    kertas: Kertas | None = None,
    footer_kode: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the PDF to `path` atomically (temp file + rename); returns the page count."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".pdf.tmp", dir=target.parent)
    except OSError as exc:
        raise IkiError(f"Tidak dapat menulis ke folder {target.parent}: {exc.strerror}.") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
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
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _hapus(tmp)
        raise IkiError(
            f"PDF tidak dapat disimpan ke {target}: {exc.strerror or exc}. "
            "Mungkin berkas itu sedang dibuka di program lain."
        ) from exc
    except BaseException:
        _hapus(tmp)
        raise
    return pages


def _hapus(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
