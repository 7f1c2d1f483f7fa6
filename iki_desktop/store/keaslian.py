"""Keaslian in the store: office signatures on enactments, known offices, checks at rest.

    tandatangani_penetapan(store, dokumen_id, content_hash)   # inside tetapkan()
    k = periksa_keaslian(store, "IKI-7QF3-K9PA:…")             # Keaslian | None (verify)
    masalah_tersimpan(store, dokumen_id)                       # [] when rows = snapshot = code
    daftar_kantor(store) / kantor_dikenal(conn, id) / catat_kantor(conn, …)

Known offices (trust on first use) are kept per database in `kantor_dikenal`, keyed
by the instansi id an office speaks for; the table never travels in a package.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from iki_desktop.domain.keaslian import (
    PERINGATAN,
    isi_qr,
    periksa_beku,
    pesan_penetapan,
    pisah_qr,
)
from iki_desktop.domain.penetapan import normalisasi_kode
from iki_desktop.store import rows
from iki_desktop.store.kunci import kunci_kantor, sidik_jari, tanda_sah
from iki_desktop.store.penetapan import HasilVerifikasi, ambil_penetapan, verifikasi
from iki_desktop.store.schema import migrate
from iki_desktop.store.store import Store

META_KANTOR = "kantor_instansi_id"


@dataclass(frozen=True)
class Tanda:
    kunci_publik: str
    tanda_tangan: str
    nama_kantor: str

    @property
    def sidik_jari(self) -> str:
        return sidik_jari(self.kunci_publik)


@dataclass(frozen=True)
class KantorDikenal:
    kantor_id: str
    nama: str
    kunci_publik: str
    pertama_at: str
    diganti_at: str | None

    @property
    def sidik_jari(self) -> str:
        return sidik_jari(self.kunci_publik)


@dataclass
class Keaslian:
    """Everything `verify` and the Keaslian dialog say about one printed code."""

    hasil: HasilVerifikasi
    masalah: list[str] = field(default_factory=list)
    tanda: Tanda | None = None
    tanda_sah: bool = False
    kantor: KantorDikenal | None = None  # the known office this key belongs to
    qr_diberikan: bool = False
    qr_sah: bool = False

    @property
    def utuh(self) -> bool:
        return not self.masalah and (not self.qr_diberikan or self.qr_sah)

    def teks(self) -> str:
        baris = [self.hasil.ringkasan if self.utuh else self._ringkasan_rusak()]
        baris.append(self._baris_tanda())
        if self.qr_diberikan:
            baris.append(
                "  Kode QR   : tanda tangan pada kode QR SAH."
                if self.qr_sah
                else "  Kode QR   : TANDA TANGAN PADA KODE QR TIDAK SAH (bukan dari kantor yang "
                "menetapkan dokumen ini); cetakan ini patut dicurigai."
            )
        if self.masalah:
            baris.append(PERINGATAN)
            baris += [f"  - {m}" if not m.startswith("  ") else m for m in self.masalah]
            baris.append(
                "Jangan memakai cetakan atau isi dokumen ini sebelum diperiksa; minta salinan "
                "asli dari kantor yang menetapkannya."
            )
        return "\n".join(baris)

    def _ringkasan_rusak(self) -> str:
        h = self.hasil
        return (
            f"Kode {h.kode} tercatat untuk {h.judul} {h.dokumen} ({h.instansi}), "
            "TETAPI pemeriksaan keaslian GAGAL."
        )

    def _baris_tanda(self) -> str:
        if self.tanda is None:
            return (
                "  Penetap   : tidak bertanda tangan kantor (ditetapkan dengan versi program "
                "lama atau diterima tanpa tanda tangan); asal kantor tidak dapat dipastikan."
            )
        nama = self.kantor.nama if self.kantor else self.tanda.nama_kantor or "kantor tak dikenal"
        sah = "SAH" if self.tanda_sah else "TIDAK SAH"
        return (
            f"  Penetap   : {nama}, sidik jari kunci {self.tanda.sidik_jari}; tanda tangan {sah}."
        )


# ------------------------------------------------------------------ signatures


def nama_kantor_sendiri(store: Store) -> str:
    """A display name for this database's office (the instansi it enacted for, or its only
    instansi); only `kantor_sendiri` is a claim that receivers pin."""
    kantor_id = kantor_sendiri(store)
    if not kantor_id:
        ids = [
            r[0] for r in store.conn.execute("SELECT id FROM instansi WHERE deleted = 0 LIMIT 2")
        ]
        kantor_id = ids[0] if len(ids) == 1 else ""
    if not kantor_id:
        return ""
    try:
        return store.get_instansi(kantor_id).nama_lengkap
    except Exception:  # noqa: BLE001 - a missing instansi only loses the label
        return ""


def kantor_sendiri(store: Store) -> str:
    """The instansi id this database speaks for: set when it first enacts a Dokumen.

    Never guessed from the data: two offices holding the same draft (a kecamatan and
    the kabupaten) would both claim its instansi and pin each other out.
    """
    return store.get_meta(META_KANTOR)


def tandatangani_penetapan(store: Store, dokumen_id: str, content_hash: str, nama: str) -> None:
    """Sign an enactment with this installation's key (inside the caller's transaction)."""
    kunci = kunci_kantor()
    store.conn.execute(
        "INSERT INTO penetapan_tanda (dokumen_id, kunci_publik, tanda_tangan, nama_kantor) "
        "VALUES (?, ?, ?, ?)",
        (dokumen_id, kunci.publik, kunci.tandatangani(pesan_penetapan(dokumen_id, content_hash)),
         nama[:200]),
    )  # fmt: skip


def tanda_penetapan(conn: sqlite3.Connection, dokumen_id: str) -> Tanda | None:
    row = conn.execute(
        "SELECT kunci_publik, tanda_tangan, nama_kantor FROM penetapan_tanda WHERE dokumen_id = ?",
        (dokumen_id,),
    ).fetchone()
    return Tanda(*row) if row else None


def kode_qr(store: Store, dokumen_id: str, kode: str) -> str:
    """What the QR code of an enacted version carries: the code and its signature."""
    t = tanda_penetapan(store.conn, dokumen_id)
    return isi_qr(kode, t.tanda_tangan if t else None)


# ------------------------------------------------------------------ known offices

_PILIH_KANTOR = "SELECT kantor_id, nama, kunci_publik, pertama_at, diganti_at FROM kantor_dikenal "


def _satu_kantor(conn: sqlite3.Connection, syarat: str, nilai: str) -> KantorDikenal | None:
    row = conn.execute(_PILIH_KANTOR + syarat, (nilai,)).fetchone()
    return KantorDikenal(*row) if row else None


def kantor_dikenal(conn: sqlite3.Connection, kantor_id: str) -> KantorDikenal | None:
    return _satu_kantor(conn, "WHERE kantor_id = ?", kantor_id)


def kantor_dari_kunci(conn: sqlite3.Connection, publik: str) -> KantorDikenal | None:
    return _satu_kantor(conn, "WHERE kunci_publik = ? ORDER BY pertama_at LIMIT 1", publik)


def daftar_kantor(store: Store) -> list[KantorDikenal]:
    return [KantorDikenal(*r) for r in store.conn.execute(_PILIH_KANTOR + "ORDER BY nama")]


def catat_kantor(conn: sqlite3.Connection, kantor_id: str, nama: str, publik: str) -> None:
    """Pin (first contact) or re-pin (an accepted key change) an office's key."""
    lama = kantor_dikenal(conn, kantor_id)
    sekarang = rows.now_utc()
    if lama is None:
        conn.execute(
            "INSERT INTO kantor_dikenal (kantor_id, nama, kunci_publik, pertama_at) "
            "VALUES (?, ?, ?, ?)",
            (kantor_id, nama[:200], publik, sekarang),
        )
    elif lama.kunci_publik != publik:
        (riwayat,) = conn.execute(
            "SELECT kunci_lama FROM kantor_dikenal WHERE kantor_id = ?", (kantor_id,)
        ).fetchone()
        daftar = [*json.loads(riwayat or "[]"), lama.kunci_publik]
        conn.execute(
            "UPDATE kantor_dikenal SET kunci_publik = ?, nama = ?, diganti_at = ?, "
            "kunci_lama = ? WHERE kantor_id = ?",
            (publik, nama[:200], sekarang, json.dumps(daftar), kantor_id),
        )


