"""Basic sub-commands: new, info, export-json, import-json."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from iki_desktop.cli._umum import (
    buka_store,
    db_path,
    pilih_dokumen,
    tambah_opsi_db,
    tambah_opsi_dokumen,
)
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import JenisInstansi
from iki_desktop.domain.tautan import pesan_yatim
from iki_desktop.store import Store
from iki_desktop.store.isi import Isian, isi_basis_data
from iki_desktop.store.jsonio import export_json, import_json


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("new", help="buat basis data baru (kosong, contoh, atau templat)")
    tambah_opsi_db(p)
    pilihan = p.add_mutually_exclusive_group()
    pilihan.add_argument("--contoh", action="store_true", help="isi dengan contoh Wonoasih 2026")
    pilihan.add_argument(
        "--template", action="store_true", help="isi dengan susunan standar kecamatan"
    )
    p.add_argument("--tahun", type=int, help="tahun dokumen templat (bawaan: tahun ini)")
    p.add_argument(
        "--jenis",
        choices=[j.value for j in JenisInstansi],
        default=JenisInstansi.KECAMATAN.value,
        help="jenis kantor untuk --template (bawaan: kecamatan)",
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="tampilkan instansi, dokumen dan jumlah isinya")
    tambah_opsi_db(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("export-json", help="ekspor satu dokumen ke berkas JSON")
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.add_argument("--out", required=True, metavar="BERKAS.json")
    p.set_defaults(func=cmd_export_json)

    p = sub.add_parser("import-json", help="impor dokumen dari berkas JSON")
    tambah_opsi_db(p)
    p.add_argument("berkas", metavar="BERKAS.json")
    p.add_argument("--ganti", action="store_true", help="timpa draf dengan id yang sama")
    p.set_defaults(func=cmd_import_json)


def cmd_new(args: argparse.Namespace) -> int:
    path = db_path(args)
    store = Store.create(path)
    try:
        isian: Isian = "contoh" if args.contoh else "templat" if args.template else "kosong"
        isi_basis_data(store, isian, args.tahun or dt.date.today().year, JenisInstansi(args.jenis))
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    store.close()
    isi = " berisi contoh" if args.contoh else " berisi templat" if args.template else ""
    print(f"Basis data baru{isi} dibuat: {path}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with buka_store(db_path(args)) as store:
        print(f"Basis data: {store.path}")
        instansi = {i.id: i for i in store.list_instansi()}
        semua = store.list_dokumen()
        if not semua:
            print("Belum ada dokumen.")
            return 0
        from iki_desktop.store.penetapan import versi_terkini

        for dok in semua:
            inst = instansi.get(dok.instansi_id)
            c = store.counts(dok.id)
            berlaku = (
                " [berlaku]" if dok.ditetapkan and versi_terkini(store, dok.id) == dok.id else ""
            )
            print(
                f"{dok.id[:8]}  {inst.nama_lengkap if inst else '?'}  {dok.label}  "
                f"[{dok.status.label}]{berlaku}  {c['jabatan']} jabatan, {c['sasaran']} sasaran, "
                f"{c['indikator']} indikator"
            )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    with buka_store(db_path(args)) as store:
        dokumen = pilih_dokumen(store, args)
        path = export_json(store, dokumen.id, args.out)
    print(f"Dokumen {dokumen.label} diekspor ke {path}")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    if not Path(args.berkas).exists():
        raise IkiError(f"Berkas {args.berkas} tidak ditemukan.")
    with buka_store(db_path(args)) as store:
        dokumen = import_json(store, args.berkas, ganti=args.ganti)
        c = store.counts(dokumen.id)
    print(f"Dokumen {dokumen.label} diimpor: {c['jabatan']} jabatan, {c['indikator']} indikator.")
    for pesan in pesan_yatim(dokumen):
        print(f"PERINGATAN: {pesan}")
    return 0
