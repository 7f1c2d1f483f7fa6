"""The targets-and-realisasi part of an exported workbook.

Column keys of the yearly-cycle fields are read and written through
domain.kolom_kinerja; this module adds the "Target & Realisasi" sheet:
one row per indikator of the IKU and of every jabatan, so an office can fill targets
and quarterly realisasi in Excel and import them back (import_own.py applies edited
cells through domain.kolom_kinerja.atur_kolom).
"""

from __future__ import annotations

from iki_desktop.domain.kinerja import NAMA_TW
from iki_desktop.domain.kolom_kinerja import nilai_kolom
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.spreadsheet.cells import jumlah_baris, tinggi_untuk
from iki_desktop.spreadsheet.layout import Lembar, Penyusun, Sel

LEMBAR_TARGET = "Target & Realisasi"

_KOLOM = [
    ("no", "NO", 5.0),
    ("tabel", "IKU / JABATAN", 24.0),
    ("sasaran", "SASARAN", 28.0),
    ("indikator", "INDIKATOR KINERJA", 30.0),
    ("satuan", "SATUAN", 10.0),
    ("target", "TARGET", 10.0),
    ("baseline", "BASELINE", 10.0),
    *((f"target_tw{n}", f"TARGET {t}", 9.0) for n, t in enumerate(NAMA_TW, start=1)),
    *((f"realisasi_tw{n}", f"REALISASI {t}", 10.0) for n, t in enumerate(NAMA_TW, start=1)),
]


def ada_kinerja(dok: Dokumen) -> bool:
    semua = dok.iku + [s for j in dok.jabatan for s in j.sasaran]
    return any(
        not i.kinerja.kosong or any(r.strip() for r in i.realisasi)
        for s in semua
        for i in s.indikator
    )


def lembar_target(instansi: Instansi, dok: Dokumen, judul: str = LEMBAR_TARGET) -> Lembar:
    lembar = Lembar(judul, "target", lebar=[lebar for _, _, lebar in _KOLOM])
    lembar.orientasi = instansi.pengaturan.orientasi_tabel
    p = Penyusun(lembar)
    p.baris_penuh("TARGET DAN REALISASI KINERJA", "judul")
    p.baris_penuh(f"{instansi.nama_lengkap.upper()} TAHUN {dok.periode or dok.tahun}", "subjudul")
    p.row += 1
    p.l.baris_kepala = p.row
    for c, (_, judul, lebar) in enumerate(_KOLOM, start=1):
        p.tambah(Sel(p.row, c, judul, "kepala"))
        p.butuh(p.row, tinggi_untuk(jumlah_baris(judul, lebar - 1)))
    p.row += 1
    kelompok: list[tuple[str, list[Sasaran]]] = [("IKU", dok.iku)]
    kelompok += [(j.judul, j.sasaran) for j in dok.jabatan_urut()]
    nomor = 0
    for tabel, daftar in kelompok:
        for s in daftar:
            for ind in s.indikator:
                nomor += 1
                _baris(p, nomor, tabel, s, ind)
    p.l.baris_akhir = p.row - 1
    return lembar


def _baris(p: Penyusun, nomor: int, tabel: str, s: Sasaran, ind: Indikator) -> None:
    row = p.row
    for c, (kunci, _, lebar) in enumerate(_KOLOM, start=1):
        target = None
        if kunci == "no":
            teks = str(nomor)
        elif kunci == "tabel":
            teks = tabel
        elif kunci == "sasaran":
            teks = s.teks
        elif kunci == "indikator":
            teks = ind.teks
        elif kunci == "satuan":
            teks, target = ind.satuan, f"ind:{ind.id}:satuan"
        else:
            teks, target = nilai_kolom(ind, kunci) or "", f"ind:{ind.id}:{kunci}"
        gaya = "isi" if kunci in ("tabel", "sasaran", "indikator") else "isi_tengah"
        p.tambah(Sel(row, c, teks, gaya, target))
        p.butuh(row, tinggi_untuk(jumlah_baris(teks, lebar)))
    p.row += 1
