"""Signed packages: the manifest, its limits, its signature, and enacted content in it.

The manifest holds the row checksum (`umum.checksum`), so one Ed25519 signature over
the canonical manifest covers every row of the package. Manifest values are checked
before anything shows them: known keys only, bounded lengths, no control, format or
bidi characters (a right-to-left override can make a name read backwards).

Every enacted Dokumen a package carries is checked the way `verify` checks one at
rest (`domain.keaslian.periksa_beku`): the code comes from the hash, the snapshot
hashes to it, the package's rows hash to it, and the enacting office's signature
holds. The sender runs the same check before writing, so a database altered at rest
never forwards altered enacted content.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.keaslian import periksa_beku, pesan_penetapan
from iki_desktop.domain.model import Dokumen, Sasaran
from iki_desktop.store import rows
from iki_desktop.store.kunci import KunciKantor, publik_sah, sidik_jari, tanda_sah
from iki_desktop.store.transfer.umum import POLA_HASH, POLA_ID, Row

MAKS_NAMA = 200
MAKS_DAFTAR_NAMA = 4000
_POLA_VERSI = re.compile(r"[0-9A-Za-z.+-]{1,40}")
_KATEGORI_TERLARANG = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def karakter_terlarang(teks: str) -> list[str]:
    """Control, format (bidi, zero-width), surrogate, private and unassigned characters."""
    return [ch for ch in teks if unicodedata.category(ch) in _KATEGORI_TERLARANG]


def teks_aman(teks: Any, maks: int = MAKS_NAMA) -> str:
    """Any text made safe for a terminal, a label or a title: one line, visible, bounded."""
    s = str(teks)[: maks * 4]
    s = "".join(
        " " if unicodedata.category(ch) in _KATEGORI_TERLARANG and ch.isspace() else ch for ch in s
    )
    s = "".join(ch for ch in s if unicodedata.category(ch) not in _KATEGORI_TERLARANG)
    s = " ".join(s.split())
    return s if len(s) <= maks else s[: maks - 1] + "…"


# ------------------------------------------------------------------ manifest


def _id_atau_kosong(v: str) -> bool:
    return v == "" or bool(POLA_ID.fullmatch(v))


def _waktu(v: str) -> bool:
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        return False
    return len(v) <= 40


def _jumlah(v: str) -> bool:
    try:
        data = json.loads(v)
    except ValueError:
        return False
    return len(v) <= 2000 and isinstance(data, dict)


# key -> (maximum length, extra check)
ATURAN_MANIFEST: dict[str, tuple[int, Any]] = {
    "format": (40, None),
    "paket_id": (64, POLA_ID.fullmatch),
    "instansi_id": (64, _id_atau_kosong),
    "instansi_nama": (MAKS_DAFTAR_NAMA, None),
    "kantor_id": (64, _id_atau_kosong),
    "kantor_nama": (MAKS_NAMA, None),
    "dibuat_at": (40, _waktu),
    "versi_program": (40, _POLA_VERSI.fullmatch),
    "versi_skema": (4, str.isdigit),
    "jumlah": (2000, _jumlah),
    "checksum": (64, POLA_HASH.fullmatch),
    "kunci_publik": (64, publik_sah),
    "tanda_tangan": (100, None),
}
WAJIB_TANDA = ("kunci_publik", "tanda_tangan", "kantor_id", "kantor_nama")


def masalah_manifest(manifest: dict[str, str]) -> list[str]:
    masalah: list[str] = []
    asing = [k for k in manifest if k not in ATURAN_MANIFEST]
    if asing:
        masalah.append(f"Keterangan paket memuat {len(asing)} isian yang tidak dikenal.")
    for kunci, (maks, cek) in ATURAN_MANIFEST.items():
        if kunci not in manifest:
            continue
        nilai = manifest[kunci]
        label = f"Isian '{kunci}' pada keterangan paket"
        if len(nilai) > maks:
            masalah.append(f"{label} terlalu panjang ({len(nilai)} karakter, batas {maks}).")
        elif karakter_terlarang(nilai):
            masalah.append(
                f"{label} memuat karakter tersembunyi (karakter kendali atau pembalik arah "
                "tulisan)."
            )
        elif cek is not None and not cek(nilai):
            masalah.append(f"{label} tidak sah.")
    return masalah


def pesan_manifest(manifest: dict[str, str]) -> bytes:
    """The canonical bytes the sender signs: every manifest entry but the signature."""
    isi = {k: v for k, v in manifest.items() if k != "tanda_tangan"}
    teks = json.dumps(isi, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return b"IKI-PAKET-1\n" + teks.encode("utf-8")


def tandatangani_manifest(manifest: dict[str, str], kunci: KunciKantor) -> dict[str, str]:
    out = dict(manifest, kunci_publik=kunci.publik)
    out["tanda_tangan"] = kunci.tandatangani(pesan_manifest(out))
    return out


def periksa_tanda_manifest(manifest: dict[str, str], nama: str) -> None:
    """Refuse a package whose manifest is malformed, unsigned or not signed by its key."""
    masalah = masalah_manifest(manifest)
    if masalah:
        raise IkiError(
            f"Keterangan (manifest) paket {teks_aman(nama)} tidak sah; paket ditolak. "
            "Tidak ada yang diubah.",
            rincian=masalah,
        )
    if any(k not in manifest for k in WAJIB_TANDA):
        raise IkiError(
            f"Paket {teks_aman(nama)} tidak bertanda tangan kantor pengirim (dibuat oleh versi "
            "IKI Desktop yang lama atau diubah). Minta pengirim memperbarui program dan "
            "mengirim ulang. Tidak ada yang diubah."
        )
    if not tanda_sah(manifest["kunci_publik"], manifest["tanda_tangan"], pesan_manifest(manifest)):
        raise IkiError(
            f"Tanda tangan paket {teks_aman(nama)} TIDAK SAH: isi atau keterangannya diubah "
            "setelah ditandatangani, atau paket dipalsukan. Paket ditolak; tidak ada yang "
            "diubah."
        )


# ------------------------------------------------------------------ enacted content


def dokumen_dari_baris(
    dok: Row, jabatan: Iterable[Row], sasaran: Iterable[Row], indikator: Iterable[Row]
) -> Dokumen:
    """A Dokumen from package rows, assembled exactly like Store.load_dokumen does."""
    hasil = rows.dokumen_from_row(dok)
    jab = {
        r["id"]: rows.jabatan_from_row(r)
        for r in sorted(jabatan, key=lambda r: r["urutan"])
        if not r["deleted"]
    }
    semua: dict[str, Sasaran] = {}
    for r in sorted(sasaran, key=lambda r: r["urutan"]):
        if r["deleted"]:
            continue
        s = Sasaran(id=r["id"], teks=r["teks"])
        semua[s.id] = s
        if r["jabatan_id"] is None:
            hasil.iku.append(s)
        elif r["jabatan_id"] in jab:
            jab[r["jabatan_id"]].sasaran.append(s)
    for r in sorted(indikator, key=lambda r: r["urutan"]):
        if not r["deleted"] and r["sasaran_id"] in semua:
            semua[r["sasaran_id"]].indikator.append(rows.indikator_from_row(r))
    hasil.jabatan = list(jab.values())
    return hasil


def _per_dokumen(baris: dict[str, list[Row]], tabel: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for r in baris[tabel]:
        out.setdefault(r["dokumen_id"], []).append(r)
    return out


def tanda_dokumen(baris: dict[str, list[Row]]) -> dict[str, str]:
    """dokumen id -> public key that enacted it, for signed enactments in the rows."""
    return {r["dokumen_id"]: r["kunci_publik"] for r in baris["penetapan_tanda"]}


def masalah_penetapan_paket(
    baris: dict[str, list[Row]],
) -> tuple[dict[str, list[str]], set[str]]:
    """Enacted Dokumen in the rows that do not match code, hash and signature.

    Returns (tampered: dokumen id -> problems, unsigned: ids whose content is
    consistent but carries no office signature, e.g. enacted by an older version).
    """
    penetapan = {r["dokumen_id"]: r for r in baris["penetapan"]}
    tanda = {r["dokumen_id"]: r for r in baris["penetapan_tanda"]}
    jab, sas, ind = (_per_dokumen(baris, t) for t in ("jabatan", "sasaran", "indikator"))
    rusak: dict[str, list[str]] = {}
    tanpa: set[str] = set()
    for d in baris["dokumen"]:
        if d["status"] != "ditetapkan" or d["deleted"]:
            continue
        did = d["id"]
        p = penetapan.get(did)
        if p is None:
            tanpa.add(did)  # no code at all: never enacted here, arrives as a Draf copy
            continue
        try:
            snapshot = json.loads(p["snapshot"])
            live = dokumen_dari_baris(d, jab.get(did, []), sas.get(did, []), ind.get(did, []))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            rusak[did] = ["Isi dokumen yang ditetapkan tidak dapat dibaca."]
            continue
        masalah = periksa_beku(did, p["content_hash"], p["kode"], snapshot, live)
        t = tanda.get(did)
        if t is None:
            tanpa.add(did)
        elif not tanda_sah(
            t["kunci_publik"], t["tanda_tangan"], pesan_penetapan(did, p["content_hash"])
        ):
            masalah.append(
                f"Tanda tangan penetapan tidak sah (kunci {sidik_jari(t['kunci_publik'])})."
            )
        if masalah:
            rusak[did] = masalah
    return rusak, tanpa


def rincian_penetapan_rusak(baris: dict[str, list[Row]]) -> list[str]:
    """'<Dokumen label>: <problem>' for every enacted Dokumen in the rows that does not
    match its code, hash or signature (see masalah_penetapan_paket); empty when none."""
    rusak, _ = masalah_penetapan_paket(baris)
    return [
        f"{label_dokumen(baris, d)}: {m.strip()}" for d, daftar in rusak.items() for m in daftar
    ]


def label_dokumen(baris: dict[str, list[Row]], dokumen_id: str) -> str:
    for r in baris["dokumen"]:
        if r["id"] == dokumen_id:
            tahun = r["periode"] or r["tahun"]
            revisi = f" (Perubahan ke-{r['revisi']})" if r["revisi"] else ""
            return teks_aman(f"Dokumen {r['judul']} Tahun {tahun}{revisi}")
    return f"Dokumen {dokumen_id[:8]}"
