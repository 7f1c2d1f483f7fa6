"""Copying Dokumen and jabatan with fresh ids (new year, template, duplicate, paste)."""

from __future__ import annotations

import copy

from iki_desktop.domain.kinerja import JUMLAH_TW
from iki_desktop.domain.model import Dokumen, Jabatan, Keputusan, Sasaran, StatusDokumen, new_id
from iki_desktop.domain.tautan import ganti_id_tautan


def salin_sasaran(sasaran: Sasaran) -> Sasaran:
    baru = copy.deepcopy(sasaran)
    baru.id = new_id()
    for ind in baru.indikator:
        ind.id = new_id()
    return baru


def salin_jabatan(jabatan: Jabatan) -> Jabatan:
    """A copy of one jabatan with its sasaran and indikator, all with new ids."""
    baru = copy.deepcopy(jabatan)
    baru.id = new_id()
    baru.sasaran = [salin_sasaran(s) for s in jabatan.sasaran]
    return baru


def salin_dokumen(
    sumber: Dokumen, tahun: int, *, kosongkan_keputusan: bool = True, instansi_id: str | None = None
) -> Dokumen:
    """A new Draf for `tahun` with every jabatan and indicator of `sumber` (new ids).

    Keputusan fields that belong to one enactment (nomor, tanggal) are cleared; the
    standing texts (menimbang, mengingat, diktum, penandatangan) are kept as a start.
    """
    baru = copy.deepcopy(sumber)
    baru.id = new_id()
    baru.tahun = tahun
    baru.periode = ""
    baru.status = StatusDokumen.DRAF
    baru.revisi = 0
    baru.pendahulu_id = None
    if instansi_id is not None:
        baru.instansi_id = instansi_id
    if kosongkan_keputusan:
        lama = sumber.keputusan
        baru.keputusan = Keputusan(
            tentang=lama.tentang,
            menimbang=list(lama.menimbang),
            mengingat=list(lama.mengingat),
            diktum=copy.deepcopy(lama.diktum),
            tempat=lama.tempat,
            penandatangan=copy.deepcopy(lama.penandatangan),
        )
    mapping = {j.id: new_id() for j in sumber.jabatan}
    for j in baru.jabatan:
        j.id = mapping[j.id]
        j.parent_id = mapping.get(j.parent_id) if j.parent_id else None
        j.sasaran = [salin_sasaran(s) for s in j.sasaran]
    baru.iku = [salin_sasaran(s) for s in baru.iku]
    # Links follow their targets to the new ids (records correspond by position).
    peta: dict[str, str] = {}
    for lama_s, baru_s in zip(_sasaran_urut(sumber), _sasaran_urut(baru), strict=True):
        peta[lama_s.id] = baru_s.id
        for lama_i, baru_i in zip(lama_s.indikator, baru_s.indikator, strict=True):
            peta[lama_i.id] = baru_i.id
    ganti_id_tautan(baru, peta)
    for program in baru.pk.program:
        program.jabatan_id = mapping.get(program.jabatan_id) if program.jabatan_id else None
    if tahun > sumber.tahun:
        _tahun_berikut(baru)
    return baru


def _tahun_berikut(dok: Dokumen) -> None:
    """A later year starts from last year's targets as its baseline, with empty targets
    and realisasi; direction, cumulation, actions and program names stay as a start."""
    for s in _sasaran_urut(dok):
        for ind in s.indikator:
            k = ind.kinerja
            k.baseline = k.target or k.baseline
            k.target = ""
            k.target_tw = [""] * JUMLAH_TW
            ind.realisasi = [""] * JUMLAH_TW
    dok.pk.tanggal = None
    for program in dok.pk.program:
        program.anggaran = None


def _sasaran_urut(dok: Dokumen) -> list[Sasaran]:
    return dok.iku + [s for j in dok.jabatan for s in j.sasaran]
