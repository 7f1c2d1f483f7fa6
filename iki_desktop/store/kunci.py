"""Kunci kantor: this installation's Ed25519 signing key, and checking signatures.

    k = kunci_kantor()                 # created on first use in data_dir()/kunci
    tanda = k.tandatangani(b"...")     # base64 text
    sah = tanda_sah(k.publik, tanda, b"...")
    sidik_jari(k.publik)               # "48213 90715 22034 61187 30952": read over the phone

The private key lives in its own file beside the database folder, not inside the
database: a copy of an office's database (on a stick, sent to the kabupaten) carries
no power to sign in that office's name. Export and import go with backup and restore
(`cadangan.py`), so a reinstalled PC keeps its identity.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.connection import data_dir
from iki_desktop.store.pesan import pesan_os

NAMA_BERKAS = "kunci-kantor.pem"
EKSTENSI_EKSPOR = ".ikikunci"
_PENANDA_EKSPOR = b"IKI-KUNCI-KANTOR-1\n"


def folder_kunci() -> Path:
    path = data_dir() / "kunci"
    path.mkdir(parents=True, exist_ok=True)
    return path


def path_kunci() -> Path:
    return folder_kunci() / NAMA_BERKAS


@dataclass(frozen=True)
class KunciKantor:
    rahasia: Ed25519PrivateKey
    publik: str  # base64 of the raw 32-byte public key

    def tandatangani(self, pesan: bytes) -> str:
        return base64.b64encode(self.rahasia.sign(pesan)).decode("ascii")

    @property
    def sidik_jari(self) -> str:
        return sidik_jari(self.publik)


def _publik_dari(rahasia: Ed25519PrivateKey) -> str:
    raw = rahasia.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode("ascii")


def _pem(rahasia: Ed25519PrivateKey) -> bytes:
    return rahasia.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _tulis_aman(path: Path, data: bytes) -> None:
    """Write to a temp name, fsync, rename: a power cut never leaves half a key."""
    tmp = path.with_name(path.name + ".sementara")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _muat(data: bytes, nama: str) -> Ed25519PrivateKey:
    try:
        rahasia = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise IkiError(f"Berkas kunci kantor {nama} rusak atau bukan kunci IKI Desktop.") from exc
    if not isinstance(rahasia, Ed25519PrivateKey):
        raise IkiError(f"Berkas kunci kantor {nama} bukan kunci IKI Desktop.")
    return rahasia


_CACHE: dict[Path, tuple[float, KunciKantor]] = {}


def kunci_kantor() -> KunciKantor:
    """This installation's key; created on first use."""
    path = path_kunci()
    try:
        if not path.exists():
            _tulis_aman(path, _pem(Ed25519PrivateKey.generate()))
        mtime = path.stat().st_mtime
        simpan = _CACHE.get(path)
        if simpan and simpan[0] == mtime:
            return simpan[1]
        rahasia = _muat(path.read_bytes(), path.name)
    except OSError as exc:
        raise IkiError(
            f"Kunci kantor di {path.parent} tidak dapat dibaca atau dibuat ({exc.strerror or exc})."
        ) from exc
    kunci = KunciKantor(rahasia, _publik_dari(rahasia))
    _CACHE[path] = (mtime, kunci)
    return kunci


def tanda_sah(publik: str, tanda: str, pesan: bytes) -> bool:
    """Whether `tanda` (base64) is a valid Ed25519 signature of `pesan` by `publik`."""
    try:
        raw = base64.b64decode(publik, validate=True)
        sig = base64.b64decode(tanda, validate=True)
        if len(raw) != 32 or len(sig) != 64:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(sig, pesan)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def publik_sah(publik: str) -> bool:
    try:
        return len(base64.b64decode(publik, validate=True)) == 32
    except (ValueError, binascii.Error):
        return False


def sidik_jari(publik: str) -> str:
    """Five groups of five digits from the sha256 of the public key (about 83 bits).

    Digits read well over a telephone in any language; the groups make it easy to
    say "kelompok ketiga" when two people compare.
    """
    try:
        raw = base64.b64decode(publik, validate=True)
    except (ValueError, binascii.Error):
        raw = publik.encode("utf-8", "replace")
    angka = int.from_bytes(hashlib.sha256(b"IKI-SIDIK-JARI\n" + raw).digest()[:16], "big")
    teks = f"{angka % 10**25:025d}"
    return " ".join(teks[i : i + 5] for i in range(0, 25, 5))


# ------------------------------------------------------------------ export and import


def ekspor_kunci(tujuan: str | Path) -> Path:
    """Copy this installation's key to a file (keep it as safe as the office stamp)."""
    tujuan = Path(tujuan)
    kunci = kunci_kantor()
    try:
        _tulis_aman(tujuan, _PENANDA_EKSPOR + _pem(kunci.rahasia))
    except OSError as exc:
        raise IkiError(pesan_os(exc, tujuan.parent) + " Kunci tidak tersimpan.") from exc
    return tujuan


def baca_ekspor(sumber: str | Path) -> KunciKantor:
    sumber = Path(sumber)
    try:
        data = sumber.read_bytes()[: 64 * 1024]
    except OSError as exc:
        raise IkiError(f"Berkas kunci {sumber.name} tidak dapat dibaca ({exc.strerror}).") from exc
    if not data.startswith(_PENANDA_EKSPOR):
        raise IkiError(f"Berkas {sumber.name} bukan berkas kunci kantor IKI Desktop.")
    rahasia = _muat(data[len(_PENANDA_EKSPOR) :], sumber.name)
    return KunciKantor(rahasia, _publik_dari(rahasia))


def impor_kunci(sumber: str | Path) -> tuple[KunciKantor, Path | None]:
    """Make an exported key this installation's key; the replaced key is kept aside.

    Returns (new key, path of the set-aside old key or None when it was the same).
    """
    baru = baca_ekspor(sumber)
    path = path_kunci()
    lama_path: Path | None = None
    try:
        if path.exists():
            lama = _muat(path.read_bytes(), path.name)
            if _publik_dari(lama) == baru.publik:
                return baru, None
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            lama_path = path.with_name(f"kunci-kantor-lama-{stamp}.pem")
            _tulis_aman(lama_path, _pem(lama))
        _tulis_aman(path, _pem(baru.rahasia))
    except OSError as exc:
        raise IkiError(f"Kunci kantor tidak dapat dipasang ({exc.strerror or exc}).") from exc
    with contextlib.suppress(KeyError):
        del _CACHE[path]
    return baru, lama_path
