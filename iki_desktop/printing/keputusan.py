"""The Keputusan Camat pages, laid out as a Tata Naskah Dinas decree."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Image, Paragraph, Spacer, Table

from iki_desktop.domain.model import GayaDaftar, Instansi, JenisInstansi, Keputusan
from iki_desktop.domain.penomoran import diktum_ke, penanda
from iki_desktop.printing.blok import Baris, bagian_ttd, butir_gantung, lebar_label, tabel_label
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.tahan import Penutup

LAMBANG_MM = 24.0


class GarisGanda(Flowable):
    """The double rule under the kop: a thick line over a thin one."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 4.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(2.2)
        c.line(0, 3.4, self.width, 3.4)
        c.setLineWidth(0.6)
        c.line(0, 0.6, self.width, 0.6)
        c.restoreState()


def judul_kepala(instansi: Instansi) -> str:
    """'CAMAT WONOASIH KOTA PROBOLINGGO'."""
    return f"{instansi.kepala} {instansi.daerah}".strip().upper()


def _lambang(data: bytes | None) -> Image | None:
    return lambang_gambar(data, LAMBANG_MM)


def lambang_gambar(data: bytes | None, tinggi_mm: float) -> Image | None:
    """The office's lambang at `tinggi_mm` high, or None (missing or broken picture)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 - a broken picture must not stop printing
        return None
    if w <= 0 or h <= 0:
        return None
    height = tinggi_mm * mm
    width = min(height * w / h, tinggi_mm * 1.25 * mm)
    return Image(io.BytesIO(data), width=width, height=width * h / w)


def _kontak(instansi: Instansi, gaya: Gaya, lebar: float) -> list[str]:
    lines: list[str] = []
    alamat = [a.strip() for a in instansi.alamat if a.strip()]
    if instansi.kode_pos and alamat and instansi.kode_pos not in " ".join(alamat):
        # Set apart from the address, not glued to the last word ("Jawa Timur 67232").
        alamat[-1] = f"{alamat[-1].rstrip(',')}, Kode Pos {instansi.kode_pos}"
    lines.extend(alamat)
    telp = [
        f"{label} {value.strip()}"
        for label, value in (("Telepon", instansi.telepon), ("Faksimile", instansi.faks))
        if value.strip()
    ]
    if telp:
        lines.append(", ".join(telp))
    web = [
        f"{label} {value.strip()}"
        for label, value in (("Laman", instansi.laman), ("Pos-el", instansi.email))
        if value.strip()
    ]
    joined = ", ".join(web)
    style = gaya.kop_alamat
    if web and stringWidth(joined, style.fontName, style.fontSize) <= lebar:
        lines.append(joined)
    else:
        # Too long for one line: break between the items, not inside an address.
        lines.extend(web)
    return lines


def kop_surat(instansi: Instansi, gaya: Gaya, lebar: float) -> list[Flowable]:
    """Lambang at the left, the office lines centred on the page, a double rule below."""
    teks: list[Flowable] = [Paragraph(markup(instansi.pemerintah.upper()), gaya.kop_pemerintah)]
    if instansi.jenis is JenisInstansi.KELURAHAN and instansi.kecamatan_induk.strip():
        induk = f"KECAMATAN {instansi.kecamatan_induk.strip().upper()}"
        teks.append(Paragraph(markup(induk), gaya.kop_pemerintah))
    teks.append(Paragraph(markup(instansi.nama_lengkap.upper()), gaya.kop_instansi))
    lambang = _lambang(instansi.lambang)
    # The text column is centred on the page: an empty column as wide as the
    # lambang's balances it on the right.
    side = lambang.drawWidth + 3 * mm if lambang is not None else 0.0
    kontak = _kontak(instansi, gaya, lebar - 2 * side)
    teks.extend(Paragraph(markup(line), gaya.kop_alamat) for line in kontak)
    kop = Table(
        [[lambang or "", teks, ""]],
        colWidths=[side, lebar - 2 * side, side],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [kop, Spacer(1, 2 * mm), GarisGanda(lebar), Spacer(1, 6 * mm)]


def _daftar_baris(label: str, items: list[str], gaya_daftar: GayaDaftar, gaya: Gaya) -> list[Baris]:
    items = [i.strip() for i in items if i.strip()]
    if not items:
        return [Baris(label, [Paragraph("", gaya.teks)])]
    marks = [penanda(n, gaya_daftar) for n in range(1, len(items) + 1)]
    # Widest marker for every row, so the text column is one straight edge.
    flow = butir_gantung(items, marks, gaya)
    return [Baris(label if i == 0 else "", [f], titik_dua=i == 0) for i, f in enumerate(flow)]


def halaman_keputusan(
    instansi: Instansi, keputusan: Keputusan, gaya: Gaya, lebar: float, tinggi: float
) -> list[Flowable]:
    """Flowables of the whole Keputusan, from the kop to the signature."""
    kepala = judul_kepala(instansi)
    out = kop_surat(instansi, gaya, lebar)
    nomor = keputusan.nomor.strip()
    tentang = keputusan.tentang.strip().upper()
    for line in (f"KEPUTUSAN {kepala}", f"NOMOR : {nomor}" if nomor else "NOMOR :", "TENTANG"):
        out.append(Paragraph(markup(line), gaya.judul))
    out.append(Paragraph(markup(tentang), gaya.judul))
    out.append(Spacer(1, 6 * mm))
    out.append(Paragraph(markup(kepala + ","), gaya.judul))
    out.append(Spacer(1, 5 * mm))

    labels = ["Menimbang", "Mengingat", "Menetapkan"]
    labels += [diktum_ke(n) for n in range(1, len(keputusan.diktum) + 1)]
    label_w = lebar_label(labels, gaya, minimum_mm=28)

    menimbang = _daftar_baris("Menimbang", keputusan.menimbang, GayaDaftar.HURUF, gaya)
    out.append(tabel_label(menimbang, gaya, lebar, label_w))
    out.append(Spacer(1, 3 * mm))
    mengingat = _daftar_baris("Mengingat", keputusan.mengingat, GayaDaftar.ANGKA, gaya)
    out.append(tabel_label(mengingat, gaya, lebar, label_w))
    out.append(Spacer(1, 5 * mm))
    out.append(CondPageBreak(40 * mm))
    out.append(Paragraph("MEMUTUSKAN:", gaya.judul))
    out.append(Spacer(1, 4 * mm))

    menetapkan = f"KEPUTUSAN {kepala} TENTANG {tentang}." if tentang else f"KEPUTUSAN {kepala}."
    rows = [Baris("Menetapkan", [Paragraph(markup(menetapkan), gaya.teks)])]
    awal_akhir = 0
    for n, diktum in enumerate(keputusan.diktum, start=1):
        awal_akhir = len(rows)
        rows.append(Baris(diktum_ke(n), [Paragraph(markup(diktum.teks.strip()), gaya.teks)]))
        butir = [b.strip() for b in diktum.butir if b.strip()]
        marks = [penanda(i, GayaDaftar.HURUF) for i in range(1, len(butir) + 1)]
        for flow in butir_gantung(butir, marks, gaya):
            rows.append(Baris("", [flow], titik_dua=False))
    # The signature travels with the whole last diktum (at least three lines).
    akhir_h = tabel_label(rows[awal_akhir:], gaya, lebar, label_w, spasi=4).wrap(lebar, 1e6)[1]
    out.append(
        Penutup(
            tabel_label(rows, gaya, lebar, label_w, spasi=4),
            bagian_ttd(keputusan, gaya, lebar, tempat_tanggal=True),
            isi_min=max(akhir_h, 3 * gaya.teks.leading),
            halaman_min=tinggi / 4,
            tinggi_frame=tinggi,
        )
    )
    return out
