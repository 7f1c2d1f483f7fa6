"""The yearly-cycle part of the enactment hash (see domain.penetapan).

Each part enters the canonical content only when it holds something, so a Dokumen
enacted before targets existed keeps its hash and its printed code still verifies.
Program rows name their jabatan by its place in print order, not by id, as the
rest of the hash does.
"""

from __future__ import annotations

from typing import Any

from iki_desktop.domain.kinerja import Kinerja
from iki_desktop.domain.model import Dokumen
from iki_desktop.domain.serialize_kinerja import kinerja_ke_dict, pk_ke_dict


def kinerja_kanonik(kinerja: Kinerja) -> dict[str, Any]:
    return {} if kinerja.kosong else {"kinerja": kinerja_ke_dict(kinerja)}


def pk_kanonik(dok: Dokumen) -> dict[str, Any]:
    if dok.pk.kosong:
        return {}
    urutan = {j.id: n for n, j in enumerate(dok.jabatan_urut())}
    data = pk_ke_dict(dok.pk)
    for program, item in zip(dok.pk.program, data["program"], strict=True):
        del item["jabatan_id"]
        item["jabatan"] = None if program.jabatan_id is None else urutan.get(program.jabatan_id, -1)
    return {"pk": data}
