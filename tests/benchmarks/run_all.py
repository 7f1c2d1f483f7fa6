"""THE benchmark command: every scenario, one table, one JSON file.

    .venv/bin/python tests/benchmarks/run_all.py            # everything (~10 min)
    .venv/bin/python tests/benchmarks/run_all.py --cepat    # speed only (~2 min)

Each scenario runs in its own fresh Python process (so imports, caches and memory of
one scenario do not colour another): one untimed warm-up, then --ulang timed runs
(median/min/max), then one more run under tracemalloc for the Python heap peak. "peak
MB" is the whole process's maximum resident set (ru_maxrss from wait4: interpreter,
Qt, SQLite cache and all), the number to hold against the 250 MB target. Scenarios
whose module does not exist yet are listed as "belum tersedia".

Unless --tanpa-300 (or --hanya), it also runs kabupaten300.py: 300 offices received one
package at a time, then opened, drawn, searched and summed up (rows "300 kantor: …").
Without --cepat it also runs the power-cut trials (durability.py), the long fuzz run
(fuzz_long.py) and the other helpers' bench_*.py scripts, and prints their output.
--tulis-readme writes the table, the machine and its load into README.md between the
markers (readme_tabel.py): the README's figures come from a run, never by hand.
Results: tests/benchmarks/results/latest.json (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import readme_tabel  # noqa: E402  (beside this script)

MB = 1024 * 1024
BATAS_MEMORI_MB = 250.0
KATA_CARI = "pelayanan"  # a word in ~5,000 sasaran/indikator: the window reads 3,000


def _ada(modul: str) -> bool:
    try:
        return importlib.util.find_spec(modul) is not None
    except ModuleNotFoundError:
        return False


# ====================================================================== scenarios
# Each `siapkan_*` runs in the worker process, does the untimed setup and returns
# (persiapan, jalankan): persiapan() before every timed call (untimed), jalankan() timed.

Langkah = tuple[Callable[[], None], Callable[[], Any]]


def _tanpa() -> None:
    return None


def _kerja() -> Path:
    return Path(tempfile.mkdtemp(prefix="iki-bench-"))


def _qt() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def siapkan_buka_store(db: Path) -> Langkah:
    from iki_desktop.store import Store

    def jalankan() -> None:
        store = Store.open(db)
        kepala = store.list_dokumen()
        store.load_dokumen(kepala[len(kepala) // 2].id)
        store.close()

    return _tanpa, jalankan


def siapkan_buka_pohon(db: Path) -> Langkah:
    _qt()
    from iki_desktop.store import Store
    from iki_desktop.ui.jendela.pohon import ModelPohon, ProxyCari
    from iki_desktop.ui.konteks import Konteks

    def jalankan() -> None:
        store = Store.open(db)
        kepala = store.list_dokumen()
        store.load_dokumen(kepala[len(kepala) // 2].id)
        konteks = Konteks(store)
        model = ModelPohon(konteks)
        proxy = ProxyCari()
        proxy.setSourceModel(model)
        # 30 Dokumen: built lazily, the Dokumen nodes now and a branch when expanded.
        assert model.jumlah_simpul() >= 30
        store.close()

    return _tanpa, jalankan


def _jendela(db: Path) -> Any:
    app = _qt()
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_kerja() / "setelan")
    )
    from iki_desktop.ui.jendela.utama import JendelaUtama

    jendela = JendelaUtama()
    jendela.resize(1400, 900)
    jendela.show()
    app.processEvents()
    return app, jendela


def siapkan_buka_jendela(db: Path) -> Langkah:
    app, jendela = _jendela(db)

    def jalankan() -> None:
        assert jendela.buka_berkas(db)
        jendela.repaint()

    return app.processEvents, jalankan


def siapkan_pilih_jabatan(db: Path) -> Langkah:
    app, jendela = _jendela(db)
    assert jendela.buka_berkas(db)
    konteks = jendela.konteks
    dok = konteks.dokumen(konteks.store.list_dokumen()[0].id)
    urut = dok.jabatan_urut()
    giliran = [0]

    def persiapan() -> None:
        jendela.pilih("iku", dok.id)  # so that each selection really switches the editor
        app.processEvents()

    def jalankan() -> None:
        j = urut[giliran[0] % len(urut)]
        giliran[0] += 7
        assert jendela.pilih("jabatan", j.id)
        jendela.repaint()

    return persiapan, jalankan


def siapkan_cari(db: Path) -> Langkah:
    """What the search box does on each keystroke pause: indicator search + tree filter."""
    _qt()
    from iki_desktop.store import Store
    from iki_desktop.ui.jendela.cari import cari_indikator
    from iki_desktop.ui.jendela.pohon import ModelPohon, ProxyCari
    from iki_desktop.ui.konteks import Konteks

    store = Store.open(db)
    konteks = Konteks(store)
    proxy = ProxyCari()
    proxy.setSourceModel(ModelPohon(konteks))  # loads every Dokumen into the cache

    def jalankan() -> None:
        temuan = cari_indikator(konteks, KATA_CARI)
        proxy.atur_pencarian(KATA_CARI, {t.ident: t.jumlah for t in temuan})
        proxy.rowCount()

    return _tanpa, jalankan


def siapkan_pratinjau(db: Path) -> Langkah:
    """Print preview of the whole sample in the window's dialog, its worker included."""
    _qt()
    from PySide6.QtCore import QEventLoop, QTimer

    from iki_desktop.store import Store
    from iki_desktop.ui.cetak.pratinjau import DialogCetak
    from iki_desktop.ui.konteks import Konteks

    store = Store.create(_kerja() / "contoh.sqlite")
    instansi, dokumen = _contoh()
    store.import_dokumen(instansi, dokumen)
    konteks = Konteks(store)

    def jalankan() -> None:
        loop = QEventLoop()
        dlg = DialogCetak(konteks, dokumen.id)
        jam = QTimer()
        jam.setInterval(2)
        jam.timeout.connect(lambda: None if dlg.sedang_menyusun() else loop.quit())
        jam.start()
        loop.exec()  # an idle event loop, as in the window (a busy one would hold the GIL)
        jam.stop()
        assert dlg.pdf.pageCount() > 40
        dlg.deleteLater()

    return _tanpa, jalankan


