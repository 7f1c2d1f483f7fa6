"""Turn the blocks of a legacy document into domain objects (no I/O here).

Rules, learnt from real offices' files (shared/reference):
- headings: `JABATAN :`, `Unit Organisasi :` (name possibly on the next line as
  "( Camat )"), numbered `1. JABATAN`, `TUGAS :` / `Tugas Pokok :`, `FUNGSI :`.
- lists after TUGAS/FUNGSI: Word list paragraphs, "a." / "1." / bullets.
- tables: columns mapped by header text; an IKU table ("utama"/"strategis" in the
  header, or under an IKU title before any jabatan); cascading tables (Misi /
  Tujuan / Sasaran RPJMD …) go to Dokumen.cascading; repeated header rows are
  skipped; a row that is the rest of a row cut by a page break (sasaran and
  indikator empty, or indikator starting in lower case) is joined to the previous
  row; an empty or merged sasaran cell continues the sasaran above.
- a cell holding "a. … b. … c. …" indikator is split when the other cells split
  into the same number of parts.
"""

from __future__ import annotations

import re

from iki_desktop.domain.model import (
    BarisCascading,
    Cascading,
    GayaDaftar,
    Indikator,
    Jabatan,
    Kolom,
    Sasaran,
)
from iki_desktop.spreadsheet.legacy_blok import (
    BATAS_BARIS_TABEL,
    Blok,
    Paragraf,
    SelLama,
    TabelLama,
    ada_penanda,
    baris_penomoran,
    lepas_penanda,
    normal,
    petakan_cascading,
    petakan_kepala,
    rapikan,
)
from iki_desktop.spreadsheet.legacy_cells import isi_indikator
from iki_desktop.spreadsheet.legacy_hasil import HasilUrai
from iki_desktop.spreadsheet.legacy_jabatan import (
    RE_FUNGSI,
    RE_JABATAN,
    RE_JABATAN_SAJA,
    RE_KURUNG,
    RE_TUGAS,
    bersih_nama,
    pisah_nama,
    tabel_label,
)
from iki_desktop.spreadsheet.legacy_periksa import (
    VersiIku,
    buang_iku_ganda,
    periksa_struktur,
    tanda_versi,
    target_terselip,
)
from iki_desktop.spreadsheet.legacy_target import pindahkan_target

_RE_JUDUL = re.compile(
    r"indikator\s+kinerja\s+(?P<jenis>utama|individu)|\b(?P<singkat>iku|iki)\b", re.I
)


