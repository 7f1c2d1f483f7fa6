"""Keaslian in pure Python: does an enacted version still match its code and hash?

    masalah = periksa_beku(dokumen_id, content_hash, kode, snapshot_dict, live_dok)

One code names one content: the code is the first bits of the content hash, the hash
is recomputed from the frozen snapshot, and the live rows (what the editor, Excel
export and `pack` read) must hash to the same value. Any difference is listed, in
Indonesian, as a problem; an empty list means everything agrees.

The office signature covers `pesan_penetapan(dokumen_id, content_hash)`; the QR code
printed on every page carries `isi_qr(kode, tanda)`: the code, a colon, and the
signature in Crockford base32 (QR alphanumeric mode keeps the symbol small).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from typing import Any

from iki_desktop.domain.model import Dokumen, Instansi, StatusDokumen
from iki_desktop.domain.penetapan import (
    ALFABET,
    PANJANG_KODE,
    bandingkan,
    hash_konten,
    kode_dokumen,
    normalisasi_kode,
)
from iki_desktop.domain.serialize import paket_dari_dict

PERINGATAN = "PERINGATAN: isi dokumen ini tidak cocok dengan kodenya."


def pesan_penetapan(dokumen_id: str, content_hash: str) -> bytes:
    """The bytes an office signs when it enacts a version."""
    return f"IKI-PENETAPAN-1\n{dokumen_id}\n{content_hash}".encode()


def kode_dari_hash(kode: str, content_hash: str) -> bool:
    """Whether this code is the code of this hash (at any of the allowed lengths)."""
    normal = normalisasi_kode(kode)
    if normal is None or normal != kode:
        return False
    badan = kode.replace("-", "")[3:]
    if len(badan) not in PANJANG_KODE:
        return False
    try:
        return kode_dokumen(content_hash, len(badan)) == kode
    except ValueError:
        return False


def baca_snapshot(snapshot: dict[str, Any] | None) -> tuple[Instansi, Dokumen] | None:
    if not isinstance(snapshot, dict):
        return None
    try:
        return paket_dari_dict(snapshot)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def _beda(beku: Dokumen, live: Dokumen, batas: int = 5) -> list[str]:
    try:
        daftar = bandingkan(beku, live, [])
    except (ValueError, KeyError, TypeError, AttributeError):
        return []
    out = [f"  {p.tempat}: {p.teks}" for p in daftar[:batas]]
    if len(daftar) > batas:
        out.append(f"  … dan {len(daftar) - batas} perbedaan lain.")
    return out


def periksa_beku(
    dokumen_id: str,
    content_hash: str,
    kode: str,
    snapshot: dict[str, Any] | None,
    live: Dokumen | None,
) -> list[str]:
    """Problems of one enacted version; empty when code, hash, snapshot and rows agree."""
    masalah: list[str] = []
    if not kode_dari_hash(kode, content_hash):
        masalah.append(f"Kode {kode} bukan kode dari isi yang tercatat (sidik isi tidak cocok).")
    paket = baca_snapshot(snapshot)
    if paket is None:
        masalah.append("Salinan beku dokumen tidak dapat dibaca.")
        return masalah
    instansi, beku = paket
    if beku.id != dokumen_id:
        masalah.append("Salinan beku milik dokumen lain.")
    if hash_konten(instansi, beku) != content_hash:
        masalah.append("Salinan beku telah diubah: isinya tidak cocok lagi dengan sidiknya.")
    if live is not None:
        sekarang = replace(live, status=StatusDokumen.DITETAPKAN)
        if hash_konten(instansi, sekarang) != content_hash:
            masalah.append(
                "Isi dokumen di basis data berbeda dari isi yang ditetapkan "
                "(diubah di luar program):"
            )
            masalah += _beda(beku, sekarang)
    return masalah


# ------------------------------------------------------------------ QR payload


def _b32(data: bytes) -> str:
    angka = int.from_bytes(data, "big")
    panjang = (len(data) * 8 + 4) // 5
    return "".join(ALFABET[(angka >> (5 * (panjang - 1 - n))) & 31] for n in range(panjang))


def _dari_b32(teks: str, n_bytes: int) -> bytes | None:
    angka = 0
    for ch in teks:
        i = ALFABET.find(ch)
        if i < 0:
            return None
        angka = angka * 32 + i
    try:
        return angka.to_bytes(n_bytes, "big")
    except OverflowError:
        return None


def isi_qr(kode: str, tanda_b64: str | None) -> str:
    """'IKI-7QF3-K9PA:<103 base32 chars>' or only the code when unsigned."""
    if not tanda_b64:
        return kode
    try:
        sig = base64.b64decode(tanda_b64, validate=True)
    except (ValueError, binascii.Error):
        return kode
    return f"{kode}:{_b32(sig)}"


def pisah_qr(teks: str) -> tuple[str, str | None]:
    """(typed or scanned code, signature as base64 or None) from what the user entered."""
    kode, _, tanda = teks.strip().partition(":")
    tanda = "".join(tanda.split()).upper()
    if not tanda:
        return kode, None
    sig = _dari_b32(tanda, 64)
    if sig is None or len(tanda) != 103:
        return kode, ""  # present but malformed: never valid
    return kode, base64.b64encode(sig).decode("ascii")
