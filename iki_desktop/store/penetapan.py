"""Penetapan in the store: enact, revise, verify, history (no Qt).

    p = tetapkan(store, dokumen_id, oleh="Siti")      # freeze: snapshot + hash + code
    baru = buat_perubahan(store, dokumen_id)          # "Perubahan ke-N", an editable Draf
    hasil = verifikasi(store, "iki-7qf3 k9pa")        # HasilVerifikasi | None
    instansi, dokumen, kode = muat_untuk_cetak(store, dokumen_id)
    versi = riwayat_versi(store, dokumen_id)          # the pendahulu chain, oldest first

The penetapan row (schema v2) holds the snapshot as the JSON interchange envelope
(`paket_ke_dict`) of the Dokumen and its Instansi at the moment of enactment, so a
reprint is the same document even when the Instansi (kop, lambang, print settings)
is edited later. Triggers forbid UPDATE/DELETE of that row and every change of an
enacted Dokumen's rows.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, StatusDokumen
from iki_desktop.domain.pemeriksaan import memblokir_penetapan, periksa_dokumen
from iki_desktop.domain.penetapan import (
    PANJANG_KODE,
    Perbedaan,
    bandingkan,
    hash_konten,
    kode_dokumen,
    normalisasi_kode,
    salin_perubahan,
)
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict
from iki_desktop.domain.tanggal import format_tanggal, tampil_waktu
from iki_desktop.store import rows
from iki_desktop.store.store import Store

OLEH_IMPOR = "(diterima sebagai dokumen yang sudah ditetapkan)"


@dataclass(frozen=True)
class Penetapan:
    dokumen_id: str
    content_hash: str
    kode: str
    ditetapkan_at: str  # UTC ISO timestamp
    ditetapkan_oleh: str
    snapshot: str  # JSON interchange envelope

    def paket(self) -> tuple[Instansi, Dokumen]:
        return paket_dari_dict(json.loads(self.snapshot))


@dataclass(frozen=True)
class HasilVerifikasi:
    kode: str
    dokumen_id: str
    instansi: str  # "Kecamatan Wonoasih"
    daerah: str  # "Kota Probolinggo"
    dokumen: str  # "Tahun 2026 (Perubahan ke-1)"
    judul: str
    tahun: int
    revisi: int
    ditetapkan_at: str
    ditetapkan_oleh: str
    nomor_keputusan: str
    tanggal_keputusan: str  # "7 Januari 2026"
    utuh: bool  # the snapshot still hashes to the recorded hash
    terkini: bool  # no newer enacted revision of this Dokumen in this database

    @property
    def ringkasan(self) -> str:
        baris = [
            f"Kode {self.kode} cocok dengan dokumen yang ditetapkan:",
            f"  Instansi  : {self.instansi}, {self.daerah}",
            f"  Dokumen   : {self.judul} {self.dokumen}",
            f"  Keputusan : Nomor {self.nomor_keputusan or '-'}, "
            f"tanggal {self.tanggal_keputusan or '-'}",
            f"  Ditetapkan: {tampil_waktu(self.ditetapkan_at)}"
            + (f" oleh {self.ditetapkan_oleh}" if self.ditetapkan_oleh else ""),
        ]
        if not self.terkini:
            baris.append("  Catatan   : sudah ada perubahan yang lebih baru dari versi ini.")
        if not self.utuh:
            baris.append(
                "  PERINGATAN: salinan tersimpan versi ini tidak cocok lagi dengan sidik "
                "isinya; basis data mungkin telah diubah di luar program."
            )
        return "\n".join(baris)


@dataclass(frozen=True)
class Versi:
    dokumen_id: str
    label: str
    revisi: int
    status: StatusDokumen
    kode: str | None
    ditetapkan_at: str | None
    nomor_keputusan: str
    terkini: bool  # the newest enacted version of the chain


# ------------------------------------------------------------------ reading


def _baris(store: Store, where: str, params: tuple[Any, ...]) -> Penetapan | None:
    row = store.conn.execute(
        "SELECT dokumen_id, content_hash, kode, ditetapkan_at, ditetapkan_oleh, snapshot "
        f"FROM penetapan WHERE {where}",
        params,
    ).fetchone()
    return Penetapan(*row) if row else None


def ambil_penetapan(store: Store, dokumen_id: str) -> Penetapan | None:
    lengkapi_penetapan(store)
    return _baris(store, "dokumen_id = ?", (dokumen_id,))


def _kode_bebas(store: Store, content_hash: str) -> str:
    """The shortest code for this hash that no other enacted version uses."""
    for panjang in PANJANG_KODE:
        kode = kode_dokumen(content_hash, panjang)
        row = store.conn.execute(
            "SELECT content_hash FROM penetapan WHERE kode = ?", (kode,)
        ).fetchone()
        if row is None or row[0] == content_hash:
            return kode
    raise IkiError("Kode dokumen tidak dapat dibuat; hubungi pengembang.")


def _simpan(store: Store, instansi: Instansi, dok: Dokumen, oleh: str) -> Penetapan:
    """Insert the penetapan row (inside the caller's transaction)."""
    beku = replace(dok, status=StatusDokumen.DITETAPKAN)
    content_hash = hash_konten(instansi, beku)
    p = Penetapan(
        dokumen_id=dok.id,
        content_hash=content_hash,
        kode=_kode_bebas(store, content_hash),
        ditetapkan_at=rows.now_utc(),
        ditetapkan_oleh=oleh,
        snapshot=json.dumps(paket_ke_dict(instansi, beku), ensure_ascii=False),
    )
    store.conn.execute(
        "INSERT INTO penetapan (dokumen_id, content_hash, kode, snapshot, ditetapkan_at, "
        "ditetapkan_oleh, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (p.dokumen_id, p.content_hash, p.kode, p.snapshot, p.ditetapkan_at, oleh, p.ditetapkan_at),
    )
    return p


META_LENGKAP = "penetapan_lengkap"


def lengkapi_penetapan(store: Store, hanya: list[str] | None = None) -> int:
    """Freeze enacted Dokumen that have no penetapan row; returns the count.

    Two legitimate sources: Dokumen enacted before the penetapan table existed (frozen
    once, on first use after the upgrade, then the meta flag `penetapan_lengkap` is
    set), and a JSON import of an enacted Dokumen (`hanya` = its id, frozen at once).
    Once the flag is set, a Dokumen that turns ditetapkan without a penetapan row was
    altered outside the program: it is never frozen (and never printed as enacted).
    """
    if hanya is None and store.get_meta(META_LENGKAP) == "1":
        return 0
    kurang = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM dokumen WHERE status = 'ditetapkan' AND deleted = 0 "
            "AND id NOT IN (SELECT dokumen_id FROM penetapan)"
        )
        if hanya is None or r[0] in hanya
    ]
    selesai = 0
    for dokumen_id in kurang:
        try:
            with store.transaction():
                dok = store.load_dokumen(dokumen_id)
                _simpan(store, store.get_instansi(dok.instansi_id), dok, OLEH_IMPOR)
        except IkiError:
            continue  # e.g. its Instansi is missing: it stays without a code
        selesai += 1
    if hanya is None:
        store.set_meta(META_LENGKAP, "1")
    return selesai


