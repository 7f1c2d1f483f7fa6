"""Rekap for the kabupaten: one row per office — who sent what, in which state.

Per office (Instansi): its jenis, the last package received from it (when, sender,
key), every Dokumen's state (Draf/Ditetapkan, code, whether the enacted snapshot still
verifies), counts of jabatan/sasaran/indikator and the number of Pemeriksaan findings
of its current Dokumen. Offices the kabupaten expects but has no data of are rows
marked missing. The expected list and the receipts live in `meta` (local settings that
never travel in a package).

The key column shows the fingerprint (store/kunci.py) of the office key the package
was signed with, recorded from the manifest field `kunci_publik`; a package without
one (older programs) records none and the column shows "-".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.pemeriksaan import periksa_dokumen
from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading
from iki_desktop.domain.teks import kunci_banding
from iki_desktop.store.keaslian import masalah_tersimpan
from iki_desktop.store.kunci import sidik_jari
from iki_desktop.store.store import Store

KUNCI_DIHARAPKAN = "rekap.kantor_diharapkan"
AWALAN_TERIMA = "rekap.terima:"
# Pemeriksaan needs the whole Dokumen (~4 ms each, 1.2 s for 300 offices); its count is
# kept per Dokumen with a fingerprint of every row (id, updated_at, deleted) and the
# instansi, and counted again only when that changed.
# The memo counts what the window's Pemeriksaan panel lists (content and cascading);
# the key names that rule, so counts memoised under an older rule are not reused.
KUNCI_PERIKSA = "rekap.periksa.isi+cascading"


@dataclass(frozen=True)
class StatusDokumen:
    tahun: int
    revisi: int
    ditetapkan: bool
    kode: str = ""
    sah: bool | None = None  # None for a Draf: nothing to verify

    @property
    def teks(self) -> str:
        label = f"{self.tahun}" + (f" (perubahan ke-{self.revisi})" if self.revisi else "")
        if not self.ditetapkan:
            return f"{label}: Draf"
        return f"{label}: Ditetapkan {self.kode} ({'sah' if self.sah else 'TIDAK SAH'})"


@dataclass
class BarisRekap:
    kantor: str  # "Kecamatan Wonoasih"
    jenis: str  # "kecamatan" | "kelurahan" | "" for a missing office
    instansi_id: str = ""
    ada: bool = True  # False: expected, but no data from this office
    terakhir_diterima: str = ""  # UTC ISO time of the last package merged from it
    pengirim: str = ""
    sidik_kunci: str = ""
    dokumen: list[StatusDokumen] = field(default_factory=list)
    jabatan: int = 0
    sasaran: int = 0
    indikator: int = 0
    peringatan: int = 0

    @property
    def teks_dokumen(self) -> str:
        return "; ".join(d.teks for d in self.dokumen) or "-"

    @property
    def teks_diterima(self) -> str:
        return waktu_lokal(self.terakhir_diterima) if self.terakhir_diterima else "-"


def waktu_lokal(iso: str) -> str:
    try:
        w = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if w.tzinfo is not None:
        w = w.astimezone()
    return f"{w:%Y-%m-%d %H:%M}"


def sidik(kunci: str) -> str:
    """The office key's fingerprint as the program shows it everywhere (store/kunci.py)."""
    return sidik_jari(kunci) if kunci else ""


# ------------------------------------------------------------------ expected offices


def kantor_diharapkan(store: Store) -> list[str]:
    try:
        daftar = json.loads(store.get_meta(KUNCI_DIHARAPKAN, "[]"))
    except ValueError:
        return []
    return [str(x) for x in daftar if isinstance(x, str)]


