"""The benchmark table of the README, written from a run of run_all.py (never by hand).

The README holds the table between two markers; `tulis(readme, teks)` replaces what
is between them. `baris_300` turns the result of kabupaten300.py into table rows
(each with min/median/max: "OK" only when the median meets the target).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

AWAL = "<!-- tabel-benchmark:awal (ditulis oleh tests/benchmarks/run_all.py --tulis-readme) -->"
AKHIR = "<!-- tabel-benchmark:akhir -->"
# A receive at 300 offices counts as flat when its median stays within this factor of
# the median at the start (timing noise on a shared machine is ±30 %).
FAKTOR_DATAR = 1.5

_LABEL_300 = {
    "buka_jendela": ("300 kantor: buka berkas di jendela utama", 0.3),
    "pohon": ("300 kantor: bangun pohon (ModelPohon)", 0.3),
    "cari_jendela": ("300 kantor: cari di jendela (kata langka, 1.200 hasil)", 0.05),
    "cari_jendela_umum": ("300 kantor: cari di jendela (kata umum, ≤ 3.000 hasil)", None),
    "cari_store": ("300 kantor: cari, layanan penyimpanan (kata langka)", 0.05),
    "cari_store_umum": ("300 kantor: cari, layanan penyimpanan (11.700 hasil)", None),
    "rekap": ("300 kantor: rekap", None),
}


def _rmm(r: dict[str, float]) -> list[float]:
    """min/median/max as a list whose median, min and max are those figures."""
    return [r["min"], r["median"], r["max"]]


def baris_300(hasil: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows for run_all's table from kabupaten300.py's JSON."""
    awal = hasil["terima_awal"]
    out = [
        {"label": "300 kantor: terima per paket, 25 paket pertama", "target_s": None,
         "status": "ok", "waktu": _rmm(awal)},
        {"label": "300 kantor: terima per paket, 25 paket terakhir", "status": "ok",
         "target_s": FAKTOR_DATAR * awal["median"], "waktu": _rmm(hasil["terima_akhir"])},
    ]  # fmt: skip
    for kunci, (label, target) in _LABEL_300.items():
        if kunci in hasil:
            out.append({"label": label, "target_s": target, "status": "ok",
                         "waktu": _rmm(hasil[kunci])})  # fmt: skip
    return out


def teks_ukuran(hasil: dict[str, Any]) -> str:
    u = hasil["ukuran"]
    mb = 1024 * 1024
    batas = 3 * u["db"]
    tanda = "OK" if u["cadangan"] <= batas else "MISS"
    return (
        f"300 kantor: basis data {u['db'] / mb:.0f} MB; folder cadangan {u['cadangan'] / mb:.0f} MB "
        f"({u['jumlah_cadangan']} berkas; batas 3× basis data = {batas / mb:.0f} MB: {tanda})."
    )


def beban() -> str:
    """The machine's load while measuring (other jobs on a shared machine slow us)."""
    try:
        satu, lima, _ = os.getloadavg()
    except OSError:
        return ""
    return f"beban mesin (load average) {satu:.1f} / {lima:.1f}"


def tulis(readme: Path, teks: str) -> bool:
    isi = readme.read_text(encoding="utf-8")
    pola = re.compile(re.escape(AWAL) + r".*?" + re.escape(AKHIR), re.S)
    if not pola.search(isi):
        return False
    readme.write_text(pola.sub(lambda _: f"{AWAL}\n{teks.strip()}\n{AKHIR}", isi), encoding="utf-8")
    return True
