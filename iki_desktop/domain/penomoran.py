"""Numbering used in printed lists and in the Keputusan."""

from __future__ import annotations

from iki_desktop.domain.model import GayaDaftar


def huruf(n: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa', 28 -> 'ab' (spreadsheet-style letters)."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def penanda(n: int, gaya: GayaDaftar) -> str:
    """The printed marker of the n-th list item: 'a.', '1.' or '•'."""
    if gaya is GayaDaftar.HURUF:
        return f"{huruf(n)}."
    if gaya is GayaDaftar.ANGKA:
        return f"{n}."
    return "\u2022"


_SATUAN = (
    "",
    "SATU",
    "DUA",
    "TIGA",
    "EMPAT",
    "LIMA",
    "ENAM",
    "TUJUH",
    "DELAPAN",
    "SEMBILAN",
    "SEPULUH",
    "SEBELAS",
)


def _angka_kata(n: int) -> str:
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} BELAS"
    if n < 100:
        puluh, sisa = divmod(n, 10)
        kata = "SEPULUH" if puluh == 1 else f"{_SATUAN[puluh]} PULUH"
        return f"{kata} {_SATUAN[sisa]}".strip()
    raise ValueError("diktum numbers above 99 are not used")


def diktum_ke(n: int) -> str:
    """1 -> 'KESATU', 2 -> 'KEDUA', 12 -> 'KEDUA BELAS' (Tata Naskah Dinas)."""
    if n < 1:
        raise ValueError("numbering starts at 1")
    return "KE" + _angka_kata(n)