def _contoh() -> tuple[Any, Any]:
    from iki_desktop.resources import load_contoh

    return load_contoh()


def siapkan_pdf(db: Path) -> Langkah:
    from iki_desktop.printing import build_pdf

    instansi, dokumen = _contoh()
    return _tanpa, lambda: build_pdf(instansi, dokumen)


def siapkan_excel_ekspor(db: Path) -> Langkah:
    from iki_desktop.spreadsheet.export import export_xlsx

    instansi, dokumen = _contoh()
    out = _kerja() / "contoh.xlsx"
    return _tanpa, lambda: export_xlsx(instansi, dokumen, out)


def siapkan_excel_impor(db: Path) -> Langkah:
    from iki_desktop.spreadsheet.export import export_xlsx
    from iki_desktop.spreadsheet.import_own import import_xlsx

    out = _kerja() / "contoh.xlsx"
    export_xlsx(*_contoh(), out)
    return _tanpa, lambda: import_xlsx(out)


def _satu_dokumen(db: Path) -> str:
    from iki_desktop.store import Store

    with Store.open(db) as store:
        return store.list_dokumen()[0].id


def siapkan_json_ekspor(db: Path) -> Langkah:
    from iki_desktop.store import Store
    from iki_desktop.store.jsonio import export_json

    store = Store.open(db)
    dok_id = _satu_dokumen(db)
    out = _kerja() / "dok.json"
    return _tanpa, lambda: export_json(store, dok_id, out)


def siapkan_json_impor(db: Path) -> Langkah:
    from iki_desktop.store import Store
    from iki_desktop.store.jsonio import export_json, import_json

    kerja = _kerja()
    with Store.open(db) as store:
        export_json(store, _satu_dokumen(db), kerja / "dok.json")
    with Store.create(kerja / "kosong.sqlite"):
        pass
    n = [0]
    sasaran: list[Any] = []

    def persiapan() -> None:
        for s in sasaran:
            s.close()
        sasaran.clear()
        n[0] += 1
        target = kerja / f"tujuan-{n[0]}.sqlite"
        shutil.copyfile(kerja / "kosong.sqlite", target)
        sasaran.append(Store.open(target))

    return persiapan, lambda: import_json(sasaran[0], kerja / "dok.json")


