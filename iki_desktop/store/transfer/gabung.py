"""Gabung: compare a validated package with the local database, and plan the merge.

Per record (by id) with h_in = incoming content hash, h_lok = local content hash, and
the ancestors of each side: every version of the record that side ever sent or
received (`sinkron_leluhur`, plus the older single `sinkron` hash; the sender's travel
in the package):

    absent locally                -> baru      (insert)
    h_lok == h_in                 -> sama      (nothing)
    h_lok in ancestors(sender)    -> berubah   (theirs builds on ours: take theirs)
    h_lok == last taken from this
             sending office       -> berubah   (we did not touch it since: take theirs)
    h_in in ancestors(local)      -> tetap     (ours builds on theirs: keep ours)
    otherwise                     -> konflik   (both changed it since they last agreed)

Ancestors are per record, not per pair of offices: when the kabupaten took office A's
edit of a record, office B's later edit of the same record (built on the version
before A's) is a conflict, not a silent overwrite.

A Dokumen that is ditetapkan locally is never altered: a differing incoming version
is kept beside it as a separate Draf. An incoming ditetapkan Dokumen replaces a local
Draf only when the local one has no changes of its own; otherwise the whole Dokumen
is one conflict. The plan is applied by `terapkan.py`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.tanggal import tampil_waktu
from iki_desktop.store import rows
from iki_desktop.store.transfer.kepercayaan import Kepercayaan, nilai
from iki_desktop.store.transfer.realisasi import hanya_realisasi
from iki_desktop.store.transfer.tanda_tangan import teks_aman
from iki_desktop.store.transfer.umum import (
    KOLOM_TAMBAHAN_KOSONG,
    TABEL_REKAMAN,
    IsiPaket,
    Row,
    hash_isi,
    nama_kolom,
)

if TYPE_CHECKING:
    from iki_desktop.store.store import Store

Kunci = tuple[str, str]  # (tabel, id)


class Aksi(StrEnum):
    BARU = "baru"
    SAMA = "sama"
    TETAP = "tetap"
    BERUBAH = "berubah"
    KONFLIK = "konflik"
    TERKUNCI = "terkunci"  # belongs to a locally ditetapkan Dokumen


class Keputusan(StrEnum):
    MILIK_SAYA = "milik-saya"
    KIRIMAN = "kiriman"
    KEDUANYA = "keduanya"

    @property
    def label(self) -> str:
        return {
            "milik-saya": "Pakai milik saya",
            "kiriman": "Pakai kiriman",
            "keduanya": "Simpan keduanya",
        }[self.value]


NAMA_TABEL = {
    "instansi": "Instansi",
    "dokumen": "Dokumen",
    "jabatan": "Jabatan",
    "sasaran": "Sasaran",
    "indikator": "Indikator",
}


@dataclass
class Konflik:
    tabel: str
    id: str
    label: str
    dokumen_id: str | None
    lokal: Row | None
    kiriman: Row
    # "baris": one record; "dokumen": an enacted incoming Dokumen vs. a local Draf
    # with changes of its own (decided as a whole).
    jenis: str = "baris"

    @property
    def kolom_beda(self) -> list[str]:
        if self.lokal is None:
            return []
        lokal, kiriman = self.lokal, self.kiriman

        def isi(row: Row, k: str) -> object:
            # A column a sender's older schema lacks counts as its empty value.
            v = row.get(k)
            return KOLOM_TAMBAHAN_KOSONG.get(k, v) if v is None else v

        return [
            k
            for k in nama_kolom(self.tabel)
            if k != "updated_at" and isi(lokal, k) != isi(kiriman, k)
        ]


@dataclass
class Ringkasan:
    baru: int = 0
    berubah: int = 0
    sama: int = 0
    tetap: int = 0
    konflik: int = 0
    terkunci: int = 0


@dataclass
class Rencana:
    aksi: dict[Kunci, Aksi]
    lokal: dict[Kunci, Row]
    basis_lokal: dict[Kunci, str]
    konflik: list[Konflik]
    salin_terkunci: list[str]  # incoming Dokumen kept beside a local ditetapkan one
    tetapkan: list[str]  # incoming ditetapkan Dokumen applied whole (status set last)
    konflik_dokumen: dict[str, list[Kunci]]  # dokumen id -> local-only live rows
    leluhur: dict[Kunci, set[str]] = field(default_factory=dict)  # ancestors to record
    kantor_id: str = ""
    dari_kantor: dict[Kunci, str] = field(default_factory=dict)  # newest taken, to record

    def ringkasan(self) -> dict[str, Ringkasan]:
        out = {t: Ringkasan() for t in TABEL_REKAMAN}
        for (tabel, _), aksi in self.aksi.items():
            r = out[tabel]
            setattr(r, aksi.value, getattr(r, aksi.value) + 1)
        return out


@dataclass
class PratinjauPaket:
    path: Path
    isi: IsiPaket
    instansi: list[Instansi]
    dokumen: list[Dokumen]
    rencana: Rencana | None = None
    ringkasan: dict[str, Ringkasan] = field(default_factory=dict)
    kepercayaan: Kepercayaan | None = None

    @property
    def manifest(self) -> dict[str, str]:
        return self.isi.manifest

    @property
    def konflik(self) -> list[Konflik]:
        return self.rencana.konflik if self.rencana else []

    @property
    def dokumen_terkunci(self) -> list[str]:
        return self.rencana.salin_terkunci if self.rencana else []

    @property
    def tanpa_perubahan(self) -> bool:
        return (
            all(r.baru == r.berubah == r.konflik == 0 for r in self.ringkasan.values())
            and not self.dokumen_terkunci
        )


def dokumen_dari(tabel: str, row: Row) -> str | None:
    if tabel == "instansi":
        return None
    return str(row["id"] if tabel == "dokumen" else row["dokumen_id"])


def label_rekaman(tabel: str, row: Row) -> str:
    if tabel == "instansi":
        return f"Instansi {str(row['jenis']).capitalize()} {row['nama']}"
    if tabel == "dokumen":
        return f"Dokumen Tahun {row['periode'] or row['tahun']}" + (
            f" (Perubahan ke-{row['revisi']})" if row["revisi"] else ""
        )
    if tabel == "jabatan":
        return f"Jabatan {row['nama']}"
    teks = str(row["teks"])
    teks = teks if len(teks) <= 70 else teks[:67] + "…"
    return f"{NAMA_TABEL[tabel]} “{teks}”"


def _ambil(conn: sqlite3.Connection, tabel: str, ids: list[str]) -> list[Row]:
    kolom = nama_kolom(tabel)
    out: list[Row] = []
    for part, tanda in rows.potongan_in(ids):
        cur = conn.execute(f"SELECT {', '.join(kolom)} FROM {tabel} WHERE id IN ({tanda})", part)
        out += [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]
    return out


def _hash_per_tabel(
    conn: sqlite3.Connection, kunci: set[Kunci], sql: str, awal: tuple[str, ...] = ()
) -> Iterator[tuple[Kunci, str]]:
    """((tabel, id), hash) of every key, from `sql` (`{}` is the IN list; parameters are
    `awal`, the table name, the ids)."""
    for tabel in TABEL_REKAMAN:
        ids = [i for t, i in kunci if t == tabel]
        for part, tanda in rows.potongan_in(ids):
            for i, h in conn.execute(sql.format(tanda), (*awal, tabel, *part)):
                yield (tabel, i), h


def leluhur_lokal(conn: sqlite3.Connection, kunci: set[Kunci]) -> dict[Kunci, set[str]]:
    out: dict[Kunci, set[str]] = {}
    sql = "SELECT id, hash FROM sinkron_leluhur WHERE tabel = ? AND id IN ({})"
    for k, h in _hash_per_tabel(conn, kunci, sql):
        out.setdefault(k, set()).add(h)
    return out


def _dari_kantor(conn: sqlite3.Connection, kantor_id: str, kunci: set[Kunci]) -> dict[Kunci, str]:
    sql = "SELECT id, hash FROM sinkron_kantor WHERE kantor_id = ? AND tabel = ? AND id IN ({})"
    return dict(_hash_per_tabel(conn, kunci, sql, (kantor_id,)))


def leluhur_paket(isi: IsiPaket) -> dict[Kunci, set[str]]:
    out: dict[Kunci, set[str]] = {}
    for r in isi.baris["sinkron_leluhur"]:
        out.setdefault((r["tabel"], r["id"]), set()).add(r["hash"])
    for r in isi.baris["sinkron"]:
        out.setdefault((r["tabel"], r["id"]), set()).add(r["hash_terakhir"])
    return out


def _basis_lokal(conn: sqlite3.Connection, kunci: set[Kunci]) -> dict[Kunci, str]:
    sql = "SELECT id, hash_terakhir FROM sinkron WHERE tabel = ? AND id IN ({})"
    return dict(_hash_per_tabel(conn, kunci, sql))


def susun_rencana(
    conn: sqlite3.Connection, isi: IsiPaket, usulan: frozenset[str] = frozenset()
) -> Rencana:
    """Compare every incoming record with the local one; touches nothing.

    `usulan`: incoming enacted Dokumen that may not be enacted here (see
    kepercayaan.py); they arrive as separate Draf copies, never as themselves.
    """
    masuk = {(t, r["id"]): r for t in TABEL_REKAMAN for r in isi.baris[t]}
    lokal: dict[Kunci, Row] = {}
    for tabel in TABEL_REKAMAN:
        for r in _ambil(conn, tabel, [r["id"] for r in isi.baris[tabel]]):
            lokal[(tabel, r["id"])] = r
    basis_lokal = _basis_lokal(conn, set(masuk))
    anc_lokal = leluhur_lokal(conn, set(masuk))
    anc_paket = leluhur_paket(isi)
    # Keyed by the sending installation's key, not by the instansi it may claim.
    kantor_id = isi.manifest.get("kunci_publik", "")
    dari_kantor = _dari_kantor(conn, kantor_id, set(masuk))

    aksi: dict[Kunci, Aksi] = {}
    for k in masuk:
        h_in = isi.hash_baris[k]
        lok = lokal.get(k)
        if lok is None:
            aksi[k] = Aksi.BARU
            continue
        h_lok = hash_isi(k[0], lok)
        mereka = anc_paket.get(k, set())
        kami = anc_lokal.get(k, set()) | ({basis_lokal[k]} if k in basis_lokal else set())
        if h_lok == h_in:
            aksi[k] = Aksi.SAMA
        elif h_lok in mereka or h_lok == dari_kantor.get(k):
            aksi[k] = Aksi.BERUBAH
        elif h_in in kami:
            aksi[k] = Aksi.TETAP
        else:
            aksi[k] = Aksi.KONFLIK

    per_dokumen: dict[str, list[Kunci]] = {}
    for k, row in masuk.items():
        d = dokumen_dari(k[0], row)
        if d is not None:
            per_dokumen.setdefault(d, []).append(k)
    salin_terkunci: list[str] = []
    tetapkan: list[str] = []
    konflik_dokumen: dict[str, list[Kunci]] = {}
    berubah = (Aksi.BARU, Aksi.BERUBAH, Aksi.KONFLIK)
    for d, keys in per_dokumen.items():
        row_in = masuk[("dokumen", d)]
        row_lok = lokal.get(("dokumen", d))
        perlu = any(aksi[k] in berubah for k in keys)
        if d in usulan and (row_lok is None or row_lok["status"] != "ditetapkan"):
            for k in keys:
                aksi[k] = Aksi.TERKUNCI
            salin_terkunci.append(d)
            continue
        if row_lok is not None and row_lok["status"] == "ditetapkan":
            for k in keys:
                if aksi[k] in berubah and not hanya_realisasi(k[0], lokal.get(k), masuk[k]):
                    aksi[k] = Aksi.TERKUNCI
            perlu = any(aksi[k] is Aksi.TERKUNCI for k in keys)
            if perlu and not row_in["deleted"]:
                salin_terkunci.append(d)
        elif row_in["status"] == "ditetapkan" and perlu:
            if row_lok is None:
                tetapkan.append(d)
                continue
            milik_sendiri = _baris_lokal_saja(conn, d, {k[1] for k in keys})
            if milik_sendiri or any(aksi[k] in (Aksi.TETAP, Aksi.KONFLIK) for k in keys):
                konflik_dokumen[d] = milik_sendiri
            else:
                tetapkan.append(d)

    konflik: list[Konflik] = []
    for k, a in aksi.items():
        row = masuk[k]
        d = dokumen_dari(k[0], row)
        if a is Aksi.KONFLIK and d not in konflik_dokumen:
            konflik.append(Konflik(k[0], k[1], label_rekaman(k[0], row), d, lokal[k], row))
    for d in konflik_dokumen:
        row = masuk[("dokumen", d)]
        konflik.append(
            Konflik(
                "dokumen",
                d,
                label_rekaman("dokumen", row) + " (sudah ditetapkan di pengirim)",
                d,
                lokal[("dokumen", d)],
                row,
                jenis="dokumen",
            )
        )
    leluhur: dict[Kunci, set[str]] = {}
    for k in masuk:
        tambah = anc_paket.get(k, set()) | {isi.hash_baris[k]}
        diputuskan = aksi[k] is Aksi.KONFLIK or dokumen_dari(k[0], masuk[k]) in konflik_dokumen
        if diputuskan and k in lokal:
            tambah.add(hash_isi(k[0], lokal[k]))  # a decided conflict builds on both
        # Known here: every hash in sinkron_leluhur plus the one sinkron holds (the
        # latter is not repeated in sinkron_leluhur; see terapkan._leluhur_baru).
        tambah -= anc_lokal.get(k, set())
        tambah.discard(basis_lokal.get(k, ""))
        if tambah:
            leluhur[k] = tambah
    rencana = Rencana(
        aksi, lokal, basis_lokal, konflik, salin_terkunci, tetapkan, konflik_dokumen, leluhur
    )
    rencana.kantor_id = kantor_id
    rencana.dari_kantor = {
        k: isi.hash_baris[k] for k in masuk if dari_kantor.get(k) != isi.hash_baris[k]
    }
    return rencana


def _baris_lokal_saja(conn: sqlite3.Connection, dokumen_id: str, ada: set[str]) -> list[Kunci]:
    out: list[Kunci] = []
    for tabel in ("jabatan", "sasaran", "indikator"):
        for (i,) in conn.execute(
            f"SELECT id FROM {tabel} WHERE dokumen_id = ? AND deleted = 0", (dokumen_id,)
        ):
            if i not in ada:
                out.append((tabel, i))
    return out


def pratinjau(isi: IsiPaket, path: Path, store: Store | None = None) -> PratinjauPaket:
    instansi = [rows.instansi_from_row(r) for r in isi.baris["instansi"] if not r["deleted"]]
    dokumen = sorted(
        (rows.dokumen_from_row(r) for r in isi.baris["dokumen"] if not r["deleted"]),
        key=lambda d: (-d.tahun, -d.revisi),
    )
    hasil = PratinjauPaket(path=path, isi=isi, instansi=instansi, dokumen=dokumen)
    if store is not None:
        hasil.kepercayaan = nilai(store.conn, isi)
        hasil.rencana = susun_rencana(store.conn, isi, frozenset(hasil.kepercayaan.usulan))
        hasil.ringkasan = hasil.rencana.ringkasan()
    return hasil


def teks_pratinjau(p: PratinjauPaket) -> str:
    """The preview as Indonesian text (CLI --dry-run)."""
    m = p.manifest
    baris = [
        f"Paket: {teks_aman(p.path.name)}",
        f"Dari: {teks_aman(m.get('kantor_nama') or '-')}",
        f"Berisi data: {teks_aman(m.get('instansi_nama') or '-', 400)}",
        f"Dibuat: {tampil_waktu(m.get('dibuat_at') or '-', pukul=True)} "
        f"(IKI Desktop {teks_aman(m.get('versi_program', '?'), 40)})",
    ]
    if p.kepercayaan is not None:
        baris += p.kepercayaan.teks()
    baris.append("Dokumen dalam paket:")
    baris += [f"  - {d.label} [{d.status.label}] {teks_aman(d.judul)}" for d in p.dokumen] or [
        "  (tidak ada)"
    ]
    if p.kepercayaan is not None:
        baris += [f"PERINGATAN: {u}" for u in p.kepercayaan.usulan.values()]
    if p.ringkasan:
        baris.append("Perbandingan dengan basis data ini:")
        baris.append(
            f"  {'':12}{'baru':>6}{'berubah':>9}{'sama':>6}{'milik saya':>12}{'konflik':>9}"
        )
        for tabel, r in p.ringkasan.items():
            baris.append(
                f"  {NAMA_TABEL[tabel]:12}{r.baru:>6}{r.berubah:>9}{r.sama:>6}"
                f"{r.tetap:>12}{r.konflik:>9}"
            )
    usulan = p.kepercayaan.usulan if p.kepercayaan else {}
    for d in p.dokumen_terkunci:
        dok = next((x for x in p.isi.baris["dokumen"] if x["id"] == d), None)
        if dok and d not in usulan:
            baris.append(
                f"Catatan: {label_rekaman('dokumen', dok)} di sini sudah ditetapkan; versi "
                "kiriman yang berbeda akan disimpan sebagai dokumen terpisah."
            )
    if p.konflik:
        baris.append(f"Konflik ({len(p.konflik)}): diubah di kedua tempat sejak terakhir selaras")
        for k in p.konflik:
            beda = ", ".join(k.kolom_beda)
            baris.append(
                f"  - {teks_aman(k.label)} [id {k.id[:8]}]" + (f": {beda}" if beda else "")
            )
    elif p.rencana is not None and p.tanpa_perubahan:
        baris.append("Tidak ada perubahan: semua isi paket sudah ada di basis data ini.")
    return "\n".join(baris)
