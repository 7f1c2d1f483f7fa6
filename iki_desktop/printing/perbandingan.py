"""A printable list of differences between two versions (Bandingkan), as PDF.

pdf = pdf_perbandingan(instansi, "Perbandingan Tahun 2026 dengan …", daftar)
tulis_perbandingan(path, instansi, judul, daftar)
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from iki_desktop.domain.model import Huruf, Instansi, Kertas
from iki_desktop.domain.perbandingan import Perbedaan
from iki_desktop.printing import page
from iki_desktop.printing.berkas import tulis_pdf
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import buat_gaya

_TANDA = {"ditambahkan": "+", "dihapus": "−", "diubah": "~", "dipindahkan": "↷"}


def pdf_perbandingan(instansi: Instansi, judul: str, daftar: Sequence[Perbedaan]) -> bytes:
    pengaturan = instansi.pengaturan
    gaya = buat_gaya(pengaturan.huruf or Huruf.ARIAL, pengaturan.ukuran_huruf)
    tata = page.tata_dari(pengaturan, pengaturan.kertas or Kertas.A4)
    lebar = tata.lebar_isi(page.TEGAK)
    story: list = [
        Paragraph(markup(judul.upper()), gaya.judul),
        Paragraph(markup(f"{instansi.nama_lengkap} {instansi.daerah}".strip()), gaya.tengah),
        Spacer(1, 6 * mm),
    ]
    if not daftar:
        story.append(Paragraph("Tidak ada perbedaan isi.", gaya.teks))
    tempat = None
    baris: list[list[Paragraph]] = []

    def tutup() -> None:
        if baris:
            t = Table(baris, colWidths=[8 * mm, lebar - 8 * mm], splitInRow=1)
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#b0b0b0"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            story.extend([t, Spacer(1, 4 * mm)])
            baris.clear()

    for p in daftar:
        if p.tempat != tempat:
            tutup()
            tempat = p.tempat
            story.append(Paragraph(f"<b>{markup(tempat)}</b>", gaya.kiri))
            story.append(Spacer(1, 1.5 * mm))
        baris.append(
            [
                Paragraph(_TANDA.get(p.aksi, ""), gaya.sel_tengah),
                Paragraph(markup(p.teks), gaya.sel),
            ]
        )
    tutup()
    story.append(
        Paragraph(
            markup(f"Jumlah perbedaan: {len(daftar)}. Tanda: + ditambahkan, − dihapus, ~ diubah."),
            gaya.kecil,
        )
    )
    buf = io.BytesIO()
    hiasan = page.Hiasan(font=gaya.huruf.regular)
    doc = page.buat_dokumen(buf, tata, hiasan, judul=judul, penulis=instansi.nama_lengkap)
    doc.build(story)
    return buf.getvalue()


def tulis_perbandingan(
    path: str | os.PathLike[str], instansi: Instansi, judul: str, daftar: Sequence[Perbedaan]
) -> Path:
    data = pdf_perbandingan(instansi, judul, daftar)
    with tulis_pdf(path) as fh:
        fh.write(data)
    return Path(path)