# ------------------------------------------------------------------ checks at rest


@lru_cache(maxsize=1)
def _pemicu_diharapkan() -> frozenset[str]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn)
        return frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
        )
    finally:
        conn.close()


def _pengaman_hilang(store: Store) -> list[str]:
    """Lock triggers our schema creates but the file no longer has."""
    ada = {
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
    }
    hilang = sorted(_pemicu_diharapkan() - ada)
    if not hilang:
        return []
    return [
        "Pengaman basis data telah dilepas di luar program "
        f"({len(hilang)} pemicu penguncian hilang: {', '.join(hilang[:3])}…)."
    ]


def masalah_tersimpan(store: Store, dokumen_id: str) -> list[str]:
    """Code, hash, snapshot and live rows of an enacted version; [] when all agree."""
    p = ambil_penetapan(store, dokumen_id)
    if p is None:
        return []
    try:
        snapshot = json.loads(p.snapshot)
    except ValueError:
        snapshot = None
    try:
        live = store.load_dokumen(dokumen_id)
    except Exception:  # noqa: BLE001 - rows unreadable is itself the finding
        return ["Baris dokumen di basis data tidak dapat dibaca."]
    masalah = periksa_beku(dokumen_id, p.content_hash, p.kode, snapshot, live)
    if live.status.value != "ditetapkan":
        masalah.append("Status dokumen diubah kembali menjadi draf di luar program.")
    t = tanda_penetapan(store.conn, dokumen_id)
    if t is not None and not tanda_sah(
        t.kunci_publik, t.tanda_tangan, pesan_penetapan(dokumen_id, p.content_hash)
    ):
        masalah.append("Tanda tangan kantor pada penetapan ini tidak sah.")
    return masalah