# ------------------------------------------------------------------ enacting


def masalah_penetapan(instansi: Instansi | None, dok: Dokumen) -> list[str]:
    """Why this Dokumen cannot be enacted yet (empty when it can)."""
    pesan = [m.pesan for m in memblokir_penetapan(periksa_dokumen(dok, instansi))]
    kep = dok.keputusan
    wajib = [
        (not kep.nomor.strip(), "Nomor Keputusan belum diisi."),
        (kep.tanggal is None, "Tanggal penetapan Keputusan belum diisi."),
        (not kep.penandatangan.pejabat.nama.strip(), "Nama penandatangan Keputusan belum diisi."),
    ]
    for kurang, teks in wajib:
        if kurang and teks not in pesan:
            pesan.append(teks)
    return pesan


def tetapkan(store: Store, dokumen_id: str, oleh: str = "") -> Penetapan:
    """Enact a Draf: checks, snapshot, hash, code and status in one transaction."""
    oleh = oleh or store.operator
    with store.transaction():
        dok = store.load_dokumen(dokumen_id)
        if dok.ditetapkan:
            raise IkiError(f"Dokumen {dok.label} sudah ditetapkan.")
        instansi = store.get_instansi(dok.instansi_id)
        masalah = masalah_penetapan(instansi, dok)
        if masalah:
            raise IkiError(
                f"Dokumen {dok.label} belum dapat ditetapkan. Perbaiki dahulu:",
                rincian=masalah,
            )
        penerus = _penerus(store, dok.pendahulu_id) if dok.pendahulu_id else []
        if any(d for d in penerus if d != dok.id and _status(store, d) == "ditetapkan"):
            raise IkiError(
                "Versi sebelumnya sudah memiliki perubahan lain yang ditetapkan; "
                "buat perubahan baru dari versi terbaru."
            )
        p = _simpan(store, instansi, dok, oleh)
        _tandatangani(store, p, instansi)
        store.conn.execute(
            "UPDATE dokumen SET status = 'ditetapkan', updated_at = ? WHERE id = ?",
            (rows.now_utc(), dokumen_id),
        )
        operator, store.operator = store.operator, oleh
        try:
            store.log_edit(dokumen_id, "Tetapkan dokumen", f"{dok.label}, kode {p.kode}")
        finally:
            store.operator = operator
    return p


