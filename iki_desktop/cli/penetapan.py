"""Penetapan sub-commands: enact, revise, diff, verify, riwayat."""

from __future__ import annotations

import argparse

from iki_desktop.cli._umum import (
    berkas_hasil,
    buka_store,
    cari_id_dokumen,
    db_path,
    pilih_dokumen,
    tambah_opsi_db,
    tambah_opsi_dokumen,
)
from iki_desktop.store import Store

TIDAK_DITEMUKAN = 3


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "enact",
        help="tetapkan dokumen (isinya dibekukan dan mendapat kode dokumen)",
        description="Menetapkan dokumen: isinya dibekukan, diberi kode dokumen dan kode QR.",
    )
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.add_argument("--oleh", metavar="NAMA", default="", help="nama petugas yang menetapkan")
    p.set_defaults(func=cmd_enact)

    p = sub.add_parser("revise", help="buat Perubahan (revisi) dari dokumen yang ditetapkan")
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.set_defaults(func=cmd_revise)

    p = sub.add_parser("diff", help="bandingkan dua versi dokumen")
    tambah_opsi_db(p)
    p.add_argument("a", metavar="A", help="id (atau awalan id) versi lama")
    p.add_argument("b", metavar="B", help="id (atau awalan id) versi baru")
    p.add_argument("--out", metavar="BERKAS.pdf", help="simpan daftar perbedaan sebagai PDF")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("verify", help="periksa keaslian kode dokumen dari cetakan")
    tambah_opsi_db(p)
    p.add_argument(
        "kode",
        metavar="KODE",
        help="kode pada kaki halaman, mis. IKI-7QF3-K9PA, atau isi kode QR (kode:tanda tangan)",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("riwayat", help="tampilkan versi dan riwayat perubahan sebuah dokumen")
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.set_defaults(func=cmd_riwayat)


def _cari(store: Store, ref: str) -> str:
    return cari_id_dokumen([d.id for d in store.list_dokumen()], ref)


def cmd_enact(args: argparse.Namespace) -> int:
    from iki_desktop.store.penetapan import tetapkan

    with buka_store(db_path(args)) as store:
        dok = pilih_dokumen(store, args)
        p = tetapkan(store, dok.id, oleh=args.oleh)
    print(f"Dokumen {dok.label} ditetapkan. Kode dokumen: {p.kode}")
    return 0


def cmd_revise(args: argparse.Namespace) -> int:
    from iki_desktop.store.penetapan import buat_perubahan

    with buka_store(db_path(args)) as store:
        dok = pilih_dokumen(store, args)
        baru = buat_perubahan(store, dok.id)
    print(f"Draf {baru.label} dibuat dengan id {baru.id} (dari {dok.label}).")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from iki_desktop.store.penetapan import bandingkan_versi

    with buka_store(db_path(args)) as store:
        a, b = _cari(store, args.a), _cari(store, args.b)
        lama, baru = store.load_dokumen(a), store.load_dokumen(b)
        instansi = store.get_instansi(baru.instansi_id)
        daftar = bandingkan_versi(store, a, b)
    judul = f"Perbandingan {lama.label} dengan {baru.label}"
    print(judul)
    if not daftar:
        print("Tidak ada perbedaan isi.")
    tempat = None
    for p in daftar:
        if p.tempat != tempat:
            tempat = p.tempat
            print(f"\n{tempat}")
        print(f"  - {p.teks}")
    if args.out:
        from iki_desktop.printing.perbandingan import tulis_perbandingan

        out = berkas_hasil(args.out, ".pdf", "PDF")
        tulis_perbandingan(out, instansi, judul, daftar)
        print(f"\nPDF tersimpan: {out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from iki_desktop.domain.keaslian import pisah_qr
    from iki_desktop.domain.penetapan import normalisasi_kode
    from iki_desktop.store.keaslian import periksa_keaslian

    with buka_store(db_path(args)) as store:
        hasil = periksa_keaslian(store, args.kode)
    if hasil is None:
        kode = pisah_qr(args.kode)[0]
        tampil = normalisasi_kode(kode) or kode.strip()
        print(f"Tidak ada versi yang ditetapkan dengan kode {tampil} di basis data ini.")
        if normalisasi_kode(kode) is None:
            print("(Bentuk kode tidak dikenali; contoh kode: IKI-7QF3-K9PA.)")
        return TIDAK_DITEMUKAN
    print(hasil.teks())
    return 0 if hasil.utuh and (hasil.tanda is None or hasil.tanda_sah) else 1


def cmd_riwayat(args: argparse.Namespace) -> int:
    from iki_desktop.domain.tanggal import tampil_waktu
    from iki_desktop.store.penetapan import daftar_riwayat, riwayat_versi

    with buka_store(db_path(args)) as store:
        dok = pilih_dokumen(store, args)
        versi = riwayat_versi(store, dok.id)
        audit = daftar_riwayat(store, dok.id)
    print(f"Versi dokumen {dok.judul}:")
    for v in versi:
        tanda = "  (berlaku)" if v.terkini else ""
        kode = f"  kode {v.kode}" if v.kode else ""
        waktu = f"  ditetapkan {tampil_waktu(v.ditetapkan_at)}" if v.ditetapkan_at else ""
        print(f"  {v.dokumen_id[:8]}  {v.label}  [{v.status.label}]{kode}{waktu}{tanda}")
    print(f"\nRiwayat perubahan {dok.label}:")
    if not audit:
        print("  (belum ada catatan)")
    for waktu, operator, aksi, rincian in audit:
        print(f"  {waktu}  {operator}  {aksi}" + (f": {rincian}" if rincian else ""))
    return 0
