"""Writing the cascading links of one sasaran or indikator (see domain/tautan.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Tautan
from iki_desktop.store import rows

if TYPE_CHECKING:
    from iki_desktop.store.store import Store


def update_tautan(store: Store, rekaman_id: str, tautan: list[Tautan]) -> None:
    """Replace the links of the sasaran or indikator `rekaman_id` of a Draf.

    A target must be a live sasaran/indikator of the same Dokumen; anything else is
    refused before a write, so the database never gains a link that points nowhere.
    """
    with store.transaction():
        tabel, dokumen_id = _cari(store, rekaman_id)
        store.require_draf(dokumen_id)
        for t in tautan:
            if t.ke == rekaman_id or _cari(store, t.ke, hidup=True)[1] != dokumen_id:
                raise IkiError("Sasaran yang dipilih untuk didukung tidak ada di dokumen ini.")
        store.conn.execute(
            f"UPDATE {tabel} SET tautan = ?, updated_at = ? WHERE id = ?",
            (rows.tautan_text(tautan), rows.now_utc(), rekaman_id),
        )
        ringkas = ", ".join(f"{t.peran.value} {t.ke}" for t in tautan) or "dilepas"
        store.log_edit(dokumen_id, "Ubah tautan cascading", ringkas)


def _cari(store: Store, rekaman_id: str, *, hidup: bool = False) -> tuple[str, str]:
    for tabel in ("sasaran", "indikator"):
        row = store.conn.execute(
            f"SELECT dokumen_id, deleted FROM {tabel} WHERE id = ?", (rekaman_id,)
        ).fetchone()
        if row is not None and not (hidup and row[1]):
            return tabel, str(row[0])
    raise IkiError("Sasaran atau indikator yang dimaksud tidak ditemukan (mungkin sudah dihapus).")
