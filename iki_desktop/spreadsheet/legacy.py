"""Impor dokumen lama: existing IKU/IKI in Word (.docx) or Excel (.xlsx).

Two steps, so the GUI can show a preview before anything is written:

    pratinjau = baca_dokumen_lama(path)        # parse only; writes nothing
    dokumen = terapkan(store, pratinjau, tahun=2026)   # one transaction, a new Draf

`Pratinjau` lists the recognised instansi/tahun, every jabatan with its sasaran and
indikator counts, the IKU count and Indonesian warnings for what could not be placed.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import (
    Bentuk,
    BentukDokumen,
    Dokumen,
    Instansi,
    JenisDaerah,
    JenisInstansi,
    StatusDokumen,
    kolom_iki_bawaan,
    kolom_iku_bawaan,
)
from iki_desktop.spreadsheet.legacy_bentuk import BentukLama, kenali_bentuk, pisah_ttd
from iki_desktop.spreadsheet.legacy_docx import baca_blok_docx
from iki_desktop.spreadsheet.legacy_parse import HasilUrai, urai
from iki_desktop.spreadsheet.legacy_pdf import baca_blok_pdf
from iki_desktop.spreadsheet.legacy_versi import rangkai_versi
from iki_desktop.spreadsheet.legacy_xlsx import baca_blok_xlsx
from iki_desktop.spreadsheet.safety import MAGIC_PDF, periksa_berkas

if TYPE_CHECKING:
    from iki_desktop.store import Store


@dataclass
class RingkasanJabatan:
    nama: str
    unit_kerja: str
    jumlah_sasaran: int
    jumlah_indikator: int
    jumlah_fungsi: int
    ada_tugas: bool


@dataclass
class Pratinjau:
    berkas: str
    jenis_berkas: str  # "docx" | "xlsx" | "pdf"
    nama_instansi: str
    jenis_instansi: str  # "kecamatan" | "kelurahan" | ""
    nama_daerah: str
    jenis_daerah: str  # "kabupaten" | "kota" | ""
    tahun: int | None
    jumlah_sasaran_iku: int
    jumlah_indikator_iku: int
    jabatan: list[RingkasanJabatan] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)
    masalah: list[str] = field(default_factory=list)  # structure doubts: ask before import
    versi_iku: list[str] = field(default_factory=list)  # "LABEL: n sasaran, m indikator"
    hasil: HasilUrai = field(default_factory=HasilUrai, repr=False)
    bentuk: BentukLama = field(default_factory=BentukLama)  # the print shape found

    @property
    def jumlah_indikator(self) -> int:
        return self.jumlah_indikator_iku + sum(j.jumlah_indikator for j in self.jabatan)

    def teks(self) -> str:
        """The preview as Indonesian text (CLI dry run)."""
        baris = [f"Berkas      : {self.berkas}"]
        if self.masalah:
            baris.append("PERHATIAN — susunan dokumen mungkin tidak terbaca dengan benar:")
            baris.extend(f"  ! {m}" for m in self.masalah)
        instansi = " ".join(x for x in (self.jenis_instansi.capitalize(), self.nama_instansi) if x)
        daerah = " ".join(x for x in (self.jenis_daerah.capitalize(), self.nama_daerah) if x)
        baris.append(
            f"Instansi    : {instansi or '(tidak dikenali)'}" + (f", {daerah}" if daerah else "")
        )
        baris.append(f"Tahun       : {self.tahun or '(tidak dikenali; isi dengan --tahun)'}")
        baris.append(f"Bentuk      : {self.bentuk.teks()}")
        baris.append(
            f"IKU         : {self.jumlah_sasaran_iku} sasaran, {self.jumlah_indikator_iku} indikator"
        )
        if self.versi_iku:
            baris.append(
                f"Versi IKU   : {len(self.versi_iku)} versi; diimpor sebagai dokumen asli dan "
                "perubahannya, yang berlaku versi terakhir:"
            )
            baris.extend(f"  {i}. {v}" for i, v in enumerate(self.versi_iku, start=1))
        baris.append(
            f"Jabatan     : {len(self.jabatan)}; indikator seluruhnya {self.jumlah_indikator}"
        )
        for i, j in enumerate(self.jabatan, start=1):
            nama = j.nama + (f" — {j.unit_kerja}" if j.unit_kerja else "")
            baris.append(
                f"  {i:2d}. {nama}: {j.jumlah_sasaran} sasaran, {j.jumlah_indikator} indikator, "
                f"{j.jumlah_fungsi} fungsi{'' if j.ada_tugas else ', tanpa tugas'}"
            )
        if self.peringatan:
            baris.append("Peringatan:")
            baris.extend(f"  - {p}" for p in self.peringatan)
        return "\n".join(baris)


def _tahun_dari_nama(path: Path) -> int | None:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", path.stem)
    return int(m.group(1)) if m else None


def _pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(1024).lstrip().startswith(MAGIC_PDF)
    except OSError:
        return False


def baca_dokumen_lama(path: str | Path) -> Pratinjau:
    """Parse a legacy .docx/.xlsx/.pdf into a preview. Raises IkiError; never writes."""
    p = Path(path)
    jenis = "pdf" if _pdf(p) else periksa_berkas(p).jenis
    try:
        if jenis == "pdf":
            blok = baca_blok_pdf(p)
        else:
            blok = baca_blok_docx(p) if jenis == "docx" else baca_blok_xlsx(p)
    except IkiError:
        raise
    except Exception as exc:  # the libraries raise many types on damaged parts
        raise IkiError(
            f"Berkas {p.name} tidak dapat dibaca: bagian dalamnya rusak. Buka di "
            "Word/Excel, simpan ulang, lalu coba lagi."
        ) from exc
    blok = pisah_ttd(blok)
    hasil = urai(blok)
    if not hasil.jabatan and not hasil.iku:
        raise IkiError(
            f"Tidak ditemukan tabel IKU/IKI pada berkas {p.name}. Tabel harus punya baris judul "
            "kolom seperti INDIKATOR KINERJA, PENJELASAN/FORMULASI PERHITUNGAN, SUMBER DATA."
        )
    return Pratinjau(
        berkas=p.name,
        jenis_berkas=jenis,
        nama_instansi=hasil.nama_instansi,
        jenis_instansi=hasil.jenis_instansi,
        nama_daerah=hasil.nama_daerah,
        jenis_daerah=hasil.jenis_daerah,
        tahun=hasil.tahun or _tahun_dari_nama(p),
        jumlah_sasaran_iku=len(hasil.iku),
        jumlah_indikator_iku=sum(len(s.indikator) for s in hasil.iku),
        jabatan=[
            RingkasanJabatan(
                j.nama,
                j.unit_kerja,
                len(j.sasaran),
                j.jumlah_indikator,
                len(j.fungsi),
                bool(j.tugas or j.tugas_butir),
            )
            for j in hasil.jabatan
        ],
        peringatan=list(hasil.peringatan),
        masalah=list(hasil.masalah),
        versi_iku=_versi_iku(hasil),
        hasil=hasil,
        bentuk=kenali_bentuk(blok, hasil),
    )


def _versi_iku(hasil: HasilUrai) -> list[str]:
    if not hasil.iku_versi:
        return []
    semua = [(v.label, v.iku) for v in hasil.iku_versi]
    semua.append((hasil.label_versi or "Versi terakhir", hasil.iku))
    return [
        f"{label}: {len(iku)} sasaran, {sum(len(s.indikator) for s in iku)} indikator"
        for label, iku in semua
    ]


def buat_versi(pratinjau: Pratinjau, tahun: int | None = None) -> list[Dokumen]:
    """Every version the document holds, oldest first; the last one is in force."""
    dok = buat_dokumen(pratinjau, tahun)
    h = pratinjau.hasil
    if not h.iku_versi:
        return [dok]
    versi = rangkai_versi(dok, [(v.iku, v.cascading) for v in h.iku_versi], (h.iku, h.cascading))
    for v in versi:
        v.cascading.visi = v.cascading.visi or dok.cascading.visi
    return versi


def buat_dokumen(pratinjau: Pratinjau, tahun: int | None = None) -> Dokumen:
    """A new Draf Dokumen from the preview (fresh ids; jabatan as a flat list of roots)."""
    tahun = tahun or pratinjau.tahun
    if not tahun:
        raise IkiError("Tahun dokumen belum diketahui; pilih tahunnya terlebih dahulu.")
    if not 1990 <= tahun <= 2100:
        raise IkiError(f"Tahun {tahun} tidak wajar.")
    h = pratinjau.hasil
    dok = Dokumen(tahun=tahun, status=StatusDokumen.DRAF)
    dok.kolom_iku = list(h.kolom_iku) or kolom_iku_bawaan()
    dok.kolom_iki = list(h.kolom_iki) or kolom_iki_bawaan()
    dok.cascading = h.cascading
    dok.iku = h.iku
    for i, j in enumerate(h.jabatan):
        j.urutan = i
        j.parent_id = None
    dok.jabatan = h.jabatan
    _pasang_bentuk(dok, pratinjau.bentuk)
    return dok


def _pasang_bentuk(dok: Dokumen, lama: BentukLama) -> None:
    """The shape found; a Keputusan's signature goes to the Keputusan's signer."""
    b = copy.deepcopy(lama.bentuk)
    if b.jenis is BentukDokumen.KEPUTUSAN:
        dok.keputusan = copy.deepcopy(lama.keputusan)
        dok.keputusan.tempat, dok.keputusan.tanggal = b.tempat, b.tanggal
        dok.keputusan.penandatangan = b.penandatangan
        b = Bentuk()
    if lama.visi and not dok.cascading.visi:
        dok.cascading.visi = lama.visi
    dok.bentuk = b


def instansi_usulan(pratinjau: Pratinjau) -> Instansi:
    inst = Instansi(nama=pratinjau.nama_instansi or "Tanpa Nama")
    if pratinjau.jenis_instansi == "kelurahan":
        inst.jenis = JenisInstansi.KELURAHAN
    if pratinjau.jenis_daerah == "kota":
        inst.jenis_daerah = JenisDaerah.KOTA
    inst.nama_daerah = pratinjau.nama_daerah
    return inst


def terapkan(
    store: Store, pratinjau: Pratinjau, tahun: int | None = None, instansi: Instansi | None = None
) -> Dokumen:
    """Write the preview as a new Draf Dokumen through store.import_dokumen (one transaction).

    A document with several IKU versions becomes the original and its Perubahan (see
    legacy_versi); the one returned is the last, the version in force.

    The Instansi is `instansi` if given, else the database's Instansi with the same name,
    else its only Instansi, else a new one from the recognised name.
    """
    versi = buat_versi(pratinjau, tahun)
    if instansi is None:
        semua = store.list_instansi()
        nama = pratinjau.nama_instansi.lower()
        cocok = [i for i in semua if nama and i.nama.lower() == nama]
        if cocok:
            instansi = cocok[0]
        elif len(semua) == 1 and not nama:
            instansi = semua[0]
        else:
            instansi = instansi_usulan(pratinjau)
    with store.transaction():
        for dok in versi:
            dok.instansi_id = instansi.id
            store.import_dokumen(instansi, dok)
    return versi[-1]
