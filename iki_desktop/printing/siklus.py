"""Assembly of the yearly-cycle prints: Perjanjian Kinerja, Rencana Aksi, capaian.

    halaman = write_pdf_siklus(path, instansi, dokumen, "pk", jabatan_ids=[...])
    pdf = build_pdf_siklus(instansi, dokumen, "capaian", triwulan=2, lalu=dok_2025)

Same page rules as the Keputusan (printing.page: paper and margins of the Instansi,
page numbers, DRAF watermark on a Draf, the code and QR of an enacted Dokumen on
every page) and the same kop and fonts. Without jabatan_ids the head of office's
document over the IKU is printed; with them, one per jabatan over its IKI.
"""

from __future__ import annotations

import io
import os
from collections.abc import Collection
from typing import IO

from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import LayoutError

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.kinerja import JUMLAH_TW
from iki_desktop.domain.model import Dokumen, Instansi, Kertas
from iki_desktop.domain.perjanjian import Perjanjian, pk_jabatan, pk_kepala
from iki_desktop.printing import page
from iki_desktop.printing.berkas import tulis_pdf
from iki_desktop.printing.capaian import cerita_capaian
from iki_desktop.printing.gaya import buat_gaya
from iki_desktop.printing.pk import cerita_pk
from iki_desktop.printing.renaksi import cerita_renaksi

BAGIAN_SIKLUS = ("pk", "renaksi", "capaian")
_JUDUL = {"pk": "Perjanjian Kinerja", "renaksi": "Rencana Aksi", "capaian": "Capaian Kinerja"}


def daftar_perjanjian(
    instansi: Instansi, dok: Dokumen, jabatan_ids: Collection[str] | None
) -> list[Perjanjian]:
    if jabatan_ids is None:
        return [pk_kepala(instansi, dok)]
    wanted = set(jabatan_ids)
    return [pk_jabatan(instansi, dok, j) for j in dok.jabatan_urut() if j.id in wanted]


def _build(
    out: IO[bytes],
    instansi: Instansi,
    dok: Dokumen,
    bagian: str,
    *,
    jabatan_ids: Collection[str] | None,
    kertas: Kertas | None,
    footer_kode: str | None,
    triwulan: int | None,
    lalu: Dokumen | None,
) -> int:
    if bagian not in BAGIAN_SIKLUS:
        raise IkiError(f"Bagian '{bagian}' tidak dikenal; pilih dari: {', '.join(BAGIAN_SIKLUS)}.")
    if triwulan is not None and not 1 <= triwulan <= JUMLAH_TW:
        raise IkiError("Triwulan harus 1, 2, 3 atau 4.")
    daftar = daftar_perjanjian(instansi, dok, jabatan_ids)
    if not daftar:
        raise IkiError("Tidak ada jabatan yang dipilih untuk dicetak.")
    p = instansi.pengaturan
    gaya = buat_gaya(p.huruf, p.ukuran_huruf)
    tata = page.tata_dari(p, kertas)
    orient = page.TEGAK if bagian == "pk" else page.MENDATAR
    lebar = tata.lebar_isi(orient)
    story: list[Flowable]
    tinggi = tata.tinggi_isi(orient)
    if bagian == "pk":
        story = cerita_pk(instansi, dok, daftar, gaya, lebar, tinggi)
    elif bagian == "renaksi":
        story = cerita_renaksi(instansi, dok, daftar, gaya, lebar, tinggi)
    else:
        story = cerita_capaian(
            instansi, dok, daftar, gaya, lebar, tinggi, triwulan=triwulan, lalu=lalu
        )
    hiasan = page.Hiasan(
        font=gaya.huruf.regular,
        draf=not dok.ditetapkan,
        footer_kode=footer_kode or None,
        tanpa_nomor_halaman_pertama=bagian == "pk",
    )
    doc = page.buat_dokumen(
        out,
        tata,
        hiasan,
        pertama=orient,
        judul=f"{_JUDUL[bagian]} Tahun {dok.tahun} - {instansi.nama_lengkap}",
        penulis=instansi.nama_lengkap,
    )
    try:
        doc.build(story)
    except LayoutError as exc:
        raise IkiError(
            "Ada isi yang terlalu panjang untuk dicetak dalam satu halaman. Perpendek "
            "teksnya, perkecil ukuran huruf, atau pilih kertas F4."
        ) from exc
    return int(doc.page)


def build_pdf_siklus(
    instansi: Instansi,
    dok: Dokumen,
    bagian: str,
    *,
    jabatan_ids: Collection[str] | None = None,
    kertas: Kertas | None = None,
    footer_kode: str | None = None,
    triwulan: int | None = None,
    lalu: Dokumen | None = None,
) -> bytes:
    buf = io.BytesIO()
    _build(
        buf,
        instansi,
        dok,
        bagian,
        jabatan_ids=jabatan_ids,
        kertas=kertas,
        footer_kode=footer_kode,
        triwulan=triwulan,
        lalu=lalu,
    )
    return buf.getvalue()


def write_pdf_siklus(
    path: str | os.PathLike[str],
    instansi: Instansi,
    dok: Dokumen,
    bagian: str,
    **opsi: object,
) -> int:
    """Write atomically (temp file + rename); returns the page count."""
    with tulis_pdf(path) as fh:
        halaman = _build(fh, instansi, dok, bagian, **opsi)  # type: ignore[arg-type]
    return halaman
