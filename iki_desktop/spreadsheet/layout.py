"""Layout plan of an exported workbook, as plain data.

`rencana_buku(instansi, dokumen)` decides every sheet, cell text, merge, width and
height without touching openpyxl. The exporter writes the plan; the importer of our
own files rebuilds the plan from the hidden data copy and compares it with the
visible cells to find what a person edited (see import_own.py). One function for
both sides keeps "what we wrote" and "what we expect to read" identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.formula import formula_ke_teks
from iki_desktop.domain.kolom_kinerja import nilai_kolom
from iki_desktop.domain.model import (
    Dokumen,
    GayaDaftar,
    Indikator,
    Instansi,
    Jabatan,
    Kolom,
    Orientasi,
    Sasaran,
    kolom_iki_bawaan,
    kolom_iku_bawaan,
)
from iki_desktop.domain.penomoran import penanda
from iki_desktop.spreadsheet.cells import jumlah_baris, tinggi_untuk

LEMBAR_INDEKS = "Indeks"
LEMBAR_IKU = "IKU"
LEMBAR_DATA = "_data"

LEBAR_KOLOM = {
    "no": 5.0,
    "sasaran": 30.0,
    "indikator": 30.0,
    "satuan": 10.0,
    "formula": 42.0,
    "sumber_data": 22.0,
    "penanggung_jawab": 20.0,
    "catatan": 20.0,
    "target": 10.0,
    "baseline": 10.0,
    "target_tw1": 9.0,
    "target_tw2": 9.0,
    "target_tw3": 9.0,
    "target_tw4": 9.0,
}
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Sel:
    row: int
    col: int
    teks: str
    gaya: str = "isi"  # judul | subjudul | label | kepala | isi | isi_tengah
    target: str | None = None  # "ind:<id>:formula", "sas:<id>:teks", "jab:<id>:fungsi:2"…
    row2: int | None = None
    col2: int | None = None


@dataclass
class Lembar:
    judul: str
    jenis: str  # indeks | iku | iki | target
    sel: list[Sel] = field(default_factory=list)
    lebar: list[float] = field(default_factory=list)
    tinggi: dict[int, float] = field(default_factory=dict)
    baris_kepala: int | None = None
    baris_akhir: int = 0
    orientasi: Orientasi = Orientasi.TEGAK
    jabatan_id: str | None = None


def nama_lembar(nama: str, terpakai: set[str]) -> str:
    """A valid, unique sheet name: ≤ 31 chars, none of []:*?/\\, de-duplicated with ' (2)'."""
    base = _SHEET_BAD.sub("-", nama).strip().strip("'") or "Lembar"
    base = re.sub(r"\s+", " ", base)[:31].rstrip()
    kandidat = base
    n = 2
    while kandidat.lower() in terpakai or kandidat.lower() == "history":
        akhiran = f" ({n})"
        kandidat = base[: 31 - len(akhiran)].rstrip() + akhiran
        n += 1
    terpakai.add(kandidat.lower())
    return kandidat


def teks_kolom(ind: Indikator, kunci: str) -> str:
    if kunci == "indikator":
        return ind.teks
    if kunci == "formula":
        return formula_ke_teks(ind.formula)
    tahunan = nilai_kolom(ind, kunci)
    return tahunan if tahunan is not None else str(getattr(ind, kunci, ""))


def _panjang_gabung(items: list[Indikator], i: int, kunci: str) -> int:
    """How many indicators after the i-th share its cell in column `kunci`."""
    n = 0
    while i + n + 1 < len(items) and kunci in items[i + n + 1].gabung:
        n += 1
    return n


def butir(items: list[str], gaya: GayaDaftar) -> list[str]:
    return [f"{penanda(i, gaya)} {t}".strip() for i, t in enumerate(items, start=1)]


class Penyusun:
    """Accumulates the cells of one sheet and the heights its rows need."""

    def __init__(self, lembar: Lembar) -> None:
        self.l = lembar
        self.row = 1

    def tambah(self, sel: Sel) -> None:
        self.l.sel.append(sel)

    def butuh(self, row: int, tinggi: float) -> None:
        self.l.tinggi[row] = max(self.l.tinggi.get(row, 0.0), tinggi)

    def lebar_rentang(self, col1: int, col2: int) -> float:
        return sum(self.l.lebar[col1 - 1 : col2])

    def baris_penuh(self, teks: str, gaya: str, target: str | None = None) -> None:
        """One line of text merged across all table columns."""
        last = len(self.l.lebar)
        self.tambah(Sel(self.row, 1, teks, gaya, target, self.row, last))
        ukuran = 12.0 if gaya == "judul" else 10.0
        self.butuh(self.row, tinggi_untuk(jumlah_baris(teks, self.lebar_rentang(1, last)), ukuran))
        self.row += 1

    def tabel(self, kolom: list[Kolom], sasaran: list[Sasaran], prefix_target: bool = True) -> None:
        self.l.baris_kepala = self.row
        for c, k in enumerate(kolom, start=1):
            self.tambah(Sel(self.row, c, k.judul, "kepala"))
            self.butuh(self.row, tinggi_untuk(jumlah_baris(k.judul, self.l.lebar[c - 1] - 1)))
        self.row += 1
        grup_cols = [c for c, k in enumerate(kolom, start=1) if k.kunci in ("no", "sasaran")]
        for nomor, s in enumerate(sasaran, start=1):
            n = max(1, len(s.indikator))
            first, last = self.row, self.row + n - 1
            grup_butuh = 0.0
            for c, k in enumerate(kolom, start=1):
                if k.kunci not in ("no", "sasaran"):
                    continue
                teks = str(nomor) if k.kunci == "no" else s.teks
                target = None if k.kunci == "no" else f"sas:{s.id}:teks"
                gaya = "isi_tengah" if k.kunci == "no" else "isi"
                self.tambah(Sel(first, c, teks, gaya, target, last, c))
                grup_butuh = max(grup_butuh, tinggi_untuk(jumlah_baris(teks, self.l.lebar[c - 1])))
            runs: list[tuple[int, int, float]] = []
            for i in range(n):
                r = first + i
                ind = s.indikator[i] if i < len(s.indikator) else None
                for c, k in enumerate(kolom, start=1):
                    if c in grup_cols or (ind is not None and k.kunci in ind.gabung and i > 0):
                        continue  # inside a merged run: written with the run's first cell
                    teks = teks_kolom(ind, k.kunci) if ind else ""
                    target = f"ind:{ind.id}:{k.kunci}" if ind else None
                    akhir = r + _panjang_gabung(s.indikator, i, k.kunci) if ind else r
                    butuh = tinggi_untuk(jumlah_baris(teks, self.l.lebar[c - 1]))
                    if akhir > r:
                        self.tambah(Sel(r, c, teks, "isi", target, akhir, c))
                        runs.append((r, akhir, butuh))
                    else:
                        self.tambah(Sel(r, c, teks, "isi", target))
                        self.butuh(r, butuh)
                self.butuh(r, tinggi_untuk(1))
            # A merged cell (sasaran, shared value) must fit within the rows it spans.
            for a, b, butuh in [(first, last, grup_butuh), *runs]:
                punya = sum(self.l.tinggi.get(r, 0.0) for r in range(a, b + 1))
                if butuh > punya:
                    self.l.tinggi[b] = self.l.tinggi.get(b, 0.0) + (butuh - punya)
            self.row = last + 1
        self.l.baris_akhir = self.row - 1


def _lebar_tabel(kolom: list[Kolom]) -> list[float]:
    return [LEBAR_KOLOM.get(k.kunci, 20.0) for k in kolom]


def lembar_iku(instansi: Instansi, dok: Dokumen, judul: str) -> Lembar:
    kolom = dok.kolom_iku or kolom_iku_bawaan()
    lembar = Lembar(judul, "iku", lebar=_lebar_tabel(kolom))
    lembar.orientasi = instansi.pengaturan.orientasi_tabel
    p = Penyusun(lembar)
    p.baris_penuh("INDIKATOR KINERJA UTAMA", "judul")
    p.baris_penuh(f"{instansi.nama_lengkap.upper()} TAHUN {dok.periode or dok.tahun}", "subjudul")
    p.row += 1
    p.tabel(kolom, dok.iku)
    return lembar


def lembar_iki(instansi: Instansi, dok: Dokumen, j: Jabatan, judul: str) -> Lembar:
    kolom = dok.kolom_iki or kolom_iki_bawaan()
    lembar = Lembar(judul, "iki", lebar=_lebar_tabel(kolom), jabatan_id=j.id)
    lembar.orientasi = instansi.pengaturan.orientasi_tabel
    p = Penyusun(lembar)
    p.baris_penuh("INDIKATOR KINERJA INDIVIDU", "judul")
    p.row += 1
    p.baris_penuh(f"JABATAN : {j.judul}", "label", f"jab:{j.id}:judul")
    if j.tugas or not j.tugas_butir:
        p.baris_penuh(f"TUGAS : {j.tugas}".rstrip(), "teks", f"jab:{j.id}:tugas")
    else:
        p.baris_penuh("TUGAS :", "label")
    for i, teks in enumerate(butir(j.tugas_butir, j.gaya_tugas)):
        p.baris_penuh(teks, "butir", f"jab:{j.id}:tugas_butir:{i}")
    if j.fungsi:
        p.baris_penuh("FUNGSI :", "label")
        for i, teks in enumerate(butir(j.fungsi, j.gaya_fungsi)):
            p.baris_penuh(teks, "butir", f"jab:{j.id}:fungsi:{i}")
    p.row += 1
    p.tabel(kolom, j.sasaran)
    return lembar


def lembar_indeks(
    instansi: Instansi, dok: Dokumen, baris: list[tuple[str, str, str, int, int]]
) -> Lembar:
    lembar = Lembar(LEMBAR_INDEKS, "indeks", lebar=[5.0, 44.0, 40.0, 28.0, 10.0, 10.0])
    p = Penyusun(lembar)
    p.baris_penuh("INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU", "judul")
    info = [
        ("Instansi", instansi.nama_lengkap),
        ("Daerah", instansi.daerah),
        ("Tahun", dok.periode or str(dok.tahun)),
        ("Status", dok.status.label + (f" (Perubahan ke-{dok.revisi})" if dok.revisi else "")),
        ("Keputusan", dok.keputusan.nomor),
    ]
    p.row += 1
    for label, nilai in info:
        p.tambah(Sel(p.row, 1, label, "label", None, p.row, 2))
        p.tambah(Sel(p.row, 3, f": {nilai}", "isi", None, p.row, 6))
        p.butuh(p.row, tinggi_untuk(jumlah_baris(nilai, 78)))
        p.row += 1
    p.row += 1
    lembar.baris_kepala = p.row
    for c, h in enumerate(["NO", "JABATAN", "UNIT KERJA", "LEMBAR", "SASARAN", "INDIKATOR"], 1):
        p.tambah(Sel(p.row, c, h, "kepala"))
    p.butuh(p.row, tinggi_untuk(1))
    p.row += 1
    for i, (nama, unit, lembar_nama, n_sas, n_ind) in enumerate(baris, start=1):
        vals = [str(i), nama, unit, lembar_nama, str(n_sas), str(n_ind)]
        for c, v in enumerate(vals, start=1):
            p.tambah(Sel(p.row, c, v, "isi_tengah" if c in (1, 5, 6) else "isi"))
        p.butuh(p.row, tinggi_untuk(max(jumlah_baris(nama, 44), jumlah_baris(unit, 40))))
        p.row += 1
    lembar.baris_akhir = p.row - 1
    return lembar


def rencana_buku(instansi: Instansi, dok: Dokumen) -> list[Lembar]:
    """Every visible sheet: Indeks, IKU, one IKI sheet per jabatan in tree order."""
    terpakai = {LEMBAR_INDEKS.lower(), LEMBAR_IKU.lower(), LEMBAR_DATA.lower()}
    iki: list[Lembar] = []
    baris_indeks: list[tuple[str, str, str, int, int]] = [
        (
            "IKU (Indikator Kinerja Utama)",
            instansi.nama_lengkap,
            LEMBAR_IKU,
            len(dok.iku),
            sum(len(s.indikator) for s in dok.iku),
        )
    ]
    for n, j in enumerate(dok.jabatan_urut(), start=1):
        judul = nama_lembar(f"{n:02d} {j.nama or 'Jabatan'}", terpakai)
        iki.append(lembar_iki(instansi, dok, j, judul))
        baris_indeks.append((j.nama, j.unit_kerja, judul, len(j.sasaran), j.jumlah_indikator))
    from iki_desktop.spreadsheet import layout_kinerja

    # Targets and realisasi get their own sheet once a Dokumen has any (after the IKI).
    target = []
    if layout_kinerja.ada_kinerja(dok):
        judul = nama_lembar(layout_kinerja.LEMBAR_TARGET, terpakai)
        target.append(layout_kinerja.lembar_target(instansi, dok, judul))
    return [
        lembar_indeks(instansi, dok, baris_indeks),
        lembar_iku(instansi, dok, LEMBAR_IKU),
        *iki,
        *target,
    ]
