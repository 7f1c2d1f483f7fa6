"""What a restore would replace, told before it happens.

    r = ringkasan_pemulihan(cadangan_path, db_path)
    print(r.teks())   # counts now vs. in the backup, documents enacted after the backup

A restore replaces all data: edits made since the backup are gone and documents
enacted since then become un-enacted (they are absent or Draf in the backup). The
user is told, in those words, before anything is replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.tanggal import format_waktu, tampil_waktu
from iki_desktop.store.uri import buka_baca

_HITUNG = (("dokumen", "dokumen"), ("jabatan", "jabatan"), ("indikator", "indikator"))


@dataclass
class RingkasanPemulihan:
    cadangan: Path
    waktu_cadangan: str
    sekarang: dict[str, int]
    di_cadangan: dict[str, int]
    hilang_penetapan: list[str] = field(default_factory=list)  # enacted now, not in backup

    def teks(self) -> str:
        baris = [
            f"Memulihkan dari {self.cadangan.name} (dibuat {self.waktu_cadangan}) MENGGANTI "
            "SELURUH ISI basis data saat ini:",
            f"  {'':12}{'sekarang':>10}{'cadangan':>10}",
        ]
        for kunci, label in _HITUNG:
            baris.append(
                f"  {label.capitalize():12}{self.sekarang.get(kunci, 0):>10}"
                f"{self.di_cadangan.get(kunci, 0):>10}"
            )
        if self.hilang_penetapan:
            baris.append(
                f"{len(self.hilang_penetapan)} dokumen yang ditetapkan sesudah cadangan itu "
                "dibuat akan KEMBALI TIDAK DITETAPKAN (kodenya tidak dapat diperiksa lagi di "
                "sini):"
            )
            baris += [f"  - {d}" for d in self.hilang_penetapan]
        baris.append(
            "Semua perubahan sesudah cadangan itu hilang dari basis data (keadaan sekarang "
            'tetap disimpan sebagai cadangan "Sebelum pemulihan").'
        )
        return "\n".join(baris)


def _hitung(conn: sqlite3.Connection) -> dict[str, int]:
    out = {}
    for tabel, _ in _HITUNG:
        (n,) = conn.execute(f"SELECT count(*) FROM {tabel} WHERE deleted = 0").fetchone()
        out[tabel] = n
    return out


def _ditetapkan(conn: sqlite3.Connection) -> dict[str, str]:
    """dokumen id -> 'Judul Tahun N, kode K, ditetapkan …' of every enacted version."""
    out = {}
    for did, judul, tahun, revisi, kode, waktu in conn.execute(
        "SELECT d.id, d.judul, d.tahun, d.revisi, p.kode, p.ditetapkan_at FROM dokumen d "
        "LEFT JOIN penetapan p ON p.dokumen_id = d.id "
        "WHERE d.status = 'ditetapkan' AND d.deleted = 0"
    ):
        ubah = f" (Perubahan ke-{revisi})" if revisi else ""
        sejak = f", ditetapkan {tampil_waktu(waktu)}" if waktu else ""
        out[did] = f"{judul} Tahun {tahun}{ubah}, kode {kode or '-'}{sejak}"
    return out


def ringkasan_pemulihan(cadangan: str | Path, db_path: str | Path) -> RingkasanPemulihan:
    cadangan, db_path = Path(cadangan), Path(db_path)
    try:
        waktu = dt.datetime.fromtimestamp(cadangan.stat().st_mtime)
        conn = buka_baca(cadangan)
        try:
            di_cadangan, tetap_cadangan = _hitung(conn), _ditetapkan(conn)
        finally:
            conn.close()
        sekarang: dict[str, int] = {}
        tetap_sekarang: dict[str, str] = {}
        if db_path.exists():
            with contextlib.closing(buka_baca(db_path)) as conn:
                sekarang, tetap_sekarang = _hitung(conn), _ditetapkan(conn)
    except (OSError, sqlite3.Error) as exc:
        raise IkiError(f"Isi cadangan {cadangan.name} tidak dapat dibaca ({exc}).") from exc
    return RingkasanPemulihan(
        cadangan=cadangan,
        waktu_cadangan=format_waktu(waktu, pukul=True),
        sekarang=sekarang,
        di_cadangan=di_cadangan,
        hilang_penetapan=[t for d, t in tetap_sekarang.items() if d not in tetap_cadangan],
    )
