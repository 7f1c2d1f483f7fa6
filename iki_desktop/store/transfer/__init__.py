"""Transfer between offices on USB sticks (`.ikipaket`) and rotating backups.

buat_paket(store, tujuan, dokumen_ids=None, progress=None) -> HasilKirim
baca_paket(path, store=None) -> PratinjauPaket          (changes nothing)
terapkan_paket(store, pratinjau, keputusan_konflik, sesi=None) -> HasilTerima
terima_banyak(store, paths, keputusan=None) -> ([HasilPaket], SesiTerima)  (banyak.py)
cadangan_harian / buat_cadangan / daftar_cadangan / pulihkan
"""

from iki_desktop.store.transfer.cadangan import (
    Cadangan,
    buat_cadangan,
    cadangan_berkas,
    cadangan_harian,
    daftar_cadangan,
    pulihkan,
    simpan_cadangan_ke,
)
from iki_desktop.store.transfer.gabung import (
    Keputusan,
    Konflik,
    PratinjauPaket,
    Ringkasan,
    teks_pratinjau,
)
from iki_desktop.store.transfer.paket import PESAN_AMAN, HasilKirim, buat_paket
from iki_desktop.store.transfer.terapkan import HasilTerima, SesiTerima, terapkan_paket
from iki_desktop.store.transfer.terima import MAKS_UKURAN_PAKET, baca_paket
from iki_desktop.store.transfer.umum import EKSTENSI

__all__ = [
    "EKSTENSI",
    "MAKS_UKURAN_PAKET",
    "PESAN_AMAN",
    "Cadangan",
    "HasilKirim",
    "HasilTerima",
    "Keputusan",
    "Konflik",
    "PratinjauPaket",
    "Ringkasan",
    "SesiTerima",
    "baca_paket",
    "buat_cadangan",
    "buat_paket",
    "cadangan_berkas",
    "cadangan_harian",
    "daftar_cadangan",
    "pulihkan",
    "simpan_cadangan_ke",
    "teks_pratinjau",
    "terapkan_paket",
]