def periksa_keaslian(store: Store, teks: str) -> Keaslian | None:
    """Full check of a typed code or scanned QR text; None when no version has that code."""
    kode, tanda_qr = pisah_qr(teks)
    if normalisasi_kode(kode) is None:
        return None
    hasil = verifikasi(store, kode)
    if hasil is None:
        return None
    k = Keaslian(hasil=hasil)
    k.masalah = masalah_tersimpan(store, hasil.dokumen_id)
    if not hasil.utuh and not k.masalah:
        k.masalah.append("Salinan beku tidak cocok lagi dengan sidik isinya.")
    if k.masalah:
        k.masalah += _pengaman_hilang(store)
    p = ambil_penetapan(store, hasil.dokumen_id)
    k.tanda = tanda_penetapan(store.conn, hasil.dokumen_id)
    if k.tanda is not None and p is not None:
        pesan = pesan_penetapan(hasil.dokumen_id, p.content_hash)
        k.tanda_sah = tanda_sah(k.tanda.kunci_publik, k.tanda.tanda_tangan, pesan)
        k.kantor = kantor_dari_kunci(store.conn, k.tanda.kunci_publik)
        if k.kantor is None and k.tanda.kunci_publik == kunci_kantor().publik:
            k.kantor = KantorDikenal("", "kantor ini sendiri", k.tanda.kunci_publik, "", None)
        if tanda_qr is not None:
            k.qr_diberikan = True
            k.qr_sah = bool(tanda_qr) and tanda_sah(k.tanda.kunci_publik, tanda_qr, pesan)
    elif tanda_qr is not None:
        k.qr_diberikan, k.qr_sah = True, False
    return k


# ------------------------------------------------------------------ older enactments


def belum_bertanda(store: Store) -> list[tuple[str, str]]:
    """(dokumen id, label) of enacted versions without an office signature whose code,
    hash, snapshot and rows agree: enacted before office keys existed."""
    out: list[tuple[str, str]] = []
    for (dokumen_id,) in store.conn.execute(
        "SELECT dokumen_id FROM penetapan WHERE dokumen_id NOT IN "
        "(SELECT dokumen_id FROM penetapan_tanda) ORDER BY ditetapkan_at"
    ).fetchall():
        if masalah_tersimpan(store, dokumen_id):
            continue
        dok = store.load_dokumen(dokumen_id)
        out.append((dokumen_id, f"{dok.judul} {dok.label}"))
    return out


def tandatangani_lama(store: Store, dokumen_ids: list[str]) -> int:
    """Sign older enactments with this office's key: the office declares them its own."""
    with store.transaction():
        for dokumen_id in dokumen_ids:
            p = ambil_penetapan(store, dokumen_id)
            if p is None or tanda_penetapan(store.conn, dokumen_id) is not None:
                continue
            instansi, _ = p.paket()
            tandatangani_penetapan(store, dokumen_id, p.content_hash, instansi.nama_lengkap)
            store.log_edit(dokumen_id, "Tandatangani penetapan lama", kunci_kantor().sidik_jari)
    return len(dokumen_ids)
