"""The shape (bentuk) a legacy document was made in, read from its texts.

- A Keputusan: "MEMUTUSKAN", "Menetapkan :", or a "KEPUTUSAN" heading with its
  "NOMOR" (also the "LAMPIRAN KEPUTUSAN … NOMOR …" heading of a Lampiran alone) ->
  Keputusan + Lampiran; a signature found goes to the Keputusan's signer.
- A booklet: an IKU, IKI tables, and a Visi line or an alignment (cascading) table,
  as Montong's -> Buku.
- Signed at the end: "Ngluyu, 8 Maret 2021" or "Ditetapkan di Ngluyu / pada tanggal
  8 Maret 2021", then the signer ("a.n. BUPATI NGANJUK / CAMAT NGLUYU", "Plt. CAMAT …"),
  the name, pangkat and NIP -> Ditandatangani di akhir, with those filled.
- Nothing of these: the default shape (Keputusan + Lampiran), which prints no decree
  and no signature while the Keputusan is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import (
    AwalanTtd,
    Bentuk,
    BentukDokumen,
    Keputusan,
    Pejabat,
    Penandatangan,
)
from iki_desktop.domain.rumusan import RumusanTempat
from iki_desktop.domain.tanggal import BULAN, format_tanggal, parse_tanggal
from iki_desktop.spreadsheet.legacy_blok import Blok, Paragraf, SelLama, TabelLama, rapikan
from iki_desktop.spreadsheet.legacy_hasil import HasilUrai
from iki_desktop.spreadsheet.legacy_keputusan import baca_keputusan

_MEMUTUSKAN = re.compile(r"^\s*(m\s*e\s*m\s*u\s*t\s*u\s*s\s*k\s*a\s*n|menetapkan\s*:)", re.I)
_KEPUTUSAN = re.compile(r"^\s*(lampiran\s+)?keputusan\b", re.I)
_NOMOR = re.compile(r"^\s*nomor\s*:?\s*\S", re.I)
_VISI = re.compile(r"^\s*visi\s*:", re.I)
_DITETAPKAN = re.compile(r"^\s*ditetapkan\s+di\s*:?\s*(?P<tempat>.*?)\s*$", re.I)
_PADA_TANGGAL = re.compile(r"^\s*pada\s+tanggal\s*:?\s*(?P<tgl>.*?)\s*$", re.I)
_TEMPAT_TANGGAL = re.compile(
    r"^\s*(?P<tempat>[A-Z][\w.'\- ]{1,40}?)\s*,\s*(?P<tgl>(\d{1,2}\s+)?[A-Za-z]+\.?\s+\d{4})\s*$"
)
_AWALAN = re.compile(r"^\s*(?P<awal>a\s*\.?\s*n\s*\.|plt\s*\.?|plh\s*\.?)\s*(?P<isi>.*)$", re.I)
_NIP = re.compile(r"^\s*nip\s*\.?\s*:?\s*(?P<nip>[\d\s.]+)\s*$", re.I)
_PANGKAT = re.compile(r"\b(pembina|penata|pengatur|juru|[iv]{1,3}\s*/\s*[a-e])\b", re.I)
_BULAN = re.compile(r"\b(" + "|".join(BULAN) + r")\b", re.I)
# A signature table is small; indicator tables are not searched for signatures.
_BARIS_TABEL_TTD = 4
_JARAK_TTD = 12  # lines from the place/date to the NIP


@dataclass
class BentukLama:
    """The shape found, and the signature for the Keputusan when it is one."""

    bentuk: Bentuk = field(default_factory=Bentuk)
    keputusan: Keputusan = field(default_factory=Keputusan)  # the decree, when one is found
    visi: str = ""
    ditemukan: bool = False  # False: nothing recognised, the default shape

    def teks(self) -> str:
        """One line for the preview: the shape and what fills it."""
        b = self.bentuk
        if not self.ditemukan:
            return (
                f"{b.jenis.label} (bawaan: tidak ditemukan Keputusan, sampul buku maupun "
                "tanda tangan; tercetak tanpa tanda tangan sampai Keputusan diisi)"
            )
        p = b.penandatangan
        rinci = []
        if b.tempat or b.tanggal:
            if b.rumusan is RumusanTempat.DITETAPKAN:
                rinci.append(f"Ditetapkan di {b.tempat}, pada tanggal {format_tanggal(b.tanggal)}")
            else:
                rinci.append(", ".join(x for x in (b.tempat, format_tanggal(b.tanggal)) if x))
        penanda = " ".join(x for x in (p.awalan.value, p.jabatan) if x)
        penanda += f" ({p.atas_nama})" if p.atas_nama else ""
        if penanda:
            rinci.append(penanda)
        if p.pejabat.nama:
            rinci.append(p.pejabat.nama)
        if self.keputusan.nomor:
            rinci.insert(0, f"Nomor {self.keputusan.nomor}")
        return b.jenis.label + (f" — {'; '.join(rinci)}" if rinci else "")


def _baris(blok: list[Blok]) -> list[tuple[str, bool]]:
    """(line, may hold a signature) of every paragraph and table cell, in order."""
    out: list[tuple[str, bool]] = []
    for b in blok:
        if isinstance(b, Paragraf):
            out += [(rapikan(x), True) for x in b.teks.split("\n") if x.strip()]
        elif isinstance(b, TabelLama):
            kecil = len(b.baris) <= _BARIS_TABEL_TTD
            for baris in b.baris:
                # A row with one filled cell may be a signature line under a sheet's table.
                boleh = kecil or sum(1 for sel in baris if sel.teks.strip()) == 1
                terakhir = None
                for sel in baris:
                    if sel.teks == terakhir:
                        continue  # a merged cell repeats its text
                    terakhir = sel.teks
                    out += [(rapikan(x), boleh) for x in sel.teks.split("\n") if x.strip()]
    return out


_LABEL_SAJA = re.compile(r"^\s*(ditetapkan\s+di|pada\s+tanggal)\s*:?\s*$", re.I)


def _rapatkan(baris: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Drop the colon column of a label table and join a bare label with its value
    ("Ditetapkan di | : | Probolinggo" -> "Ditetapkan di Probolinggo")."""
    out: list[tuple[str, bool]] = []
    for teks, boleh in baris:
        if teks.strip() == ":":
            continue
        if out and _LABEL_SAJA.match(out[-1][0]):
            out[-1] = (f"{out[-1][0].rstrip(' :')} {teks.lstrip(': ')}", out[-1][1] and boleh)
            continue
        out.append((teks, boleh))
    return out


