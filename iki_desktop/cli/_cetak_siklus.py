"""`iki-desktop print --bagian pk|renaksi|capaian`: the yearly-cycle documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.cli._umum import buka_store, db_path, pilih_dokumen
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Kertas
from iki_desktop.printing.siklus import BAGIAN_SIKLUS, write_pdf_siklus

__all__ = ["BAGIAN_SIKLUS", "cmd_print_siklus", "tambah_opsi"]
from iki_desktop.store.kinerja import dokumen_tahun_lalu, muat_siklus


def tambah_opsi(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--triwulan",
        type=int,
        choices=[1, 2, 3, 4],
        help="untuk --bagian capaian: keadaan sampai triwulan ini (bawaan: setahun)",
    )


def cmd_print_siklus(args: argparse.Namespace, bagian: list[str], out: Path) -> int:
    from iki_desktop.cli.cetak import pilih_jabatan

    if len(bagian) != 1 or bagian[0] not in BAGIAN_SIKLUS:
        raise IkiError(
            "Bagian pk, renaksi dan capaian dicetak masing-masing dalam satu berkas; "
            "pilih salah satu saja."
        )
    if args.triwulan and bagian[0] != "capaian":
        raise IkiError("--triwulan hanya berlaku untuk --bagian capaian.")
    with buka_store(db_path(args)) as store:
        dokumen = pilih_dokumen(store, args)
        instansi, dokumen, kode = muat_siklus(store, dokumen.id)
        lalu = dokumen_tahun_lalu(store, dokumen) if bagian[0] == "capaian" else None
    jabatan_ids = pilih_jabatan(dokumen, args.jabatan) if args.jabatan else None
    halaman = write_pdf_siklus(
        out,
        instansi,
        dokumen,
        bagian[0],
        jabatan_ids=jabatan_ids,
        kertas=Kertas(args.kertas) if args.kertas else None,
        footer_kode=kode,
        triwulan=args.triwulan,
        lalu=lalu,
    )
    print(f"PDF tersimpan: {out}, {halaman} halaman")
    return 0
