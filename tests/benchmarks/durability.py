"""Power-cut trials at scale: ≥ 100 SIGKILLs of the scripted editor, plus a kill at every
SQL statement of a v1 → current migration.

    .venv/bin/python tests/benchmarks/durability.py [--percobaan 120] [--seed 1]

Prints a summary and exits 1 on any lost acknowledged edit, half-applied edit,
failed integrity_check, unopenable file or broken schema.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "durability"))

import daya_putus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--percobaan", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jeda-maks", type=float, default=1.5)
    args = ap.parse_args()
    kerja = Path(tempfile.mkdtemp(prefix="iki-daya-putus-"))

    hasil, detik = daya_putus.jalankan(kerja / "edit", args.percobaan, args.seed, args.jeda_maks)
    gagal = [h for h in hasil if not h.ok]
    diakui = sum(h.diakui for h in hasil)
    sedang = [h for h in hasil if h.sedang]
    diterapkan = sum(1 for h in sedang if h.diterapkan)
    print(f"Putus daya saat menyunting: {len(hasil)} percobaan dalam {detik:.0f} s")
    print(f"  suntingan diakui total: {diakui}, semuanya harus ada setelah SIGKILL")
    print(f"  dibunuh di tengah suntingan: {len(sedang)} kali "
          f"(suntingan itu utuh masuk {diterapkan}, utuh tidak masuk {len(sedang) - diterapkan})")  # fmt: skip
    print(f"  masalah: {len(gagal)}")
    for h in gagal[:10]:
        print(f"    seed {h.seed} jeda {h.jeda:.3f}s: {h.masalah}")

    t0 = time.perf_counter()
    mig = kerja / "migrasi"
    mig.mkdir()
    acuan = daya_putus.skema_acuan(mig)
    db = mig / "hitung.sqlite"
    shutil.copyfile(daya_putus.FIXTURE_V1, db)
    kode, keluaran = daya_putus.buka_sampai(db, 10**9, mig / "data-hitung")
    jumlah = int(keluaran.split()[1]) if kode == 0 else 0
    masalah_mig = [] if kode == 0 else [f"Store.open v1 gagal: {keluaran}"]
    versi_tersisa: dict[int, int] = {}
    for batas in range(1, jumlah + 1):
        db = mig / f"v1-{batas}.sqlite"
        shutil.copyfile(daya_putus.FIXTURE_V1, db)
        data = mig / f"data-{batas}"
        kode, keluaran = daya_putus.buka_sampai(db, batas, data)
        if kode != -9:
            masalah_mig.append(f"pernyataan {batas}: anak tidak terbunuh ({kode}) {keluaran}")
            continue
        versi = daya_putus.skema(db)[0]
        versi_tersisa[versi] = versi_tersisa.get(versi, 0) + 1
        m = daya_putus.periksa_migrasi(db, acuan) + daya_putus.periksa_cadangan(data)
        masalah_mig += [f"pernyataan {batas}: {x}" for x in m]
    print(f"Putus daya saat migrasi v1 → terbaru: dibunuh di setiap pernyataan SQL "
          f"(1..{jumlah}) dalam {time.perf_counter() - t0:.0f} s")  # fmt: skip
    print(f"  versi skema yang tertinggal: {dict(sorted(versi_tersisa.items()))}")
    print(f"  masalah: {len(masalah_mig)}")
    for m in masalah_mig[:10]:
        print(f"    {m}")
    if not gagal and not masalah_mig:
        shutil.rmtree(kerja, ignore_errors=True)
    else:
        print(f"Berkas yang gagal disimpan di {kerja}")
    return 1 if gagal or masalah_mig else 0


if __name__ == "__main__":
    sys.exit(main())
