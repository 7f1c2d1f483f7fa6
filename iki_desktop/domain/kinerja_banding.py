"""Field pairs of the yearly-cycle data for the version comparison (perbandingan)."""

from __future__ import annotations

from iki_desktop.domain.kinerja import NAMA_TW, Kinerja, PerjanjianKinerja, format_rupiah
from iki_desktop.domain.tanggal import format_tanggal


def pasangan_kinerja(
    a: Kinerja, b: Kinerja, real_a: list[str], real_b: list[str]
) -> list[tuple[str, str, str]]:
    pasangan = [
        ("Target", a.target, b.target),
        ("Baseline", a.baseline, b.baseline),
        ("Arah", a.arah.label, b.arah.label),
        ("Kumulatif", "Ya" if a.kumulatif else "Tidak", "Ya" if b.kumulatif else "Tidak"),
        ("Rencana aksi", a.aksi, b.aksi),
    ]
    for n, nama in enumerate(NAMA_TW):
        pasangan.append((f"Target {nama}", a.target_tw[n], b.target_tw[n]))
    for n, nama in enumerate(NAMA_TW):
        pasangan.append((f"Realisasi {nama}", real_a[n], real_b[n]))
    return pasangan


def pasangan_pk(a: PerjanjianKinerja, b: PerjanjianKinerja) -> list[tuple[str, str, str]]:
    return [
        ("Tempat PK", a.tempat, b.tempat),
        ("Tanggal PK", format_tanggal(a.tanggal), format_tanggal(b.tanggal)),
        ("Nama kepala daerah (PK)", a.nama_kepala_daerah, b.nama_kepala_daerah),
    ]


def baris_program(pk: PerjanjianKinerja) -> list[str]:
    return [
        " / ".join(x for x in (p.teks, format_rupiah(p.anggaran), p.keterangan) if x)
        for p in pk.program
    ]
