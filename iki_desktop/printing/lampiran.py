"""The Lampiran heading: the block at the top right of the first attached page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from iki_desktop.domain.model import Instansi, Keputusan
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.printing.blok import Baris, lebar_label, tabel_label
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.keputusan import judul_kepala


def kepala_lampiran(
    instansi: Instansi, keputusan: Keputusan, gaya: Gaya, lebar: float
) -> list[Flowable]:
    """LAMPIRAN KEPUTUSAN CAMAT … / NOMOR : … / TANGGAL : … / TENTANG : … at the right."""
    blok_w = min(max(lebar * 0.45, 95 * mm), lebar)
    labels = ["NOMOR", "TANGGAL", "TENTANG"]
    label_w = lebar_label(labels, gaya)
    rows = [
        Baris("NOMOR", [Paragraph(markup(keputusan.nomor.strip()), gaya.kiri)]),
        Baris("TANGGAL", [Paragraph(markup(format_tanggal(keputusan.tanggal)), gaya.kiri)]),
        Baris("TENTANG", [Paragraph(markup(keputusan.tentang.strip().upper()), gaya.kiri)]),
    ]
    isi = [
        Paragraph(markup(f"LAMPIRAN KEPUTUSAN {judul_kepala(instansi)}"), gaya.kiri),
        tabel_label(rows, gaya, blok_w, label_w, spasi=1),
    ]
    block = Table(
        [["", isi]],
        colWidths=[lebar - blok_w, blok_w],
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        hAlign="LEFT",
    )
    return [block, Spacer(1, 8 * mm)]
