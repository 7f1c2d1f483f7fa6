"""`iki-desktop periksa`: the Pemeriksaan of one Dokumen, headless, one line per finding."""

from __future__ import annotations

import argparse

from iki_desktop.cli._umum import (
    buka_store,
    db_path,
    pilih_dokumen,
    tambah_opsi_db,
    tambah_opsi_dokumen,
)
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.pemeriksaan import GALAT, periksa_dokumen, ringkasan
from iki_desktop.domain.pemeriksaan_cascading import periksa_cascading


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "periksa",
        help="periksa satu dokumen (isi, penetapan, cascading) dan tampilkan temuannya",
    )
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.add_argument(
        "--cascading",
        action="store_true",
        help="hanya pemeriksaan cascading (tautan sasaran ke atasan dan IKU)",
    )
    p.set_defaults(func=cmd_periksa)


def cmd_periksa(args: argparse.Namespace) -> int:
    """Print every finding as 'KESALAHAN|PERINGATAN: <jabatan>: <sasaran/indikator> …'.

    Exit 0 when the check ran, whatever it found (findings are not failures of the run).
    """
    with buka_store(db_path(args)) as store:
        dok = pilih_dokumen(store, args)
        try:
            instansi = store.get_instansi(dok.instansi_id)
        except IkiError:
            instansi = None
    masalah = periksa_cascading(dok)
    if not args.cascading:
        masalah = periksa_dokumen(dok, instansi) + masalah
    print(f"Pemeriksaan {dok.label}")
    for m in masalah:
        print(f"{'KESALAHAN' if m.tingkat == GALAT else 'PERINGATAN'}: {m.pesan}")
    print(ringkasan(masalah))
    return 0