def atur_kantor_diharapkan(store: Store, daftar: list[str]) -> list[str]:
    """Store the list of offices the kabupaten expects (one name each, order kept)."""
    bersih = list(dict.fromkeys(" ".join(x.split()) for x in daftar if x.strip()))
    if any(len(x) > 200 for x in bersih) or len(bersih) > 5000:
        raise IkiError("Daftar kantor terlalu panjang; satu nama kantor per baris.")
    store.set_meta(KUNCI_DIHARAPKAN, json.dumps(bersih, ensure_ascii=False))
    return bersih


# ------------------------------------------------------------------ receipts


def catat_terima(conn: sqlite3.Connection, manifest: dict[str, str], waktu: str) -> None:
    """Remember the last package merged from an office (inside the merge transaction)."""
    instansi_id = manifest.get("instansi_id", "")
    if not instansi_id:
        return
    isi = {
        "waktu": waktu,
        "pengirim": manifest.get("instansi_nama", ""),
        "paket_id": manifest.get("paket_id", ""),
        "dibuat_at": manifest.get("dibuat_at", ""),
        "kunci": manifest.get("kunci_publik", ""),
    }
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (AWALAN_TERIMA + instansi_id, json.dumps(isi, ensure_ascii=False)),
    )


def _penerimaan(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for key, value in conn.execute(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ?",
        (AWALAN_TERIMA, AWALAN_TERIMA + "\uffff"),
    ):
        try:
            isi = json.loads(value)
        except ValueError:
            continue
        if isinstance(isi, dict):
            out[key[len(AWALAN_TERIMA) :]] = {k: str(v) for k, v in isi.items()}
    return out


# ------------------------------------------------------------------ the rekap


def _status_dokumen(store: Store, rows: list[tuple[Any, ...]]) -> list[StatusDokumen]:
    out = []
    for dok_id, tahun, revisi, status in rows:
        if status != "ditetapkan":
            out.append(StatusDokumen(int(tahun), int(revisi), False))
            continue
        p = store.conn.execute(
            "SELECT kode FROM penetapan WHERE dokumen_id = ?", (dok_id,)
        ).fetchone()
        if p is None:
            out.append(StatusDokumen(int(tahun), int(revisi), True, "", False))
            continue
        # Code, hash, snapshot, live rows and the office's signature all agree.
        sah = not masalah_tersimpan(store, str(dok_id))
        out.append(StatusDokumen(int(tahun), int(revisi), True, str(p[0]), sah))
    return out


def _baris_kantor(store: Store, instansi_id: str, tahun: int | None) -> BarisRekap | None:
    inst = store.conn.execute(
        "SELECT jenis, nama FROM instansi WHERE id = ? AND deleted = 0", (instansi_id,)
    ).fetchone()
    if inst is None:
        return None
    sql = (
        "SELECT id, tahun, revisi, status FROM dokumen WHERE instansi_id = ? AND deleted = 0"
        + (" AND tahun = ?" if tahun is not None else "")
        + " ORDER BY tahun DESC, revisi DESC"
    )
    dok_rows = store.conn.execute(
        sql, (instansi_id, tahun) if tahun is not None else (instansi_id,)
    ).fetchall()
    baris = BarisRekap(f"{str(inst[0]).capitalize()} {inst[1]}", str(inst[0]), instansi_id)
    baris.dokumen = _status_dokumen(store, dok_rows)
    if dok_rows:
        terkini = dok_rows[0][0]  # the newest year and revision: the one in force
        hitung = store.counts(terkini)
        baris.jabatan, baris.sasaran = hitung["jabatan"], hitung["sasaran"]
        baris.indikator = hitung["indikator"]
        baris.peringatan = _jumlah_periksa(store, str(terkini), instansi_id)
    return baris


def _sidik_dokumen(store: Store, dokumen_id: str, instansi_id: str) -> str:
    h = hashlib.sha256()
    for sql in (
        "SELECT id, updated_at, deleted FROM dokumen WHERE id = ?",
        "SELECT id, updated_at, deleted FROM instansi WHERE id = ?",
        "SELECT id, updated_at, deleted FROM jabatan WHERE dokumen_id = ? ORDER BY id",
        "SELECT id, updated_at, deleted FROM sasaran WHERE dokumen_id = ? ORDER BY id",
        "SELECT id, updated_at, deleted FROM indikator WHERE dokumen_id = ? ORDER BY id",
    ):
        param = instansi_id if "instansi" in sql else dokumen_id
        for r in store.conn.execute(sql, (param,)):
            h.update(f"{r[0]}|{r[1]}|{r[2]};".encode())
    return h.hexdigest()


_memo_periksa: dict[str, dict[str, Any]] = {}


def _jumlah_periksa(store: Store, dokumen_id: str, instansi_id: str) -> int:
    sidik_dok = _sidik_dokumen(store, dokumen_id, instansi_id)
    memo = _memo_periksa.setdefault(str(store.path.resolve()), _baca_memo(store))
    lama = memo.get(dokumen_id)
    if isinstance(lama, list) and len(lama) == 2 and lama[0] == sidik_dok:
        return int(lama[1])
    dok = store.load_dokumen(dokumen_id)
    jumlah = len(periksa_dokumen(dok, store.get_instansi(instansi_id))) + len(
        periksa_cascading(dok)
    )
    memo[dokumen_id] = [sidik_dok, jumlah]
    memo["_berubah"] = True
    return jumlah


def _baca_memo(store: Store) -> dict[str, Any]:
    try:
        data = json.loads(store.get_meta(KUNCI_PERIKSA, "{}"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _simpan_memo(store: Store) -> None:
    memo = _memo_periksa.get(str(store.path.resolve()), {})
    if memo.pop("_berubah", False):
        with contextlib.suppress(sqlite3.Error, IkiError):  # read-only file: no memo
            store.set_meta(KUNCI_PERIKSA, json.dumps(memo, separators=(",", ":")))


def rekap(store: Store, tahun: int | None = None) -> list[BarisRekap]:
    """One row per office in the file (and per expected office without data), by name."""
    terima = _penerimaan(store.conn)
    out: list[BarisRekap] = []
    for (iid,) in store.conn.execute("SELECT id FROM instansi WHERE deleted = 0").fetchall():
        baris = _baris_kantor(store, str(iid), tahun)
        if baris is None:
            continue
        t = terima.get(baris.instansi_id, {})
        baris.terakhir_diterima = t.get("waktu", "")
        baris.pengirim = t.get("pengirim", "")
        baris.sidik_kunci = sidik(t.get("kunci", ""))
        out.append(baris)
    ada = {kunci_banding(b.kantor) for b in out} | {
        kunci_banding(b.kantor.split(" ", 1)[-1]) for b in out
    }
    for nama in kantor_diharapkan(store):
        if kunci_banding(nama) not in ada:
            jenis = nama.split(" ", 1)[0].casefold()
            out.append(
                BarisRekap(
                    nama,
                    jenis if jenis in ("kecamatan", "kelurahan") else "",
                    ada=False,
                )
            )
    _simpan_memo(store)
    return sorted(out, key=lambda b: (kunci_banding(b.kantor.split(" ", 1)[-1]), b.kantor))


KOLOM = (
    "Kantor",
    "Jenis",
    "Terakhir diterima",
    "Pengirim",
    "Kunci",
    "Dokumen",
    "Jabatan",
    "Sasaran",
    "Indikator",
    "Peringatan",
)


def nilai_baris(b: BarisRekap) -> tuple[str | int, ...]:
    """The cells of one row, in KOLOM order (for the window, the CLI and Excel)."""
    if not b.ada:
        return (b.kantor, b.jenis or "-", "BELUM ADA DATA", "-", "-", "-", 0, 0, 0, 0)
    return (
        b.kantor,
        b.jenis,
        b.teks_diterima,
        b.pengirim or "-",
        b.sidik_kunci or "-",
        b.teks_dokumen,
        b.jabatan,
        b.sasaran,
        b.indikator,
        b.peringatan,
    )
