"""The pohon kinerja as a diagram: landscape pages of boxes joined by lines.

Each IKU sasaran heads its own page: its box at the top, below it the sasaran that
support it, level by level (domain/pohon_kinerja.py). A tree too wide or too tall for
one page is cut where it is widest: the root is repeated "(lanjutan)" over the next
group of branches, and a branch that alone does not fit continues on a page of its
own, its box saying so. A sasaran that supports nothing is drawn with a dashed red
border and the words "BELUM DITAUTKAN", on the pages after the IKU trees.

Words never break without a hyphen: a word wider than its box is cut with one
(printing/potong.py), the rest wraps at spaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.pohon_kinerja import Simpul, pohon_kinerja, sasaran_rpjmd
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.potong import gaya_kotak, pas_kata

LEBAR_MIN = 42 * mm  # narrowest box that still reads well
LEBAR_MAKS = 75 * mm
JARAK_X = 4 * mm
JARAK_Y = 9 * mm
UKURAN = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)  # box font sizes tried, largest first
PADDING = 1.6 * mm
INDEN = 4 * mm  # stacked boxes stand this far right of their atasan's left edge
JARAK_TUMPUK = 2.5 * mm
MERAH = Color(0.75, 0.1, 0.1)


@dataclass
class _Kotak:
    """One box: what it says and where it stands (points, origin top-left)."""

    simpul: Simpul
    anak: list[_Kotak] = field(default_factory=list)
    tumpuk: list[_Kotak] = field(default_factory=list)  # leaf bawahan stacked underneath
    rpjmd: str = ""  # for an IKU box: the RPJMD sasaran it serves (alignment table)
    catatan: str = ""  # "bersambung di halaman berikut", "(lanjutan)"
    x: float = 0.0
    tinggi: float = 0.0
    paragraf: list[Paragraph] = field(default_factory=list)


def _isi_kotak(k: _Kotak, gaya: Gaya, lebar: float, ukuran: float) -> None:
    s = k.simpul
    dalam = lebar - 2 * PADDING
    kepala, teks, kecil = gaya_kotak(gaya, ukuran)
    baris: list[tuple[str, object]] = [(s.pemilik.upper(), kepala)]
    if k.rpjmd:
        baris.append((f"Mendukung sasaran RPJMD: {k.rpjmd}", kecil))
    if not s.tertaut:
        baris.append(("BELUM DITAUTKAN", kepala))
    elif s.ke_indikator:
        baris.append((f"mendukung indikator {s.ke_indikator}", kecil))
    baris.append((s.sasaran.teks or "(sasaran tanpa teks)", teks))
    for n, ind in enumerate(s.sasaran.indikator, start=1):
        baris.append((f"{n}. {ind.teks}", kecil))
    if k.catatan:
        baris.append((k.catatan, kecil))
    k.paragraf = []
    for t, st in baris:
        p = Paragraph(markup(pas_kata(t, st.fontName, st.fontSize, dalam)), st)  # type: ignore[attr-defined]
        p.wrap(dalam, 10_000)
        k.paragraf.append(p)
    k.tinggi = sum(p.height for p in k.paragraf) + 2 * PADDING + 1.0 * (len(k.paragraf) - 1)


def _pohon_kotak(simpul: Simpul, dalam: int, akar: bool = True) -> _Kotak:
    """Boxes for `simpul` and `dalam` levels below it (0: the box alone). Below the
    root, bawahan that have no bawahan themselves are stacked in one column under their
    atasan (the usual pelaksana column), so a wide office stays readable."""
    k = _Kotak(simpul)
    if dalam > 0 and not akar and len(simpul.anak) > 1 and not any(a.anak for a in simpul.anak):
        k.tumpuk = [_Kotak(a) for a in simpul.anak]
    elif dalam > 0:
        k.anak = [_pohon_kotak(a, dalam - 1, False) for a in simpul.anak]
    elif simpul.anak:
        k.catatan = "Rinciannya pada halaman berikut."
    return k


def _tinggi_kolom(k: _Kotak) -> float:
    return k.tinggi + sum(t.tinggi + JARAK_TUMPUK for t in k.tumpuk)


def _daun(k: _Kotak) -> int:
    return max(1, sum(_daun(a) for a in k.anak))


def _tingkat(k: _Kotak, n: int = 0, out: list[list[_Kotak]] | None = None) -> list[list[_Kotak]]:
    out = out if out is not None else []
    if len(out) <= n:
        out.append([])
    out[n].append(k)
    for a in k.anak:
        _tingkat(a, n + 1, out)
    return out


@dataclass(frozen=True)
class _Tata:
    """What every page of one diagram shares: styles, frame size, RPJMD sasaran by IKU id."""

    gaya: Gaya
    lebar: float
    tinggi: float
    rpjmd: dict[str, str] = field(default_factory=dict)


class HalamanPohon(Flowable):
    """One page of the diagram: a title line and a tree of boxes."""

    def __init__(self, akar: _Kotak, judul: str, tata: _Tata) -> None:
        super().__init__()
        self.akar, self.judul, self.gaya, self.tata = akar, judul, tata.gaya, tata
        self.hutan = [akar]  # small trees share a page side by side (see gabung)
        if akar.simpul.jabatan is None:
            akar.rpjmd = tata.rpjmd.get(akar.simpul.sasaran.id, "")
        self.lebar_kotak = LEBAR_MIN
        self.tingkat: list[list[_Kotak]] = []
        self.tinggi_tingkat: list[float] = []

    def atur(self) -> bool:
        """Lay the boxes out for the frame; False when they do not fit."""
        lebar, tinggi = self.tata.lebar, self.tata.tinggi
        kolom = sum(_daun(a) for a in self.hutan)
        self.lebar_kotak = min(LEBAR_MAKS, (lebar - (kolom - 1) * JARAK_X) / kolom)
        if self.lebar_kotak < LEBAR_MIN * 0.98:
            return False
        self.tingkat = []
        for a in self.hutan:
            _tingkat(a, 0, self.tingkat)
        for ukuran in UKURAN:
            for baris in self.tingkat:
                for k in baris:
                    _isi_kotak(k, self.gaya, self.lebar_kotak, ukuran)
                    for t in k.tumpuk:
                        _isi_kotak(t, self.gaya, self.lebar_kotak - INDEN, ukuran)
            self.tinggi_tingkat = [max(_tinggi_kolom(k) for k in b) for b in self.tingkat]
            if self._tinggi_total() <= tinggi:
                break
        else:
            return False
        total = kolom * self.lebar_kotak + (kolom - 1) * JARAK_X
        x = (lebar - total) / 2
        for a in self.hutan:
            self._letakkan(a, x)
            x += _daun(a) * (self.lebar_kotak + JARAK_X)
        return True

    def gabung(self, lain: HalamanPohon, judul: str) -> HalamanPohon | None:
        """This page with `lain`'s trees beside its own, when all still fit one page."""
        hal = HalamanPohon(self.akar, judul, self.tata)
        hal.hutan = [*self.hutan, *lain.hutan]
        return hal if hal.atur() else None

    def _tinggi_total(self) -> float:
        return 10 * mm + sum(self.tinggi_tingkat) + JARAK_Y * (len(self.tinggi_tingkat) - 1)

    def _letakkan(self, k: _Kotak, kiri: float) -> None:
        """Leaves side by side; a parent centred over its children."""
        lebar = _daun(k) * (self.lebar_kotak + JARAK_X) - JARAK_X
        k.x = kiri + (lebar - self.lebar_kotak) / 2
        x = kiri
        for a in k.anak:
            self._letakkan(a, x)
            x += _daun(a) * (self.lebar_kotak + JARAK_X)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, min(availHeight, self._tinggi_total())
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        # One line: a long title (deep "rincian" pages) is set smaller rather than cut.
        ukuran = 10.0
        while ukuran > 6 and stringWidth(self.judul, self.gaya.huruf.bold, ukuran) > self.width:
            ukuran -= 0.5
        c.setFont(self.gaya.huruf.bold, ukuran)
        c.drawCentredString(self.width / 2, self.height - 10, self.judul)
        y = self.height - 10 * mm
        tops: list[float] = []
        for baris, tinggi in zip(self.tingkat, self.tinggi_tingkat, strict=True):
            tops.append(y)
            for k in baris:
                self._kotak(k, y)
            y -= tinggi + JARAK_Y
        for a in self.hutan:
            self._garis(a, 0, tops)

    def _kotak(self, k: _Kotak, atas: float, lebar: float | None = None) -> None:
        lebar = self.lebar_kotak if lebar is None else lebar
        c = self.canv
        c.saveState()
        if not k.simpul.tertaut:
            c.setStrokeColor(MERAH)
            c.setDash(3, 2)
            c.setLineWidth(1.0)
        else:
            c.setLineWidth(0.8 if k.simpul.jabatan is None else 0.5)
        c.rect(k.x, atas - k.tinggi, lebar, k.tinggi)
        c.restoreState()
        y = atas - PADDING
        for p in k.paragraf:
            y -= p.height
            p.drawOn(c, k.x + PADDING, y)
            y -= 1.0
        self._tumpukan(k, atas)

    def _tumpukan(self, k: _Kotak, atas: float) -> None:
        """The stacked leaf boxes under `k`, on a spine at its left."""
        if not k.tumpuk:
            return
        c = self.canv
        spine = k.x + INDEN / 2
        y = atas - k.tinggi - JARAK_TUMPUK
        tengah = y
        for t in k.tumpuk:
            t.x = k.x + INDEN
            self._kotak(t, y, self.lebar_kotak - INDEN)
            tengah = y - min(t.tinggi / 2, 4 * mm)
            c.setLineWidth(0.5)
            c.line(spine, tengah, t.x, tengah)
            y -= t.tinggi + JARAK_TUMPUK
        c.line(spine, atas - k.tinggi, spine, tengah)

    def _garis(self, k: _Kotak, n: int, tops: list[float]) -> None:
        if not k.anak:
            return
        c = self.canv
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        bawah = tops[n] - k.tinggi
        tengah_y = tops[n] - self.tinggi_tingkat[n] - JARAK_Y / 2
        cx = k.x + self.lebar_kotak / 2
        c.line(cx, bawah, cx, tengah_y)
        xs = [a.x + self.lebar_kotak / 2 for a in k.anak]
        c.line(min(xs + [cx]), tengah_y, max(xs + [cx]), tengah_y)
        for a, ax in zip(k.anak, xs, strict=True):
            c.line(ax, tengah_y, ax, tops[n + 1])
            self._garis(a, n + 1, tops)


