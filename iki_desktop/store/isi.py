"""Seeding a new database: empty, the Wonoasih sample, or the standard kecamatan template.

A service below both the CLI (`iki-desktop new`) and the window (the welcome dialog), so
neither has to reach into the other to fill a fresh file.
"""

from __future__ import annotations

from typing import Literal

from iki_desktop.domain.model import Instansi, JenisInstansi
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh, load_template
from iki_desktop.store.store import Store

Isian = Literal["kosong", "contoh", "templat"]


def isi_contoh(store: Store) -> None:
    """The shipped Wonoasih 2026 sample, as it is."""
    instansi, dokumen = load_contoh()
    store.import_dokumen(instansi, dokumen)


def isi_template(store: Store, tahun: int, jenis: JenisInstansi = JenisInstansi.KECAMATAN) -> None:
    """The standard kecamatan (or kelurahan) structure for `tahun`, with its example IKU
    and IKI linked upward, under a fresh, unnamed Instansi."""
    template_instansi, template = load_template(jenis)
    instansi = Instansi(
        jenis=template_instansi.jenis,
        jenis_daerah=template_instansi.jenis_daerah,
        pengaturan=template_instansi.pengaturan,
    )
    store.import_dokumen(instansi, salin_dokumen(template, tahun, instansi_id=instansi.id))


def isi_basis_data(
    store: Store, isian: Isian, tahun: int, jenis: JenisInstansi = JenisInstansi.KECAMATAN
) -> None:
    """Fill a freshly created database as chosen; "kosong" leaves it empty."""
    if isian == "contoh":
        isi_contoh(store)
    elif isian == "templat":
        isi_template(store, tahun, jenis)
