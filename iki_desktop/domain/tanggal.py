"""Indonesian dates: '7 Januari 2026'."""

from __future__ import annotations

import datetime as dt
import re

from iki_desktop.domain.errors import IkiError

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_BULAN_LOWER = {b.lower(): i for i, b in enumerate(BULAN, start=1)}
# Common spellings and abbreviations seen in typed documents.
_BULAN_LOWER.update(
    {
        "jan": 1,
        "feb": 2,
        "pebruari": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "agu": 8,
        "agt": 8,
        "agus": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "nop": 11,
        "nopember": 11,
        "des": 12,
    }
)


def format_tanggal(tanggal: dt.date | None) -> str:
    """'7 Januari 2026'; an empty string for no date."""
    if tanggal is None:
        return ""
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"


def format_waktu(waktu: dt.datetime, *, pukul: bool = False) -> str:
    """'7 Januari 2026 14.05', or with `pukul` '7 Januari 2026 pukul 14.05'."""
    return f"{format_tanggal(waktu.date())} {'pukul ' if pukul else ''}{waktu:%H.%M}"


def tampil_waktu(iso: str, *, pukul: bool = False) -> str:
    """A stored UTC ISO timestamp in local time, as format_waktu; unreadable text as it is."""
    try:
        waktu = dt.datetime.fromisoformat(iso).astimezone()
    except (ValueError, TypeError):
        return str(iso)
    return format_waktu(waktu, pukul=pukul)


def parse_tanggal(teks: str) -> dt.date:
    """Read '7 Januari 2026', '07-01-2026', '7/1/2026' or '2026-01-07'."""
    s = " ".join(teks.strip().split())
    if not s:
        raise IkiError("Tanggal kosong.")
    try:
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", s)
        if m:
            bulan = _BULAN_LOWER.get(m.group(2).lower())
            if bulan is None:
                raise IkiError(f"Nama bulan '{m.group(2)}' tidak dikenal.")
            return dt.date(int(m.group(3)), bulan, int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError as exc:
        raise IkiError(f"Tanggal '{teks}' tidak ada di kalender.") from exc
    raise IkiError(
        f"Tanggal '{teks}' tidak dapat dibaca. Tulis seperti 7 Januari 2026 atau 07-01-2026."
    )
