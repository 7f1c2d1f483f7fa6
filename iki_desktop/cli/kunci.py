"""Office key sub-command: show this office's key fingerprint, the known offices, and
export or import the key (a reinstalled PC keeps its identity)."""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.cli._umum import buka_store, db_path, tambah_opsi_db


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "key",
        help="kunci kantor: sidik jari, kantor yang dikenal, ekspor/impor kunci",
        description="Menampilkan sidik jari kunci kantor ini (untuk dicocokkan lewat telepon) "
        "dan kantor-kantor yang kuncinya sudah dikenal basis data ini.",
    )
    tambah_opsi_db(p)
    p.add_argument("--ekspor", metavar="BERKAS", help="simpan salinan kunci kantor ke berkas")
    p.add_argument(
        "--impor", metavar="BERKAS", help="pasang kunci kantor dari berkas (mis. dari cadangan)"
    )
    p.add_argument(
        "--tandatangani-lama",
        action="store_true",
        help="tandatangani penetapan yang dibuat sebelum ada kunci kantor (dokumen kantor ini)",
    )
    p.add_argument("--ya", action="store_true", help="ya, dokumen itu ditetapkan kantor ini")
    p.set_defaults(func=cmd_kunci)


def cmd_kunci(args: argparse.Namespace) -> int:
    from iki_desktop.domain.tanggal import tampil_waktu
    from iki_desktop.store.keaslian import daftar_kantor
    from iki_desktop.store.kunci import EKSTENSI_EKSPOR, ekspor_kunci, impor_kunci, kunci_kantor
    from iki_desktop.store.transfer.tanda_tangan import teks_aman

    if args.tandatangani_lama:
        return _tandatangani_lama(args)
    if args.impor:
        baru, lama = impor_kunci(Path(args.impor))
        print(f"Kunci kantor dipasang. Sidik jari: {baru.sidik_jari}")
        if lama:
            print(f"Kunci sebelumnya disimpan sebagai {lama}.")
        return 0
    if args.ekspor:
        tujuan = Path(args.ekspor)
        if tujuan.suffix != EKSTENSI_EKSPOR:
            tujuan = tujuan.with_name(tujuan.name + EKSTENSI_EKSPOR)
        ekspor_kunci(tujuan)
        print(f"Kunci kantor disimpan di {tujuan}. Simpan di tempat aman seperti stempel kantor.")
        return 0
    print(f"Sidik jari kunci kantor ini: {kunci_kantor().sidik_jari}")
    target = db_path(args)
    if not target.exists():
        return 0
    with buka_store(target) as store:
        kantor = daftar_kantor(store)
    print("Kantor yang dikenal:" if kantor else "Belum ada kantor lain yang dikenal.")
    for k in kantor:
        ganti = f", kunci diganti {tampil_waktu(k.diganti_at)}" if k.diganti_at else ""
        print(
            f"  {teks_aman(k.nama) or '-':40} {k.sidik_jari}  "
            f"(dikenal sejak {tampil_waktu(k.pertama_at)}{ganti})"
        )
    return 0


def _tandatangani_lama(args: argparse.Namespace) -> int:
    from iki_desktop.domain.errors import IkiError
    from iki_desktop.store.keaslian import belum_bertanda, tandatangani_lama

    with buka_store(db_path(args)) as store:
        daftar = belum_bertanda(store)
        if not daftar:
            print("Tidak ada penetapan lama yang belum bertanda tangan.")
            return 0
        print("Penetapan tanpa tanda tangan kantor (ditetapkan sebelum ada kunci kantor):")
        for _, label in daftar:
            print(f"  - {label}")
        if not args.ya:
            raise IkiError(
                "Belum ditandatangani. Tandatangani hanya dokumen yang memang ditetapkan kantor "
                "ini; bila benar, ulangi dengan --ya."
            )
        n = tandatangani_lama(store, [d for d, _ in daftar])
    print(f"{n} penetapan ditandatangani dengan kunci kantor ini.")
    return 0
