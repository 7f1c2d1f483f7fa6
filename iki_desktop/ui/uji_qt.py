"""Self-test checks that need Qt: Qt's own texts are Indonesian, the PDF preview renders.

Used by `--self-test` after the window test: a frozen build that lost `qt_id.qm` would show
"Cancel" and "Alt+Up"; one that lost the QtPdf library or its pdfium code would show an
empty preview. Both are invisible to the non-Qt checks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox

from iki_desktop.ui.app import buat_aplikasi


def periksa_teks_qt() -> list[str]:
    """Differences from the expected Indonesian Qt texts (empty when all are right)."""
    buat_aplikasi()
    salah = []
    kotak = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    tombol = kotak.button(QDialogButtonBox.StandardButton.Cancel)
    teks = tombol.text().replace("&", "") if tombol is not None else ""
    if teks != "Batal":
        salah.append(f"tombol Cancel bertuliskan '{teks}', bukan 'Batal'")
    kotak.deleteLater()
    tombol_pintas = QKeySequence("Alt+Up").toString(QKeySequence.SequenceFormat.NativeText)
    if tombol_pintas != "Alt+Atas":
        salah.append(f"tombol pintas tertulis '{tombol_pintas}', bukan 'Alt+Atas'")
    return salah


def periksa_satu_jendela() -> str:
    """The single-window guard can listen (QtNetwork's local sockets are in the bundle)."""
    import uuid

    from iki_desktop.ui.jendela.satu_jendela import PenjagaSatuJendela, serahkan

    buat_aplikasi()
    nama = f"iki-desktop-uji-mandiri-{uuid.uuid4().hex[:12]}"
    if serahkan(nama, {"tampilkan": "1"}):
        raise ValueError("penjaga satu jendela menjawab sebelum ada jendela")
    penjaga = PenjagaSatuJendela(nama, None, None)
    try:
        if not penjaga.dengarkan():
            raise ValueError(
                f"penjaga satu jendela tidak dapat mendengarkan: {penjaga.server.errorString()}"
            )
    finally:
        penjaga.server.close()
        penjaga.deleteLater()
    return "penjaga satu jendela"


def render_halaman_pdf(pdf: Path, halaman_diharapkan: int) -> str:
    """Render page 1 of `pdf` as the print preview does; return a summary or raise ValueError."""
    buat_aplikasi()
    dokumen = QPdfDocument()
    try:
        dokumen.load(str(pdf))
        if dokumen.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"pratinjau tidak dapat membuka PDF ({dokumen.error().name})")
        if dokumen.pageCount() != halaman_diharapkan:
            raise ValueError(
                f"pratinjau membaca {dokumen.pageCount()} halaman, bukan {halaman_diharapkan}"
            )
        ukuran = dokumen.pagePointSize(0).toSize()
        gambar = dokumen.render(0, ukuran)
    finally:
        dokumen.close()
    if gambar.isNull() or ukuran.isEmpty():
        raise ValueError("pratinjau tidak menghasilkan gambar halaman")
    gelap = _piksel_gelap(gambar)
    if gelap < 500:
        raise ValueError(f"halaman pratinjau hampir kosong ({gelap} titik bertinta)")
    return f"pratinjau {ukuran.width()}×{ukuran.height()} pt"


def _piksel_gelap(gambar: QImage) -> int:
    # pdfium leaves the page transparent where nothing is drawn: lay it on white paper.
    kertas = QImage(gambar.size(), QImage.Format.Format_RGB32)
    kertas.fill(QColor("white"))
    pelukis = QPainter(kertas)
    pelukis.drawImage(0, 0, gambar)
    pelukis.end()
    abu = kertas.convertToFormat(QImage.Format.Format_Grayscale8)
    lebar, tinggi, baris = abu.width(), abu.height(), abu.bytesPerLine()
    data = bytes(abu.constBits())  # type: ignore[call-overload]
    return sum(
        1 for y in range(0, tinggi, 2) for x in range(0, lebar, 2) if data[y * baris + x] < 128
    )
