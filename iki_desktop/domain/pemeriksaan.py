"""Check rules (Pemeriksaan) over a Dokumen and its Instansi.

Pure functions returning `Masalah` records for the check panel. `memblokir` marks
the problems that must be fixed before Penetapan: a Keputusan without nomor,
tanggal or signer, an invalid signer NIP, and sasaran/indikator rows without text
(they would print as empty cells in a signed document). Everything else is a
warning or an error the office may still choose to print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, Jabatan, Sasaran
from iki_desktop.domain.nip import periksa_nip
from iki_desktop.domain.pemeriksaan_kinerja import memakai_target, periksa_target
from iki_desktop.domain.teks import pendek

Tingkat = Literal["galat", "peringatan"]
Jenis = Literal["instansi", "keputusan", "iku", "jabatan", "indikator"]

GALAT: Tingkat = "galat"
PERINGATAN: Tingkat = "peringatan"


@dataclass(frozen=True)
class Masalah:
    tingkat: Tingkat
    pesan: str
    jenis: Jenis
    id: str
    jabatan_id: str | None = None  # owner of an indikator/sasaran; None for the IKU
    memblokir: bool = False


# "Persentase …", "Prosentase …", "Tingkat … (%)", "Rasio …": measured as a share.
_PERSEN = re.compile(r"^\s*(persentase|prosentase|presentase)\b", re.I)
_TINGKAT_PERSEN = re.compile(r"^\s*tingkat\b.*(\(\s*%\s*\)|%|persen)", re.I)


def butuh_pecahan(teks_indikator: str) -> bool:
    """True when the indicator's wording promises a percentage (so a fraction formula)."""
    return bool(_PERSEN.match(teks_indikator) or _TINGKAT_PERSEN.match(teks_indikator))


def _nip(nip: str) -> str | None:
    """The Indonesian reason a NIP is invalid, or None when it is valid."""
    try:
        periksa_nip(nip)
    except IkiError as exc:
        return exc.pesan
    return None


def periksa_instansi(instansi: Instansi | None) -> list[Masalah]:
    if instansi is None:
        return [Masalah(GALAT, "Data instansi belum diisi.", "instansi", "")]
    out: list[Masalah] = []
    if not instansi.nama.strip():
        out.append(Masalah(GALAT, "Nama instansi belum diisi.", "instansi", instansi.id))
    if not instansi.nama_daerah.strip():
        out.append(
            Masalah(
                GALAT,
                "Nama kabupaten/kota instansi belum diisi.",
                "instansi",
                instansi.id,
            )
        )
    return out


def periksa_keputusan(dok: Dokumen) -> list[Masalah]:
    kep = dok.keputusan
    out: list[Masalah] = []

    def galat(pesan: str) -> None:
        out.append(Masalah(GALAT, pesan, "keputusan", dok.id, memblokir=True))

    if not kep.nomor.strip():
        galat("Nomor Keputusan belum diisi.")
    if kep.tanggal is None:
        galat("Tanggal penetapan Keputusan belum diisi.")
    if not kep.tentang.strip():
        out.append(
            Masalah(PERINGATAN, "Judul (TENTANG) Keputusan belum diisi.", "keputusan", dok.id)
        )
    pejabat = kep.penandatangan.pejabat
    if not pejabat.nama.strip():
        galat("Nama penandatangan Keputusan belum diisi.")
    if not pejabat.nip.strip():
        galat("NIP penandatangan Keputusan belum diisi.")
    else:
        alasan = _nip(pejabat.nip)
        if alasan:
            galat(f"NIP penandatangan tidak benar: {alasan}")
    if not kep.penandatangan.jabatan.strip():
        out.append(
            Masalah(PERINGATAN, "Jabatan penandatangan Keputusan belum diisi.", "keputusan", dok.id)
        )
    return out


