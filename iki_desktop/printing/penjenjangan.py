"""`print --bagian pohon`: the pohon kinerja diagram, then the Matriks Penjenjangan
Kinerja, on landscape pages (printing/pohon.py, printing/matriks.py)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.printing import page
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.matriks import tabel_matriks
from iki_desktop.printing.pohon import halaman_pohon


def bagian_penjenjangan(
    instansi: Instansi, dokumen: Dokumen, gaya: Gaya, tata: page.Tata
) -> list[Flowable]:
    lebar = tata.lebar_isi(page.MENDATAR)
    # A hair under the frame: a page-filling flowable must not tip onto the next page.
    tinggi = tata.tinggi_isi(page.MENDATAR) - 1 * mm
    story = halaman_pohon(instansi, dokumen, gaya, lebar, tinggi)
    matriks = tabel_matriks(instansi, dokumen, gaya, lebar)
    if story and matriks:
        # A page the diagram leaves mostly empty takes the matriks too: no scrap page.
        story.append(CondPageBreak(tinggi * 0.6))
    if matriks:
        story += [matriks[0], Spacer(1, 3 * mm), *matriks[1:]]
    return story
