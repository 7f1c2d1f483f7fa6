"""Power-cut trials: kill a writer with SIGKILL, then check the file it leaves.

Shared by tests/durability/test_power_cut.py (a few trials in CI) and
tests/benchmarks/durability.py (hundreds of trials).

A "fact" is one checkable statement about the database, keyed by a string:
    jabatan/<id>      {"nama", "parent_id", "deleted"}
    sasaran/<id>      {"teks", "jabatan_id", "deleted"}
    indikator/<id>    {"teks", "sumber_data", "sasaran_id", "deleted"}
    urut/<tabel>/<w>  live children of container w in order (w "-" = the root)
    keputusan/<dok>   the Keputusan nomor
    dokumen/<dok>     the Dokumen judul
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iki_desktop.store.uri import buka_baca

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EDITOR = HERE / "editor_script.py"
FIXTURE_V1 = REPO / "tests" / "fixtures" / "schema-v1.sqlite"

Fakta = dict[str, Any]


def _urut(conn: sqlite3.Connection, sql: str, wadah: str | None) -> list[str]:
    return [r[0] for r in conn.execute(sql + " AND deleted = 0 ORDER BY urutan, rowid", (wadah,))]


def semua_fakta(conn: sqlite3.Connection) -> Fakta:
    """Every fact of a database holding one Dokumen (the editor script's world)."""
    f: Fakta = {}
    jab = conn.execute("SELECT id, nama, parent_id, deleted FROM jabatan").fetchall()
    for ident, nama, parent, deleted in jab:
        f[f"jabatan/{ident}"] = {"nama": nama, "parent_id": parent, "deleted": deleted}
    sas = conn.execute("SELECT id, teks, jabatan_id, deleted FROM sasaran").fetchall()
    for ident, teks, jabatan_id, deleted in sas:
        f[f"sasaran/{ident}"] = {"teks": teks, "jabatan_id": jabatan_id, "deleted": deleted}
    for ident, teks, sumber, sasaran_id, deleted in conn.execute(
        "SELECT id, teks, sumber_data, sasaran_id, deleted FROM indikator"
    ):
        f[f"indikator/{ident}"] = {
            "teks": teks,
            "sumber_data": sumber,
            "sasaran_id": sasaran_id,
            "deleted": deleted,
        }
    q_jab = "SELECT id FROM jabatan WHERE parent_id IS ?"
    q_sas = "SELECT id FROM sasaran WHERE jabatan_id IS ?"
    q_ind = "SELECT id FROM indikator WHERE sasaran_id IS ?"
    f["urut/jabatan/-"] = _urut(conn, q_jab, None)
    f["urut/sasaran/-"] = _urut(conn, q_sas, None)
    for ident, *_rest in jab:
        f[f"urut/jabatan/{ident}"] = _urut(conn, q_jab, ident)
        f[f"urut/sasaran/{ident}"] = _urut(conn, q_sas, ident)
    for ident, *_rest in sas:
        f[f"urut/indikator/{ident}"] = _urut(conn, q_ind, ident)
    for ident, judul, keputusan in conn.execute("SELECT id, judul, keputusan FROM dokumen"):
        f[f"dokumen/{ident}"] = judul
        f[f"keputusan/{ident}"] = json.loads(keputusan).get("nomor", "")
    return f


def baca_fakta(conn: sqlite3.Connection, kunci: list[str]) -> Fakta:
    semua = semua_fakta(conn)
    return {k: semua.get(k) for k in kunci}


# ---------------------------------------------------------------- base database


def buat_basis(path: Path) -> Path:
    """A database with the Wonoasih sample (36 jabatan, 133 indikator) as a Draf."""
    from iki_desktop.resources import load_contoh
    from iki_desktop.store import Store

    instansi, dokumen = load_contoh()
    with Store.create(path) as store:
        store.import_dokumen(instansi, dokumen)
    return path


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["IKI_DESKTOP_DATA_DIR"] = str(data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    return env


# ---------------------------------------------------------------- edit trials


@dataclass
class Hasil:
    seed: int
    jeda: float  # seconds after SIGAP before the kill
    diakui: int = 0  # number of acknowledged edits
    sedang: bool = False  # an edit was in flight (NIAT without ACK)
    diterapkan: bool | None = None  # was the in-flight edit in the file?
    masalah: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.masalah


def _urai_keluaran(teks: str) -> tuple[list[tuple[int, Fakta]], tuple[int, Fakta] | None]:
    """ACKed fact sets in order, and the in-flight NIAT (None when none)."""
    acks: list[tuple[int, Fakta]] = []
    niat: tuple[int, Fakta] | None = None
    for baris in teks.splitlines():
        jenis, _, sisa = baris.partition(" ")
        nomor, _, isi = sisa.partition(" ")
        try:
            data = json.loads(isi) if isi else None
        except json.JSONDecodeError:
            continue  # the kill cut the last line in half: it never reached us whole
        if jenis == "NIAT" and data is not None:
            niat = (int(nomor), data)
        elif jenis == "ACK" and data is not None:
            acks.append((int(nomor), data))
            niat = None
    return acks, niat


def periksa_berkas(
    db: Path, awal: Fakta, keluaran: str, hasil: Hasil, data_dir: Path | None = None
) -> None:
    """After a kill: integrity, the program opens the file, every ACKed fact is present."""
    from iki_desktop.domain.errors import IkiError
    from iki_desktop.store import Store

    try:
        conn = sqlite3.connect(db)
        try:
            cek = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        hasil.masalah.append(f"integrity_check gagal: {exc}")
        return
    if cek != ["ok"]:
        hasil.masalah.append(f"integrity_check: {cek[:5]}")
    try:
        store = Store.open(db)
    except IkiError as exc:
        hasil.masalah.append(f"Store.open gagal: {exc}")
        return
    try:
        nyata = semua_fakta(store.conn)
        store.load_dokumen(next(iter(d.id for d in store.list_dokumen())))
    finally:
        store.close()
    acks, niat = _urai_keluaran(keluaran)
    hasil.diakui = len(acks)
    sebelum = dict(awal)
    for _n, ubah in acks:
        sebelum.update(ubah)
    sesudah = dict(sebelum)
    if niat is not None:
        hasil.sedang = True
        sesudah.update(niat[1])
    if nyata == sebelum:
        hasil.diterapkan = False if niat is not None else None
        return
    if niat is not None and nyata == sesudah:
        hasil.diterapkan = True
        return
    beda = [k for k in set(nyata) | set(sebelum) if nyata.get(k) != sebelum.get(k)]
    if niat is not None:
        beda2 = [k for k in set(nyata) | set(sesudah) if nyata.get(k) != sesudah.get(k)]
        beda = beda if len(beda) <= len(beda2) else beda2
    contoh = {k: (sebelum.get(k), nyata.get(k)) for k in sorted(beda)[:3]}
    hasil.masalah.append(f"{len(beda)} fakta berbeda dari yang diakui, mis. {contoh}")


def percobaan(
    basis: Path, kerja: Path, seed: int, jeda: float, awal: Fakta, batas_edit: int = 100_000
) -> Hasil:
    """One trial: copy the base, run the editor, kill it `jeda` s after it is ready, check."""
    db = kerja / f"percobaan-{seed}.sqlite"
    data_dir = kerja / f"data-{seed}"
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(basis, db)
    hasil = Hasil(seed, jeda)
    proc = subprocess.Popen(
        [sys.executable, str(EDITOR), str(db), str(seed), str(batas_edit)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(data_dir),
    )
    assert proc.stdout is not None
    pertama = proc.stdout.readline()
    if pertama.strip() != b"SIAP":
        proc.kill()
        _out, err = proc.communicate()
        hasil.masalah.append(
            f"editor tidak siap: {pertama!r} {err.decode(errors='replace')[-800:]}"
        )
        return hasil
    time.sleep(jeda)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate()
    if proc.returncode != -signal.SIGKILL:
        hasil.masalah.append(
            f"editor berhenti sendiri (kode {proc.returncode}): "
            f"{err.decode(errors='replace')[-800:]}"
        )
    periksa_berkas(db, awal, out.decode("utf-8", errors="replace"), hasil, data_dir)
    if hasil.ok:
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            p.unlink(missing_ok=True)
        shutil.rmtree(data_dir, ignore_errors=True)
    return hasil


def jalankan(
    kerja: Path, jumlah: int, seed: int, jeda_maks: float = 0.6
) -> tuple[list[Hasil], float]:
    """`jumlah` trials with kill delays drawn uniformly in [0, jeda_maks); returns (results, s)."""
    t0 = time.perf_counter()
    kerja.mkdir(parents=True, exist_ok=True)
    basis = kerja / "basis.sqlite"
    if not basis.exists():
        os.environ.setdefault("IKI_DESKTOP_DATA_DIR", str(kerja / "data-basis"))
        buat_basis(basis)
    conn = sqlite3.connect(basis)
    try:
        awal = semua_fakta(conn)
    finally:
        conn.close()
    rng = random.Random(seed)
    out = [
        percobaan(basis, kerja, rng.randrange(1 << 30), rng.uniform(0.0, jeda_maks), awal)
        for _ in range(jumlah)
    ]
    return out, time.perf_counter() - t0


# ---------------------------------------------------------------- migration kills

_MIGRASI_ANAK = r"""
import os, signal, sqlite3, sys
from iki_desktop.store import connection
batas = int(sys.argv[2])
hitung = [0]
asli = connection._connect

def _connect(path, mode):
    conn = asli(path, mode)
    def jejak(_sql):
        hitung[0] += 1
        if hitung[0] == batas:
            os.kill(os.getpid(), signal.SIGKILL)
    conn.set_trace_callback(jejak)
    return conn

connection._connect = _connect
from iki_desktop.store import Store
Store.open(sys.argv[1]).close()
print("JUMLAH", hitung[0], flush=True)
"""


def skema(db: Path) -> tuple[int, list[tuple[str, str, str]]]:
    conn = buka_baca(db)
    try:
        versi = conn.execute("PRAGMA user_version").fetchone()[0]
        obj = conn.execute(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
        ).fetchall()
        return int(versi), obj
    finally:
        conn.close()


def skema_acuan(kerja: Path) -> dict[int, list[tuple[str, str, str]]]:
    """The schema of the v1 fixture migrated to each version (what a clean step leaves)."""
    from iki_desktop.store.schema import SCHEMA_VERSION, migrate

    out = {}
    for versi in range(1, SCHEMA_VERSION + 1):
        p = kerja / f"acuan-v{versi}.sqlite"
        shutil.copyfile(FIXTURE_V1, p)
        conn = sqlite3.connect(p, isolation_level=None)
        try:
            migrate(conn, target=versi)
        finally:
            conn.close()
        out[versi] = skema(p)[1]
    return out


def buka_sampai(db: Path, batas: int, data_dir: Path) -> tuple[int, str]:
    """Run Store.open(db) in a child that SIGKILLs itself at SQL statement number `batas`."""
    proc = subprocess.run(
        [sys.executable, "-c", _MIGRASI_ANAK, str(db), str(batas)],
        capture_output=True,
        env=_env(data_dir),
        timeout=60,
    )
    return proc.returncode, proc.stdout.decode() + proc.stderr.decode()[-800:]


def periksa_migrasi(db: Path, acuan: dict[int, list[tuple[str, str, str]]]) -> list[str]:
    """The file holds exactly one clean schema version, passes integrity_check, opens."""
    from iki_desktop.domain.errors import IkiError
    from iki_desktop.store import Store

    masalah = []
    try:
        conn = sqlite3.connect(db)
        cek = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        conn.close()
        if cek != ["ok"]:
            masalah.append(f"integrity_check: {cek[:3]}")
        versi, obj = skema(db)
        if acuan.get(versi) != obj:
            masalah.append(f"skema v{versi} tidak sama dengan skema bersih versi itu")
    except sqlite3.DatabaseError as exc:
        return [f"berkas rusak: {exc}"]
    try:
        with Store.open(db) as store:
            if [d.id for d in store.list_dokumen()] != ["d-1"]:
                masalah.append("dokumen d-1 hilang setelah migrasi")
            elif store.counts("d-1") != {"jabatan": 1, "sasaran": 1, "indikator": 1}:
                masalah.append(f"isi d-1 berubah: {store.counts('d-1')}")
    except IkiError as exc:
        masalah.append(f"Store.open gagal: {exc}")
    return masalah


def periksa_cadangan(data_dir: Path) -> list[str]:
    """Backup copies left behind must be whole databases (a user may restore one)."""
    masalah = []
    for p in sorted((data_dir / "cadangan").glob("*.sqlite")):
        try:
            conn = buka_baca(p)
            cek = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            n = conn.execute("SELECT count(*) FROM dokumen").fetchone()[0]
            conn.close()
            if cek != ["ok"] or n != 1:
                masalah.append(f"cadangan {p.name} tidak utuh: {cek[:2]}, {n} dokumen")
        except sqlite3.DatabaseError as exc:
            masalah.append(f"cadangan {p.name} rusak: {exc}")
    return masalah
