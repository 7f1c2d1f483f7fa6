"""The kabupaten at full size: 300 offices received one package at a time (issue 18).

Each office is the shipped Wonoasih sample with fresh ids and its own name (36 jabatan,
111 sasaran, 133 indikator), sent as a `.ikipaket`. The packages are generated once
(cached under build/benchmarks/, never committed); then an empty kabupaten database
receives them one by one. Reported, each as min/median/max:

  - receive time per package for the first 25 and the last 25 packages (flat?), ten
    packages per receiving session (a stick each): the first of a session pays for
    the session's one backup, which shows in the max,
  - database size and backup folder size at the end (bound: 3x the database),
  - opening the file in the main window, building the tree, a search as the window
    does it, the CLI-level search, and the rekap.

    .venv/bin/python tests/benchmarks/kabupaten300.py [--jumlah 300] [--ulang 5] [--json X]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / "build" / "benchmarks"
UJUNG = 25  # packages timed at the start and at the end
SESI = 10  # packages per receiving session: the first of each makes the one backup
KATA_LANGKA = "kerumahtanggaan"  # 2 hits per office
KATA_UMUM = "pelayanan"  # ~40 hits per office: 11,700 in 300 offices
TARGET = {"buka_jendela": 0.3, "pohon": 0.3, "cari_jendela": 0.05, "cari_store": 0.05}


def _paket(jumlah: int) -> list[Path]:
    from iki_desktop.domain.model import Instansi, JenisDaerah, JenisInstansi
    from iki_desktop.domain.salin import salin_dokumen
    from iki_desktop.resources import load_contoh
    from iki_desktop.store import SCHEMA_VERSION, Store
    from iki_desktop.store.transfer import buat_paket

    folder = CACHE / f"paket-kabupaten-kunci-s{SCHEMA_VERSION}-n{jumlah}"
    ada = sorted(folder.glob("*.ikipaket")) if folder.exists() else []
    if len(ada) == jumlah:
        return ada
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    _, contoh = load_contoh()
    kerja = Path(tempfile.mkdtemp(prefix="iki-k300-"))
    data_asli = os.environ.get("IKI_DESKTOP_DATA_DIR")
    for n in range(jumlah):
        # Each office is its own installation with its own key, as in a real kabupaten.
        os.environ["IKI_DESKTOP_DATA_DIR"] = str(kerja / f"data{n:03}")
        jenis = JenisInstansi.KELURAHAN if n % 3 == 2 else JenisInstansi.KECAMATAN
        inst = Instansi(nama=f"Kantor {n + 1:03}", jenis=jenis, jenis_daerah=JenisDaerah.KABUPATEN,
                        nama_daerah="Probolinggo")  # fmt: skip
        dok = salin_dokumen(contoh, 2026, instansi_id=inst.id)
        db = kerja / f"k{n:03}.sqlite"
        with Store.create(db) as store:
            store.import_dokumen(inst, dok)
            buat_paket(store, folder / f"kantor-{n + 1:03}.ikipaket")
        for p in kerja.glob(f"k{n:03}.sqlite*"):
            p.unlink()
        if (n + 1) % 50 == 0:
            print(f"  {n + 1} paket dibuat", flush=True)
    if data_asli is None:
        os.environ.pop("IKI_DESKTOP_DATA_DIR", None)
    else:
        os.environ["IKI_DESKTOP_DATA_DIR"] = data_asli
    shutil.rmtree(kerja, ignore_errors=True)
    return sorted(folder.glob("*.ikipaket"))


def _ringkas(w: list[float]) -> dict[str, float]:
    return {"min": min(w), "median": statistics.median(w), "max": max(w)}


def _ukur(fn: Callable[[], Any], ulang: int, persiapan: Callable[[], Any] | None = None) -> dict:  # type: ignore[type-arg]
    if persiapan:
        persiapan()
    fn()  # warm-up
    w = []
    for _ in range(ulang):
        if persiapan:
            persiapan()
        t0 = time.perf_counter()
        fn()
        w.append(time.perf_counter() - t0)
    return _ringkas(w)


def _ukuran_folder(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*") if p.is_file())


def terima_semua(paket: list[Path], db: Path) -> tuple[list[float], dict[str, Any]]:
    """Receive every package, SESI packages per receiving session (a stick each)."""
    from iki_desktop.store import Store
    from iki_desktop.store.connection import backup_dir
    from iki_desktop.store.transfer import SesiTerima, baca_paket, terapkan_paket

    Store.create(db).close()
    waktu = []
    with Store.open(db) as store:
        sesi = SesiTerima()
        for i, p in enumerate(paket):
            if i % SESI == 0:
                sesi = SesiTerima()
            t0 = time.perf_counter()
            hasil = terapkan_paket(store, baca_paket(p, store), sesi=sesi)
            waktu.append(time.perf_counter() - t0)
            assert hasil.berubah
            if (i + 1) % 50 == 0:
                print(f"  {i + 1} paket diterima ({waktu[-1] * 1000:.0f} ms)", flush=True)
    ukuran = {"db": db.stat().st_size, "cadangan": _ukuran_folder(backup_dir()),
              "jumlah_cadangan": len(list(backup_dir().glob("*.sqlite")))}  # fmt: skip
    return waktu, ukuran


def ukur_jendela(db: Path, ulang: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="iki-setelan-"))  # fmt: skip
    from iki_desktop.store import Store
    from iki_desktop.store.rekap import rekap
    from iki_desktop.ui.jendela.cari import PanelCari
    from iki_desktop.ui.jendela.pohon import ModelPohon, ProxyCari
    from iki_desktop.ui.jendela.utama import JendelaUtama
    from iki_desktop.ui.konteks import Konteks

    out: dict[str, Any] = {}
    jendela = JendelaUtama()
    jendela.resize(1400, 900)
    jendela.show()
    app.processEvents()  # type: ignore[union-attr]

    def buka() -> None:
        assert jendela.buka_berkas(db)
        jendela.repaint()

    out["buka_jendela"] = _ukur(buka, ulang, app.processEvents)  # type: ignore[union-attr]
    store = Store.open(db)
    konteks = Konteks(store)
    out["pohon"] = _ukur(lambda: ModelPohon(konteks), ulang)
    model = ModelPohon(konteks)
    proxy = ProxyCari()
    proxy.setSourceModel(model)

    panel = PanelCari(konteks, proxy)

    def cari_jendela(kata: str) -> Callable[[], None]:
        def jalan() -> None:  # the search box after the typing pause: hits, list, filter
            panel.kotak.setText(kata)
            panel._tunda.stop()
            panel.terapkan()
            proxy.rowCount()

        return jalan

    def kosongkan() -> None:
        panel.kotak.setText("")
        panel._tunda.stop()
        panel.terapkan()

    out["cari_jendela"] = _ukur(cari_jendela(KATA_LANGKA), ulang, kosongkan)
    out["cari_jendela_umum"] = _ukur(cari_jendela(KATA_UMUM), ulang, kosongkan)
    out["cari_store"] = _ukur(lambda: store.cari(KATA_LANGKA), ulang)
    out["cari_store_umum"] = _ukur(lambda: store.cari(KATA_UMUM), ulang)
    out["rekap"] = _ukur(lambda: rekap(store), max(1, ulang // 2))
    store.close()
    jendela.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--jumlah", type=int, default=300)
    ap.add_argument("--ulang", type=int, default=5)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--simpan", type=Path, help="keep the kabupaten database here")
    args = ap.parse_args()
    kerja = Path(tempfile.mkdtemp(prefix="iki-kab300-"))
    os.environ["IKI_DESKTOP_DATA_DIR"] = str(kerja / "data")
    t0 = time.perf_counter()
    paket = _paket(args.jumlah)
    print(f"{len(paket)} paket siap ({time.perf_counter() - t0:.0f} s)", flush=True)
    db = kerja / "kabupaten.sqlite"
    waktu, ukuran = terima_semua(paket, db)
    hasil: dict[str, Any] = {
        "jumlah": len(paket),
        "terima_awal": _ringkas(waktu[:UJUNG]),
        "terima_akhir": _ringkas(waktu[-UJUNG:]),
        "ukuran": ukuran,
    }
    hasil |= ukur_jendela(db, args.ulang)
    if args.simpan:
        shutil.copy(db, args.simpan)
    hasil["target"] = TARGET
    teks = json.dumps(hasil, indent=1)
    print("HASIL " + json.dumps(hasil), flush=True)
    if args.json:
        args.json.write_text(teks, encoding="utf-8")
    shutil.rmtree(kerja, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
