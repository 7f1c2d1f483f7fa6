"""Two versions of one IKU in a legacy document become two versions of the Dokumen.

The earlier IKU ("SEBELUM EVALUASI", "IKU LAMA") is the original Dokumen, as found
(a Draf); each later one is its Perubahan, made with domain.penetapan.salin_perubahan so
that records the evaluation kept carry derived ids and the existing comparison shows
exactly what changed. The last version is the one in force.
"""

from __future__ import annotations

import copy

from iki_desktop.domain.model import Cascading, Dokumen, Sasaran
from iki_desktop.domain.penetapan import salin_perubahan
from iki_desktop.domain.perbandingan import id_turunan
from iki_desktop.spreadsheet.legacy_blok import normal


def _ikuti_id(baru: list[Sasaran], lama: list[Sasaran], dokumen_id: str) -> None:
    """Give a later sasaran/indikator the derived id of the earlier one with the same text."""
    sasaran_lama = {normal(s.teks): s for s in lama}
    for s in baru:
        asal = sasaran_lama.get(normal(s.teks))
        if asal is None:
            continue
        s.id = id_turunan(asal.id, dokumen_id)
        indikator_lama = {normal(i.teks): i for i in asal.indikator}
        for ind in s.indikator:
            cocok = indikator_lama.pop(normal(ind.teks), None)
            if cocok is not None:
                ind.id = id_turunan(cocok.id, dokumen_id)


def rangkai_versi(
    awal: Dokumen,
    versi: list[tuple[list[Sasaran], Cascading]],
    akhir: tuple[list[Sasaran], Cascading],
) -> list[Dokumen]:
    """[original, Perubahan ke-1, …]: `awal` holds the jabatan; IKU and cascading per version."""
    semua = [*versi, akhir]
    pertama = copy.deepcopy(awal)
    pertama.iku, pertama.cascading = semua[0]
    rantai = [pertama]
    for iku, cascading in semua[1:]:
        sebelum = rantai[-1]
        baru = salin_perubahan(sebelum)
        iku = copy.deepcopy(iku)
        _ikuti_id(iku, sebelum.iku, baru.id)
        baru.iku, baru.cascading = iku, copy.deepcopy(cascading)
        rantai.append(baru)
    return rantai
