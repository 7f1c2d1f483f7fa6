"""Transfer sub-commands: pack (kirim), unpack (terima), backup (cadangan), restore (pulihkan).

The transfer package is imported inside the cmd_ functions: every CLI run imports this
module to register the sub-commands, and `print` should not pay for the transfer code.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.cli._umum import buka_store, cari_id_dokumen, db_path, tambah_opsi_db
from iki_desktop.domain.errors import IkiError


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("pack", help="kirim: tulis paket .ikipaket (seluruh data atau dokumen)")
    tambah_opsi_db(p)
    p.add_argument("--out", required=True, metavar="BERKAS.ikipaket")
    p.add_argument(
        "--dokumen", nargs="+", metavar="ID", help="hanya dokumen ini (id atau awalannya)"
    )
    p.set_defaults(func=cmd_kirim)

    p = sub.add_parser(
        "unpack",
        help="terima: periksa dan gabungkan paket .ikipaket (satu, beberapa, atau satu folder)",
    )
    tambah_opsi_db(p)
    p.add_argument(
        "berkas",
        nargs="+",
        metavar="BERKAS.ikipaket",
        help="paket, beberapa paket, atau folder berisi paket (mis. isi flashdisk)",
    )
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan pratinjau")
    p.add_argument(
        "--konflik",
        choices=["milik-saya", "kiriman", "keduanya"],
        help="keputusan untuk semua konflik",
    )
    p.add_argument(
        "--terima-kunci-baru",
        action="store_true",
        help="TERIMA kunci kantor pengirim yang BERBEDA dari yang dikenal (komputer baru); "
        "hanya setelah sidik jarinya dicocokkan lewat telepon",
    )
    p.set_defaults(func=cmd_terima)

    p = sub.add_parser("backup", help="buat cadangan basis data (atau --daftar)")
    tambah_opsi_db(p)
    p.add_argument("--out", metavar="BERKAS", help="simpan cadangan ke berkas ini")
    p.add_argument("--daftar", action="store_true", help="tampilkan daftar cadangan otomatis")
    p.set_defaults(func=cmd_cadangan)

    p = sub.add_parser(
        "restore",
        help="pulihkan basis data dari cadangan (menampilkan yang akan diganti; perlu --ya)",
    )
    tambah_opsi_db(p)
    p.add_argument("berkas", metavar="BERKAS_CADANGAN")
    p.add_argument(
        "--ya", action="store_true", help="ya, ganti seluruh isi basis data dengan cadangan ini"
    )
    p.set_defaults(func=cmd_pulihkan)


def cmd_kirim(args: argparse.Namespace) -> int:
    from iki_desktop.store.transfer import buat_paket
    from iki_desktop.store.transfer.umum import ukuran_mb

    with buka_store(db_path(args)) as store:
        ids = None
        if args.dokumen:
            semua = [d.id for d in store.list_dokumen()]
            ids = [cari_id_dokumen(semua, ref) for ref in args.dokumen]
        hasil = buat_paket(store, Path(args.out), ids)
    j = hasil.jumlah
    print(
        f"{j['dokumen']} dokumen, {j['jabatan']} jabatan, {j['indikator']} indikator "
        f"({ukuran_mb(hasil.ukuran)})."
    )
    print(hasil.pesan)
    return 0


def cmd_terima(args: argparse.Namespace) -> int:
    from iki_desktop.store.transfer import baca_paket, teks_pratinjau, terapkan_paket

    if len(args.berkas) > 1 or Path(args.berkas[0]).is_dir():
        return _terima_banyak(args)
    with buka_store(db_path(args)) as store:
        pratinjau = baca_paket(Path(args.berkas[0]), store)
        print(teks_pratinjau(pratinjau))
        if args.dry_run:
            print("(Uji coba: tidak ada yang diubah.)")
            return 0
        if pratinjau.konflik and not args.konflik:
            raise IkiError(
                "Paket tidak digabungkan karena ada konflik. Ulangi dengan --konflik "
                "milik-saya, --konflik kiriman, atau --konflik keduanya.",
                rincian=[k.label for k in pratinjau.konflik],
            )
        hasil = terapkan_paket(store, pratinjau, args.konflik, args.terima_kunci_baru)
    print(hasil.pesan)
    return 0


def _terima_banyak(args: argparse.Namespace) -> int:
    """`unpack A B C …` or `unpack FOLDER`: each package on its own, one table at the end.

    Exit code 2 when any package was refused or left out for conflicts (the others are in).
    """
    from iki_desktop.store.transfer.banyak import (
        StatusPaket,
        kumpulkan_paket,
        tabel_ringkasan,
        terima_banyak,
    )

    paths = kumpulkan_paket(args.berkas)
    with buka_store(db_path(args)) as store:

        def kemajuan(i: int, path: Path) -> None:
            print(f"[{i + 1}/{len(paths)}] {path.name}", flush=True)

        hasil, sesi = terima_banyak(store, paths, args.konflik, uji=args.dry_run, kemajuan=kemajuan)
    for h in hasil:
        if h.status in (StatusPaket.DITOLAK, StatusPaket.KONFLIK):
            print(f"{h.path.name}: {h.pesan}")
            for r in h.rincian[:10]:
                print(f"  - {r}")
    print(tabel_ringkasan(hasil, sesi))
    if args.dry_run:
        print("(Uji coba: tidak ada yang diubah.)")
    if any(h.status is StatusPaket.KONFLIK for h in hasil):
        print(
            "Paket berkonflik tidak digabungkan. Ulangi untuk paket itu dengan --konflik "
            "milik-saya, --konflik kiriman, atau --konflik keduanya."
        )
    gagal = any(h.status in (StatusPaket.DITOLAK, StatusPaket.KONFLIK) for h in hasil)
    return 2 if gagal else 0


def cmd_cadangan(args: argparse.Namespace) -> int:
    from iki_desktop.store.transfer import buat_cadangan, daftar_cadangan, simpan_cadangan_ke
    from iki_desktop.store.transfer.umum import ukuran_mb

    if args.daftar:
        stem = db_path(args).stem
        daftar = daftar_cadangan(stem)
        if not daftar:
            print("Belum ada cadangan.")
        for c in daftar:
            print(
                f"{c.waktu:%Y-%m-%d %H:%M:%S}  {ukuran_mb(c.ukuran):>9}  "
                f"{c.keterangan:38}  {c.path}"
            )
        return 0
    from iki_desktop.store.kunci import ekspor_kunci

    with buka_store(db_path(args)) as store:
        path = simpan_cadangan_ke(store, Path(args.out)) if args.out else buat_cadangan(store)
    print(f"Cadangan dibuat: {path}")
    if args.out:
        # The office key goes with a backup the user carries away: a reinstalled PC that
        # restores it keeps signing as the same office.
        kunci = ekspor_kunci(berkas_kunci_cadangan(path))
        print(
            f"Kunci kantor ikut disimpan: {kunci}. Simpan di tempat aman seperti stempel "
            "kantor: siapa pun yang memilikinya dapat menandatangani atas nama kantor ini."
        )
    return 0


def berkas_kunci_cadangan(cadangan: Path) -> Path:
    from iki_desktop.store.kunci import EKSTENSI_EKSPOR

    return cadangan.with_name(cadangan.name + EKSTENSI_EKSPOR)


def cmd_pulihkan(args: argparse.Namespace) -> int:
    from iki_desktop.store.kunci import impor_kunci
    from iki_desktop.store.transfer import pulihkan
    from iki_desktop.store.transfer.cadangan import periksa_cadangan
    from iki_desktop.store.transfer.pemulihan import ringkasan_pemulihan

    target = db_path(args)
    berkas = Path(args.berkas)
    if not berkas.is_file():
        raise IkiError(f"Berkas cadangan {args.berkas} tidak ditemukan.")
    periksa_cadangan(berkas)
    print(ringkasan_pemulihan(berkas, target).teks())
    if not args.ya:
        raise IkiError(
            "Belum dipulihkan: tidak ada yang diubah. Bila yakin, ulangi perintah ini dengan --ya."
        )
    lama = pulihkan(berkas, target)
    print(f"Basis data {target} dipulihkan dari {berkas.name}.")
    if lama:
        print(f"Keadaan sebelumnya disimpan sebagai cadangan: {lama}")
    kunci = berkas_kunci_cadangan(berkas)
    if kunci.is_file():
        baru, disisihkan = impor_kunci(kunci)
        print(f"Kunci kantor dari cadangan dipasang (sidik jari {baru.sidik_jari}).")
        if disisihkan:
            print(f"Kunci yang dipakai sebelumnya disimpan sebagai {disisihkan}.")
    return 0
