"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen
from iki_desktop.store import Store, default_db_path


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value) if value else default_db_path()


def buka_store(path: str | Path | None) -> Store:
    """Open an existing database; a missing file is a user error, never created silently."""
    target = Path(path) if path else default_db_path()
    if not target.exists():
        raise IkiError(
            f"Basis data {target} tidak ditemukan. Buat dahulu dengan: iki-desktop new --db {target}"
        )
    return Store.open(target)


def tambah_opsi_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    # Sub-commands accept --db after their name too (scripts call `print --db X`).
    parser.add_argument(
        "--db",
        metavar="BERKAS",
        required=required,
        default=argparse.SUPPRESS,
        help="berkas basis data",
    )


def tambah_opsi_dokumen(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dokumen", metavar="ID", help="id dokumen (awalannya pun cukup)")
    parser.add_argument("--tahun", type=int, metavar="TAHUN", help="tahun dokumen")


def berkas_hasil(nama: str, akhiran: str, jenis: str) -> Path:
    """The output file of --out: it must end with `akhiran` and must not be a folder."""
    out = Path(nama)
    if out.suffix.lower() != akhiran:
        raise IkiError(f"Berkas hasil harus berakhiran {akhiran}, bukan '{out.name}'.")
    if out.is_dir():
        raise IkiError(f"{out} adalah folder; tulis nama berkas {jenis}.")
    return out


def cari_id_dokumen(ids: list[str], ref: str) -> str:
    """The one id equal to `ref`, or else the one starting with it; a user error otherwise."""
    cocok = [i for i in ids if i == ref] or [i for i in ids if i.startswith(ref)]
    if not cocok:
        raise IkiError(
            f"Tidak ada dokumen dengan id '{ref}'. Lihat daftar dengan: iki-desktop info"
        )
    if len(cocok) > 1:
        raise IkiError(f"Id '{ref}' cocok dengan lebih dari satu dokumen; tulis lebih panjang.")
    return cocok[0]


def pilih_dokumen(store: Store, args: argparse.Namespace) -> Dokumen:
    """The Dokumen named by --dokumen (id or unique prefix) or --tahun; or the only one."""
    semua = store.list_dokumen()
    ref = getattr(args, "dokumen", None)
    tahun = getattr(args, "tahun", None)
    if ref:
        return store.load_dokumen(cari_id_dokumen([d.id for d in semua], ref))
    if tahun is not None:
        cocok = [d for d in semua if d.tahun == tahun]
        if not cocok:
            raise IkiError(f"Tidak ada dokumen tahun {tahun}.")
        # The newest revision of that year is the one people mean.
        return store.load_dokumen(max(cocok, key=lambda d: d.revisi).id)
    if not semua:
        raise IkiError("Basis data ini belum berisi dokumen.")
    if len({d.tahun for d in semua}) > 1 or len(semua) > 1 and len({d.revisi for d in semua}) == 1:
        raise IkiError(
            "Basis data berisi beberapa dokumen; pilih dengan --tahun atau --dokumen "
            "(lihat: iki-desktop info)."
        )
    return store.load_dokumen(max(semua, key=lambda d: d.revisi).id)