def _tandatangani(store: Store, p: Penetapan, instansi: Instansi) -> None:
    """Sign with this installation's key; the office it enacts for becomes its own."""
    from iki_desktop.store.keaslian import META_KANTOR, catat_kantor, tandatangani_penetapan
    from iki_desktop.store.kunci import kunci_kantor

    tandatangani_penetapan(store, p.dokumen_id, p.content_hash, instansi.nama_lengkap)
    if not store.get_meta(META_KANTOR):
        store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (META_KANTOR, instansi.id)
        )
    catat_kantor(store.conn, instansi.id, instansi.nama_lengkap, kunci_kantor().publik)


def _status(store: Store, dokumen_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT status FROM dokumen WHERE id = ? AND deleted = 0", (dokumen_id,)
    ).fetchone()
    return row[0] if row else None


def _penerus(store: Store, dokumen_id: str) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM dokumen WHERE pendahulu_id = ? AND deleted = 0 ORDER BY revisi",
            (dokumen_id,),
        )
    ]


def buat_perubahan(store: Store, dokumen_id: str) -> Dokumen:
    """ "Perubahan ke-N": an editable Draf copy of an enacted Dokumen, linked to it."""
    sumber = store.load_dokumen(dokumen_id)
    if not sumber.ditetapkan:
        raise IkiError(
            f"Dokumen {sumber.label} masih draf dan dapat langsung diubah; "
            "perubahan hanya dibuat dari dokumen yang sudah ditetapkan."
        )
    for penerus_id in _penerus(store, dokumen_id):
        penerus = store.load_dokumen(penerus_id)
        if penerus.ditetapkan:
            raise IkiError(
                f"Dokumen {sumber.label} sudah diganti oleh {penerus.label}; "
                "buat perubahan dari versi terbaru itu."
            )
        raise IkiError(
            f"{penerus.label} masih berupa draf; lanjutkan mengubah draf itu "
            "atau hapus dahulu sebelum membuat perubahan baru."
        )
    baru = salin_perubahan(sumber)
    with store.transaction():
        store.add_dokumen(baru)
        store.log_edit(dokumen_id, "Buat perubahan", baru.label)
    return store.load_dokumen(baru.id)


# ------------------------------------------------------------------ versions


def _rantai(store: Store, dokumen_id: str) -> list[str]:
    """Dokumen ids along the pendahulu chain through dokumen_id, oldest first."""
    ke_belakang: list[str] = []
    cursor: str | None = dokumen_id
    while cursor is not None and cursor not in ke_belakang:
        ke_belakang.append(cursor)
        row = store.conn.execute(
            "SELECT pendahulu_id FROM dokumen WHERE id = ?", (cursor,)
        ).fetchone()
        cursor = row[0] if row else None
    rantai = list(reversed(ke_belakang))
    cursor = dokumen_id
    while True:
        penerus = [d for d in _penerus(store, cursor) if d not in rantai]
        if not penerus:
            return rantai
        cursor = penerus[0]
        rantai.append(cursor)


def riwayat_versi(store: Store, dokumen_id: str) -> list[Versi]:
    """Every version along the pendahulu chain of this Dokumen, oldest first."""
    lengkapi_penetapan(store)
    out: list[Versi] = []
    for d in _rantai(store, dokumen_id):
        try:
            dok = store.load_dokumen(d)
        except IkiError:
            continue
        p = _baris(store, "dokumen_id = ?", (d,))
        out.append(
            Versi(
                dokumen_id=d,
                label=dok.label,
                revisi=dok.revisi,
                status=dok.status,
                kode=p.kode if p else None,
                ditetapkan_at=p.ditetapkan_at if p else None,
                nomor_keputusan=dok.keputusan.nomor,
                terkini=False,
            )
        )
    enacted = [v for v in out if v.status is StatusDokumen.DITETAPKAN]
    if enacted:
        newest = max(enacted, key=lambda v: v.revisi)
        out = [replace(v, terkini=v is newest) for v in out]
    return out


