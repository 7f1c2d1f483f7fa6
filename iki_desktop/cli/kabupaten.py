"""Kabupaten sub-commands: rekap (who sent what) and cari (search every office)."""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.cli._umum import buka_store, db_path, tambah_opsi_db
from iki_desktop.domain.errors import IkiError

BATAS_CARI = 200


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rekap", help="rekap semua kantor: kiriman terakhir, status, jumlah isi")
    tambah_opsi_db(p)
    p.add_argument("--tahun", type=int, metavar="TAHUN", help="hanya dokumen tahun ini")
    p.add_argument("--out", metavar="REKAP.xlsx", help="simpan rekap ke berkas Excel")
    p.add_argument(
        "--kantor-diharapkan",
        metavar="BERKAS.txt",
        help="atur daftar kantor yang diharapkan mengirim (satu nama per baris)",
    )
    p.set_defaults(func=cmd_rekap)

    p = sub.add_parser("cari", help="cari teks jabatan, sasaran dan indikator di semua kantor")
    tambah_opsi_db(p)
    p.add_argument("teks", nargs="+", metavar="TEKS")
    p.add_argument("--semua", action="store_true", help=f"tampilkan lebih dari {BATAS_CARI} hasil")
    p.set_defaults(func=cmd_cari)


def _baca_daftar(path: str) -> list[str]:
    try:
        teks = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError) as exc:
        raise IkiError(f"Daftar kantor {path} tidak dapat dibaca ({exc}).") from exc
    return [b.strip() for b in teks.splitlines() if b.strip() and not b.startswith("#")]


def cmd_rekap(args: argparse.Namespace) -> int:
    from iki_desktop.store.rekap import KOLOM, atur_kantor_diharapkan, nilai_baris, rekap

    with buka_store(db_path(args)) as store:
        if args.kantor_diharapkan:
            daftar = atur_kantor_diharapkan(store, _baca_daftar(args.kantor_diharapkan))
            print(f"Daftar kantor yang diharapkan disimpan: {len(daftar)} kantor.")
        baris = rekap(store, args.tahun)
    if args.out:
        from iki_desktop.spreadsheet.rekap import ekspor_rekap

        judul = "Rekap kiriman kantor" + (f" tahun {args.tahun}" if args.tahun else "")
        print(f"Rekap disimpan: {ekspor_rekap(baris, args.out, judul)}")
    sel = [[str(v) for v in nilai_baris(b)] for b in baris]
    tampil = (0, 1, 2, 3, 5, 6, 8, 9)  # the key fingerprint is in the Excel file
    lebar = [max([len(KOLOM[i])] + [len(s[i]) for s in sel]) for i in tampil]
    lebar[tampil.index(5)] = min(lebar[tampil.index(5)], 60)
    print("  ".join(KOLOM[i].ljust(w) for i, w in zip(tampil, lebar, strict=True)))
    for s in sel:
        print("  ".join(s[i][:w].ljust(w) for i, w in zip(tampil, lebar, strict=True)))
    hilang = sum(1 for b in baris if not b.ada)
    print(f"Jumlah: {len(baris) - hilang} kantor ada datanya, {hilang} belum ada data.")
    return 0


def cmd_cari(args: argparse.Namespace) -> int:
    teks = " ".join(args.teks)
    if len(teks.strip()) < 2:
        raise IkiError("Ketik sedikitnya dua huruf untuk dicari.")
    with buka_store(db_path(args)) as store:
        hasil = store.cari(teks, None if args.semua else BATAS_CARI + 1)
    if not hasil:
        print(f"Tidak ada jabatan, sasaran atau indikator yang memuat '{teks}'.")
        return 0
    jenis = {"jabatan": "jabatan", "sasaran": "sasaran", "indikator": "indikator"}
    for h in hasil[:BATAS_CARI] if not args.semua else hasil:
        isi = " ".join(h.teks.split())
        print(f"{h.instansi} | {h.tahun} | {h.jabatan} | {jenis[h.tabel]}: {isi[:120]}")
    if not args.semua and len(hasil) > BATAS_CARI:
        print(f"(Hanya {BATAS_CARI} hasil pertama; tambahkan --semua untuk semuanya.)")
    else:
        print(f"{len(hasil)} hasil.")
    return 0
