"""The result of reading a legacy document, and the instansi/daerah/tahun it names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iki_desktop.domain.model import Cascading, Jabatan, Kolom, Sasaran
from iki_desktop.spreadsheet.legacy_periksa import VersiIku

_RE_INSTANSI = re.compile(
    r"\b(kecamatan|kelurahan)\s+([A-Za-z][\w'\-]*(?:\s+(?!tahun\b|"
    r"kabupaten\b|kota\b)[A-Z][\w'\-]*)?)",
    re.I,
)
_RE_DAERAH = re.compile(r"\b(kabupaten|kota)\s+([A-Z][\w'\-]+)", re.I)
# A year in a legal reference ("Nomor 23 Tahun 2014", "Lembaran Negara Tahun 2016").
_RE_NOMOR_SEBELUM = re.compile(r"\b(nomor|lembaran|berita)\b", re.I)
_RE_TAHUN = re.compile(r"\btahun\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)", re.I)


@dataclass
class HasilUrai:
    nama_instansi: str = ""
    jenis_instansi: str = ""
    nama_daerah: str = ""
    jenis_daerah: str = ""
    tahun: int | None = None
    iku: list[Sasaran] = field(default_factory=list)
    jabatan: list[Jabatan] = field(default_factory=list)
    cascading: Cascading = field(default_factory=Cascading)
    kolom_iku: list[Kolom] = field(default_factory=list)
    kolom_iki: list[Kolom] = field(default_factory=list)
    peringatan: list[str] = field(default_factory=list)
    masalah: list[str] = field(default_factory=list)  # structure doubts: shown first, asked
    iku_versi: list[VersiIku] = field(default_factory=list)  # earlier IKU versions, oldest first
    label_versi: str = ""  # heading of the last IKU version, when the document has several

    def kenali_instansi(self, teks: str) -> None:
        """Take the first Kecamatan/Kelurahan, Kabupaten/Kota and Tahun named in `teks`."""
        if not self.nama_instansi:
            m = _RE_INSTANSI.search(teks)
            if m:
                self.jenis_instansi = m.group(1).lower()
                self.nama_instansi = m.group(2).strip().title()
        if not self.nama_daerah:
            m = _RE_DAERAH.search(teks)
            if m:
                self.jenis_daerah = m.group(1).lower()
                self.nama_daerah = m.group(2).strip().title()
        if self.tahun is None:
            for m in _RE_TAHUN.finditer(teks):
                # "Undang-Undang Nomor 23 Tahun 2014" (a Mengingat item) is no document year.
                if not _RE_NOMOR_SEBELUM.search(teks[: m.start()]):
                    self.tahun = int(m.group(1))
                    break
