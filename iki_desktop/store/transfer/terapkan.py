"""Apply a merge plan: backup first, then one transaction; nothing written if nothing changes.

Copies made by "simpan keduanya" and beside a locked Dokumen get ids derived from the
incoming content (uuid5), so receiving the same package again finds them present and
writes nothing: the second receive leaves the database file byte-identical.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import new_id
from iki_desktop.store import rows
from iki_desktop.store.cari import segarkan
from iki_desktop.store.kunci import sidik_jari
from iki_desktop.store.pesan import pesan_basis_data
from iki_desktop.store.rekap import catat_terima
from iki_desktop.store.store import Store
from iki_desktop.store.transfer.gabung import (
    Aksi,
    Keputusan,
    Kunci,
    PratinjauPaket,
    Rencana,
    dokumen_dari,
    susun_rencana,
)
from iki_desktop.store.transfer.kepercayaan import Kepercayaan, catat, nilai
from iki_desktop.store.transfer.realisasi import tolak_salinan_terkunci, tulis_realisasi
from iki_desktop.store.transfer.rujukan import rujukan_rusak
from iki_desktop.store.transfer.tanda_tangan import teks_aman
from iki_desktop.store.transfer.umum import TABEL_REKAMAN, IsiPaket, Row, nama_kolom

_NS = uuid.UUID("6d1f4c1e-8f35-4a53-9d3c-2b8f0f7a1c11")
# The text column that names a copy "(kiriman …)" so the user can tell the two apart.
_KOLOM_NAMA = {
    "instansi": "nama",
    "dokumen": "judul",
    "jabatan": "nama",
    "sasaran": "teks",
    "indikator": "teks",
}


@dataclass
class HasilTerima:
    berubah: bool
    ringkasan: dict[str, dict[str, int]]
    cadangan: Path | None = None
    salinan_dokumen: list[str] = field(default_factory=list)
    pesan: str = ""


@dataclass
class SesiTerima:
    """One receiving session (several packages in a row): one backup, before the first
    package that changes anything; every package is still its own transaction."""

    cadangan: Path | None = None


@dataclass
class _Langkah:
    tulis: list[Kunci] = field(default_factory=list)
    hapus: list[Kunci] = field(default_factory=list)  # local-only rows tombstoned
    saudara: list[Kunci] = field(default_factory=list)  # sibling copies
    salin: list[str] = field(default_factory=list)  # whole-Dokumen copies
    tetapkan: list[str] = field(default_factory=list)
    basis: dict[Kunci, str] = field(default_factory=dict)
    basis_lama: dict[Kunci, str] = field(default_factory=dict)  # what basis replaces
    leluhur: dict[Kunci, set[str]] = field(default_factory=dict)
    usulan: dict[str, str] = field(default_factory=dict)  # dokumen id -> warning
    kepercayaan: Kepercayaan | None = None
    kantor_id: str = ""
    dari_kantor: dict[Kunci, str] = field(default_factory=dict)

    def kosong(self) -> bool:
        pin = bool(self.kepercayaan and self.kepercayaan.pin)
        return not (
            self.tulis or self.hapus or self.saudara or self.salin or self.basis
            or self.leluhur or self.dari_kantor or pin
        )  # fmt: skip


def _putuskan(rencana: Rencana, keputusan: Mapping[str, str] | str | None) -> dict[str, Keputusan]:
    bulk = keputusan if isinstance(keputusan, str) else None
    per = {} if isinstance(keputusan, str) or keputusan is None else dict(keputusan)
    out: dict[str, Keputusan] = {}
    belum: list[str] = []
    for k in rencana.konflik:
        pilihan = per.get(k.id, bulk)
        if pilihan is None:
            belum.append(f"{k.label} [id {k.id[:8]}]")
            continue
        try:
            out[k.id] = Keputusan(pilihan)
        except ValueError as exc:
            raise IkiError(
                f"Pilihan '{pilihan}' tidak dikenal; gunakan milik-saya, kiriman atau keduanya."
            ) from exc
    if belum:
        raise IkiError(
            "Ada data yang diubah di kedua tempat (konflik). Pilih untuk masing-masing: "
            "pakai milik saya, pakai kiriman, atau simpan keduanya.",
            rincian=belum,
        )
    return out


def _susun_langkah(
    rencana: Rencana, isi: IsiPaket, pilihan: dict[str, Keputusan], percaya: Kepercayaan
) -> _Langkah:
    lk = _Langkah(tetapkan=list(rencana.tetapkan), salin=list(rencana.salin_terkunci))
    lk.leluhur, lk.usulan, lk.kepercayaan = rencana.leluhur, percaya.usulan, percaya
    lk.kantor_id, lk.dari_kantor = rencana.kantor_id, rencana.dari_kantor
    masuk = {(t, r["id"]): r for t in TABEL_REKAMAN for r in isi.baris[t]}
    for k, aksi in rencana.aksi.items():
        d = dokumen_dari(k[0], masuk[k])
        # The single last-agreed hash (kept for older readers) moves only when this
        # package teaches something new; else receiving old packages would flip it.
        baru = aksi is not Aksi.SAMA or k in rencana.leluhur
        if rencana.basis_lokal.get(k) != isi.hash_baris[k] and aksi is not Aksi.TETAP and baru:
            lk.basis[k] = isi.hash_baris[k]
            if k in rencana.basis_lokal:
                lk.basis_lama[k] = rencana.basis_lokal[k]
        if d in rencana.konflik_dokumen:
            continue
        if aksi in (Aksi.BARU, Aksi.BERUBAH):
            lk.tulis.append(k)
        elif aksi is Aksi.KONFLIK:
            p = pilihan[k[1]]
            if p is Keputusan.KIRIMAN:
                lk.tulis.append(k)
            elif p is Keputusan.KEDUANYA:
                if k[0] == "dokumen":
                    lk.salin.append(k[1])
                else:
                    lk.saudara.append(k)
    for d, lokal_saja in rencana.konflik_dokumen.items():
        p = pilihan[d]
        if p is Keputusan.KIRIMAN:
            lk.tulis += [
                k
                for k, a in rencana.aksi.items()
                if a is not Aksi.SAMA and dokumen_dari(k[0], masuk[k]) == d
            ]
            lk.hapus += lokal_saja
            lk.tetapkan.append(d)
        elif p is Keputusan.KEDUANYA:
            lk.salin.append(d)
    return lk


def _upsert(conn: sqlite3.Connection, tabel: str, row: Row) -> None:
    kolom = nama_kolom(tabel)
    conn.execute(
        f"INSERT INTO {tabel} ({', '.join(kolom)}) VALUES ({', '.join('?' * len(kolom))}) "
        f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in kolom)}",
        [row[c] for c in kolom],
    )


def _ada(conn: sqlite3.Connection, tabel: str, row_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {tabel} WHERE id = ?", (row_id,)).fetchone() is not None


def _asal(isi: IsiPaket) -> str:
    return teks_aman(isi.manifest.get("kantor_nama") or "kantor lain", 120)


def _salin_dokumen(
    conn: sqlite3.Connection, isi: IsiPaket, d: str, asal: str, usulan: bool = False
) -> str | None:
    """Import the incoming version of Dokumen d as a separate Draf with derived ids."""
    keys = sorted(
        (t, r["id"]) for t in TABEL_REKAMAN[1:] for r in isi.baris[t] if dokumen_dari(t, r) == d
    )
    kunci = hashlib.sha256("".join(isi.hash_baris[k] for k in keys).encode()).hexdigest()

    def baru(old: str | None) -> str | None:
        return str(uuid.uuid5(_NS, f"{kunci}:{old}")) if old else None

    dok_baru = baru(d)
    assert dok_baru is not None
    if _ada(conn, "dokumen", dok_baru):
        return None
    sekarang = rows.now_utc()
    for tabel in ("dokumen", "jabatan", "sasaran", "indikator"):
        for r in isi.baris[tabel]:
            if (r["id"] if tabel == "dokumen" else r["dokumen_id"]) != d or r["deleted"]:
                continue
            c = dict(r, id=baru(r["id"]), updated_at=sekarang)
            if tabel == "dokumen":
                pendahulu = d if _ada(conn, "dokumen", d) else r["pendahulu_id"]
                if pendahulu and not _ada(conn, "dokumen", pendahulu):
                    pendahulu = None
                jenis = "usulan dari" if usulan else "kiriman"
                c |= {
                    "status": "draf",
                    "pendahulu_id": pendahulu,
                    "judul": f"{r['judul']} ({jenis} {asal})",
                }
            else:
                c["dokumen_id"] = dok_baru
                for ref in ("parent_id", "jabatan_id", "sasaran_id"):
                    if ref in c:
                        c[ref] = baru(c[ref])
            _upsert(conn, tabel, c)
    return dok_baru


def _jalankan(conn: sqlite3.Connection, isi: IsiPaket, lk: _Langkah, operator: str) -> list[str]:
    masuk = {(t, r["id"]): r for t in TABEL_REKAMAN for r in isi.baris[t]}
    asal = _asal(isi)
    tetapkan = set(lk.tetapkan)
    disentuh: set[str] = set()
    for tabel in TABEL_REKAMAN:
        for k in lk.tulis:
            if k[0] != tabel:
                continue
            row = masuk[k]
            if tabel == "dokumen" and row["status"] == "ditetapkan":
                # Children first under a draf parent; the status is set last.
                row = row | {"status": "draf"}
                tetapkan.add(k[1])
            if not tulis_realisasi(conn, tabel, row):
                _upsert(conn, tabel, row)
            d = dokumen_dari(tabel, row)
            if d:
                disentuh.add(d)
    sekarang = rows.now_utc()
    for tabel, i in lk.hapus:
        conn.execute(f"UPDATE {tabel} SET deleted = 1, updated_at = ? WHERE id = ?", (sekarang, i))
    for tabel, i in lk.saudara:
        row = masuk[(tabel, i)]
        salinan = dict(row, id=str(uuid.uuid5(_NS, f"{isi.hash_baris[(tabel, i)]}:{i}")))
        if _ada(conn, tabel, salinan["id"]):
            continue
        nama = _KOLOM_NAMA[tabel]
        salinan[nama] = f"{row[nama]} (kiriman {asal})"
        tolak_salinan_terkunci(conn, tabel, row)
        _upsert(conn, tabel, salinan)
        d = dokumen_dari(tabel, row)
        if d:
            disentuh.add(d)
    salinan_dokumen = []
    for d in dict.fromkeys(lk.salin):
        baru = _salin_dokumen(conn, isi, d, asal, usulan=d in lk.usulan)
        if baru:
            salinan_dokumen.append(baru)
            disentuh.add(baru)
            if d in lk.usulan:
                conn.execute(
                    "INSERT INTO riwayat_edit (id, dokumen_id, waktu, operator, aksi, rincian) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (new_id(), baru, sekarang, operator, "Usulan, tidak berlaku",
                     teks_aman(lk.usulan[d], 600)),
                )  # fmt: skip
    for r in isi.baris["penetapan"]:
        if r["dokumen_id"] not in tetapkan:
            continue
        ada = conn.execute(
            "SELECT 1 FROM penetapan WHERE dokumen_id = ? OR kode = ?",
            (r["dokumen_id"], r["kode"]),
        ).fetchone()
        if not ada:
            kolom = nama_kolom("penetapan")
            conn.execute(
                f"INSERT INTO penetapan ({', '.join(kolom)}) VALUES ({', '.join('?' * len(kolom))})",
                [r[c] for c in kolom],
            )
            kolom = nama_kolom("penetapan_tanda")
            conn.executemany(
                f"INSERT OR IGNORE INTO penetapan_tanda ({', '.join(kolom)}) "
                f"VALUES ({', '.join('?' * len(kolom))})",
                [
                    [t[c] for c in kolom]
                    for t in isi.baris["penetapan_tanda"]
                    if t["dokumen_id"] == r["dokumen_id"]
                ],
            )
    conn.executemany(
        "UPDATE dokumen SET status = 'ditetapkan' WHERE id = ? AND status = 'draf'",
        [(d,) for d in tetapkan],
    )
    kolom = nama_kolom("riwayat_edit")
    conn.executemany(
        f"INSERT OR IGNORE INTO riwayat_edit ({', '.join(kolom)}) "
        f"VALUES ({', '.join('?' * len(kolom))})",
        [[r[c] for c in kolom] for r in isi.baris["riwayat_edit"]],
    )
    for d in sorted(disentuh):
        conn.execute(
            "INSERT INTO riwayat_edit (id, dokumen_id, waktu, operator, aksi, rincian) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new_id(), d, sekarang, operator, "Terima paket", f"dari {asal}"),
        )
    conn.executemany(
        "INSERT INTO sinkron (tabel, id, hash_terakhir) VALUES (?, ?, ?) "
        "ON CONFLICT(tabel, id) DO UPDATE SET hash_terakhir = excluded.hash_terakhir",
        [(t, i, h) for (t, i), h in lk.basis.items()],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO sinkron_leluhur (tabel, id, hash) VALUES (?, ?, ?)",
        _leluhur_baru(lk),
    )
    conn.executemany(
        "INSERT INTO sinkron_kantor (kantor_id, tabel, id, hash) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(kantor_id, tabel, id) DO UPDATE SET hash = excluded.hash",
        [(lk.kantor_id, t, i, h) for (t, i), h in sorted(lk.dari_kantor.items())],
    )
    if lk.kepercayaan is not None:
        catat(conn, lk.kepercayaan)
    return salinan_dokumen


def _leluhur_baru(lk: _Langkah) -> list[tuple[str, str, str]]:
    """The sinkron_leluhur rows to add. A record's ancestors here are sinkron_leluhur
    plus the hash sinkron holds, so the hash that sinkron takes now is not repeated
    (for a record seen for the first time nothing is added: a fifth fewer scattered
    index pages per package). The hash sinkron gives up moves into sinkron_leluhur."""
    out = {(t, i, h) for (t, i), hs in lk.leluhur.items() for h in hs if h != lk.basis.get((t, i))}
    out |= {(t, i, h) for (t, i), h in lk.basis_lama.items() if h != lk.basis.get((t, i))}
    return sorted(out)


def _riwayat_baru(conn: sqlite3.Connection, isi: IsiPaket) -> bool:
    ids = [r["id"] for r in isi.baris["riwayat_edit"]]
    for part, tanda in rows.potongan_in(ids):
        (ada,) = conn.execute(
            f"SELECT count(*) FROM riwayat_edit WHERE id IN ({tanda})", part
        ).fetchone()
        if ada < len(part):
            return True
    return False


def _tolak_kunci_berganti(k: Kepercayaan) -> None:
    raise IkiError(
        "PAKET DITOLAK: kunci kantor pengirim BERBEDA dari kunci yang dikenal untuk "
        f"{teks_aman(k.kantor_nama) or 'kantor itu'}. Paket ini bisa palsu. Bila kantor itu "
        "memang memakai komputer atau kunci baru, pastikan lewat telepon bahwa sidik jari "
        "kunci barunya sama dengan yang tertera di bawah, lalu terima dengan pilihan "
        '--terima-kunci-baru (atau tombol "Terima kunci baru" di jendela Terima). '
        "Tidak ada yang diubah.",
        rincian=[
            f"Kunci yang dikenal: {sidik_jari(k.kunci_dikenal or '')}",
            f"Kunci pada paket  : {k.sidik_jari}",
        ],
    )


def _rencanakan(
    store: Store, isi: IsiPaket, keputusan: Mapping[str, str] | str | None, terima_kunci_baru: bool
) -> tuple[Rencana, _Langkah]:
    k = nilai(store.conn, isi, terima_kunci_baru)
    if k.berganti and not terima_kunci_baru:
        _tolak_kunci_berganti(k)
    rencana = susun_rencana(store.conn, isi, frozenset(k.usulan))
    return rencana, _susun_langkah(rencana, isi, _putuskan(rencana, keputusan), k)


def terapkan_paket(
    store: Store,
    pratinjau: PratinjauPaket,
    keputusan_konflik: Mapping[str, str] | str | None = None,
    terima_kunci_baru: bool = False,
    sesi: SesiTerima | None = None,
) -> HasilTerima:
    """Merge a previewed package into the store: one transaction, backup before commit.

    `keputusan_konflik` is a bulk choice ("milik-saya" | "kiriman" | "keduanya") or a
    mapping from conflict id to a choice. Undecided conflicts refuse the whole merge.
    The merge is written first and checked by SQLite; only when every row is accepted
    is the backup of the state before it taken (from a second connection, which sees
    the committed state) and the merge committed. A refused row costs no backup.
    Within a `sesi` only the first package that changes something makes a backup.
    """
    from iki_desktop.store.transfer.cadangan import cadangan_berkas

    isi = pratinjau.isi
    rencana, langkah = _rencanakan(store, isi, keputusan_konflik, terima_kunci_baru)
    ringkasan = {t: vars(r) for t, r in rencana.ringkasan().items()}
    if langkah.kosong() and not _riwayat_baru(store.conn, isi):
        return HasilTerima(
            berubah=False,
            ringkasan=ringkasan,
            pesan="Tidak ada perubahan: semua isi paket sudah ada di basis data ini.",
        )
    with store.transaction():
        # Plan again under the write lock: the preview may be stale.
        rencana, langkah = _rencanakan(store, isi, keputusan_konflik, terima_kunci_baru)
        try:
            salinan = _jalankan(store.conn, isi, langkah, store.operator)
            dokumen = [r["id"] for r in isi.baris["dokumen"]] + salinan
            rusak = rujukan_rusak(store.conn, dokumen)
        except sqlite3.Error as exc:
            raise IkiError(
                pesan_basis_data(exc, store.path)
                or "Isi paket melanggar aturan data IKI Desktop sehingga tidak dapat "
                "digabungkan; paket ditolak. Tidak ada yang diubah."
            ) from exc
        if rusak:
            raise IkiError(
                "Isi paket memuat rujukan yang tidak utuh sehingga tidak dapat "
                "digabungkan; paket ditolak. Tidak ada yang diubah."
            )
        catat_terima(store.conn, isi.manifest, rows.now_utc())
        segarkan(store.conn)  # the search index follows in the same transaction
        if sesi is not None and sesi.cadangan is not None:
            cadangan = sesi.cadangan
        else:
            cadangan = cadangan_berkas(store.path, "sebelum-terima")
            if sesi is not None:
                sesi.cadangan = cadangan
    pesan = f"Paket dari {_asal(isi)} diterima. Cadangan sebelumnya: {cadangan.name}."
    if salinan:
        pesan += f" {len(salinan)} dokumen kiriman disimpan sebagai dokumen terpisah."
    if langkah.usulan:
        pesan += (
            f" {len(langkah.usulan)} dokumen hanya diterima sebagai usulan (draf), tidak "
            "berlaku: tanda tangannya bukan dari kantor yang berhak."
        )
    return HasilTerima(True, ringkasan, cadangan, salinan, pesan)