def versi_terkini(store: Store, dokumen_id: str) -> str:
    """The id of the current version of this Dokumen's chain (newest enacted, else newest)."""
    versi = riwayat_versi(store, dokumen_id)
    terkini = [v for v in versi if v.terkini]
    return (terkini or versi)[-1].dokumen_id if versi else dokumen_id


def bandingkan_versi(store: Store, lama_id: str, baru_id: str) -> list[Perbedaan]:
    """bandingkan() of two stored Dokumen, following ids across the chain between them."""
    lama, baru = store.load_dokumen(lama_id), store.load_dokumen(baru_id)
    rantai = _rantai(store, baru_id)
    perantara: list[str] = []
    if lama_id in rantai:
        perantara = rantai[rantai.index(lama_id) + 1 : rantai.index(baru_id)]
    return bandingkan(lama, baru, perantara)


# ------------------------------------------------------------------ verify and print


def verifikasi(store: Store, kode: str) -> HasilVerifikasi | None:
    """Which enacted version a printed code belongs to, or None when none has it."""
    normal = normalisasi_kode(kode)
    if normal is None:
        return None
    lengkapi_penetapan(store)
    p = _baris(store, "kode = ?", (normal,))
    if p is None:
        return None
    try:
        instansi, dok = p.paket()
        utuh = hash_konten(instansi, dok) == p.content_hash and dok.id == p.dokumen_id
    except (ValueError, KeyError, TypeError, sqlite3.Error):
        return None
    versi = riwayat_versi(store, p.dokumen_id)
    terkini = next((v.terkini for v in versi if v.dokumen_id == p.dokumen_id), True)
    return HasilVerifikasi(
        kode=p.kode,
        dokumen_id=p.dokumen_id,
        instansi=instansi.nama_lengkap,
        daerah=instansi.daerah,
        dokumen=dok.label,
        judul=dok.judul,
        tahun=dok.tahun,
        revisi=dok.revisi,
        ditetapkan_at=p.ditetapkan_at,
        ditetapkan_oleh=p.ditetapkan_oleh,
        nomor_keputusan=dok.keputusan.nomor,
        tanggal_keputusan=format_tanggal(dok.keputusan.tanggal),
        utuh=utuh,
        terkini=terkini,
    )


class KodeCetak(str):
    """The printed code; `.qr` is what its QR code carries (code and office signature)."""

    qr: str


def muat_untuk_cetak(store: Store, dokumen_id: str) -> tuple[Instansi, Dokumen, str | None]:
    """What to print: the frozen snapshot and its code for an enacted Dokumen, else live.

    An enacted version whose code, hash, snapshot and rows do not all agree is refused:
    content that does not match its code is never printed as ditetapkan.
    """
    dok = store.load_dokumen(dokumen_id)
    if dok.ditetapkan:
        # Only an enacted Dokumen needs the key code (cryptography: ~30 ms to import).
        from iki_desktop.domain.keaslian import PERINGATAN
        from iki_desktop.store.keaslian import kode_qr, masalah_tersimpan

        p = ambil_penetapan(store, dokumen_id)
        if p is None:
            raise IkiError(
                f"{PERINGATAN} Dokumen {dok.label} berstatus ditetapkan tanpa catatan "
                "penetapan (kode dan salinan beku): statusnya diubah di luar program. "
                "Dokumen tidak dicetak sebagai dokumen yang ditetapkan."
            )
        masalah = masalah_tersimpan(store, dokumen_id)
        if masalah:
            raise IkiError(
                f"{PERINGATAN} Dokumen {dok.label} tidak dicetak sebagai dokumen yang "
                "ditetapkan karena basis data ini telah diubah di luar program. Periksa "
                f"dengan: iki-desktop verify {p.kode}",
                rincian=masalah,
            )
        instansi, beku = p.paket()
        kode = KodeCetak(p.kode)
        kode.qr = kode_qr(store, dokumen_id, p.kode)
        return instansi, beku, kode
    return store.get_instansi(dok.instansi_id), dok, None


# ------------------------------------------------------------------ audit trail


def daftar_riwayat(store: Store, dokumen_id: str) -> list[tuple[str, str, str, str]]:
    """(waktu, operator, aksi, rincian) of every recorded edit, oldest first, for display."""
    return [
        (tampil_waktu(r["waktu"]), r["operator"] or "-", r["aksi"], r["rincian"])
        for r in store.riwayat(dokumen_id)
    ]
