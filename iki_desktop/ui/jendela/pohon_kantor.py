"""The office level of the navigation tree: a kabupaten file groups Dokumen by office.

A file of one office keeps its Dokumen at the top. A file holding several offices
puts each office's Dokumen under a "kantor" node named after it ("Kecamatan
Wonoasih"), so "Tahun 2026 — Draf" says whose it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iki_desktop.domain.model import Dokumen
from iki_desktop.ui.konteks import Konteks

if TYPE_CHECKING:
    from iki_desktop.ui.jendela.pohon import Simpul


def induk_per_kantor(konteks: Konteks, akar: Simpul, daftar: list[Dokumen]) -> dict[str, Simpul]:
    """Instansi id -> the node its Dokumen go under: the root for a file of one office;
    one "kantor" node per office (named) when a file holds several (a kabupaten)."""
    ids = list(dict.fromkeys(d.instansi_id for d in daftar))
    if len(ids) <= 1:
        return {i: akar for i in ids}
    nama = {i.id: i.nama_lengkap for i in konteks.store.list_instansi()}
    urut = sorted(ids, key=lambda i: nama.get(i, "").casefold())
    induk: dict[str, Simpul] = {}
    for ident in urut:
        teks = nama.get(ident) or "(instansi tanpa nama)"
        jumlah = sum(1 for d in daftar if d.instansi_id == ident)
        kantor = type(akar)("kantor", ident, teks, "", keterangan=f"{teks}: {jumlah} dokumen")
        induk[ident] = akar.tambah(kantor)
    return induk
