"""A deterministic kabupaten-size database for the benchmarks.

30 instansi (kecamatan) × 40 jabatan × 8 indikator ≈ 10,000 indikator, plus a small
IKU per instansi. Every text is a real text of the shipped Wonoasih sample, drawn and
permuted with a seeded `random.Random`, so lengths and shapes are realistic. Each
instansi has one Dokumen, written through `Store.import_dokumen` (the same path as a
JSON import).

The file is cached under `build/benchmarks/` keyed by VERSION: change VERSION when
the generator (or the schema) changes so that old caches are not reused.

    .venv/bin/python tests/benchmarks/kabupaten.py          # build (or reuse) and print
"""

from __future__ import annotations

import copy
import dataclasses
import os
import random
import sys
import time
import uuid
from pathlib import Path

from iki_desktop.domain.formula import Daftar, Formula, Pecahan
from iki_desktop.domain.model import (
    Diktum,
    Dokumen,
    GayaDaftar,
    Indikator,
    Instansi,
    Jabatan,
    JenisDaerah,
    JenisInstansi,
    JenisJabatan,
    Pejabat,
    Sasaran,
)
from iki_desktop.resources import load_contoh
from iki_desktop.store import SCHEMA_VERSION, Store

VERSION = f"kabupaten-v1-s{SCHEMA_VERSION}"
SEED = 20260107
JUMLAH_INSTANSI = 30
JUMLAH_JABATAN = 40
INDIKATOR_PER_JABATAN = 8
REPO = Path(__file__).resolve().parents[2]
CACHE_DIR = REPO / "build" / "benchmarks"

NAMA_KECAMATAN = [
    "Wonoasih", "Kademangan", "Kanigaran", "Kedopok", "Mayangan", "Kraksaan", "Paiton",
    "Besuk", "Gading", "Pakuniran", "Kotaanyar", "Krejengan", "Pajarakan", "Maron",
    "Gending", "Dringu", "Tongas", "Sumberasih", "Wonomerto", "Bantaran", "Leces",
    "Tegalsiwalan", "Banyuanyar", "Tiris", "Krucil", "Lumbang", "Sukapura", "Sumber",
    "Kuripan", "Lambangsari",
]  # fmt: skip


@dataclasses.dataclass
class Kumpulan:
    """Pools of real texts from the sample to draw from."""

    sasaran: list[str]
    indikator: list[str]
    formula: list[Formula]
    sumber_data: list[str]
    tugas: list[str]
    tugas_butir: list[list[str]]
    fungsi: list[list[str]]
    nama_jabatan: list[str]
    unit_kerja: list[str]
    nama_orang: list[str]
    pangkat: list[str]


def _kumpulan(dok: Dokumen) -> Kumpulan:
    sas = [s for j in dok.jabatan for s in j.sasaran] + list(dok.iku)
    ind = [i for s in sas for i in s.indikator]
    pemangku = [j.pemangku for j in dok.jabatan if j.pemangku.nama]
    pemangku.append(dok.keputusan.penandatangan.pejabat)
    return Kumpulan(
        sasaran=[s.teks for s in sas if s.teks],
        indikator=[i.teks for i in ind if i.teks],
        formula=[i.formula for i in ind if not i.formula.kosong],
        sumber_data=[i.sumber_data for i in ind if i.sumber_data] or ["Laporan kegiatan"],
        tugas=[j.tugas for j in dok.jabatan if j.tugas],
        tugas_butir=[j.tugas_butir for j in dok.jabatan if j.tugas_butir],
        fungsi=[j.fungsi for j in dok.jabatan if j.fungsi],
        nama_jabatan=[j.nama for j in dok.jabatan if j.nama],
        unit_kerja=[j.unit_kerja for j in dok.jabatan if j.unit_kerja] or ["Sekretariat"],
        nama_orang=[p.nama for p in pemangku if p.nama] or ["Nama Pejabat"],
        pangkat=[p.pangkat for p in pemangku if p.pangkat] or ["Penata (III/c)"],
    )


