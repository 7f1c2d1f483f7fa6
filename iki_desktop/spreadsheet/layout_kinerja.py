"""The targets-and-realisasi part of an exported workbook.

Column keys of the yearly-cycle fields (`target`, `baseline`, `target_tw1..4`,
`realisasi_tw1..4`) read and written as text, and the "Target & Realisasi" sheet:
one row per indikator of the IKU and of every jabatan, so an office can fill targets
and quarterly realisasi in Excel and import them back (import_own.py applies edited
cells through `atur_nilai`).
"""

from __future__ import annotations

from iki_desktop.domain.kinerja import JUMLAH_TW, NAMA_TW
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.spreadsheet.cells import jumlah_baris, tinggi_untuk
from iki_desktop.spreadsheet.layout import Lembar, Penyusun, Sel

LEMBAR_TARGET = "Target & Realisasi"

KUNCI_KINERJA = (
    "target",
    "baseline",
    *(f"target_tw{n}" for n in range(1, JUMLAH_TW + 1)),
    *(f"realisasi_tw{n}" for n in range(1, JUMLAH_TW + 1)),
)

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


def _tw(kunci: str) -> int:
    return int(kunci[-1]) - 1


def nilai(ind: Indikator, kunci: str) -> str | None:
    """Text of a yearly-cycle column, or None for a key that is not one."""
    k = ind.kinerja
    if kunci == "target":
        return k.target
    if kunci == "baseline":
        return k.baseline
    if kunci.startswith("target_tw") and kunci in KUNCI_KINERJA:
        return k.target_tw[_tw(kunci)]
    if kunci.startswith("realisasi_tw") and kunci in KUNCI_KINERJA:
        return ind.realisasi[_tw(kunci)]
    return None


def atur_nilai(ind: Indikator, kunci: str, teks: str) -> bool:
    """Write an edited cell into the indikator; False for a key that is not ours."""
    teks = teks.strip()
    if kunci == "target":
        ind.kinerja.target = teks
    elif kunci == "baseline":
        ind.kinerja.baseline = teks
    elif kunci.startswith("target_tw") and kunci in KUNCI_KINERJA:
        ind.kinerja.target_tw[_tw(kunci)] = teks
    elif kunci.startswith("realisasi_tw") and kunci in KUNCI_KINERJA:
        ind.realisasi[_tw(kunci)] = teks
    else:
        return False
    return True


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
            teks, target = nilai(ind, kunci) or "", f"ind:{ind.id}:{kunci}"
        gaya = "isi" if kunci in ("tabel", "sasaran", "indikator") else "isi_tengah"
        p.tambah(Sel(row, c, teks, gaya, target))
        p.butuh(row, tinggi_untuk(jumlah_baris(teks, lebar)))
    p.row += 1