class Pengurai:
    def __init__(self) -> None:
        self.h = HasilUrai()
        self.jabatan: Jabatan | None = None
        self.mode: str | None = None  # tugas | fungsi
        self.bagian_iku = False
        self.menunggu_nama = False
        self.tanpa_nama = 0
        self.ada_tugas = False  # TUGAS/FUNGSI text seen outside any jabatan
        self.cascading_iku = 0  # cascading rows read before the last IKU sasaran
        self.no_selalu = True  # every row of the current table so far had a number
        # table state that survives a page-split table (a new w:tbl without header)
        self.peta: dict[int, str] | None = None
        self.peta_iku = False
        self.sasaran: Sasaran | None = None
        self.indikator: Indikator | None = None
        self.mentah: dict[str, dict[str, str]] = {}  # indikator id -> raw cell texts
        self.paragraf_sel: dict[str, dict[str, list[str]]] = {}

    # ------------------------------------------------------------ paragraphs

    def _instansi(self, teks: str) -> None:
        self.h.kenali_instansi(teks)

    def _jabatan_baru(self, nama: str, unit: str) -> Jabatan:
        j = Jabatan(nama=nama, unit_kerja=unit, urutan=len(self.h.jabatan))
        self.h.jabatan.append(j)
        self.jabatan = j
        self.mode = None
        self.peta = None
        self.sasaran = None
        self.indikator = None
        self.bagian_iku = False
        return j

    def paragraf(self, p: Paragraf) -> None:
        teks = p.teks.strip()
        if not teks:
            return
        pertama = teks.split("\n", 1)[0].strip()
        versi = tanda_versi(teks) if self.jabatan is None else None
        if versi:
            self._versi_baru(versi)
            return
        if self.menunggu_nama and self.jabatan is not None:
            self.menunggu_nama = False
            m = RE_KURUNG.match(bersih_nama(pertama))
            if m:
                if self.jabatan.nama:
                    self.jabatan.unit_kerja = self.jabatan.nama
                self.jabatan.nama = bersih_nama(m.group(1))
                return
        m = RE_JABATAN.match(pertama)
        if m and self._lengkapi_kepala(m.group(1).lower(), m["isi"]):
            return
        if m or RE_JABATAN_SAJA.match(pertama):
            isi = m["isi"] if m else ""
            nama, unit = pisah_nama(isi) if isi.strip() else ("", "")
            if m and m.group(1).lower().startswith("unit") and not re.search(r"\(", isi):
                nama, unit = "", bersih_nama(isi)
            self._jabatan_baru(nama, unit)
            self.menunggu_nama = not nama
            return
        m = RE_TUGAS.match(teks)
        if (m or RE_FUNGSI.match(teks)) and self.jabatan is None:
            self.ada_tugas = True
        if m and self.jabatan is not None:
            self.mode = "tugas"
            self._isi_daftar(m["isi"], p, awal=True)
            return
        m = RE_FUNGSI.match(teks)
        if m and self.jabatan is not None:
            self.mode = "fungsi"
            self._isi_daftar(m["isi"], p, awal=True)
            return
        judul = _RE_JUDUL.search(pertama)
        if judul and len(pertama) < 120 and not p.daftar:
            jenis = (judul["jenis"] or judul["singkat"] or "").lower()
            self._instansi(teks)
            if jenis in ("utama", "iku") and "individu" not in pertama.lower():
                self.bagian_iku = True
                self.jabatan = None
            self.mode = None
            return
        if self.menunggu_nama:
            return
        if self.mode and self.jabatan is not None:
            self._isi_daftar(teks, p, awal=False)
            return
        if self.jabatan is None:
            self._instansi(teks)

    def _versi_baru(self, label: str) -> None:
        """A heading like SESUDAH EVALUASI: the IKU read so far is an earlier version."""
        if self.h.iku:
            self._simpan_versi(len(self.h.cascading.baris))
        self.h.label_versi = label
        self.peta = None
        self.sasaran = None
        self.indikator = None
        self.mode = None

    def _simpan_versi(self, batas_cascading: int) -> None:
        """Close the current IKU version; cascading rows from `batas_cascading` on go on."""
        n = len(self.h.iku_versi) + 1
        cascading = Cascading(baris=self.h.cascading.baris[:batas_cascading])
        label = self.h.label_versi or f"IKU ke-{n} dalam dokumen"
        self.h.iku_versi.append(VersiIku(label, self.h.iku, cascading))
        self.h.iku = []
        self.h.cascading = Cascading(baris=self.h.cascading.baris[batas_cascading:])
        self.h.label_versi = ""

    def _ulang_iku(self, sas: str) -> bool:
        """The IKU starts over (its first sasaran again, after others): a later version."""
        iku = self.h.iku
        if not self.peta_iku or len(iku) < 2 or normal(sas) != normal(iku[0].teks):
            return False
        if len(self.h.cascading.baris) <= self.cascading_iku:
            return False  # no cascading block in between: a repeated sasaran, grouped later
        self._simpan_versi(self.cascading_iku)
        self.h.label_versi = f"IKU ke-{len(self.h.iku_versi) + 1} dalam dokumen"
        return True

    def _lengkapi_kepala(self, label: str, isi: str) -> bool:
        """'Unit Organisasi : X' after 'Nama Jabatan : Y' (or the other way round) completes
        the heading of the jabatan just begun instead of starting another one."""
        j = self.jabatan
        if j is None or j.tugas or j.tugas_butir or j.fungsi or j.sasaran or not isi.strip():
            return False
        if label.startswith("unit") and j.nama and not j.unit_kerja and "(" not in isi:
            j.unit_kerja = bersih_nama(isi)
            return True
        if label == "jabatan" and not j.nama and j.unit_kerja:
            j.nama = bersih_nama(isi)
            self.menunggu_nama = False
            return True
        return False

    def _isi_daftar(self, teks: str, p: Paragraf, awal: bool) -> None:
        j = self.jabatan
        assert j is not None
        baris = [b.strip() for b in teks.split("\n") if b.strip()]
        if not baris:
            return
        berdaftar = p.daftar and not awal
        if self.mode == "tugas":
            # A single TUGAS sentence stays running text; several lines make a list.
            if awal and len(baris) == 1 and not ada_penanda(baris[0]):
                j.tugas = baris[0]
                return
            for b in baris:
                isi, gaya = lepas_penanda(b)
                if not j.tugas_butir and (gaya or berdaftar):
                    j.gaya_tugas = p.gaya if berdaftar and p.gaya else gaya or GayaDaftar.HURUF
                if not gaya and not berdaftar and not awal and j.tugas and not j.tugas_butir:
                    j.tugas = f"{j.tugas} {isi}"
                else:
                    j.tugas_butir.append(isi)
        else:
            for b in baris:
                isi, gaya = lepas_penanda(b)
                if not j.fungsi and (gaya or berdaftar):
                    j.gaya_fungsi = p.gaya if berdaftar and p.gaya else gaya or GayaDaftar.HURUF
                j.fungsi.append(isi)

    # ------------------------------------------------------------ tables

    def tabel(self, t: TabelLama) -> None:
        self.mode = None
        if t.dilewati:
            self.h.masalah.append(
                f"Sebuah tabel berisi lebih dari {BATAS_BARIS_TABEL} baris; hanya "
                f"{BATAS_BARIS_TABEL} baris pertama yang dibaca, {t.dilewati} baris sisanya "
                "dilewati. Tabel IKU/IKI sebesar itu tidak wajar: periksa berkasnya."
            )
        label = tabel_label(t.baris) if self.peta is None or len(t.baris) < 8 else None
        if label is not None:
            for baris_teks in label:
                self.paragraf(Paragraf(baris_teks))
            self.mode = None
            return
        peta_indikator_lama = self.peta
        cascading: dict[int, str] | None = None
        setelah_kepala = self.peta is not None  # a table continuing on the next page
        potong = setelah_kepala  # its first row may be the rest of a row cut by the page
        for baris in t.baris:
            teks = [c.teks for c in baris]
            if not any(x.strip() for x in teks):
                continue
            pc = petakan_cascading(teks)
            if pc:
                cascading = pc
                continue
            pk = petakan_kepala(teks)
            if pk:
                self._kepala(pk, teks)
                peta_indikator_lama = self.peta
                cascading = None
                setelah_kepala = True
                potong = False
                continue
            if baris_penomoran(teks):
                continue
            if cascading is not None:
                if self._baris_cascading(baris, cascading):
                    continue
                cascading = None
                self.peta = peta_indikator_lama
                self.sasaran = None
                self.indikator = None
            if self.peta is None:
                if len(t.baris) > 1 and len(baris) >= 3:
                    self.h.peringatan.append(
                        f"Tabel tanpa baris judul kolom dilewati (baris pertama: "
                        f'"{rapikan(" | ".join(x for x in teks if x))[:80]}").'
                    )
                return
            self._baris(baris, setelah_kepala, potong)
            setelah_kepala = potong = False

    def _kepala(self, peta: dict[int, str], teks: list[str]) -> None:
        kunci = " ".join(normal(teks[i]) for i in peta)
        iku = "utama" in kunci or "strategis" in kunci or (self.bagian_iku and self.jabatan is None)
        if self.peta is not None and peta == self.peta and iku == self.peta_iku:
            return  # header repeated after a page break
        self.peta = peta
        self.no_selalu = True
        self.peta_iku = iku
        self.sasaran = None
        self.indikator = None
        kolom = [Kolom(peta[i], rapikan(teks[i])) for i in sorted(peta)]
        if iku and not self.h.kolom_iku:
            self.h.kolom_iku = kolom
        elif not iku and not self.h.kolom_iki:
            self.h.kolom_iki = kolom
        if not iku and self.jabatan is None:
            self.tanpa_nama += 1
            self._jabatan_baru(f"Jabatan tanpa nama {self.tanpa_nama}", "")
            self.peta, self.peta_iku = peta, iku
            self.h.peringatan.append(
                "Ada tabel IKI tanpa baris JABATAN di atasnya; jabatannya dinamai "
                f'"Jabatan tanpa nama {self.tanpa_nama}" — periksa dan ganti namanya.'
            )

    def _baris_cascading(self, baris: list[SelLama], peta: dict[int, str]) -> bool:
        nilai = {k: rapikan(baris[i].teks) for i, k in peta.items() if i < len(baris)}
        awal = next((v for v in nilai.values() if v), "")
        if not re.match(r"^(misi|tujuan|sasaran)\b", awal, re.I) and not self.h.cascading.baris:
            return False
        if self.h.cascading.baris and not re.match(r"^(misi|tujuan|sasaran)\b", awal, re.I):
            return False
        self.h.cascading.baris.append(BarisCascading(**nilai))
        return True

    def _nilai(self, baris: list[SelLama]) -> tuple[dict[str, str], dict[str, SelLama]]:
        assert self.peta is not None
        nilai: dict[str, str] = {}
        sel: dict[str, SelLama] = {}
        for i, kunci in self.peta.items():
            if i >= len(baris) or kunci == "no":
                continue
            c = baris[i]
            teks = c.teks_formula if kunci == "formula" else c.teks
            if kunci in nilai and teks.strip():
                nilai[kunci] = f"{nilai[kunci]}\n{teks}".strip()
            else:
                nilai[kunci] = teks.strip()
                sel[kunci] = c
        return nilai, sel

    def _daftar_sasaran(self) -> list[Sasaran]:
        if self.peta_iku:
            return self.h.iku
        assert self.jabatan is not None
        return self.jabatan.sasaran

    def _no_kosong(self, baris: list[SelLama]) -> bool | None:
        """Whether the NO cell of the row is empty; None when the table has no NO column."""
        assert self.peta is not None
        i = next((i for i, k in self.peta.items() if k == "no"), None)
        if i is None or i >= len(baris):
            return None
        return not baris[i].teks.strip()

    def _baris(self, baris: list[SelLama], setelah_kepala: bool, potong: bool = False) -> None:
        nilai, sel = self._nilai(baris)
        no_kosong = self._no_kosong(baris)
        sas = nilai.get("sasaran", "")
        ind = nilai.get("indikator", "")
        lain = {k: v for k, v in nilai.items() if k not in ("sasaran", "indikator") and v}
        if not sas and not ind and not lain:
            return
        ind_kecil = bool(ind) and ind[:1].islower() and not ada_penanda(ind)
        sas_kecil = bool(sas) and sas[:1].islower() and not ada_penanda(sas)
        # A table numbering every row: an unnumbered first row after a page break, without
        # a sasaran, is the rest of the last row (PDF and hand-cut tables).
        sisa_baris = potong and no_kosong is True and self.no_selalu and not sas
        lanjut = self.indikator is not None and (
            (not sas and not ind)
            or ind_kecil
            or (setelah_kepala and sas_kecil and not ind)
            or sisa_baris
        )
        if lanjut:
            assert self.indikator is not None and self.sasaran is not None
            if sas and not sel["sasaran"].lanjutan:
                self.sasaran.teks = f"{self.sasaran.teks} {sas}".strip()
            mentah = self.mentah[self.indikator.id]
            for k, v in nilai.items():
                if k == "sasaran" or not v:
                    continue
                pemisah = (
                    "\n" if k in ("sumber_data", "penanggung_jawab") or k == "formula" else " "
                )
                mentah[k] = f"{mentah.get(k, '')}{pemisah}{v}".strip()
                self.paragraf_sel[self.indikator.id].setdefault(k, []).extend(
                    sel[k].paragraf if k in sel else [v]
                )
            return
        if no_kosong is not None:
            self.no_selalu = self.no_selalu and not no_kosong
        daftar = self._daftar_sasaran()
        sama = self.sasaran is not None and rapikan(sas) == rapikan(self.sasaran.teks)
        if sas and not sama:
            if self._ulang_iku(sas):
                daftar = self.h.iku
            self.sasaran = Sasaran(teks=rapikan(sas))
            daftar.append(self.sasaran)
            if self.peta_iku:
                self.cascading_iku = len(self.h.cascading.baris)
        elif self.sasaran is None:
            self.sasaran = Sasaran(teks="")
            daftar.append(self.sasaran)
            self.h.peringatan.append(
                f'Indikator "{rapikan(ind)[:60]}" tidak punya sasaran; dibuat sasaran kosong.'
            )
        if not ind and not lain:
            self.indikator = None
            return
        self.indikator = Indikator()
        self.sasaran.indikator.append(self.indikator)
        self.mentah[self.indikator.id] = dict(nilai)
        self.paragraf_sel[self.indikator.id] = {k: list(c.paragraf) for k, c in sel.items()}

    # ------------------------------------------------------------ finishing

    def selesai(self) -> HasilUrai:
        versi = [
            (v.iku, v.label if v.label.startswith("IKU") else f"IKU {v.label}")
            for v in self.h.iku_versi
        ]
        for daftar, pemilik in [(self.h.iku, "IKU"), *versi] + [
            (j.sasaran, j.nama) for j in self.h.jabatan
        ]:
            for s in daftar:
                baru: list[Indikator] = []
                for ind in s.indikator:
                    baru.extend(
                        isi_indikator(
                            ind.id,
                            self.mentah.get(ind.id, {}),
                            self.paragraf_sel.get(ind.id, {}),
                            pemilik,
                            self.h.peringatan,
                        )
                    )
                for ind in baru:
                    if not target_terselip(ind.formula):
                        continue
                    angka = pindahkan_target(ind)
                    if angka is not None:
                        self.h.peringatan.append(
                            f'{pemilik}: penjelasan "{ind.teks[:50]}" diakhiri angka target '
                            f'("= {angka}"); angka itu dipindahkan ke kolom target.'
                        )
                    else:
                        self.h.peringatan.append(
                            f'{pemilik}: penjelasan "{ind.teks[:50]}" diakhiri angka ("= …") '
                            "yang berbeda dari targetnya; dibiarkan di penjelasan, periksa."
                        )
                s.indikator = baru
        self.h.iku = buang_iku_ganda(self.h.iku, self.h.peringatan)
        self.h.masalah.extend(periksa_struktur(self.h.iku, self.h.jabatan, self.ada_tugas))
        for j in self.h.jabatan:
            if not j.nama:
                self.tanpa_nama += 1
                j.nama = f"Jabatan tanpa nama {self.tanpa_nama}"
                self.h.peringatan.append(f"Nama jabatan ke-{j.urutan + 1} tidak terbaca.")
        return self.h


def urai(blok: list[Blok]) -> HasilUrai:
    p = Pengurai()
    for b in blok:
        if isinstance(b, Paragraf):
            p.paragraf(b)
        elif isinstance(b, TabelLama):
            p.tabel(b)
        else:
            p.h.peringatan.extend(b.peringatan)
    return p.selesai()


__all__ = ["HasilUrai", "Pengurai", "urai"]
