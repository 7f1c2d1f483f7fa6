"""Terima: read a `.ikipaket` that may be hostile, without changing anything locally.

Order of checks (each refuses with an Indonesian IkiError before the next runs):
size limit → copy to a local temp file (the stick is never opened as a database) →
header bytes (SQLite magic, not WAL, our application_id, schema version) → declared
size vs. file size → open read-only + immutable with trusted_schema=OFF and
query_only=ON → quick_check → sqlite_schema must equal, object for object and SQL
text for SQL text, the schema our own code creates → explicit SELECTs of our columns
→ every row validated (types, ids, enums, JSON, references inside the package,
duplicates) → manifest and checksum. No SQL of the package's ever runs: we refuse
unknown triggers/views/indexes before reading any row, and read only tables.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.keaslian import PERINGATAN
from iki_desktop.store import rows
from iki_desktop.store.connection import SQLITE_MAGIC, FileHeader
from iki_desktop.store.kunci import publik_sah
from iki_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from iki_desktop.store.transfer.cek_kinerja import masalah_kinerja
from iki_desktop.store.transfer.tanda_tangan import (
    MAKS_NAMA,
    periksa_tanda_manifest,
    rincian_penetapan_rusak,
    teks_aman,
)
from iki_desktop.store.transfer.umum import (
    FORMAT,
    POLA_HASH,
    POLA_ID,
    TABEL_PAKET,
    TABEL_REKAMAN,
    VERSI_PAKET_MINIMUM,
    IsiPaket,
    Row,
    checksum,
    hash_isi,
    kolom_tabel,
    objek_berkas,
    objek_diharapkan,
    ukuran_mb,
)
from iki_desktop.store.uri import buka_baca

if TYPE_CHECKING:
    from iki_desktop.store.store import Store
    from iki_desktop.store.transfer.gabung import PratinjauPaket

MAKS_UKURAN_PAKET = 200 * 1024 * 1024
MAKS_TEKS = 2_000_000
_LOG = logging.getLogger(__name__)

RUSAK = "Paket rusak atau bukan paket IKI Desktop; tidak ada yang diubah."


def _tolak(pesan: str, rincian: list[str] | None = None) -> IkiError:
    return IkiError(pesan + " Tidak ada yang diubah.", rincian=rincian)


# ------------------------------------------------------------------ file level


def _salin_lokal(sumber: Path, tujuan: Path) -> int:
    """Copy in chunks, stopping at the size limit even if the file grows meanwhile."""
    try:
        if not sumber.exists():
            raise IkiError(f"Berkas {sumber} tidak ditemukan.")
        if sumber.is_dir():
            raise IkiError(f"{sumber} adalah folder, bukan berkas paket.")
        if sumber.stat().st_size > MAKS_UKURAN_PAKET:
            raise _terlalu_besar(sumber)
        total = 0
        with open(sumber, "rb") as src, open(tujuan, "wb") as dst:
            while chunk := src.read(1024 * 1024):
                total += len(chunk)
                if total > MAKS_UKURAN_PAKET:
                    raise _terlalu_besar(sumber)
                dst.write(chunk)
        return total
    except OSError as exc:
        raise IkiError(
            f"Berkas {sumber.name} tidak dapat dibaca ({exc.strerror or exc}). "
            "Flashdisk mungkin tercabut atau rusak."
        ) from exc


def _terlalu_besar(sumber: Path) -> IkiError:
    return _tolak(
        f"Berkas {sumber.name} terlalu besar untuk sebuah paket IKI Desktop "
        f"(batasnya {ukuran_mb(MAKS_UKURAN_PAKET)})."
    )


def _periksa_header(path: Path, nama: str) -> int:
    with open(path, "rb") as f:
        head = f.read(100)
    ukuran = path.stat().st_size
    if not head:
        raise _tolak(f"Berkas {nama} kosong, bukan paket IKI Desktop.")
    if not head.startswith(SQLITE_MAGIC):
        if head.startswith(b"PK\x03\x04"):
            jenis = " Isinya berkas Excel/Word atau arsip ZIP yang diganti namanya."
        elif head.startswith(b"%PDF"):
            jenis = " Isinya berkas PDF yang diganti namanya."
        else:
            jenis = ""
        raise _tolak(f"Berkas {nama} bukan paket IKI Desktop.{jenis}")
    header = FileHeader.dari(head)
    if header is None:
        raise _tolak(f"Berkas {nama} terpotong (mungkin flashdisk tercabut saat menyalin).")
    if header.wal:
        raise _tolak(
            f"Berkas {nama} belum ditutup dengan benar oleh program yang menulisnya "
            "(mode WAL); paket yang benar tidak pernah begitu."
        )
    if header.application_id != APPLICATION_ID:
        raise _tolak(f"Berkas {nama} adalah basis data program lain, bukan paket IKI Desktop.")
    versi = header.user_version
    if versi > SCHEMA_VERSION:
        raise _tolak(
            f"Paket {nama} dibuat oleh versi IKI Desktop yang lebih baru (skema {versi}, "
            f"program ini skema {SCHEMA_VERSION}). Perbarui program terlebih dahulu."
        )
    if versi < VERSI_PAKET_MINIMUM:
        raise _tolak(f"Berkas {nama} bukan paket IKI Desktop (versi skema {versi}).")
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    halaman = int.from_bytes(head[28:32], "big")
    if page < 512 or page & (page - 1) or ukuran % page or ukuran < halaman * page:
        raise _tolak(f"Berkas {nama} terpotong atau rusak (mungkin flashdisk tercabut).")
    return versi


# ------------------------------------------------------------------ row level


def _cek_tipe(tabel: str, row: Row, versi: int, masalah: list[str]) -> None:
    for nama, tipe, wajib in kolom_tabel(tabel, versi):
        v = row[nama]
        if v is None:
            if wajib:
                masalah.append(f"{tabel}: kolom {nama} kosong.")
            continue
        ok = {
            "TEXT": isinstance(v, str) and len(v) <= MAKS_TEKS,
            "INTEGER": isinstance(v, int) and not isinstance(v, bool),
            "BLOB": isinstance(v, bytes) and len(v) <= 20 * 1024 * 1024,
        }.get(tipe, False)
        if not ok:
            masalah.append(f"{tabel}: isi kolom {nama} tidak sesuai jenisnya.")


def _cek_id(tabel: str, nama: str, v: Any, masalah: list[str]) -> None:
    if v is not None and not (isinstance(v, str) and POLA_ID.fullmatch(v)):
        masalah.append(f"{tabel}: {nama} bukan id yang sah ({str(v)[:40]!r}).")


def _json(tabel: str, row: Row, kolom: str, jenis: type, masalah: list[str]) -> None:
    if kolom not in row:
        return  # a package of an older schema: the column came later
    try:
        nilai = json.loads(row[kolom])
    except (ValueError, TypeError, RecursionError):
        masalah.append(f"{tabel} {row.get('id', '')}: kolom {kolom} bukan JSON yang benar.")
        return
    if not isinstance(nilai, jenis):
        masalah.append(f"{tabel} {row.get('id', '')}: kolom {kolom} berbentuk salah.")


_JSON_KOLOM: dict[str, list[tuple[str, type]]] = {
    "instansi": [("alamat", list), ("pengaturan", dict)],
    "dokumen": [
        ("keputusan", dict),
        ("kolom_iku", list),
        ("kolom_iki", list),
        ("cascading", dict),
        ("bentuk", dict),
    ],
    "jabatan": [("pemangku", dict), ("tugas_butir", list), ("fungsi", list)],
    "indikator": [("formula", list), ("gabung", list)],
    "penetapan": [("snapshot", dict)],
}
# Columns added by later schema versions: checked only when the sender's schema has them.
_JSON_KOLOM_BARU: dict[str, list[tuple[str, type]]] = {
    "dokumen": [("pk", dict)],
    "sasaran": [("tautan", list)],
    "indikator": [("tautan", list), ("kinerja", dict), ("realisasi", list)],
}
_DARI_BARIS = {
    "instansi": rows.instansi_from_row,
    "dokumen": rows.dokumen_from_row,
    "jabatan": rows.jabatan_from_row,
    "indikator": rows.indikator_from_row,
    "sasaran": rows.sasaran_from_row,
}


def _cek_baris(baris: dict[str, list[Row]], versi: int) -> list[str]:
    masalah: list[str] = []
    for tabel in TABEL_PAKET:
        for row in baris[tabel]:
            awal = len(masalah)
            _cek_tipe(tabel, row, versi, masalah)
            for nama in ("id", "dokumen_id", "instansi_id", "parent_id", "jabatan_id",
                         "sasaran_id", "pendahulu_id"):  # fmt: skip
                if nama in row:
                    _cek_id(tabel, nama, row[nama], masalah)
            if len(masalah) > awal:
                continue
            if "deleted" in row and row["deleted"] not in (0, 1):
                masalah.append(f"{tabel} {row['id']}: penanda hapus tidak sah.")
            for kolom in ("updated_at", "waktu", "ditetapkan_at"):
                if kolom in row:
                    try:
                        dt.datetime.fromisoformat(row[kolom])
                    except ValueError:
                        masalah.append(f"{tabel}: waktu {kolom} tidak sah.")
            for kolom, jenis in _JSON_KOLOM.get(tabel, []):
                _json(tabel, row, kolom, jenis, masalah)
            for kolom, jenis in _JSON_KOLOM_BARU.get(tabel, []):
                if kolom in row:
                    _json(tabel, row, kolom, jenis, masalah)
            if len(masalah) > awal:
                continue
            masalah += masalah_kinerja(tabel, row)
            if tabel in _DARI_BARIS:
                try:
                    _DARI_BARIS[tabel](row)
                except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
                    masalah.append(f"{tabel} {row['id']}: isinya tidak sesuai format IKI Desktop.")
        if len(masalah) > 50:
            break
    return masalah


def _cek_rujukan(baris: dict[str, list[Row]]) -> list[str]:
    masalah: list[str] = []
    semua_id: set[str] = set()
    for tabel in TABEL_REKAMAN:
        for row in baris[tabel]:
            if row["id"] in semua_id:
                masalah.append(f"Id {row['id']} dipakai lebih dari sekali ({tabel}).")
            semua_id.add(row["id"])
    instansi = {r["id"] for r in baris["instansi"]}
    dokumen = {r["id"]: r for r in baris["dokumen"]}
    jabatan = {r["id"]: r["dokumen_id"] for r in baris["jabatan"]}
    sasaran = {r["id"]: r["dokumen_id"] for r in baris["sasaran"]}
    for r in baris["dokumen"]:
        if r["instansi_id"] not in instansi:
            masalah.append(f"Dokumen {r['id']} menunjuk instansi yang tidak ada di paket.")
        if r["pendahulu_id"] is not None and r["pendahulu_id"] not in dokumen:
            masalah.append(f"Dokumen {r['id']} menunjuk dokumen pendahulu yang tidak ada.")
    for tabel in ("jabatan", "sasaran", "indikator", "penetapan", "riwayat_edit"):
        for r in baris[tabel]:
            if r["dokumen_id"] not in dokumen:
                masalah.append(f"{tabel} {r.get('id', '')} menunjuk dokumen yang tidak ada.")
    for r in baris["jabatan"]:
        if r["parent_id"] is not None and jabatan.get(r["parent_id"]) != r["dokumen_id"]:
            masalah.append(f"Jabatan {r['id']} menunjuk atasan yang tidak ada.")
    for r in baris["sasaran"]:
        if r["jabatan_id"] is not None and jabatan.get(r["jabatan_id"]) != r["dokumen_id"]:
            masalah.append(f"Sasaran {r['id']} menunjuk jabatan yang tidak ada.")
    for r in baris["indikator"]:
        if sasaran.get(r["sasaran_id"]) != r["dokumen_id"]:
            masalah.append(f"Indikator {r['id']} menunjuk sasaran yang tidak ada.")
    parent = {r["id"]: r["parent_id"] for r in baris["jabatan"]}
    for jid in parent:
        langkah, cursor = 0, parent[jid]
        while cursor is not None and langkah <= len(parent):
            cursor, langkah = parent.get(cursor), langkah + 1
        if langkah > len(parent):
            masalah.append(f"Jabatan {jid} berada di dalam lingkaran atasan-bawahan.")
    kode: set[str] = set()
    for r in baris["penetapan"]:
        if dokumen[r["dokumen_id"]]["status"] != "ditetapkan":
            masalah.append(f"Penetapan untuk dokumen {r['dokumen_id']} yang belum ditetapkan.")
        if r["kode"] in kode:
            masalah.append(f"Kode penetapan {r['kode']} dipakai lebih dari sekali.")
        kode.add(r["kode"])
    ada = {(t, r["id"]) for t in TABEL_REKAMAN for r in baris[t]}
    for r in baris["sinkron"]:
        if (r["tabel"], r["id"]) not in ada or not POLA_HASH.fullmatch(r["hash_terakhir"]):
            masalah.append(f"Catatan sinkron untuk {r['tabel']} {r['id']} tidak sah.")
    for r in baris["sinkron_leluhur"]:
        if (r["tabel"], r["id"]) not in ada or not POLA_HASH.fullmatch(r["hash"]):
            masalah.append(f"Catatan asal-usul untuk {r['tabel']} {r['id']} tidak sah.")
    ditetapkan = {r["dokumen_id"] for r in baris["penetapan"]}
    for r in baris["penetapan_tanda"]:
        sah = (
            r["dokumen_id"] in ditetapkan
            and publik_sah(r["kunci_publik"])
            and len(r["tanda_tangan"]) <= 100
            and len(r["nama_kantor"]) <= 4 * MAKS_NAMA
        )
        if not sah:
            masalah.append(f"Tanda tangan penetapan dokumen {r['dokumen_id']} tidak sah.")
    return masalah


# ------------------------------------------------------------------ database level


def _baca_db(path: Path, nama: str, versi: int) -> tuple[dict[str, str], dict[str, list[Row]]]:
    conn = buka_baca(path, immutable=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
        hasil = conn.execute("PRAGMA quick_check").fetchall()
        if hasil != [("ok",)]:
            raise _tolak(f"Paket {nama} rusak (pemeriksaan SQLite gagal).")
        ada = objek_berkas(conn)
        harap = objek_diharapkan(versi)
        if ada != harap:
            asing = sorted(f"{o[0]} {o[1]}" for o in ada - harap)
            hilang = sorted(f"{o[0]} {o[1]}" for o in harap - ada)
            raise _tolak(
                f"Paket {nama} memuat susunan basis data yang tidak dibuat oleh IKI Desktop "
                "(mungkin diubah program lain); paket ditolak demi keamanan.",
                [f"tidak dikenal: {a}" for a in asing] + [f"tidak ada: {h}" for h in hilang],
            )
        manifest = {
            str(k): str(v)
            for k, v in conn.execute("SELECT kunci, nilai FROM paket_manifest").fetchall()
        }
        baris: dict[str, list[Row]] = {}
        for tabel in TABEL_PAKET:
            kolom = [k[0] for k in kolom_tabel(tabel, versi)]
            cur = conn.execute(f"SELECT {', '.join(kolom)} FROM {tabel}")
            baris[tabel] = [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]
        return manifest, baris
    finally:
        conn.close()


def periksa_berkas(path: str | Path, nama: str | None = None) -> IsiPaket:
    """Validate a package file that is already local; return its content."""
    path = Path(path)
    nama = teks_aman(nama or path.name)
    try:
        versi = _periksa_header(path, nama)
        manifest, baris = _baca_db(path, nama, versi)
        masalah = _cek_baris(baris, versi) or _cek_rujukan(baris)
        if masalah:
            raise _tolak(
                f"Isi paket {nama} melanggar aturan data IKI Desktop; paket ditolak.", masalah
            )
        if manifest.get("format") != FORMAT or manifest.get("versi_skema") != str(versi):
            raise _tolak(f"Keterangan (manifest) paket {nama} tidak sah.")
        periksa_tanda_manifest(manifest, nama)
        jumlah = {t: len(baris[t]) for t in TABEL_PAKET}
        if (
            manifest.get("checksum") != checksum(baris, versi)
            or json.loads(manifest.get("jumlah", "null")) != jumlah
        ):
            raise _tolak(
                f"Isi paket {nama} tidak cocok dengan tanda periksanya (checksum); "
                "paket rusak atau diubah setelah dikirim."
            )
        _tolak_penetapan_palsu(baris, nama)
    except IkiError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise _tolak(f"Paket {nama} rusak dan tidak dapat dibaca ({exc}).") from exc
    except UnicodeError as exc:  # damaged text inside SQLite's own messages or rows
        raise _tolak(f"Paket {nama} rusak dan tidak dapat dibaca.") from exc
    except Exception as exc:  # hostile input: any failure is a refusal, never a crash
        _LOG.warning("unexpected failure reading package %s", nama, exc_info=True)
        raise _tolak(f"Paket {nama} rusak dan tidak dapat dibaca.") from exc
    isi = IsiPaket(manifest=manifest, baris=baris, versi_skema=versi, ukuran=path.stat().st_size)
    isi.hash_baris = {(t, r["id"]): hash_isi(t, r) for t in TABEL_REKAMAN for r in baris[t]}
    return isi


def _tolak_penetapan_palsu(baris: dict[str, list[Row]], nama: str) -> None:
    rincian = rincian_penetapan_rusak(baris)
    if rincian:
        raise _tolak(
            f"{PERINGATAN} Paket {nama} memuat dokumen yang ditetapkan tetapi isinya tidak "
            "cocok dengan kode, sidik isi atau tanda tangan penetapannya: paket diubah atau "
            "dipalsukan. Paket ditolak seluruhnya.",
            rincian[:20],
        )


def baca_isi(path: str | Path) -> IsiPaket:
    """Copy the package to a local temp file, validate it there, and read it into memory."""
    sumber = Path(path)
    with tempfile.TemporaryDirectory(prefix="iki-terima-") as folder:
        lokal = Path(folder) / "paket.sqlite"
        _salin_lokal(sumber, lokal)
        return periksa_berkas(lokal, sumber.name)


def baca_paket(path: str | Path, store: Store | None = None) -> PratinjauPaket:
    """Read and validate a package; with a store, compare it with the local data.

    Nothing local is changed. The preview lists instansi, Dokumen, per-table counts of
    new/changed/unchanged records, and the conflicts that need a decision.
    """
    from iki_desktop.store.transfer.gabung import pratinjau

    isi = baca_isi(path)
    return pratinjau(isi, Path(path), store)
