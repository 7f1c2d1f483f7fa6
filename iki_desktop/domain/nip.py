"""NIP (Nomor Induk Pegawai) of PNS and PPPK.

A PNS NIP has 18 digits: birth date (yyyymmdd), appointment (yyyymm), sex (1 or 2)
and a serial (3 digits); printed `19710420 199201 1 003`. A PPPK number has the
same shape with `21` in the appointment-month position (e.g. `199003152022212001`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iki_desktop.domain.errors import IkiError

PANGKAT_GOLONGAN = (
    "Juru Muda (I/a)",
    "Juru Muda Tingkat I (I/b)",
    "Juru (I/c)",
    "Juru Tingkat I (I/d)",
    "Pengatur Muda (II/a)",
    "Pengatur Muda Tingkat I (II/b)",
    "Pengatur (II/c)",
    "Pengatur Tingkat I (II/d)",
    "Penata Muda (III/a)",
    "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)",
    "Penata Tingkat I (III/d)",
    "Pembina (IV/a)",
    "Pembina Tingkat I (IV/b)",
    "Pembina Utama Muda (IV/c)",
    "Pembina Utama Madya (IV/d)",
    "Pembina Utama (IV/e)",
)


@dataclass(frozen=True)
class InfoNip:
    lahir: dt.date
    tahun_angkat: int
    bulan_angkat: int | None  # None for PPPK
    jenis_kelamin: str  # "Laki-laki" / "Perempuan"
    urut: int
    pppk: bool


def bersihkan_nip(teks: str) -> str:
    """Strip 'NIP.', spaces and dots: what is left should be 18 digits."""
    s = re.sub(r"^\s*(NIP|NI\s*PPPK)\s*[.:]?\s*", "", teks.strip(), flags=re.I)
    return re.sub(r"[\s.\-]", "", s)


def periksa_nip(teks: str) -> InfoNip:
    """Validate a NIP; raise IkiError with an Indonesian reason when it is not one."""
    nip = bersihkan_nip(teks)
    if not nip:
        raise IkiError("NIP kosong.")
    if not (nip.isascii() and nip.isdigit()):  # "²".isdigit() is True, int("²") fails
        raise IkiError("NIP hanya boleh berisi angka.")
    if len(nip) != 18:
        raise IkiError(f"NIP harus 18 angka, yang tertulis {len(nip)} angka.")
    try:
        lahir = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError as exc:
        raise IkiError("8 angka pertama NIP bukan tanggal lahir yang benar.") from exc
    if not 1940 <= lahir.year <= dt.date.today().year - 15:
        raise IkiError("Tahun lahir pada NIP tidak masuk akal.")
    tahun_angkat, bulan_raw = int(nip[8:12]), int(nip[12:14])
    pppk = bulan_raw == 21
    if not pppk and not 1 <= bulan_raw <= 12:
        raise IkiError("Bulan pengangkatan pada NIP (angka ke-13 dan ke-14) tidak benar.")
    if not lahir.year + 15 <= tahun_angkat <= dt.date.today().year + 1:
        raise IkiError("Tahun pengangkatan pada NIP tidak sesuai dengan tahun lahir.")
    if nip[14] not in "12":
        raise IkiError("Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.")
    if int(nip[15:18]) == 0:
        raise IkiError("Nomor urut pada NIP (3 angka terakhir) tidak boleh 000.")
    return InfoNip(
        lahir=lahir,
        tahun_angkat=tahun_angkat,
        bulan_angkat=None if pppk else bulan_raw,
        jenis_kelamin="Laki-laki" if nip[14] == "1" else "Perempuan",
        urut=int(nip[15:18]),
        pppk=pppk,
    )


def nip_valid(teks: str) -> bool:
    try:
        periksa_nip(teks)
    except IkiError:
        return False
    return True


def format_nip(teks: str) -> str:
    """'198201162000121001' -> '19820116 200012 1 001'; other text is returned as typed."""
    nip = bersihkan_nip(teks)
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return teks.strip()