def _keputusan(baris: list[str]) -> bool:
    if any(_MEMUTUSKAN.match(x) for x in baris):
        return True
    return any(
        _KEPUTUSAN.match(x) and len(x) < 200 and any(_NOMOR.match(y) for y in baris[n : n + 6])
        for n, x in enumerate(baris)
    )


def _rapi(teks: str) -> str:
    """'BUPATI NGANJUK,' -> 'Bupati Nganjuk' (words typed in capitals only)."""
    teks = teks.strip().rstrip(",").strip()
    return teks.title() if teks.isupper() else teks


def _tanggal(teks: str) -> object:
    try:
        return parse_tanggal(teks)
    except IkiError:
        return None


def _penandatangan(baris: list[str]) -> Penandatangan | None:
    """The signer from the lines under the place and date (up to the NIP)."""
    i_nip = next((i for i, x in enumerate(baris) if _NIP.match(x)), None)
    akhir = i_nip if i_nip is not None else len(baris)
    isi = baris[:akhir]
    if not isi:
        return None
    pejabat = Pejabat()
    if i_nip is not None:
        m = _NIP.match(baris[i_nip])
        pejabat.nip = re.sub(r"\D", "", m["nip"]) if m else ""
        if len(isi) >= 2 and _PANGKAT.search(isi[-1]):
            pejabat.pangkat = isi.pop().strip()
        pejabat.nama = isi.pop().strip() if len(isi) >= 2 else ""
    else:
        pejabat.nama = isi.pop().strip() if len(isi) >= 2 else ""
    p = Penandatangan(pejabat=pejabat)
    if not isi:
        return p
    m = _AWALAN.match(isi[0])
    if m:
        awal = m["awal"].lower()
        p.awalan = (
            AwalanTtd.AN
            if awal.startswith("a")
            else AwalanTtd.PLT
            if awal.startswith("plt")
            else AwalanTtd.PLH
        )
        isi = [m["isi"], *isi[1:]] if m["isi"].strip() else isi[1:]
    if p.awalan is AwalanTtd.AN and len(isi) >= 2:
        p.jabatan = _rapi(isi[0])
        p.atas_nama = _rapi(" ".join(isi[1:]))
    else:
        p.jabatan = _rapi(" ".join(isi))
    return p