def siapkan_kirim(db: Path) -> Langkah:
    from iki_desktop.store import Store
    from iki_desktop.store.transfer import buat_paket

    kerja = _kerja()
    store = Store.open(db)
    n = [0]

    def jalankan() -> None:
        n[0] += 1
        buat_paket(store, kerja / f"kabupaten-{n[0]}")

    return _tanpa, jalankan


def siapkan_terima(db: Path) -> Langkah:
    """Unpack + merge the whole kabupaten into an empty database (every row new)."""
    from iki_desktop.store import Store
    from iki_desktop.store.transfer import baca_paket, buat_paket, terapkan_paket

    kerja = _kerja()
    with Store.open(db) as store:
        paket = buat_paket(store, kerja / "kabupaten").path
    with Store.create(kerja / "kosong.sqlite"):
        pass
    n = [0]
    tujuan: list[Any] = []

    def persiapan() -> None:
        for s in tujuan:
            s.close()
        tujuan.clear()
        n[0] += 1
        target = kerja / f"tujuan-{n[0]}.sqlite"
        shutil.copyfile(kerja / "kosong.sqlite", target)
        tujuan.append(Store.open(target))

    def jalankan() -> None:
        terapkan_paket(tujuan[0], baca_paket(paket, tujuan[0]), "kiriman")

    return persiapan, jalankan


@dataclass
class Skenario:
    kunci: str
    label: str
    target_s: float | None
    siapkan: Callable[[Path], Langkah] | None  # None: measured by the parent
    modul: tuple[str, ...] = ()
    sumber: str = ""  # what is timed, for the README


SKENARIO = [
    Skenario("buka_store", "buka: Store.open + list + load 1 instansi", None,
             siapkan_buka_store, ("iki_desktop.store",),
             "Store.open, list_dokumen, load_dokumen of one of the 30 Dokumen"),
    Skenario("buka_pohon", "buka + pohon (ModelPohon, 30 Dokumen)", 0.3,
             siapkan_buka_pohon, ("iki_desktop.ui.jendela.pohon",),
             "the above + Konteks + ModelPohon + ProxyCari (Dokumen nodes; branches lazily)"),
    Skenario("buka_jendela", "buka berkas di jendela utama", 0.3,
             siapkan_buka_jendela, ("iki_desktop.ui.jendela.utama",),
             "JendelaUtama.buka_berkas(kabupaten) + repaint (window already shown)"),
    Skenario("pilih_jabatan", "pilih jabatan → editor tergambar", None,
             siapkan_pilih_jabatan, ("iki_desktop.ui.jendela.utama",),
             "JendelaUtama.pilih('jabatan', id) + repaint"),
    Skenario("cari", "cari (indikator + saring pohon)", 0.05,
             siapkan_cari, ("iki_desktop.ui.jendela.cari",),
             f"panel_cari.cari_indikator('{KATA_CARI}') + ProxyCari.atur_pencarian, warm cache"),
    Skenario("mulai", "mulai dingin → jendela tergambar", 1.0, None,
             ("iki_desktop.cli.gui_opsi",),
             "iki-desktop --db kabupaten --keluar-setelah-tampil (wall time of the process)"),
    Skenario("mulai_contoh", "mulai dingin (contoh 36 jabatan)", 1.0, None,
             ("iki_desktop.cli.gui_opsi",),
             "the same with the Wonoasih sample database"),
    Skenario("pdf", "PDF seluruh Dokumen (contoh)", None,
             siapkan_pdf, ("iki_desktop.printing",), "printing.build_pdf(sample)"),
    Skenario("pratinjau", "pratinjau cetak seluruh contoh (setelah yang pertama)", 0.25,
             siapkan_pratinjau, ("iki_desktop.ui.cetak.pratinjau",),
             "DialogCetak(sample) until its PDF is shown, worker thread included"),
    Skenario("excel_ekspor", "Excel ekspor (contoh)", None,
             siapkan_excel_ekspor, ("iki_desktop.spreadsheet.export",),
             "spreadsheet.export.export_xlsx(sample)"),
    Skenario("excel_impor", "Excel impor (contoh)", None,
             siapkan_excel_impor, ("iki_desktop.spreadsheet.import_own",),
             "spreadsheet.import_own.import_xlsx(sample export)"),
    Skenario("json_ekspor", "JSON ekspor (1 instansi)", None,
             siapkan_json_ekspor, ("iki_desktop.store.jsonio",),
             "store.jsonio.export_json (40 jabatan, 328 indikator)"),
    Skenario("json_impor", "JSON impor (1 instansi)", None,
             siapkan_json_impor, ("iki_desktop.store.jsonio",),
             "store.jsonio.import_json into an empty database"),
    Skenario("kirim", "paket: kirim + verifikasi (kabupaten)", 1.0,
             siapkan_kirim, ("iki_desktop.store.transfer",),
             "store.transfer.buat_paket of the whole kabupaten (writes, re-opens, verifies)"),
    Skenario("terima", "paket: terima + gabung (kabupaten)", 2.0,
             siapkan_terima, ("iki_desktop.store.transfer",),
             "baca_paket + terapkan_paket of the whole kabupaten into an empty database"),
]  # fmt: skip


