"""Whom a package comes from, and which of its enactments this database may accept.

Trust on first use, per database, in `kantor_dikenal`:
- the sender signs the package; the office it speaks for (manifest `kantor_id`) is
  pinned to that key on first contact. Another key for a pinned office is refused
  unless the user accepts a key change explicitly (`terima_kunci_baru`).
- each enacted Dokumen carries the signature of the office that enacted it; the
  Dokumen's instansi is pinned to that key on first sight.
- an enacted Dokumen becomes enacted here only when its key is the pinned key of its
  instansi and, for a Perubahan, the key that enacted the version it replaces (or the
  accepted successor of that key). Otherwise it arrives as a proposal (a Draf copy)
  with a warning naming both keys.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from iki_desktop.store.keaslian import catat_kantor, kantor_dikenal, tanda_penetapan
from iki_desktop.store.kunci import sidik_jari
from iki_desktop.store.transfer.tanda_tangan import (
    label_dokumen,
    masalah_penetapan_paket,
    tanda_dokumen,
    teks_aman,
)
from iki_desktop.store.transfer.umum import IsiPaket


@dataclass
class Kepercayaan:
    kantor_id: str
    kantor_nama: str
    kunci: str
    status: str  # "baru" | "dikenal" | "berganti"
    kunci_dikenal: str | None = None  # the pinned key when status == "berganti"
    usulan: dict[str, str] = field(default_factory=dict)  # dokumen id -> warning
    pin: dict[str, tuple[str, str]] = field(default_factory=dict)  # kantor id -> (nama, key)

    @property
    def sidik_jari(self) -> str:
        return sidik_jari(self.kunci)

    @property
    def kunci_dikenal_sidik(self) -> str:
        return sidik_jari(self.kunci_dikenal) if self.kunci_dikenal else ""

    @property
    def berganti(self) -> bool:
        return self.status == "berganti"

    def teks(self) -> list[str]:
        nama = teks_aman(self.kantor_nama) or "kantor tanpa nama"
        out = [f"Tanda tangan: sah, kunci {nama} dengan sidik jari {self.sidik_jari}"]
        if self.status == "baru":
            out.append(
                "  Kantor ini BARU dikenal: cocokkan sidik jari di atas dengan kantor "
                "pengirim lewat telepon sebelum mempercayai isinya."
            )
        elif self.berganti:
            out += [
                "  PERINGATAN: KUNCI KANTOR INI BERBEDA dari yang dikenal sebelumnya!",
                f"  Kunci yang dikenal : {sidik_jari(self.kunci_dikenal or '')}",
                f"  Kunci pada paket   : {self.sidik_jari}",
                "  Bisa karena kantor itu memakai komputer baru, bisa juga karena paket "
                "dipalsukan. Tanyakan lewat telepon dan cocokkan sidik jarinya. Paket hanya "
                "diterima bila pergantian kunci dinyatakan diterima (pilihan "
                "--terima-kunci-baru, atau tombol di jendela Terima).",
            ]
        return out


def _kunci_kantor(conn: sqlite3.Connection, kantor_id: str) -> tuple[str | None, list[str]]:
    row = conn.execute(
        "SELECT kunci_publik, kunci_lama FROM kantor_dikenal WHERE kantor_id = ?", (kantor_id,)
    ).fetchone()
    if row is None:
        return None, []
    return row[0], list(json.loads(row[1] or "[]"))


def kantor_pengirim(manifest: dict[str, str]) -> str:
    """The id the sending office speaks for; a key without an instansi is its own id."""
    return manifest.get("kantor_id") or (
        f"kunci:{sidik_jari(manifest.get('kunci_publik', '')).replace(' ', '')}"
    )


def nilai(conn: sqlite3.Connection, isi: IsiPaket, terima_kunci_baru: bool = False) -> Kepercayaan:
    """Compare the package's keys with the known offices; changes nothing."""
    m = isi.manifest
    kunci = m["kunci_publik"]
    kantor_id = kantor_pengirim(m)
    k = Kepercayaan(kantor_id, m.get("kantor_nama", ""), kunci, "baru")
    dikenal = kantor_dikenal(conn, kantor_id)
    if dikenal is None:
        k.pin[kantor_id] = (k.kantor_nama, kunci)
    elif dikenal.kunci_publik == kunci:
        k.status = "dikenal"
    else:
        k.status, k.kunci_dikenal = "berganti", dikenal.kunci_publik
        if terima_kunci_baru:
            k.pin[kantor_id] = (k.kantor_nama, kunci)
    _nilai_penetapan(conn, isi, k, terima_kunci_baru)
    return k


def _kunci_pendahulu(conn: sqlite3.Connection, isi: IsiPaket, pendahulu: str) -> str | None:
    di_paket = tanda_dokumen(isi.baris).get(pendahulu)
    if di_paket:
        return di_paket
    t = tanda_penetapan(conn, pendahulu)
    return t.kunci_publik if t else None


def _nilai_penetapan(
    conn: sqlite3.Connection, isi: IsiPaket, k: Kepercayaan, terima_kunci_baru: bool
) -> None:
    _, tanpa_tanda = masalah_penetapan_paket(isi.baris)
    kunci_dok = tanda_dokumen(isi.baris)
    nama_instansi = {
        r["id"]: teks_aman(f"{str(r['jenis']).capitalize()} {r['nama']}")
        for r in isi.baris["instansi"]
    }
    enacted = sorted(
        (r for r in isi.baris["dokumen"] if r["status"] == "ditetapkan" and not r["deleted"]),
        key=lambda r: r["revisi"],
    )
    for r in enacted:
        d, label = r["id"], label_dokumen(isi.baris, r["id"])
        if d in tanpa_tanda:
            k.usulan[d] = (
                f"{label} ditetapkan tanpa tanda tangan kantor (versi program lama); "
                "diterima sebagai draf."
            )
            continue
        kd = kunci_dok[d]
        inst = r["instansi_id"]
        pinned, lama = _kunci_kantor(conn, inst)
        if inst in k.pin:
            pinned = k.pin[inst][1]
        ganti_diterima = terima_kunci_baru and inst == k.kantor_id and kd == k.kunci
        if pinned is not None and pinned != kd and not ganti_diterima:
            k.usulan[d] = (
                f"{label} ditetapkan dengan kunci {sidik_jari(kd)}, padahal "
                f"{nama_instansi.get(inst, 'instansinya')} dikenal dengan kunci "
                f"{sidik_jari(pinned)}; diterima sebagai usulan (draf), tidak berlaku."
            )
            continue
        if pinned is None or ganti_diterima:
            k.pin[inst] = (nama_instansi.get(inst, ""), kd)
        if r["pendahulu_id"]:
            kp = _kunci_pendahulu(conn, isi, r["pendahulu_id"])
            penerus_sah = kp in lama and kd == pinned or ganti_diterima
            if kp is not None and kp != kd and not penerus_sah:
                k.usulan[d] = (
                    f"{label} ditandatangani kunci {sidik_jari(kd)}, sedangkan versi yang "
                    f"diubahnya ditetapkan dengan kunci {sidik_jari(kp)}. Hanya kantor yang "
                    "menetapkan yang dapat mengubahnya: diterima sebagai usulan (draf)."
                )


def catat(conn: sqlite3.Connection, k: Kepercayaan) -> None:
    """Record first-contact and accepted new keys (inside the merge transaction)."""
    for kantor_id, (nama, kunci) in sorted(k.pin.items()):
        catat_kantor(conn, kantor_id, nama, kunci)
