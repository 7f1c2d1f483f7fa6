"""`export-xlsx`, `import-xlsx` and `import-legacy`: Excel out, Excel back in, old files in."""

from __future__ import annotations

import argparse

from iki_desktop.cli._umum import (
    berkas_hasil,
    buka_store,
    db_path,
    pilih_dokumen,
    tambah_opsi_db,
    tambah_opsi_dokumen,
)
from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store


def daftarkan(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export-xlsx",
        help="ekspor dokumen ke Excel (.xlsx) seperti cetakan",
        description="Menulis Indeks, IKU dan satu lembar IKI per jabatan ke berkas .xlsx.",
    )
    tambah_opsi_db(p)
    tambah_opsi_dokumen(p)
    p.add_argument("--out", required=True, metavar="BERKAS.xlsx", help="berkas Excel hasil")
    p.set_defaults(func=cmd_export_xlsx)

    p = sub.add_parser(
        "import-xlsx",
        help="impor kembali berkas Excel hasil ekspor program ini",
        description="Membaca berkas .xlsx hasil export-xlsx; sel yang diubah di Excel dipakai.",
    )
    tambah_opsi_db(p)
    p.add_argument("berkas", metavar="BERKAS.xlsx")
    p.add_argument("--ganti", action="store_true", help="timpa draf dengan id yang sama")
    p.set_defaults(func=cmd_import_xlsx)

    p = sub.add_parser(
        "import-legacy",
        help="impor dokumen IKU/IKI lama dari Word (.docx), Excel (.xlsx) atau PDF",
        description="Membaca dokumen lama kantor dan menyimpannya sebagai Draf baru. PDF "
        "harus memiliki lapisan teks (bukan hasil pindai).",
    )
    tambah_opsi_db(p)
    p.add_argument("berkas", metavar="BERKAS.docx|BERKAS.xlsx|BERKAS.pdf")
    p.add_argument("--tahun", type=int, metavar="TAHUN", help="tahun dokumen baru")
    p.add_argument(
        "--dry-run", action="store_true", help="hanya tampilkan pratinjau; tidak menulis apa pun"
    )
    p.add_argument(
        "--ya",
        action="store_true",
        help="tetap impor walau pratinjau menandai susunan dokumen meragukan (PERHATIAN)",
    )
    p.set_defaults(func=cmd_import_legacy)


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from iki_desktop.spreadsheet.export import export_xlsx

    out = berkas_hasil(args.out, ".xlsx", ".xlsx")
    with buka_store(db_path(args)) as store:
        dokumen = pilih_dokumen(store, args)
        instansi = store.get_instansi(dokumen.instansi_id)
        if dokumen.ditetapkan:
            _tolak_bila_diubah(store, dokumen.id, dokumen.label)
    hasil = export_xlsx(instansi, dokumen, out)
    print(
        f"Dokumen {dokumen.label} diekspor ke {hasil}: {len(dokumen.jabatan)} jabatan, "
        f"{dokumen.jumlah_indikator()} indikator."
    )
    return 0


def _tolak_bila_diubah(store: Store, dokumen_id: str, label: str) -> None:
    """An enacted Dokumen whose rows no longer match its code is not exported as such."""
    from iki_desktop.domain.keaslian import PERINGATAN
    from iki_desktop.store.keaslian import masalah_tersimpan

    masalah = masalah_tersimpan(store, dokumen_id)
    if masalah:
        raise IkiError(
            f"{PERINGATAN} Dokumen {label} tidak diekspor: isinya di basis data ini telah "
            "diubah di luar program.",
            rincian=masalah,
        )


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    from iki_desktop.spreadsheet.import_own import baca_xlsx

    hasil = baca_xlsx(args.berkas)  # every check runs before the database is opened
    with buka_store(db_path(args)) as store:
        if not args.ganti and any(d.id == hasil.dokumen.id for d in store.list_dokumen()):
            raise IkiError(
                f"Dokumen {hasil.dokumen.label} dari berkas ini sudah ada di basis data. "
                "Gunakan --ganti untuk menimpa drafnya."
            )
        store.import_dokumen(hasil.instansi, hasil.dokumen)
    print(
        f"Dokumen {hasil.dokumen.label} diimpor: {len(hasil.dokumen.jabatan)} jabatan, "
        f"{hasil.dokumen.jumlah_indikator()} indikator."
    )
    if hasil.perubahan:
        print(f"{len(hasil.perubahan)} sel yang diubah di Excel dipakai.")
    for p in hasil.peringatan:
        print(f"Peringatan: {p}")
    return 0


def cmd_import_legacy(args: argparse.Namespace) -> int:
    from iki_desktop.spreadsheet.legacy import baca_dokumen_lama, terapkan

    pratinjau = baca_dokumen_lama(args.berkas)
    if args.tahun:
        pratinjau.tahun = args.tahun
    print(pratinjau.teks())
    if args.dry_run:
        print("Uji coba (--dry-run): tidak ada yang disimpan.")
        return 0
    if pratinjau.masalah and not args.ya:
        raise IkiError(
            "Susunan dokumen meragukan (lihat PERHATIAN di atas); tidak ada yang disimpan. "
            "Periksa berkasnya, atau jalankan lagi dengan --ya untuk tetap mengimpor."
        )
    with buka_store(db_path(args)) as store:
        dokumen = terapkan(store, pratinjau, tahun=args.tahun)
    if pratinjau.versi_iku:
        print(
            f"Disimpan sebagai {len(pratinjau.versi_iku)} versi; yang berlaku: Draf "
            f"{dokumen.label} (id {dokumen.id[:8]})."
        )
    else:
        print(f"Disimpan sebagai Draf {dokumen.label} (id {dokumen.id[:8]}).")
    return 0
