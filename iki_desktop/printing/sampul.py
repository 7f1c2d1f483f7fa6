"""The booklet's own pages: cover, Visi/Misi/Tujuan and Tugas (as in the Montong booklet)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from iki_desktop.domain.model import Dokumen, GayaDaftar, Instansi
from iki_desktop.domain.penomoran import penanda
from iki_desktop.printing.blok import Baris, butir_gantung, lebar_label, tabel_label
from iki_desktop.printing.escape import markup
from iki_desktop.printing.gaya import Gaya
from iki_desktop.printing.keputusan import GarisGanda, lambang_gambar

LAMBANG_SAMPUL_MM = 40.0


def _unik(items: list[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        x = x.strip()
        if x and x not in out:
            out.append(x)
    return out


def judul_buku(dokumen: Dokumen) -> list[str]:
    """'INDIKATOR KINERJA UTAMA (IKU)' / 'DAN' / '... INDIVIDU (IKI)' / 'TAHUN 2020'."""
    judul = dokumen.judul.strip().upper()
    if judul == "INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU":
        lines = ["INDIKATOR KINERJA UTAMA (IKU)", "DAN", "INDIKATOR KINERJA INDIVIDU (IKI)"]
    else:
        lines = [judul] if judul else []
    return [*lines, f"TAHUN {dokumen.periode or dokumen.tahun}"]


def halaman_sampul(
    instansi: Instansi, dokumen: Dokumen, gaya: Gaya, lebar: float, tinggi: float
) -> list[Flowable]:
    """Title at the top third, the lambang (when the office has one), the office below."""
    besar = gaya.kop_instansi
    out: list[Flowable] = [Spacer(1, tinggi * 0.18)]
    out += [Paragraph(markup(x), besar) for x in judul_buku(dokumen)]
    lambang = lambang_gambar(instansi.lambang, LAMBANG_SAMPUL_MM)
    out.append(Spacer(1, tinggi * 0.14))
    if lambang is not None:
        out += [lambang, Spacer(1, tinggi * 0.08)]
    else:
        out.append(Spacer(1, tinggi * 0.08))
    out.append(Paragraph(markup(instansi.pemerintah.upper()), gaya.kop_pemerintah))
    out.append(Paragraph(markup(instansi.nama_lengkap.upper()), besar))
    out += [Spacer(1, 2 * mm), GarisGanda(lebar), Spacer(1, 2 * mm)]
    alamat = [a.strip() for a in instansi.alamat if a.strip()]
    if instansi.kode_pos.strip() and alamat and instansi.kode_pos not in " ".join(alamat):
        alamat[-1] = f"{alamat[-1]} {instansi.kode_pos.strip()}"
    out += [Paragraph(markup(a), gaya.kop_alamat) for a in alamat]
    return out


def halaman_visi(instansi: Instansi, dokumen: Dokumen, gaya: Gaya, lebar: float) -> list[Flowable]:
    """Visi, Misi and Tujuan of the region, from the cascading table; [] when none."""
    c = dokumen.cascading
    misi = _unik([b.misi for b in c.baris])
    tujuan = _unik([b.tujuan_rpjmd for b in c.baris])
    if not (c.visi.strip() or misi or tujuan):
        return []
    rows: list[Baris] = []
    for label, items in (("Visi", _unik([c.visi])), ("Misi", misi), ("Tujuan", tujuan)):
        if not items:
            continue
        if len(items) == 1:
            rows.append(Baris(label, [Paragraph(markup(items[0]), gaya.teks)]))
            continue
        marks = [penanda(n, GayaDaftar.ANGKA) for n in range(1, len(items) + 1)]
        flows = butir_gantung(items, marks, gaya)
        rows.append(Baris(label, [flows[0]]))
        rows += [Baris("", [f], titik_dua=False) for f in flows[1:]]
    out: list[Flowable] = [
        Paragraph("VISI, MISI DAN TUJUAN", gaya.judul),
        Paragraph(markup(instansi.pemerintah.upper()), gaya.judul),
        Spacer(1, 8 * mm),
    ]
    out.append(tabel_label(rows, gaya, lebar, lebar_label(["Tujuan"], gaya, 20), spasi=4))
    return out


def halaman_tugas(instansi: Instansi, dokumen: Dokumen, gaya: Gaya, lebar: float) -> list[Flowable]:
    """TUGAS DAN FUNGSI of the head of the office (the first jabatan); [] when empty."""
    urut = dokumen.jabatan_urut()
    if not urut:
        return []
    kepala = urut[0]
    tugas_butir = [t.strip() for t in kepala.tugas_butir if t.strip()]
    fungsi = [f.strip() for f in kepala.fungsi if f.strip()]
    if not (kepala.tugas.strip() or tugas_butir or fungsi):
        return []
    nama = (kepala.nama.strip() or instansi.jenis.kepala).upper()
    out: list[Flowable] = [
        Paragraph("TUGAS DAN FUNGSI", gaya.judul),
        Paragraph(markup(f"{instansi.nama_lengkap} {instansi.daerah}".upper()), gaya.judul),
        Spacer(1, 8 * mm),
    ]
    if kepala.tugas.strip():
        out += [Paragraph(markup(kepala.tugas.strip()), gaya.teks), Spacer(1, 4 * mm)]
    for judul, items, gaya_daftar in (
        (f"TUGAS {nama}:", tugas_butir, kepala.gaya_tugas),
        (f"FUNGSI {nama}:", fungsi, kepala.gaya_fungsi),
    ):
        if not items:
            continue
        marks = [penanda(n, gaya_daftar) for n in range(1, len(items) + 1)]
        out.append(Paragraph(f"<b>{markup(judul)}</b>", gaya.kiri))
        out.append(Spacer(1, 2 * mm))
        out += butir_gantung(items, marks, gaya)
        out.append(Spacer(1, 4 * mm))
    return out
