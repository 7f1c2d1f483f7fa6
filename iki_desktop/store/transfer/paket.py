"""Kirim: write a `.ikipaket` so that a pulled stick never leaves a half-written package.

Recipe: read our tables through a read-only connection of our own → write them into a
fresh SQLite file our code created, under a temporary name in the target folder →
rollback journal (never WAL), integrity_check → fsync file → rename into place →
fsync folder → re-open read-only and verify like a receiver would → only then report
success. Any failure removes the temporary file; the final name either does not
exist or names a complete, verified package.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import iki_desktop
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.keaslian import PERINGATAN
from iki_desktop.domain.model import new_id
from iki_desktop.store import rows
from iki_desktop.store.keaslian import kantor_sendiri, nama_kantor_sendiri
from iki_desktop.store.kunci import kunci_kantor
from iki_desktop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from iki_desktop.store.store import Store
from iki_desktop.store.transfer.tanda_tangan import (
    MAKS_DAFTAR_NAMA,
    rincian_penetapan_rusak,
    tandatangani_manifest,
    teks_aman,
)
from iki_desktop.store.transfer.umum import (
    EKSTENSI,
    FORMAT,
    TABEL_PAKET,
    TABEL_REKAMAN,
    Row,
    buat_skema_paket,
    cek_ruang,
    checksum,
    fsync_berkas,
    fsync_folder,
    nama_kolom,
    pesan_os,
)
from iki_desktop.store.uri import buka_baca

Progress = Callable[[float, str], None]
PESAN_AMAN = "Aman untuk mencabut flashdisk."

# Our temp name on the target: `.<name>.<first 8 hex of the paket uuid>.sementara`, plus
# SQLite's `-journal` beside it. A send killed mid-write (stick pulled, power cut) leaves
# them behind; the next send to that folder removes them once they are clearly abandoned.
_POLA_SEMENTARA = re.compile(r"\..+\.[0-9a-f]{8}\.sementara(-journal)?")
BASI_DETIK = 10 * 60


@dataclass
class HasilKirim:
    path: Path
    ukuran: int
    jumlah: dict[str, int]
    paket_id: str
    checksum: str
    pesan: str


def _titik(nama: str) -> None:
    """A named step of the write; tests replace this to fail at every step in turn."""


def _baca_sumber(store: Store) -> dict[str, list[Row]]:
    """Every row of the package tables from one consistent read snapshot."""
    conn = buka_baca(store.path)
    try:
        conn.execute("BEGIN")
        out: dict[str, list[Row]] = {}
        for tabel in TABEL_PAKET:
            kolom = nama_kolom(tabel)
            cur = conn.execute(f"SELECT {', '.join(kolom)} FROM {tabel}")
            out[tabel] = [dict(zip(kolom, r, strict=True)) for r in cur.fetchall()]
        conn.execute("COMMIT")
        return out
    except sqlite3.Error as exc:
        raise IkiError(f"Basis data tidak dapat dibaca untuk dikirim ({exc}).") from exc
    finally:
        conn.close()


def pilih_isi(semua: dict[str, list[Row]], dokumen_ids: list[str] | None) -> dict[str, list[Row]]:
    """The rows of the chosen Dokumen (with predecessors, instansi, penetapan, history)."""
    if dokumen_ids is None:
        dok_ids = {r["id"] for r in semua["dokumen"]}
        inst_ids = {r["id"] for r in semua["instansi"]}
    else:
        by_id = {r["id"]: r for r in semua["dokumen"]}
        missing = [d for d in dokumen_ids if d not in by_id]
        if missing:
            raise IkiError(f"Dokumen {missing[0]} tidak ada di basis data ini.")
        dok_ids = set()
        todo = list(dokumen_ids)
        while todo:  # a revision travels with what it revises: pendahulu_id must resolve
            d = todo.pop()
            if d in dok_ids or d not in by_id:
                continue
            dok_ids.add(d)
            if by_id[d]["pendahulu_id"]:
                todo.append(by_id[d]["pendahulu_id"])
        inst_ids = {by_id[d]["instansi_id"] for d in dok_ids}
    out: dict[str, list[Row]] = {
        "instansi": [r for r in semua["instansi"] if r["id"] in inst_ids],
        "dokumen": [r for r in semua["dokumen"] if r["id"] in dok_ids],
    }
    for tabel in ("jabatan", "sasaran", "indikator", "penetapan", "penetapan_tanda",
                  "riwayat_edit"):  # fmt: skip
        out[tabel] = [r for r in semua[tabel] if r["dokumen_id"] in dok_ids]
    ada = {(t, r["id"]) for t in TABEL_REKAMAN for r in out[t]}
    for tabel in ("sinkron", "sinkron_leluhur"):
        out[tabel] = [r for r in semua[tabel] if (r["tabel"], r["id"]) in ada]
    return out


def _manifest(store: Store, isi: dict[str, list[Row]], cek: str) -> dict[str, str]:
    instansi = sorted(isi["instansi"], key=lambda r: (r["deleted"], r["nama"]))
    nama = ", ".join(teks_aman(f"{r['jenis'].capitalize()} {r['nama']}", 120) for r in instansi)
    kantor_id = kantor_sendiri(store)
    return {
        "format": FORMAT,
        "paket_id": new_id(),
        "instansi_id": instansi[0]["id"] if instansi else "",
        "instansi_nama": teks_aman(nama, MAKS_DAFTAR_NAMA),
        "kantor_id": kantor_id,
        "kantor_nama": teks_aman(nama_kantor_sendiri(store) or "Kantor tanpa instansi"),
        "dibuat_at": rows.now_utc(),
        "versi_program": iki_desktop.__version__,
        "versi_skema": str(SCHEMA_VERSION),
        "jumlah": json.dumps({t: len(isi[t]) for t in TABEL_PAKET}, sort_keys=True),
        "checksum": cek,
    }


def _insert(conn: sqlite3.Connection, tabel: str, baris: list[Row]) -> None:
    kolom = nama_kolom(tabel)
    sql = f"INSERT INTO {tabel} ({', '.join(kolom)}) VALUES ({', '.join('?' * len(kolom))})"
    conn.executemany(sql, ([r[c] for c in kolom] for r in baris))


def _tulis(tmp: Path, isi: dict[str, list[Row]], manifest: dict[str, str], lapor: Progress) -> None:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        # The file is fsynced as a whole before the rename; per-commit syncs would only
        # make a slow stick slower.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        _titik("skema")
        buat_skema_paket(conn)
        conn.execute("BEGIN IMMEDIATE")
        ditetapkan = [r["id"] for r in isi["dokumen"] if r["status"] == "ditetapkan"]
        # Children go in under a draf parent; the lock triggers of the package schema
        # would refuse them under a ditetapkan one. The status is set back below.
        for n, tabel in enumerate(TABEL_PAKET):
            _titik(f"isi:{tabel}")
            baris = isi[tabel]
            if tabel == "dokumen":
                baris = [r | {"status": "draf"} for r in baris]
            _insert(conn, tabel, baris)
            lapor(0.1 + 0.5 * (n + 1) / len(TABEL_PAKET), "Menyalin data…")
        conn.executemany(
            "UPDATE dokumen SET status = 'ditetapkan' WHERE id = ?", ((d,) for d in ditetapkan)
        )
        conn.executemany("INSERT INTO paket_manifest VALUES (?, ?)", list(manifest.items()))
        _titik("commit")
        conn.execute("COMMIT")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise IkiError("Paket yang ditulis tidak bertanda IKI Desktop.")
        _titik("integritas")
        hasil = conn.execute("PRAGMA integrity_check").fetchall()
        if hasil != [("ok",)]:
            raise IkiError("Pemeriksaan paket yang baru ditulis gagal; paket tidak disimpan.")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            raise IkiError("Paket yang ditulis memuat rujukan yang tidak utuh; tidak disimpan.")
    finally:
        conn.close()


def _perkiraan_ukuran(store: Store, isi: dict[str, list[Row]], semua: dict[str, list[Row]]) -> int:
    try:
        besar = store.path.stat().st_size
    except OSError:
        besar = 0
    total = sum(len(v) for v in semua.values()) or 1
    dipilih = sum(len(v) for v in isi.values())
    return int((besar * dipilih / total + 128 * 1024) * 1.2)


def buat_paket(
    store: Store,
    tujuan: str | Path,
    dokumen_ids: list[str] | None = None,
    progress: Progress | None = None,
) -> HasilKirim:
    """Write the whole database (or the chosen Dokumen) as one verified `.ikipaket`."""
    from iki_desktop.store.transfer.terima import periksa_berkas

    lapor: Progress = progress or (lambda _f, _t: None)
    tujuan = Path(tujuan)
    if tujuan.suffix.lower() != EKSTENSI:
        tujuan = tujuan.with_name(tujuan.name + EKSTENSI)
    folder = tujuan.parent
    if not folder.is_dir():
        raise IkiError(f"Folder {folder} tidak ada (flashdisk mungkin belum terpasang).")
    if tujuan.is_dir():
        raise IkiError(f"{tujuan} adalah folder; pilih nama berkas lain.")

    # Before the space check: a stale temp package may be what fills the stick.
    bersihkan_sementara(folder)
    lapor(0.0, "Membaca basis data…")
    semua = _baca_sumber(store)
    isi = pilih_isi(semua, dokumen_ids)
    if not isi["dokumen"]:
        raise IkiError("Tidak ada dokumen untuk dikirim.")
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise IkiError(pesan_os(exc, folder)) from exc
    cek_ruang(folder, _perkiraan_ukuran(store, isi, semua), free)

    _tolak_yang_diubah(isi)
    try:
        kunci = kunci_kantor()
    except IkiError as exc:
        raise IkiError(f"Paket tidak tersimpan: {exc}") from exc
    manifest = tandatangani_manifest(_manifest(store, isi, checksum(isi)), kunci)
    tmp = folder / f".{tujuan.stem}.{manifest['paket_id'][:8]}.sementara"
    dipindah = False
    try:
        _titik("mulai")
        _tulis(tmp, isi, manifest, lapor)
        # A slow stick can take seconds in each fsync and in reading the package back:
        # every step is reported before and after, so the window shows where it is.
        lapor(0.7, "Menyimpan ke flashdisk…")
        _titik("fsync")
        fsync_berkas(tmp)
        lapor(0.78, "Berkas paket tersimpan; menyelesaikan folder…")
        _titik("ganti-nama")
        os.replace(tmp, tujuan)
        dipindah = True
        _titik("fsync-folder")
        fsync_folder(folder)
        lapor(0.85, "Memeriksa paket yang tersimpan…")
        _titik("verifikasi")
        hasil = periksa_berkas(tujuan)
        if hasil.manifest.get("checksum") != manifest["checksum"]:
            raise IkiError("Paket yang tersimpan berbeda dari yang ditulis.")
        lapor(0.97, "Paket sudah diperiksa: isinya sama dengan yang ditulis.")
        ukuran = tujuan.stat().st_size
    except BaseException as exc:
        _hapus(tmp)
        _hapus(Path(str(tmp) + "-journal"))
        if dipindah:
            _hapus(tujuan)
        if isinstance(exc, IkiError):
            raise IkiError(f"Paket tidak tersimpan: {exc}") from exc
        if isinstance(exc, OSError | sqlite3.Error):
            raise IkiError(pesan_os(exc, folder) + " Paket tidak tersimpan.") from exc
        raise
    lapor(1.0, PESAN_AMAN)
    return HasilKirim(
        path=tujuan,
        ukuran=ukuran,
        jumlah={t: len(isi[t]) for t in TABEL_PAKET},
        paket_id=manifest["paket_id"],
        checksum=manifest["checksum"],
        pesan=f"Paket tersimpan di {tujuan}. {PESAN_AMAN}",
    )


def _tolak_yang_diubah(isi: dict[str, list[Row]]) -> None:
    """Never forward enacted content that no longer matches its code (altered at rest)."""
    rincian = rincian_penetapan_rusak(isi)
    if rincian:
        raise IkiError(
            f"{PERINGATAN} Paket tidak dibuat: dokumen yang ditetapkan di basis data ini telah "
            "diubah di luar program, dan isi seperti itu tidak boleh diteruskan. Periksa "
            "dengan: iki-desktop verify KODE.",
            rincian=rincian[:20],
        )


def bersihkan_sementara(folder: Path, umur_detik: float = BASI_DETIK) -> list[Path]:
    """Remove our stale temp files in folder: exact temp-name pattern, regular file, old.

    The age limit keeps a send that is still running (another program instance, another
    PC writing to the same stick) safe. Anything else in the folder is never touched.
    """
    batas = time.time() - umur_detik
    dihapus: list[Path] = []
    try:
        calon = [p for p in folder.iterdir() if _POLA_SEMENTARA.fullmatch(p.name)]
    except OSError:
        return dihapus
    for path in calon:
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > batas:
                continue
            path.unlink()
        except OSError:
            continue
        dihapus.append(path)
    return dihapus


def _hapus(path: Path) -> None:
    # If the stick is gone, a leftover temp name is harmless: the final name is never used.
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