class Pembangkit:
    """Draws one kabupaten from the sample with a seeded random source."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.contoh_instansi, self.contoh = load_contoh()
        self.pool = _kumpulan(self.contoh)

    def id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _nip(self) -> str:
        r = self.rng
        lahir = f"{r.randint(1965, 1995)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        angkat = f"{r.randint(1990, 2020)}{r.randint(1, 12):02d}"
        return f"{lahir}{angkat}{r.randint(1, 2)}{r.randint(1, 999):03d}"

    def _pejabat(self) -> Pejabat:
        r = self.rng
        return Pejabat(r.choice(self.pool.nama_orang), r.choice(self.pool.pangkat), self._nip())

    def _formula(self, teks_indikator: str) -> Formula:
        r = self.rng
        if (
            teks_indikator.lower().startswith(("persentase", "tingkat", "rasio"))
            or r.random() < 0.2
        ):
            a, b = r.sample(self.pool.sasaran, 2)
            return Formula([Pecahan(f"Jumlah {a.lower()}", f"Jumlah {b.lower()}")])
        f = copy.deepcopy(r.choice(self.pool.formula))
        if r.random() < 0.15:
            f.bagian.append(Daftar(r.sample(self.pool.indikator, r.randint(2, 4))))
        return f

    def _indikator(self) -> Indikator:
        r = self.rng
        teks = r.choice(self.pool.indikator)
        return Indikator(
            teks=teks,
            satuan=r.choice(["%", "Dokumen", "Kegiatan", "Laporan", ""]),
            formula=self._formula(teks),
            sumber_data=r.choice(self.pool.sumber_data),
            penanggung_jawab=r.choice(self.pool.nama_jabatan) if r.random() < 0.5 else "",
            id=self.id(),
        )

    def _sasaran_list(self, jumlah_indikator: int) -> list[Sasaran]:
        r = self.rng
        out: list[Sasaran] = []
        sisa = jumlah_indikator
        while sisa > 0:
            n = min(sisa, r.choice([1, 2, 2, 3]))
            out.append(
                Sasaran(
                    r.choice(self.pool.sasaran), [self._indikator() for _ in range(n)], self.id()
                )
            )
            sisa -= n
        return out

    def _jabatan(self, dokumen: Dokumen, nama_instansi: str) -> list[Jabatan]:
        """A realistic tree: Camat → Sekcam → Kasubag/Kasi → pelaksana (depth up to 3)."""
        r = self.rng
        pool = self.pool
        out: list[Jabatan] = []

        def buat(nama: str, parent: Jabatan | None, jenis: JenisJabatan, urutan: int) -> Jabatan:
            j = Jabatan(
                nama=nama,
                unit_kerja=f"{r.choice(pool.unit_kerja).split(' Kecamatan ')[0]} "
                f"Kecamatan {nama_instansi}",
                jenis=jenis,
                parent_id=parent.id if parent else None,
                urutan=urutan,
                pemangku=self._pejabat(),
                gaya_tugas=r.choice(list(GayaDaftar)),
                gaya_fungsi=GayaDaftar.HURUF,
                sasaran=self._sasaran_list(INDIKATOR_PER_JABATAN),
                id=self.id(),
            )
            if r.random() < 0.5 and pool.tugas:
                j.tugas = r.choice(pool.tugas)
            else:
                j.tugas_butir = list(r.choice(pool.tugas_butir))
            if jenis is JenisJabatan.STRUKTURAL and pool.fungsi:
                j.fungsi = list(r.choice(pool.fungsi))
            out.append(j)
            return j

        camat = buat(f"Camat {nama_instansi}", None, JenisJabatan.STRUKTURAL, 0)
        sekcam = buat("Sekretaris Kecamatan", camat, JenisJabatan.STRUKTURAL, 0)
        kepala: list[Jabatan] = [sekcam]
        for i, nama in enumerate(["Kepala Seksi Pemerintahan", "Kepala Seksi Trantib",
                                  "Kepala Seksi Kesejahteraan Sosial",
                                  "Kepala Seksi Pemberdayaan Masyarakat"]):  # fmt: skip
            kepala.append(buat(nama, camat, JenisJabatan.STRUKTURAL, i + 1))
        for i, nama in enumerate(["Kepala Sub Bagian Umum dan Kepegawaian",
                                  "Kepala Sub Bagian Perencanaan dan Keuangan"]):  # fmt: skip
            kepala.append(buat(nama, sekcam, JenisJabatan.STRUKTURAL, i))
        anak_ke = {k.id: sum(1 for j in out if j.parent_id == k.id) for k in kepala}
        while len(out) < JUMLAH_JABATAN:
            induk = r.choice(kepala)
            jenis = r.choice(
                [JenisJabatan.PELAKSANA, JenisJabatan.PELAKSANA, JenisJabatan.FUNGSIONAL]
            )
            buat(r.choice(pool.nama_jabatan), induk, jenis, anak_ke[induk.id])
            anak_ke[induk.id] += 1
        return out

    def instansi_dokumen(self, nomor: int) -> tuple[Instansi, Dokumen]:
        r = self.rng
        nama = NAMA_KECAMATAN[nomor % len(NAMA_KECAMATAN)]
        inst = dataclasses.replace(
            self.contoh_instansi,
            id=self.id(),
            nama=nama,
            jenis=JenisInstansi.KECAMATAN,
            jenis_daerah=JenisDaerah.KABUPATEN,
            nama_daerah="Probolinggo",
            alamat=[f"Jalan Raya {nama} No {r.randint(1, 200)}, Kabupaten Probolinggo"],
            email=f"kec{nama.lower()}@probolinggokab.go.id",
        )
        dok = Dokumen(tahun=2026, instansi_id=inst.id, id=self.id())
        kep = copy.deepcopy(self.contoh.keputusan)
        kep.nomor = f"000.8.6.3/{r.randint(1, 99)}/426.{400 + nomor}/2026"
        kep.tentang = kep.tentang.replace(self.contoh_instansi.nama, nama)
        kep.diktum = [Diktum(d.teks.replace(self.contoh_instansi.nama, nama), list(d.butir))
                      for d in kep.diktum]  # fmt: skip
        kep.tempat = nama
        kep.penandatangan.jabatan = f"Camat {nama}"
        kep.penandatangan.pejabat = self._pejabat()
        dok.keputusan = kep
        dok.iku = self._sasaran_list(INDIKATOR_PER_JABATAN)
        dok.jabatan = self._jabatan(dok, nama)
        return inst, dok

    def semua(self) -> list[tuple[Instansi, Dokumen]]:
        return [self.instansi_dokumen(n) for n in range(JUMLAH_INSTANSI)]


def buat_database(path: Path, seed: int = SEED) -> None:
    """Write a fresh kabupaten database at `path` (which must not exist)."""
    gen = Pembangkit(seed)
    with Store.create(path) as store:
        for inst, dok in gen.semua():
            store.import_dokumen(inst, dok)


def kabupaten_db(cache_dir: Path = CACHE_DIR) -> Path:
    """Path of the cached kabupaten database, built once per VERSION.

    Callers that edit it must work on a copy (see `salinan`).
    """
    target = cache_dir / f"{VERSION}.sqlite"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / f".{VERSION}.{os.getpid()}.sementara"
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    os.environ.setdefault("IKI_DESKTOP_DATA_DIR", str(cache_dir / "data"))
    buat_database(tmp)
    os.replace(tmp, target)
    return target


def salinan(tujuan: Path) -> Path:
    """A private copy of the kabupaten database (benchmarks that write use this)."""
    import shutil

    src = kabupaten_db()
    shutil.copyfile(src, tujuan)
    return tujuan


def ringkasan(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0").fetchone()[0]
            for t in ("instansi", "dokumen", "jabatan", "sasaran", "indikator")
        }
    finally:
        conn.close()


def main() -> int:
    t0 = time.perf_counter()
    path = kabupaten_db()
    dt = time.perf_counter() - t0
    print(f"{path}  ({path.stat().st_size / 1e6:.1f} MB, {dt:.1f} s)")
    for tabel, n in ringkasan(path).items():
        print(f"  {tabel:10s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
