"""The printout of each document shape (bentuk dokumen), as a list of flowables.

- Keputusan + Lampiran: the decree, then the IKU/IKI under the LAMPIRAN KEPUTUSAN
  heading, closed by the Camat's signature. A Dokumen whose Keputusan holds
  nothing prints neither the decree nor the heading.
- Ditandatangani di akhir: the IKU/IKI, then "Tempat, tanggal" (or "Ditetapkan di …
  / pada tanggal …", `Bentuk.rumusan`) and the signer (with a.n./Plt./Plh.).
- Buku: a cover, the Visi/Misi/Tujuan and Tugas pages when wanted and filled, the
  cascading table, the IKU and the IKI; signed at the end when a signer is set.
- Tanpa tanda tangan: the IKU/IKI only.

`rencana_bagian` decides which parts print: a part without content never does.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import BentukDokumen, Dokumen, Instansi, Jabatan, Orientasi
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.printing import page
from iki_desktop.printing.blok import bagian_ttd, ttd_tempat
from iki_desktop.printing.gaya import Gaya, buat_gaya
from iki_desktop.printing.keputusan import halaman_keputusan
from iki_desktop.printing.lampiran import kepala_lampiran
from iki_desktop.printing.penjenjangan import bagian_penjenjangan
from iki_desktop.printing.sampul import halaman_sampul, halaman_tugas, halaman_visi
from iki_desktop.printing.tabel import (
    PADDING_SEL,
    TabelGrup,
    blok_jabatan,
    judul_iku,
    tabel_cascading,
    tabel_indikator,
)
from iki_desktop.printing.tahan import Penutup

BAGIAN = ("sampul", "keputusan", "iku", "iki")
# Printed only when asked for (`print --bagian pohon`), after everything else: the pohon
# kinerja diagram and the Matriks Penjenjangan Kinerja (printing/penjenjangan.py).
BAGIAN_TAMBAHAN = ("pohon",)
Progress = Callable[[float, str], None]


@dataclass
class Rencana:
    """The parts that print, and why a requested part does not."""

    bagian: tuple[str, ...]
    dilewati: list[str] = field(default_factory=list)


def _jabatan(dokumen: Dokumen, jabatan_ids: Collection[str] | None) -> list[Jabatan]:
    jabatan = dokumen.jabatan_urut()
    if jabatan_ids is not None:
        wanted = set(jabatan_ids)
        jabatan = [j for j in jabatan if j.id in wanted]
    return jabatan


def _alasan_kosong(dokumen: Dokumen, bagian: str, ada_jabatan: bool) -> str | None:
    """Why `bagian` has nothing to print in this Dokumen, or None when it has."""
    jenis = dokumen.bentuk.jenis
    if bagian == "sampul" and jenis is not BentukDokumen.BUKU:
        return f"Sampul hanya dicetak untuk bentuk Buku (dokumen ini: {jenis.label})."
    if bagian == "keputusan":
        if jenis is not BentukDokumen.KEPUTUSAN:
            return f"Dokumen berbentuk '{jenis.label}' tidak memuat Keputusan."
        if dokumen.keputusan.kosong:
            return "Keputusan dokumen ini belum diisi (nomor, tentang, diktum)."
    if bagian == "iku" and not dokumen.iku and dokumen.cascading.kosong:
        return "IKU dokumen ini masih kosong."
    if bagian == "iki" and not ada_jabatan:
        return "Tidak ada jabatan yang dipilih untuk dicetak."
    if bagian == "pohon" and not (dokumen.iku or any(j.sasaran for j in dokumen.jabatan)):
        return "Belum ada sasaran IKU atau IKI untuk digambar sebagai pohon kinerja."
    return None


def alasan_kosong(dokumen: Dokumen, bagian: str) -> str:
    """Why `bagian` does not print for this Dokumen ("" when it does)."""
    return _alasan_kosong(dokumen, bagian, bool(dokumen.jabatan)) or ""


def rencana_bagian(
    dokumen: Dokumen,
    bagian: Collection[str] | None = None,
    jabatan_ids: Collection[str] | None = None,
) -> Rencana:
    """The parts to print (None = every part of the shape); IkiError when none has content."""
    semua = BAGIAN + BAGIAN_TAMBAHAN
    if bagian is not None:
        unknown = [b for b in bagian if b not in semua]
        if unknown:
            raise IkiError(
                f"Bagian '{', '.join(unknown)}' tidak dikenal; pilih dari: {', '.join(semua)}."
            )
        if not any(b in semua for b in bagian):
            raise IkiError("Pilih sedikitnya satu bagian untuk dicetak.")
    diminta = [b for b in BAGIAN if bagian is None or b in bagian]
    diminta += [b for b in BAGIAN_TAMBAHAN if bagian is not None and b in bagian]
    ada_jabatan = bool(_jabatan(dokumen, jabatan_ids))
    rencana = Rencana(())
    for b in diminta:
        alasan = _alasan_kosong(dokumen, b, ada_jabatan)
        if alasan is None:
            rencana.bagian += (b,)
        elif bagian is not None:
            rencana.dilewati.append(alasan)
    if not rencana.bagian:
        if rencana.dilewati:
            raise IkiError(" ".join(rencana.dilewati) + " Tidak ada yang dicetak.")
        raise IkiError("Dokumen ini belum berisi apa pun untuk dicetak.")
    return rencana


def halaman_pertama_tanpa_nomor(bagian: tuple[str, ...]) -> bool:
    """The kop page of a Keputusan and the cover of a booklet carry no page number."""
    return bool(bagian) and bagian[0] in ("sampul", "keputusan")


@dataclass
class _Susun:
    instansi: Instansi
    dokumen: Dokumen
    gaya: Gaya
    tata: page.Tata
    orient: str
    story: list[Flowable] = field(default_factory=list)

    @property
    def lebar(self) -> float:
        return self.tata.lebar_isi(self.orient)

    def ganti_halaman(self, orient: str) -> None:
        if self.story:
            self.story += [NextPageTemplate(orient), PageBreak()]

    def penutup(self) -> list[Flowable] | None:
        """The closing signature of this shape, or None for none."""
        dok = self.dokumen
        jenis = dok.bentuk.jenis
        if jenis is BentukDokumen.TANPA_TTD:
            return None
        if jenis is BentukDokumen.KEPUTUSAN:
            kep = dok.keputusan
            if kep.kosong and not kep.penandatangan.pejabat.nama.strip():
                return None
            return bagian_ttd(kep, self.gaya, self.lebar, tempat_tanggal=False)
        b = dok.bentuk
        penandatangan = b.penandatangan
        if not (penandatangan.pejabat.nama.strip() or penandatangan.jabatan.strip()):
            penandatangan = dok.keputusan.penandatangan
        if jenis is BentukDokumen.BUKU and not (b.tempat.strip() or b.tanggal):
            return None  # a booklet is signed only when it says where and when
        return ttd_tempat(
            b.tempat,
            b.tanggal,
            penandatangan,
            self.gaya,
            self.lebar,
            ditetapkan=b.rumusan is RumusanTempat.DITETAPKAN,
        )


def susun(
    instansi: Instansi,
    dokumen: Dokumen,
    rencana: Rencana,
    jabatan_ids: Collection[str] | None,
    tata: page.Tata,
    progress: Progress | None,
) -> tuple[list[Flowable], str]:
    """Flowables of the printout and the orientation of its first page."""
    pengaturan = instansi.pengaturan
    gaya = buat_gaya(pengaturan.huruf, pengaturan.ukuran_huruf)
    orient = page.MENDATAR if pengaturan.orientasi_tabel is Orientasi.MENDATAR else page.TEGAK
    s = _Susun(instansi, dokumen, gaya, tata, orient)
    bagian = rencana.bagian
    first = {"sampul": page.TEGAK, "keputusan": page.TEGAK, "pohon": page.MENDATAR}.get(
        bagian[0], orient
    )
    if "sampul" in bagian:
        _sampul(s)
    if "keputusan" in bagian:
        s.story += halaman_keputusan(
            instansi,
            dokumen.keputusan,
            gaya,
            tata.lebar_isi(page.TEGAK),
            tata.tinggi_isi(page.TEGAK),
        )
    cetak_iku = "iku" in bagian
    jabatan = _jabatan(dokumen, jabatan_ids) if "iki" in bagian else []
    if cetak_iku or jabatan:
        s.ganti_halaman(orient)
        if dokumen.bentuk.jenis is BentukDokumen.KEPUTUSAN and not dokumen.keputusan.kosong:
            s.story += kepala_lampiran(instansi, dokumen.keputusan, gaya, s.lebar)
    ttd_iku = cetak_iku and bool(dokumen.iku) and pengaturan.ttd_setelah_iku
    if cetak_iku:
        s.story += tabel_cascading(dokumen.cascading, gaya, s.lebar)
        if dokumen.iku:
            s.story += judul_iku(instansi, dokumen, gaya)
            s.story.append(tabel_indikator(dokumen.kolom_iku, dokumen.iku, gaya, s.lebar))
            ttd = s.penutup() if ttd_iku else None
            if ttd is not None:
                s.story.append(ttd)  # type: ignore[arg-type]
    for n, jab in enumerate(jabatan):
        if progress is not None and n % 4 == 0:
            progress(0.3 * n / len(jabatan), f"Menyusun IKI {n + 1} dari {len(jabatan)}")
        if n > 0 or cetak_iku:
            if pengaturan.jabatan_halaman_baru:
                s.story.append(PageBreak())
            else:
                s.story += [Spacer(1, 8 * mm), CondPageBreak(60 * mm)]
        s.story += blok_jabatan(jab, gaya, s.lebar)
        s.story.append(tabel_indikator(dokumen.kolom_iki, jab.sasaran, gaya, s.lebar))
    # The Lampiran's closing signature may be switched off in the print settings; an
    # IKU-only printout already signed under its IKU is not signed twice.
    akhir = pengaturan.ttd_akhir_lampiran or dokumen.bentuk.jenis is not BentukDokumen.KEPUTUSAN
    ada_lampiran = cetak_iku or bool(jabatan)
    ttd = s.penutup() if ada_lampiran and akhir and not (ttd_iku and not jabatan) else None
    if ttd is not None:
        s.story.append(ttd)  # type: ignore[arg-type]
    story = _satukan(s.story, gaya, tata.tinggi_isi(orient))
    if "pohon" in bagian:
        if story:
            story += [NextPageTemplate(page.MENDATAR), PageBreak()]
        story += bagian_penjenjangan(instansi, dokumen, gaya, tata)
    return story, first


def _sampul(s: _Susun) -> None:
    """Cover, then the Visi/Misi/Tujuan and Tugas pages when wanted and filled."""
    lebar, tinggi = s.tata.lebar_isi(page.TEGAK), s.tata.tinggi_isi(page.TEGAK)
    s.story += halaman_sampul(s.instansi, s.dokumen, s.gaya, lebar, tinggi)
    halaman: list[list[Flowable]] = []
    if s.dokumen.bentuk.halaman_visi:
        halaman.append(halaman_visi(s.instansi, s.dokumen, s.gaya, lebar))
    if s.dokumen.bentuk.halaman_tugas:
        halaman.append(halaman_tugas(s.instansi, s.dokumen, s.gaya, lebar))
    for isi in halaman:
        if isi:
            s.story += [NextPageTemplate(page.TEGAK), PageBreak(), *isi]


def _satukan(story: list, gaya: Gaya, tinggi: float) -> list[Flowable]:
    """Tie every indicator table to what must share its last page.

    A table followed by a signature (a list in `story`) keeps at least three lines
    with it; a table followed by a page break or the end keeps at least a quarter
    page on its last page, so that no page carries a scrap of a table.
    """
    out: list[Flowable] = []
    baris_min = 3 * gaya.sel.leading + PADDING_SEL
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