# ====================================================================== worker


def pekerja(kunci: str, db: Path, ulang: int) -> int:
    """Run one scenario in this (fresh) process and print its result as JSON."""
    sk = next(s for s in SKENARIO if s.kunci == kunci)
    assert sk.siapkan is not None
    os.environ.setdefault("IKI_DESKTOP_DATA_DIR", str(_kerja() / "data"))
    persiapan, jalankan = sk.siapkan(db)
    persiapan()
    jalankan()  # warm-up: imports, font loading, SQLite page cache
    waktu = []
    for _ in range(ulang):
        persiapan()
        t0 = time.perf_counter()
        jalankan()
        waktu.append(time.perf_counter() - t0)
    persiapan()
    tracemalloc.start()
    jalankan()
    _now, puncak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print("HASIL " + json.dumps({"waktu": waktu, "tracemalloc_mb": puncak / MB}), flush=True)
    return 0


# ====================================================================== parent


def _jalankan_anak(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[int, str, float]:
    """Run a child process; return (exit code, output, its peak RSS in MB via wait4)."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        mulai = time.monotonic()
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - mulai > timeout:
                proc.kill()
                pid, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        teks = out.read().decode("utf-8", errors="replace")
    return proc.returncode, teks, rusage.ru_maxrss / 1024.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["IKI_DESKTOP_DATA_DIR"] = str(_kerja() / "data")
    env["PYTHONPATH"] = str(HERE) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def ukur_pekerja(sk: Skenario, db: Path, ulang: int) -> dict[str, Any]:
    kode, teks, rss = _jalankan_anak(
        [sys.executable, __file__, "--pekerja", sk.kunci, "--db", str(db), "--ulang", str(ulang)],
        _env(),
        timeout=900,
    )
    m = re.search(r"^HASIL (.*)$", teks, re.M)
    if kode != 0 or not m:
        return {"status": "GAGAL", "galat": teks[-1500:], "peak_mb": rss}
    data = json.loads(m.group(1))
    return {"status": "ok", "waktu": data["waktu"], "tracemalloc_mb": data["tracemalloc_mb"],
            "peak_mb": rss}  # fmt: skip


def ukur_mulai(db: Path, ulang: int) -> dict[str, Any]:
    """Cold start: the real program in a fresh process, quitting after its first paint."""
    exe = Path(sys.executable).with_name("iki-desktop")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else
           ["-m", "iki_desktop.cli"]), "--db", str(db), "--keluar-setelah-tampil"]  # fmt: skip
    waktu, cat, puncak = [], [], 0.0
    for i in range(ulang + 1):
        env = _env()
        t0 = time.perf_counter()
        kode, teks, rss = _jalankan_anak(cmd, env, timeout=120)
        dt_s = time.perf_counter() - t0
        m = re.search(r"setelah (\d+) ms", teks)
        if kode != 0 or not m:
            return {"status": "GAGAL", "galat": teks[-1500:], "peak_mb": rss}
        if i:  # the first start warms the OS file cache, as any second start would be
            waktu.append(dt_s)
            cat.append(float(m.group(1)) / 1000)
            puncak = max(puncak, rss)
    return {"status": "ok", "waktu": waktu, "tergambar_s": cat, "peak_mb": puncak}


def ukur_300(ulang: int) -> dict[str, Any]:
    """kabupaten300.py in its own process: 300 offices received, then opened/searched."""
    print("… 300 kantor (kabupaten300.py)", flush=True)
    kode, teks, _rss = _jalankan_anak(
        [sys.executable, str(HERE / "kabupaten300.py"), "--ulang", str(ulang)], _env(), 3600
    )
    m = re.search(r"^HASIL (.*)$", teks, re.M)
    if kode != 0 or not m:
        print(teks[-2000:])
        return {"status": "GAGAL"}
    return json.loads(m.group(1))  # type: ignore[no-any-return]


def catatan_mesin() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        teks = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.*)", teks).group(1)  # type: ignore[union-attr]
    except (OSError, AttributeError):
        pass
    ram = ""
    try:
        kb = int(re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        ram = f"{kb / MB:.1f} GB"
    except (OSError, AttributeError):
        pass
    qt = ""
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except ImportError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=REPO).stdout.strip()  # fmt: skip
    except OSError:
        commit = ""
    return {
        "tanggal": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu,
        "inti": os.cpu_count(),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        "commit": commit,
    }


def _s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 1000:.0f} ms" if x < 10 else f"{x:.1f} s"


def cetak_tabel(baris: list[dict[str, Any]]) -> str:
    kepala = ("skenario", "median", "min", "max", "peak MB", "target", "hasil")
    isi = []
    for b in baris:
        w = b.get("waktu") or []
        if b["status"] != "ok":
            isi.append((b["label"], b["status"], "", "", _mb(b.get("peak_mb")), _t(b), b["status"]))
            continue
        med = statistics.median(w)
        ok_waktu = b["target_s"] is None or med <= b["target_s"]
        ok_mem = b.get("peak_mb") is None or b["peak_mb"] <= BATAS_MEMORI_MB
        hasil = "OK" if ok_waktu and ok_mem else "MISS"
        if not (ok_waktu and ok_mem):
            hasil += (
                " ("
                + ", ".join(x for x, ok in (("waktu", ok_waktu), ("memori", ok_mem)) if not ok)
                + ")"
            )
        isi.append(
            (b["label"], _s(med), _s(min(w)), _s(max(w)), _mb(b.get("peak_mb")), _t(b), hasil)
        )
    lebar = [max(len(str(r[i])) for r in [kepala, *isi]) for i in range(len(kepala))]
    garis = ["| " + " | ".join(str(c).ljust(lebar[i]) for i, c in enumerate(r)) + " |"
             for r in [kepala, *isi]]  # fmt: skip
    garis.insert(1, "|" + "|".join("-" * (n + 2) for n in lebar) + "|")
    return "\n".join(garis)


def _mb(x: float | None) -> str:
    return "" if x is None else f"{x:.0f}"


def _t(b: dict[str, Any]) -> str:
    t = b["target_s"]
    return ("≤ " + _s(t) + ", " if t is not None else "") + f"≤ {BATAS_MEMORI_MB:.0f} MB"


def _contoh_db(kerja: Path) -> Path:
    from iki_desktop.store import Store

    path = kerja / "contoh.sqlite"
    if not path.exists():
        with Store.create(path) as store:
            store.import_dokumen(*_contoh())
    return path


def _skrip_lain(cepat: bool) -> list[dict[str, Any]]:
    """The long runs and the other helpers' bench_*.py, as subprocesses."""
    out = []
    skrip: list[tuple[str, list[str], float]] = []
    if not cepat:
        skrip.append(("durability.py", [str(HERE / "durability.py")], 900))
        skrip.append(("fuzz_long.py", [str(HERE / "fuzz_long.py")], 1800))
        for p in sorted(HERE.glob("bench_*.py")):
            skrip.append((p.name, [str(p)], 900))
    for nama, args, batas in skrip:
        print(f"… {nama}", flush=True)
        t0 = time.perf_counter()
        kode, teks, rss = _jalankan_anak([sys.executable, *args], _env(), timeout=batas)
        out.append({"skrip": nama, "kode": kode, "detik": time.perf_counter() - t0,
                    "peak_mb": rss, "keluaran": teks[-6000:]})  # fmt: skip
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cepat", action="store_true", help="speed table only, fewer runs")
    ap.add_argument("--ulang", type=int, default=0, help="timed runs per scenario")
    ap.add_argument("--hanya", default="", help="comma-separated scenario keys")
    ap.add_argument("--tanpa-300", action="store_true", help="skip the 300-office run")
    ap.add_argument("--tulis-readme", action="store_true", help="write the table into README.md")
    ap.add_argument("--pekerja", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.pekerja:
        return pekerja(args.pekerja, Path(args.db), args.ulang)

    ulang = args.ulang or (3 if args.cepat else 7)
    import kabupaten

    t0 = time.perf_counter()
    db = kabupaten.kabupaten_db()
    ringkas = kabupaten.ringkasan(db)
    print(f"Basis data kabupaten: {db.name}, {ringkas} ({time.perf_counter() - t0:.1f} s)")
    mesin = catatan_mesin()
    kerja = _kerja()
    hanya = {k for k in args.hanya.split(",") if k}
    baris = []
    for sk in SKENARIO:
        if hanya and sk.kunci not in hanya:
            continue
        b: dict[str, Any] = {"kunci": sk.kunci, "label": sk.label, "target_s": sk.target_s,
                             "sumber": sk.sumber}  # fmt: skip
        if not all(_ada(m) for m in sk.modul):
            b["status"] = "belum tersedia"
        elif sk.siapkan is None:
            sasaran = _contoh_db(kerja) if sk.kunci == "mulai_contoh" else db
            b |= ukur_mulai(sasaran, ulang)
        else:
            b |= ukur_pekerja(sk, db, ulang)
        print(f"  {sk.label}: {b['status']}"
              + (f" median {_s(statistics.median(b['waktu']))}" if b.get("waktu") else ""),
              flush=True)  # fmt: skip
        baris.append(b)

    k300 = None if args.tanpa_300 or hanya else ukur_300(ulang)
    if k300 is not None and "ukuran" in k300:
        baris += readme_tabel.baris_300(k300)
    lain = _skrip_lain(args.cepat)
    tabel = cetak_tabel(baris)
    judul = (
        f"IKI Desktop — benchmark {mesin['tanggal'][:10]}, commit {mesin['commit']}; "
        f"kabupaten: {ringkas['instansi']} instansi, {ringkas['jabatan']} jabatan, "
        f"{ringkas['indikator']} indikator; median dari {ulang} kali (min/max di sampingnya)"
    )
    catatan = (
        f"Mesin: {mesin['cpu']}, {mesin['inti']} inti, RAM {mesin['ram']}; {mesin['os']}; "
        f"Python {mesin['python']}; {mesin['qt']}; SQLite {mesin['sqlite']}; "
        f"{readme_tabel.beban()}"
    )
    if k300 is not None and "ukuran" in k300:
        catatan += "\n\n" + readme_tabel.teks_ukuran(k300)
    print()
    print(judul)
    print(tabel)
    print(catatan)
    if args.tulis_readme:
        teks = f"{judul}\n\n{tabel}\n\n{catatan}"
        ok = readme_tabel.tulis(REPO / "README.md", teks)
        print("README.md diperbarui." if ok else "Penanda tabel tidak ada di README.md.")
    for b in baris:
        if b["status"] not in ("ok", "belum tersedia"):
            print(f"\n[{b['label']}] {b['status']}:\n{b.get('galat', '')}")
    for s in lain:
        print(f"\n===== {s['skrip']} (kode {s['kode']}, {s['detik']:.0f} s, "
              f"peak {s['peak_mb']:.0f} MB) =====")  # fmt: skip
        print(s["keluaran"].rstrip())

    hasil_dir = HERE / "results"
    hasil_dir.mkdir(exist_ok=True)
    (hasil_dir / "latest.json").write_text(
        json.dumps({"mesin": mesin, "kabupaten": ringkas, "ulang": ulang, "skenario": baris,
                    "kabupaten300": k300, "tabel": tabel, "skrip_lain": lain},
                   ensure_ascii=False, indent=1),
        encoding="utf-8",
    )  # fmt: skip
    print(f"\nJSON: {hasil_dir / 'latest.json'}")
    gagal = [b for b in baris if b["status"] not in ("ok", "belum tersedia")]
    gagal_lain = [s for s in lain if s["kode"] != 0]
    return 1 if gagal or gagal_lain else 0


if __name__ == "__main__":
    sys.exit(main())
