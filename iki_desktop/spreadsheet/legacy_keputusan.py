"""The decree of a legacy Keputusan + Lampiran document, read from its lines.

Reads NOMOR, TENTANG, Menimbang and Mengingat items (a. b. / 1. 2., a line without a
marker continues the item above) and the diktum (KESATU : … with lettered butir), up
to "Ditetapkan di" or the Lampiran. Written as paragraphs or as a borderless label
table (`Menimbang | : | a. …`), as Wonoasih's is. The signer is read by legacy_bentuk.
"""

from __future__ import annotations

import re

from iki_desktop.domain.model import Diktum, Keputusan
from iki_desktop.spreadsheet.legacy_blok import lepas_penanda

_NOMOR = re.compile(r"^\s*nomor\s*:?\s*(?P<isi>\S.*)$", re.I)
_TENTANG = re.compile(r"^\s*tentang\s*:?\s*(?P<isi>.*)$", re.I)
_LABEL = re.compile(r"^\s*[-•]?\s*(?P<label>menimbang|mengingat)\s*:?\s*(?P<isi>.*)$", re.I)
_MEMUTUSKAN = re.compile(r"^\s*m\s*e\s*m\s*u\s*t\s*u\s*s\s*k\s*a\s*n\s*:?\s*$", re.I)
_MENETAPKAN = re.compile(r"^\s*[-•]?\s*menetapkan\s*:?\s*(?P<isi>.*)$", re.I)
_KE = "PERTAMA|KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH"
_DIKTUM = re.compile(rf"^\s*[-•]?\s*(?:{_KE})\s*:?\s*(?P<isi>.*)$")
_AKHIR = re.compile(r"^\s*(ditetapkan\s+di|lampiran\b|jabatan\s*:|indikator\s+kinerja)", re.I)
_KEPALA = re.compile(r"^\s*(camat|lurah|bupati|wali\s*kota)\b", re.I)
_BARIS_TENTANG = 4
_BUTIR = re.compile(r"^\s*[-•]?\s*(?:[a-z]|\d{1,2})[.)]\s+\S")


def _tambah(daftar: list[str], teks: str) -> None:
    """A marked line starts an item; an unmarked one continues the last item."""
    teks = teks.strip().lstrip("-• ").strip()
    if not teks:
        return
    if _BUTIR.match(teks) or not daftar:
        daftar.append(lepas_penanda(teks)[0])
    else:
        daftar[-1] = f"{daftar[-1]} {teks}"


def _diktum(daftar: list[Diktum], teks: str) -> None:
    teks = teks.strip().lstrip("-• ").strip()
    if not teks or not daftar:
        return
    d = daftar[-1]
    if _BUTIR.match(teks):
        d.butir.append(lepas_penanda(teks)[0])
    elif d.butir:
        d.butir[-1] = f"{d.butir[-1]} {teks}"
    else:
        d.teks = f"{d.teks} {teks}".strip()


def baca_keputusan(baris: list[str]) -> Keputusan:
    """The decree found in `baris` (the document's lines in order); empty when none."""
    kep = Keputusan()
    bagian = ""
    tentang: list[str] = []
    for teks in baris:
        if teks.strip() in ("", ":"):
            continue  # the colon column of a label table
        if _AKHIR.match(teks) and bagian in ("diktum", "menetapkan"):
            break
        m_nomor = _NOMOR.match(teks)
        if m_nomor and not kep.nomor and bagian in ("", "tentang"):
            kep.nomor, bagian = m_nomor["isi"].strip(), "nomor"
            continue
        m = _TENTANG.match(teks)
        if m and bagian == "nomor":
            # "TENTANG : X" on one line says it all; a bare TENTANG heads up to 4 lines.
            bagian = "kepala" if m["isi"].strip() else "tentang"
            tentang += [m["isi"]] if m["isi"].strip() else []
            continue
        m = _LABEL.match(teks)
        if m and bagian not in ("diktum", "menetapkan"):
            bagian = m["label"].lower()
            teks = m["isi"]
        elif _MEMUTUSKAN.match(teks):
            bagian = "memutuskan"
            continue
        elif (m := _MENETAPKAN.match(teks)) and bagian in ("memutuskan", "mengingat"):
            bagian = "menetapkan"
            continue
        elif (m := _DIKTUM.match(teks)) and bagian in ("menetapkan", "diktum", "memutuskan"):
            bagian = "diktum"
            kep.diktum.append(Diktum(m["isi"].strip()))
            continue
        if bagian == "tentang":
            if _KEPALA.match(teks) or len(tentang) >= _BARIS_TENTANG:
                bagian = "kepala"
            else:
                tentang.append(teks.strip())
        elif bagian == "menimbang":
            _tambah(kep.menimbang, teks)
        elif bagian == "mengingat":
            _tambah(kep.mengingat, teks)
        elif bagian == "diktum":
            _diktum(kep.diktum, teks)
    kep.tentang = " ".join(x for x in tentang if x)
    return kep
