"""Paragraph styles derived from the Instansi's print settings (cached per setting)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from iki_desktop.domain.model import Huruf
from iki_desktop.printing import fonts


@dataclass(frozen=True)
class Gaya:
    """All styles of one document; `ukuran` is the body size in points."""

    ukuran: float
    huruf: fonts.Keluarga
    teks: ParagraphStyle  # justified body text
    kiri: ParagraphStyle
    tengah: ParagraphStyle
    kanan: ParagraphStyle
    judul: ParagraphStyle  # bold, centred
    sel: ParagraphStyle  # table cell text
    sel_tengah: ParagraphStyle
    sel_kepala: ParagraphStyle  # table header cell
    sel_lanjutan: ParagraphStyle  # grey italic "(lanjutan)"
    kop_pemerintah: ParagraphStyle
    kop_instansi: ParagraphStyle
    kop_alamat: ParagraphStyle
    kecil: ParagraphStyle  # footer code, page numbers

    @property
    def ukuran_sel(self) -> float:
        return self.sel.fontSize


@lru_cache(maxsize=8)
def buat_gaya(huruf: Huruf, ukuran: float) -> Gaya:
    fam = fonts.keluarga(huruf)
    lead = ukuran * 1.2
    sel_size = max(7.0, ukuran - 1.0)

    def st(name: str, size: float = ukuran, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", fam.regular)
        kw.setdefault("leading", size * 1.2)
        return ParagraphStyle(name, fontSize=size, **kw)  # type: ignore[arg-type]

    teks = st("teks", alignment=TA_JUSTIFY)
    return Gaya(
        ukuran=ukuran,
        huruf=fam,
        teks=teks,
        kiri=st("kiri", alignment=TA_LEFT),
        tengah=st("tengah", alignment=TA_CENTER),
        kanan=st("kanan", alignment=TA_RIGHT),
        judul=st("judul", alignment=TA_CENTER, fontName=fam.bold, leading=lead * 1.05),
        sel=st("sel", sel_size, alignment=TA_LEFT),
        sel_tengah=st("sel_tengah", sel_size, alignment=TA_CENTER),
        sel_kepala=st("sel_kepala", sel_size, alignment=TA_CENTER, fontName=fam.bold),
        sel_lanjutan=st(
            "sel_lanjutan",
            sel_size - 1,
            fontName=fam.italic,
            textColor="#707070",
            alignment=TA_LEFT,
        ),
        kop_pemerintah=st("kop_pemerintah", ukuran + 3, alignment=TA_CENTER, fontName=fam.bold),
        kop_instansi=st("kop_instansi", ukuran + 5, alignment=TA_CENTER, fontName=fam.bold),
        kop_alamat=st("kop_alamat", max(8.0, ukuran - 1.5), alignment=TA_CENTER),
        kecil=st("kecil", 8, alignment=TA_LEFT),
    )
