"""`iki-desktop print`: the printout of a Dokumen as a PDF file."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from iki_desktop.cli import _cetak_siklus as cetak_siklus
from iki_desktop.cli._umum import (
    berkas_hasil,
    buka_store,
    db_path,
    pilih_dokumen,
    tambah_opsi_db,
    tambah_opsi_dokumen,
)
from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Kertas
from iki_desktop.store import Store
from iki_desktop.store.penetapan import muat_untuk_cetak


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "print",
        help="cetak dokumen ke berkas PDF (Keputusan, IKU, IKI)",
        description="Membuat PDF cetakan: Keputusan, Lampiran IKU dan IKI per jabatan.",
    )
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF hasil")
    p.add_argument(
        "--kertas",
        choices=[k.value for k in Kertas],
        help="ukuran kertas (bawaan: pengaturan instansi)",
    )
    p.add_argument(
        "--bagian",
        default=None,
        metavar="sampul,keputusan,iku,iki,pohon",
        help="bagian yang dicetak, dipisah koma (bawaan: semua bagian yang ada menurut "
        "bentuk dokumen; bagian tanpa isi tidak pernah dicetak); pohon = pohon kinerja dan "
        "Matriks Penjenjangan Kinerja, hanya bila diminta; atau satu dari pk (Perjanjian "
        "Kinerja), renaksi (Rencana Aksi), capaian (pengukuran kinerja)",
    )
    p.add_argument(
        "--jabatan",
        action="append",
        metavar="TEKS",
        help="cetak IKI jabatan yang namanya memuat TEKS saja (boleh diulang)",
    )
    p.add_argument(
        "--sebelum-sesudah",
        action="store_true",
        help="cetak Perubahan berdampingan dengan versi asalnya (sebelum / sesudah evaluasi)",
    )
    cetak_siklus.tambah_opsi(p)
    p.set_defaults(func=cmd_print)


def pilih_jabatan(dokumen: Dokumen, teks: list[str]) -> list[str]:
    """Ids of the jabatan whose printed name contains any of the texts (case-insensitive)."""
    cari = [t.strip().casefold() for t in teks if t.strip()]
    ids = [j.id for j in dokumen.jabatan_urut() if any(c in j.judul.casefold() for c in cari)]
    if not ids:
        raise IkiError(
            f"Tidak ada jabatan yang namanya memuat '{', '.join(teks)}' dalam dokumen ini."
        )
    return ids


def cmd_print(args: argparse.Namespace) -> int:
    bagian = (
        [b.strip().lower() for b in args.bagian.split(",") if b.strip()]
        if args.bagian is not None
        else None
    )
    out = berkas_hasil(args.out, ".pdf", "PDF")
    # The objects made so far (imported modules, parser) live as long as the command:
    # keeping them out of the collector's full passes saves 10-15 ms of a print.
    gc.freeze()
    try:
        if bagian and any(b in cetak_siklus.BAGIAN_SIKLUS for b in bagian):
            return cetak_siklus.cmd_print_siklus(args, bagian, out)
        return _cetak(args, bagian, out)
    finally:
        gc.unfreeze()


def _cetak(args: argparse.Namespace, bagian: list[str] | None, out: Path) -> int:
    from iki_desktop.printing import rencana_bagian, write_pdf

    with buka_store(db_path(args)) as store:
        dokumen = pilih_dokumen(store, args)
        if args.sebelum_sesudah:
            return _cetak_sebelum_sesudah(store, dokumen, out)
        # An enacted Dokumen prints from its frozen snapshot, with its code and QR.
        instansi, dokumen, kode = muat_untuk_cetak(store, dokumen.id)
    jabatan_ids = pilih_jabatan(dokumen, args.jabatan) if args.jabatan else None
    for alasan in rencana_bagian(dokumen, bagian, jabatan_ids).dilewati:
        print(f"Dilewati: {alasan}", file=sys.stderr)
    halaman = write_pdf(
        out,
        instansi,
        dokumen,
        bagian=bagian,
        jabatan_ids=jabatan_ids,
        kertas=Kertas(args.kertas) if args.kertas else None,
        footer_kode=kode,
    )
    print(f"PDF tersimpan: {out}, {halaman} halaman")
    return 0


def _cetak_sebelum_sesudah(store: Store, dokumen: Dokumen, out: Path) -> int:
    from iki_desktop.printing.evaluasi import tulis_sebelum_sesudah

    if not dokumen.pendahulu_id:
        raise IkiError(f"{dokumen.label} bukan Perubahan: tidak ada versi asal untuk dibandingkan.")
    instansi, baru, _kode = muat_untuk_cetak(store, dokumen.id)
    _i, lama, _k = muat_untuk_cetak(store, dokumen.pendahulu_id)
    tulis_sebelum_sesudah(out, instansi, lama, baru)
    print(f"PDF tersimpan: {out} ({lama.label} dan {baru.label}, sebelum / sesudah evaluasi)")
    return 0