def _coba(simpul: Simpul, judul: str, tata: _Tata) -> tuple[HalamanPohon, int]:
    """The page with the most levels under `simpul` that fits, and that depth
    (the root with its first level only when nothing deeper fits)."""
    for dalam in range(simpul.kedalaman() - 1, 1, -1):
        hal = HalamanPohon(_pohon_kotak(simpul, dalam), judul, tata)
        if hal.atur():
            return hal, dalam
    hal = HalamanPohon(_pohon_kotak(simpul, 1), judul, tata)
    hal.atur()
    return hal, 1


def _halaman(simpul: Simpul, judul: str, tata: _Tata) -> list[HalamanPohon]:
    """Pages for one tree: whole when it fits, else cut below the root (see module doc)."""
    utuh = HalamanPohon(_pohon_kotak(simpul, simpul.kedalaman() - 1), judul, tata)
    if utuh.atur():
        return [utuh]
    # Branches side by side as long as the whole branches fit one page; the rest next.
    kelompok: list[list[Simpul]] = [[]]
    for a in simpul.anak:
        calon = Simpul(simpul.sasaran, simpul.jabatan, [*kelompok[-1], a], simpul.tertaut)
        coba = HalamanPohon(_pohon_kotak(calon, calon.kedalaman() - 1), judul, tata)
        if kelompok[-1] and not coba.atur():
            kelompok.append([])
        kelompok[-1].append(a)
    out: list[HalamanPohon] = []
    lanjut: list[Simpul] = []
    for n, grup in enumerate(kelompok):
        bagian = Simpul(simpul.sasaran, simpul.jabatan, grup, simpul.tertaut, simpul.ke_indikator)
        hal, dalam = _coba(bagian, judul, tata)
        if dalam < bagian.kedalaman() - 1:
            lanjut += _terpotong(bagian, dalam)
        if n > 0:
            hal.akar.catatan = "(lanjutan)"
            hal.atur()
        out.append(hal)
    for a in lanjut:
        out += _halaman(a, f"{judul} (rincian: {a.pemilik})", tata)
    return out