def _tanda_tangan(baris: list[tuple[str, bool]]) -> Bentuk | None:
    """The last place/date with a signer under it, as a Bentuk's signature fields."""
    for n in range(len(baris) - 1, -1, -1):
        teks, boleh = baris[n]
        if not boleh:
            continue
        b = Bentuk()
        lanjut = n + 1
        m = _DITETAPKAN.match(teks)
        if m:
            b.rumusan = RumusanTempat.DITETAPKAN
            b.tempat = _rapi(m["tempat"])
            m2 = _PADA_TANGGAL.match(baris[n + 1][0]) if n + 1 < len(baris) else None
            if m2:
                b.tanggal = _tanggal(m2["tgl"])  # type: ignore[assignment]
                lanjut += 1
        else:
            m = _TEMPAT_TANGGAL.match(teks)
            if not m or not _BULAN.search(m["tgl"]):
                continue
            b.tempat, b.tanggal = _rapi(m["tempat"]), _tanggal(m["tgl"])  # type: ignore[assignment]
        bawah = [x for x, _ in baris[lanjut : lanjut + _JARAK_TTD]]
        p = _penandatangan(bawah)
        if p is None:
            continue
        b.penandatangan = p
        return b
    return None


def _baris_tunggal(baris: list[SelLama]) -> str | None:
    isi = [sel.teks for sel in baris if sel.teks.strip()]
    return isi[0] if len(isi) == 1 else None


def pisah_ttd(blok: list[Blok]) -> list[Blok]:
    """Signature lines typed in the rows right under a sheet's table become paragraphs.

    Excel has no paragraphs: "Ngluyu, 8 Maret 2021", the signer and the NIP sit in
    rows below the table, one filled cell each, and would otherwise be read as the
    rest of the table's last indicator.
    """
    out: list[Blok] = []
    for b in blok:
        if not isinstance(b, TabelLama):
            out.append(b)
            continue
        awal = len(b.baris)
        while awal > 0 and _baris_tunggal(b.baris[awal - 1]) is not None:
            awal -= 1
        ekor = [_baris_tunggal(r) or "" for r in b.baris[awal:]]
        mulai = next(
            (n for n, x in enumerate(ekor) if _DITETAPKAN.match(x) or _TEMPAT_TANGGAL.match(x)),
            None,
        )
        if mulai is None or awal + mulai == 0:
            out.append(b)
            continue
        out.append(TabelLama(b.baris[: awal + mulai], b.dilewati))
        out += [Paragraf(x) for x in ekor[mulai:]]
    return out


def kenali_bentuk(blok: list[Blok], hasil: HasilUrai) -> BentukLama:
    """The shape of the document whose blocks are `blok` (parsed into `hasil`)."""
    baris = _rapatkan(_baris(blok))
    teks = [x for x, _ in baris]
    visi = next((_VISI.sub("", x).strip() for x in teks if _VISI.match(x)), "")
    ttd = _tanda_tangan(baris)
    out = BentukLama(visi=visi, ditemukan=True)
    if _keputusan(teks):
        out.bentuk = ttd or Bentuk()
        out.bentuk.jenis = BentukDokumen.KEPUTUSAN
        if any(_MEMUTUSKAN.match(x) for x in teks):  # the decree itself, not a Lampiran only
            out.keputusan = baca_keputusan(teks)
    elif hasil.iku and hasil.jabatan and (visi or hasil.cascading.baris):
        out.bentuk = ttd or Bentuk()
        out.bentuk.jenis = BentukDokumen.BUKU
    elif ttd is not None:
        out.bentuk = ttd
        out.bentuk.jenis = BentukDokumen.TTD_AKHIR
    else:
        out.ditemukan = False
    return out
