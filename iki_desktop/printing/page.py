"""Page setup: paper, margins, orientation, page numbers, DRAF watermark, footer code.

Page numbers follow Tata Naskah Dinas practice: an Arabic number between hyphens,
centred in the top margin ("- 2 -"); the first page of a Keputusan (the kop page)
carries none. The same rule holds for every page of the printout, so a stack of
signed pages can be put back in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from iki_desktop.domain.model import Kertas, PengaturanCetak

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

TEGAK = "tegak"
MENDATAR = "mendatar"
QR_MM = 16.0  # a signed QR (code + Ed25519 signature) is version 5: 37 modules
JARAK_ISI_MM = 4.0  # clear space between the page content and the footer QR code


@dataclass(frozen=True)
class Tata:
    """Resolved page geometry for one printout (points)."""

    lebar: float  # portrait width
    tinggi: float  # portrait height
    atas: float
    bawah: float
    kiri: float
    kanan: float

    def ukuran(self, orientasi: str) -> tuple[float, float]:
        if orientasi == MENDATAR:
            return (self.tinggi, self.lebar)
        return (self.lebar, self.tinggi)

    def lebar_isi(self, orientasi: str) -> float:
        return self.ukuran(orientasi)[0] - self.kiri - self.kanan

    def tinggi_isi(self, orientasi: str) -> float:
        return self.ukuran(orientasi)[1] - self.atas - self.bawah


def tata_dari(pengaturan: PengaturanCetak, kertas: Kertas | None = None) -> Tata:
    lebar_mm, tinggi_mm = (kertas or pengaturan.kertas).ukuran_mm
    return Tata(
        lebar=lebar_mm * mm,
        tinggi=tinggi_mm * mm,
        atas=pengaturan.margin_atas_mm * mm,
        bawah=pengaturan.margin_bawah_mm * mm,
        kiri=pengaturan.margin_kiri_mm * mm,
        kanan=pengaturan.margin_kanan_mm * mm,
    )


@dataclass
class Hiasan:
    """What is drawn on every page besides the flowables."""

    font: str
    draf: bool = False
    footer_kode: str | None = None
    tanpa_nomor_halaman_pertama: bool = False
    _qr: Drawing | None = None

    def qr(self) -> Drawing | None:
        if not self.footer_kode:
            return None
        if self._qr is None:
            # reportlab.graphics is imported here: only enacted Dokumen carry a QR.
            from reportlab.graphics.barcode.qr import QrCodeWidget
            from reportlab.graphics.shapes import Drawing

            # An enacted code may carry its office signature for the QR (store.penetapan
            # KodeCetak); the printed text stays the short code.
            isi = getattr(self.footer_kode, "qr", None) or str(self.footer_kode)
            widget = QrCodeWidget(isi, barLevel="M", barBorder=0)
            x0, y0, x1, y1 = widget.getBounds()
            size = QR_MM * mm
            drawing = Drawing(
                size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            self._qr = drawing
        return self._qr

    def sebelum(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn under the page content: page number and footer code."""
        w, h = canv._pagesize
        page = canv.getPageNumber()
        canv.saveState()
        if not (page == 1 and self.tanpa_nomor_halaman_pertama):
            canv.setFont(self.font, 10)
            canv.drawCentredString(w / 2, h - doc.topMargin / 2 - 3, f"- {page} -")
        if self.footer_kode:
            # Code and QR sit together at the bottom right, clear of a full page's
            # content above and of the signature block, which ends inside the frame.
            qr = self.qr()
            size = QR_MM * mm
            y = max(3 * mm, doc.bottomMargin - JARAK_ISI_MM * mm - size)
            x = w - doc.rightMargin - size
            if qr is not None:
                from reportlab.graphics import renderPDF

                renderPDF.draw(qr, canv, x, y)
            teks_x = x - 3 * mm
            canv.setFillColor(Color(0.35, 0.35, 0.35))
            canv.setFont(self.font, 6.5)
            canv.drawRightString(teks_x, y + size / 2 + 2, "Kode dokumen")
            canv.setFillColor(Color(0, 0, 0))
            canv.setFont(self.font, 8.5)
            canv.drawRightString(teks_x, y + size / 2 - 8, str(self.footer_kode))
        canv.restoreState()

    def sesudah(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn over the page content: the translucent DRAF watermark."""
        if not self.draf:
            return
        w, h = canv._pagesize
        canv.saveState()
        canv.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.18))
        canv.translate(w / 2, h / 2)
        canv.rotate(55 if h > w else 35)
        size = min(w, h) * 0.32
        canv.setFont(self.font, size)
        canv.drawCentredString(0, -size * 0.35, "DRAF")
        canv.restoreState()


def buat_dokumen(
    out: IO[bytes],
    tata: Tata,
    hiasan: Hiasan,
    *,
    pertama: str = TEGAK,
    judul: str = "",
    penulis: str = "",
    progress: Callable[[str, int], None] | None = None,
) -> BaseDocTemplate:
    """A doc template with a portrait and a landscape page template; `pertama` starts."""
    doc = BaseDocTemplate(
        out,
        pagesize=tata.ukuran(TEGAK),
        leftMargin=tata.kiri,
        rightMargin=tata.kanan,
        topMargin=tata.atas,
        bottomMargin=tata.bawah,
        title=judul,
        author=penulis,
        creator="IKI Desktop",
        invariant=True,
    )
    templates = []
    # The first template is the one the first page uses.
    for orientasi in (pertama, MENDATAR if pertama == TEGAK else TEGAK):
        w, h = tata.ukuran(orientasi)
        frame = Frame(
            tata.kiri,
            tata.bawah,
            w - tata.kiri - tata.kanan,
            h - tata.atas - tata.bawah,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=orientasi,
        )
        templates.append(
            PageTemplate(
                id=orientasi,
                frames=[frame],
                onPage=hiasan.sebelum,
                onPageEnd=hiasan.sesudah,
                pagesize=(w, h),
            )
        )
    doc.addPageTemplates(templates)
    if progress is not None:
        doc.setProgressCallBack(progress)
    return doc
