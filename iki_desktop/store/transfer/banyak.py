"""Receiving many packages at once: a stick full of `.ikipaket` from the offices.

Each package is read and merged on its own (one transaction each): a damaged or
hostile package, or one with conflicts nobody decided, is reported and skipped while
the others go in. The whole run is one receiving session, so it makes one backup,
before the first package that changes anything (`SesiTerima`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from iki_desktop.domain.errors import IkiError
from iki_desktop.store.store import Store
from iki_desktop.store.transfer.terapkan import SesiTerima, terapkan_paket
from iki_desktop.store.transfer.terima import baca_paket
from iki_desktop.store.transfer.umum import EKSTENSI


class StatusPaket(StrEnum):
    DITERIMA = "diterima"
    SAMA = "tidak berubah"
    KONFLIK = "konflik"
    DITOLAK = "ditolak"
    UJI = "uji coba"


@dataclass
class HasilPaket:
    path: Path
    status: StatusPaket
    asal: str = ""
    dokumen: int = 0
    baru: int = 0
    berubah: int = 0
    konflik: int = 0
    pesan: str = ""
    rincian: list[str] = field(default_factory=list)


def kumpulkan_paket(sumber: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder stands for the packages directly inside it, by name."""
    out: list[Path] = []
    for s in sumber:
        p = Path(s)
        if p.is_dir():
            isi = sorted(
                (x for x in p.iterdir() if x.suffix.lower() == EKSTENSI and x.is_file()),
                key=lambda x: x.name.casefold(),
            )
            if not isi:
                raise IkiError(f"Folder {p} tidak berisi berkas {EKSTENSI}.")
            out += isi
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def terima_satu(
    store: Store,
    path: Path,
    keputusan: str | None,
    sesi: SesiTerima,
    uji: bool = False,
) -> HasilPaket:
    """Read and merge one package of a session; every refusal becomes a result."""
    try:
        pratinjau = baca_paket(path, store)
    except IkiError as err:
        return HasilPaket(path, StatusPaket.DITOLAK, pesan=str(err), rincian=list(err.rincian))
    hasil = HasilPaket(path, StatusPaket.UJI, asal=pratinjau.manifest.get("instansi_nama", ""))
    hasil.dokumen = len(pratinjau.dokumen)
    for r in pratinjau.ringkasan.values():
        hasil.baru += r.baru
        hasil.berubah += r.berubah
        hasil.konflik += r.konflik
    if uji:
        return hasil
    if pratinjau.konflik and not keputusan:
        hasil.status = StatusPaket.KONFLIK
        hasil.pesan = "Tidak digabungkan: ada konflik yang belum diputuskan."
        hasil.rincian = [k.label for k in pratinjau.konflik]
        return hasil
    try:
        akhir = terapkan_paket(store, pratinjau, keputusan, sesi=sesi)
    except IkiError as err:
        hasil.status, hasil.pesan, hasil.rincian = StatusPaket.DITOLAK, str(err), err.rincian
        return hasil
    hasil.status = StatusPaket.DITERIMA if akhir.berubah else StatusPaket.SAMA
    hasil.pesan = akhir.pesan
    return hasil


def terima_banyak(
    store: Store,
    paths: list[Path],
    keputusan: str | None = None,
    *,
    uji: bool = False,
    kemajuan: Callable[[int, Path], None] | None = None,
) -> tuple[list[HasilPaket], SesiTerima]:
    """Receive every package in `paths` in one session; returns a result per package."""
    sesi = SesiTerima()
    hasil = []
    for i, path in enumerate(paths):
        if kemajuan is not None:
            kemajuan(i, path)
        hasil.append(terima_satu(store, path, keputusan, sesi, uji))
    return hasil, sesi


def tabel_ringkasan(hasil: list[HasilPaket], sesi: SesiTerima | None = None) -> str:
    """The summary table printed at the end of `unpack A B C …` (Indonesian)."""
    lebar = max([len(h.path.name) for h in hasil] + [5])
    asal = max([len(h.asal) for h in hasil] + [4])
    baris = [
        f"{'paket':<{lebar}}  {'dari':<{asal}}  {'dokumen':>7}  {'baru':>6}  "
        f"{'berubah':>7}  {'konflik':>7}  hasil",
    ]
    for h in hasil:
        baris.append(
            f"{h.path.name:<{lebar}}  {h.asal or '-':<{asal}}  {h.dokumen:>7}  {h.baru:>6}  "
            f"{h.berubah:>7}  {h.konflik:>7}  {h.status.value}"
        )
    hitung = {s: sum(1 for h in hasil if h.status is s) for s in StatusPaket}
    baris.append(
        f"Jumlah: {len(hasil)} paket — {hitung[StatusPaket.DITERIMA]} diterima, "
        f"{hitung[StatusPaket.SAMA]} tidak berubah, {hitung[StatusPaket.KONFLIK]} konflik, "
        f"{hitung[StatusPaket.DITOLAK]} ditolak."
    )
    if sesi is not None and sesi.cadangan is not None:
        baris.append(f"Cadangan sebelum menerima: {sesi.cadangan.name}")
    return "\n".join(baris)
