"""Store operations of the yearly cycle: targets, realisasi, Perjanjian Kinerja.

Targets and PK data are enacted content: they change only in a Draf. Realisasi is
reported during the year, so it may be written also when the Dokumen is enacted
(the schema's lock trigger lets exactly that column through).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.kinerja import Kinerja, PerjanjianKinerja
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.serialize_kinerja import kinerja_ke_dict, pk_ke_dict, realisasi_ke_list
from iki_desktop.store import rows

if TYPE_CHECKING:
    from iki_desktop.store.store import Store


def _indikator(store: Store, indikator_id: str) -> tuple[str, str]:
    row = store.conn.execute(
        "SELECT dokumen_id, teks FROM indikator WHERE id = ? AND deleted = 0", (indikator_id,)
    ).fetchone()
    if row is None:
        raise IkiError("Indikator tidak ditemukan.")
    return str(row[0]), str(row[1])


def update_kinerja(store: Store, indikator_id: str, kinerja: Kinerja) -> None:
    with store.transaction():
        dokumen_id, teks = _indikator(store, indikator_id)
        store.require_draf(dokumen_id)
        store.db.table("indikator").update(
            indikator_id,
            {"kinerja": rows.dumps(kinerja_ke_dict(kinerja)), "updated_at": rows.now_utc()},
        )
        store.log_edit(dokumen_id, "Ubah target", teks[:80])


def update_realisasi(store: Store, indikator_id: str, realisasi: list[str]) -> None:
    with store.transaction():
        dokumen_id, teks = _indikator(store, indikator_id)
        store.db.table("indikator").update(
            indikator_id,
            {"realisasi": rows.dumps(realisasi_ke_list(realisasi)), "updated_at": rows.now_utc()},
        )
        store.log_edit(dokumen_id, "Ubah realisasi", teks[:80])


def update_pk(store: Store, dokumen_id: str, pk: PerjanjianKinerja) -> None:
    with store.transaction():
        store.require_draf(dokumen_id)
        store.db.table("dokumen").update(
            dokumen_id, {"pk": rows.dumps(pk_ke_dict(pk)), "updated_at": rows.now_utc()}
        )
        store.log_edit(dokumen_id, "Ubah Perjanjian Kinerja", "")


def realisasi_terkini(store: Store, dokumen: Dokumen) -> None:
    """Put the stored realisasi into `dokumen` (e.g. a frozen snapshot of it)."""
    nilai = {
        str(r["id"]): rows.indikator_from_row(r | {"formula": "[]", "kinerja": "{}"}).realisasi
        for r in store._query(
            "SELECT id, realisasi FROM indikator WHERE dokumen_id = ? AND deleted = 0",
            (dokumen.id,),
        )
    }
    for s in dokumen.iku + [s for j in dokumen.jabatan for s in j.sasaran]:
        for ind in s.indikator:
            if ind.id in nilai:
                ind.realisasi = nilai[ind.id]


def muat_siklus(store: Store, dokumen_id: str) -> tuple[Instansi, Dokumen, str | None]:
    """What a PK, Rencana Aksi or capaian prints: the enacted snapshot (with its code)
    or the live Draf, with the realisasi as stored now."""
    from iki_desktop.store.penetapan import muat_untuk_cetak

    instansi, dokumen, kode = muat_untuk_cetak(store, dokumen_id)
    realisasi_terkini(store, dokumen)
    return instansi, dokumen, kode


def dokumen_tahun_lalu(store: Store, dokumen: Dokumen) -> Dokumen | None:
    """The previous year's Dokumen of the same Instansi (latest revision), if any."""
    calon = [
        d
        for d in store.list_dokumen()
        if d.tahun == dokumen.tahun - 1 and d.instansi_id == dokumen.instansi_id
    ]
    if not calon:
        return None
    terbaru = max(calon, key=lambda d: (d.revisi, d.ditetapkan))
    return store.load_dokumen(terbaru.id)