def _terpotong(simpul: Simpul, dalam: int) -> list[Simpul]:
    """The nodes drawn at the last level `dalam` that still have children below."""
    if dalam == 0:
        return [simpul] if simpul.anak else []
    out: list[Simpul] = []
    for a in simpul.anak:
        out += _terpotong(a, dalam - 1)
    return out


def _kisi_lepas(daun: list[Simpul], gaya: Gaya, lebar: float) -> list[Flowable]:
    """Unlinked sasaran without bawahan: boxes in rows (a table that splits by row)."""
    kolom = max(1, int((lebar + JARAK_X) // (LEBAR_MIN + 8 * mm + JARAK_X)))
    w = (lebar - (kolom - 1) * JARAK_X) / kolom
    sel: list[list[object]] = []
    for n in range(0, len(daun), kolom):
        baris: list[object] = []
        for s in daun[n : n + kolom]:
            k = _Kotak(s)
            _isi_kotak(k, gaya, w, UKURAN[0])
            baris += [k.paragraf, ""]
        baris += ["", ""] * (kolom - len(daun[n : n + kolom]))
        sel.append(baris[:-1])
    lebar_kolom = ([w, JARAK_X] * kolom)[:-1]
    gaya_tabel: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
    ]
    for r in range(len(sel)):
        for c in range(min(kolom, len(daun) - r * kolom)):
            gaya_tabel.append(("BOX", (2 * c, r), (2 * c, r), 1.0, MERAH, None, (3, 2)))
    judul = Paragraph(
        markup("SASARAN YANG BELUM MENDUKUNG SASARAN ATASAN (BELUM DITAUTKAN)"), gaya.judul
    )
    return [judul, Spacer(1, 3 * mm), Table(sel, colWidths=lebar_kolom, style=gaya_tabel)]


def _rentang(angka: list[int]) -> str:
    return f"{angka[0]}–{angka[-1]}" if len(angka) > 1 else str(angka[0])


def halaman_pohon(
    instansi: Instansi, dokumen: Dokumen, gaya: Gaya, lebar: float, tinggi: float
) -> list[Flowable]:
    """Every page of the diagram (each a flowable filling one landscape frame), then the
    unlinked sasaran without bawahan as rows of marked boxes."""
    akar = pohon_kinerja(dokumen)
    rpjmd = {s.id: sasaran_rpjmd(dokumen, s) for s in dokumen.iku}
    tata = _Tata(gaya, lebar, tinggi, {k: v for k, v in rpjmd.items() if v})
    judul_dasar = (
        f"POHON KINERJA {instansi.nama_lengkap.upper()} TAHUN {dokumen.periode or dokumen.tahun}"
    )
    halaman: list[HalamanPohon] = []
    nomor: list[list[int]] = []  # the sasaran strategis numbers each page shows
    n = 0
    for s in akar:
        if not (s.tertaut or s.anak):
            continue
        n += 1 if s.tertaut else 0
        judul = (
            f"{judul_dasar} — SASARAN STRATEGIS {n}"
            if s.tertaut
            else f"{judul_dasar} — SASARAN BELUM DITAUTKAN ({s.pemilik})"
        )
        baru = _halaman(s, judul, tata)
        # A tree that fits whole joins the previous whole tree's page when both fit.
        if s.tertaut and len(baru) == 1 and nomor and nomor[-1]:
            angka = [*nomor[-1], n]
            gabung = halaman[-1].gabung(
                baru[0], f"{judul_dasar} — SASARAN STRATEGIS {_rentang(angka)}"
            )
            if gabung is not None:
                halaman[-1], nomor[-1] = gabung, angka
                continue
        halaman += baru
        nomor += [[n] if s.tertaut and len(baru) == 1 else []] + [[] for _ in baru[1:]]
    story: list[Flowable] = []
    for i, h in enumerate(halaman):
        if i:
            story.append(PageBreak())
        story.append(h)
    daun = [s for s in akar if not s.tertaut and not s.anak]
    if daun:
        if story:
            story.append(PageBreak())
        story += _kisi_lepas(daun, gaya, lebar)
    return story
