"""A realistic Kecamatan IKU with targets, realisasi and PK programs (2025 and 2026).

Used by the tests and to draw the README page images:
    python -m tests.kinerja.contoh_siklus /tmp/siklus.sqlite
    iki-desktop print --db /tmp/siklus.sqlite --tahun 2026 --bagian pk --out pk.pdf
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from iki_desktop.domain.formula import teks_ke_formula
from iki_desktop.domain.kinerja import Arah, Kinerja, PerjanjianKinerja, ProgramPk
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store

# (indikator, satuan, formula, kinerja of 2026, realisasi 2026, realisasi 2025)
_IKU = [
    (
        "Meningkatnya kualitas pelayanan publik kecamatan",
        [
            (
                "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan",
                "indeks",
                "Nilai rata-rata tertimbang unsur pelayanan x 25",
                Kinerja(
                    "82,5",
                    "81",
                    Arah.NAIK,
                    False,
                    ["80", "81", "82", "82,5"],
                    "Survei IKM tiap triwulan",
                ),
                ["80,2", "81,4", "82,1", "83"],
                "81,2",
            ),
            (
                "Persentase pengaduan masyarakat yang ditindaklanjuti",
                "%",
                "Pengaduan yang ditindaklanjuti / Seluruh pengaduan x 100%",
                Kinerja(
                    "100",
                    "95",
                    Arah.NAIK,
                    False,
                    ["100", "100", "100", "100"],
                    "Rapat tindak lanjut pengaduan",
                ),
                ["95", "100", "100", "98"],
                "96,5",
            ),
            (
                "Rata-rata waktu penyelesaian layanan administrasi",
                "hari",
                "Jumlah hari penyelesaian / Jumlah layanan",
                Kinerja(
                    "3",
                    "4",
                    Arah.TURUN,
                    False,
                    ["3,5", "3,5", "3", "3"],
                    "Layanan satu pintu, pemantauan SOP",
                ),
                ["3,4", "3,1", "2,8", "2,5"],
                "3,6",
            ),
        ],
    ),
    (
        "Meningkatnya akuntabilitas kinerja dan tata kelola pemerintahan desa/kelurahan",
        [
            (
                "Nilai evaluasi SAKIP kecamatan",
                "nilai",
                "Nilai hasil evaluasi AKIP oleh Inspektorat",
                Kinerja(
                    "70",
                    "67,5",
                    Arah.NAIK,
                    False,
                    ["", "", "", "70"],
                    "Menyusun PK, Renaksi dan LKjIP tepat waktu",
                ),
                ["", "", "", "68,4"],
                "67,2",
            ),
            (
                "Jumlah desa/kelurahan yang dibina dalam tertib administrasi",
                "desa",
                "Jumlah desa/kelurahan yang dibina",
                Kinerja(
                    "12",
                    "10",
                    Arah.NAIK,
                    True,
                    ["3", "3", "3", "3"],
                    "Pembinaan administrasi ke desa/kelurahan",
                ),
                ["3", "3", "2", "4"],
                "10",
            ),
        ],
    ),
]
_PROGRAM = [
    ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_250_000_000, "APBD"),
    ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 412_750_000, "APBD"),
    ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", 185_000_000, "APBD"),
]


def dokumen_siklus(tahun: int = 2026) -> tuple[Instansi, Dokumen]:
    instansi, contoh = load_contoh()
    dok = salin_dokumen(contoh, tahun, instansi_id=instansi.id)
    dok.keputusan.nomor = f"000.8/12/425.304/{tahun}"
    dok.keputusan.tanggal = dt.date(tahun, 1, 5)
    dok.iku = []
    for sasaran, rows in _IKU:
        s = Sasaran(sasaran)
        for teks, satuan, formula, kinerja, real, lalu in rows:
            ind = Indikator(teks, satuan, teks_ke_formula(formula), "Laporan kecamatan")
            ind.penanggung_jawab = "Sekretaris Kecamatan"
            ind.kinerja = Kinerja(**vars(kinerja))
            ind.kinerja.target_tw = list(kinerja.target_tw)
            ind.realisasi = list(real) if tahun == 2026 else ["", "", "", lalu]
            s.indikator.append(ind)
        dok.iku.append(s)
    dok.pk = PerjanjianKinerja(
        tempat="Probolinggo",
        tanggal=dt.date(tahun, 1, 6),
        nama_kepala_daerah="H. Ahmad Fauzi, S.H., M.Si.",
        program=[ProgramPk(t, a, k) for t, a, k in _PROGRAM],
    )
    return instansi, dok


def tulis(path: Path) -> None:
    with Store.create(path) as store:
        instansi, dok = dokumen_siklus(2026)
        store.import_dokumen(instansi, dok)
        _, lalu = dokumen_siklus(2025)
        store.import_dokumen(instansi, lalu)


if __name__ == "__main__":
    tulis(Path(sys.argv[1]))