def _periksa_sasaran(
    daftar: list[Sasaran],
    jabatan_id: str | None,
    jenis_pemilik: Jenis,
    pemilik_id: str,
    nama: str,
    target: bool = False,
) -> list[Masalah]:
    out: list[Masalah] = []
    seen: dict[str, str] = {}
    for no, s in enumerate(daftar, start=1):
        if not s.teks.strip():
            out.append(
                Masalah(
                    GALAT,
                    f"{nama}: sasaran ke-{no} belum berisi teks.",
                    jenis_pemilik,
                    pemilik_id,
                    jabatan_id,
                    memblokir=True,
                )
            )
        if not s.indikator:
            out.append(
                Masalah(
                    PERINGATAN,
                    f"{nama}: sasaran '{pendek(s.teks, 60) or no}' belum memiliki indikator.",
                    jenis_pemilik,
                    pemilik_id,
                    jabatan_id,
                )
            )
        for ind in s.indikator:
            label = pendek(ind.teks, 60)

            def add(tingkat: Tingkat, pesan: str, blok: bool = False, i: str = ind.id) -> None:
                out.append(Masalah(tingkat, pesan, "indikator", i, jabatan_id, blok))

            if not ind.teks.strip():
                add(GALAT, f"{nama}: ada indikator tanpa teks.", True)
                continue
            if ind.formula.kosong:
                add(PERINGATAN, f"{nama}: indikator '{label}' belum memiliki formula.")
            elif butuh_pecahan(ind.teks) and not ind.formula.ada_pecahan:
                add(
                    PERINGATAN,
                    f"{nama}: indikator '{label}' berupa persentase, "
                    "tetapi formulanya bukan pecahan.",
                )
            if not ind.sumber_data.strip():
                add(PERINGATAN, f"{nama}: indikator '{label}' belum memiliki sumber data.")
            for pesan in periksa_target(ind, target):
                add(PERINGATAN, f"{nama}: indikator '{label}' {pesan}")
            kunci = " ".join(ind.teks.lower().split())
            if kunci in seen:
                add(PERINGATAN, f"{nama}: indikator '{label}' tertulis lebih dari sekali.")
            else:
                seen[kunci] = ind.id
    return out


def periksa_jabatan(jabatan: Jabatan, target: bool = False) -> list[Masalah]:
    nama = jabatan.nama.strip() or "Jabatan tanpa nama"
    out: list[Masalah] = []

    def add(tingkat: Tingkat, pesan: str) -> None:
        out.append(Masalah(tingkat, pesan, "jabatan", jabatan.id, jabatan.id))

    if not jabatan.nama.strip():
        add(GALAT, "Ada jabatan yang belum diberi nama.")
    if not jabatan.tugas.strip() and not any(t.strip() for t in jabatan.tugas_butir):
        add(PERINGATAN, f"{nama}: tugas jabatan belum diisi.")
    if jabatan.jumlah_indikator == 0:
        add(PERINGATAN, f"{nama}: belum memiliki indikator kinerja (IKI kosong).")
    if jabatan.pemangku.nip.strip():
        alasan = _nip(jabatan.pemangku.nip)
        if alasan:
            add(GALAT, f"{nama}: NIP pemangku tidak benar: {alasan}")
    out += _periksa_sasaran(jabatan.sasaran, jabatan.id, "jabatan", jabatan.id, nama, target)
    return out


def periksa_dokumen(dok: Dokumen, instansi: Instansi | None = None) -> list[Masalah]:
    """All problems in print order: instansi, Keputusan, IKU, then jabatan in tree order."""
    out = periksa_instansi(instansi) + periksa_keputusan(dok)
    if not dok.iku:
        out.append(Masalah(PERINGATAN, "IKU belum memiliki sasaran strategis.", "iku", dok.id))
    target = memakai_target(dok)
    out += _periksa_sasaran(dok.iku, None, "iku", dok.id, "IKU", target)
    for jabatan in dok.jabatan_urut():
        out += periksa_jabatan(jabatan, target)
    return out


def memblokir_penetapan(masalah: list[Masalah]) -> list[Masalah]:
    return [m for m in masalah if m.memblokir]


def ringkasan(masalah: list[Masalah]) -> str:
    """'3 kesalahan, 5 peringatan' or 'Tidak ada masalah'."""
    galat = sum(1 for m in masalah if m.tingkat == GALAT)
    peringatan = len(masalah) - galat
    if not masalah:
        return "Tidak ada masalah"
    return f"{galat} kesalahan, {peringatan} peringatan"
