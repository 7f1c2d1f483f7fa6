"""Transfer benchmark: pack + verify, unpack + merge, and the kabupaten scenario.

Run alone:  .venv/bin/python tests/benchmarks/bench_transfer.py   (median of 5 runs)
Targets (issue 6): pack + verify <= 1 s, unpack + merge <= 2 s for the Wonoasih sample.
Kabupaten: 30 packages of Wonoasih size (30 offices, fresh ids) merged into one
database; every record must be present exactly once.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from iki_desktop.domain.model import Instansi
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket

RUNS = 5
KANTOR = 30


def median_s(fn: Callable[[int], object]) -> float:
    times = []
    for i in range(RUNS):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-transfer-"))
    os.environ["IKI_DESKTOP_DATA_DIR"] = str(work / "data")
    instansi, dokumen = load_contoh()
    sumber = Store.create(work / "wonoasih.sqlite")
    sumber.import_dokumen(instansi, dokumen)
    paket = work / "wonoasih.ikipaket"

    pack = median_s(lambda _i: buat_paket(sumber, paket))

    def ke_kosong(i: int) -> None:
        with Store.create(work / f"kosong-{i}.sqlite") as s:
            terapkan_paket(s, baca_paket(paket, s))

    populated = []
    for i in range(RUNS):
        s = Store.create(work / f"isi-{i}.sqlite")
        inst = Instansi(nama=f"Kantor {i}")
        s.import_dokumen(inst, salin_dokumen(dokumen, 2026, instansi_id=inst.id))
        populated.append(s)

    def ke_berisi(i: int) -> None:
        terapkan_paket(populated[i], baca_paket(paket, populated[i]))

    kosong = median_s(ke_kosong)
    berisi = median_s(ke_berisi)
    for s in populated:
        s.close()

    # Kabupaten: 30 offices each send one package; Bagian Organisasi merges them all.
    paket_kantor: list[Path] = []
    harapan = {"instansi": 0, "dokumen": 0, "jabatan": 0, "sasaran": 0, "indikator": 0}
    for n in range(KANTOR):
        inst = Instansi(nama=f"Kecamatan Uji {n + 1:02d}", nama_daerah="Probolinggo")
        with Store.create(work / f"kantor-{n}.sqlite") as s:
            s.import_dokumen(inst, salin_dokumen(dokumen, 2026, instansi_id=inst.id))
            hasil = buat_paket(s, work / f"kantor-{n}.ikipaket")
        paket_kantor.append(hasil.path)
        for t in harapan:
            harapan[t] += hasil.jumlah[t]
    t0 = time.perf_counter()
    with Store.create(work / "kabupaten.sqlite") as kab:
        for p in paket_kantor:
            terapkan_paket(kab, baca_paket(p, kab))
        kabupaten = time.perf_counter() - t0
        ada = {
            t: kab.conn.execute(f"SELECT count(*), count(DISTINCT id) FROM {t}").fetchone()
            for t in harapan
        }
    sumber.close()

    print(f"{'langkah':44}{'detik':>10}{'target':>10}")
    print(f"{'pack + verifikasi (contoh Wonoasih)':44}{pack:>10.3f}{'<= 1':>10}")
    print(f"{'unpack + gabung ke basis data kosong':44}{kosong:>10.3f}{'<= 2':>10}")
    print(f"{'unpack + gabung ke basis data berisi':44}{berisi:>10.3f}{'<= 2':>10}")
    print(f"{f'kabupaten: {KANTOR} paket digabung':44}{kabupaten:>10.3f}")
    print()
    print(f"{'tabel':12}{'diharapkan':>12}{'ada':>8}{'berbeda':>9}")
    ok = pack <= 1 and kosong <= 2 and berisi <= 2
    for t, n in harapan.items():
        jumlah, beda = ada[t]
        print(f"{t:12}{n:>12}{jumlah:>8}{beda:>9}")
        ok &= jumlah == beda == n  # every record present exactly once
    print("\nOK" if ok else "\nGAGAL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
