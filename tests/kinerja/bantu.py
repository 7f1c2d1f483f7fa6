"""A Dokumen with targets, TW targets, realisasi and PK data for the yearly-cycle tests."""

from __future__ import annotations

import datetime as dt

from iki_desktop.domain.kinerja import Arah, Kinerja, PerjanjianKinerja, ProgramPk
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh


def semua_indikator(dok: Dokumen) -> list[Indikator]:
    return [i for s in dok.iku for i in s.indikator] + [
        i for j in dok.jabatan_urut() for s in j.sasaran for i in s.indikator
    ]


def dokumen_bertarget(tahun: int = 2026) -> tuple[Instansi, Dokumen]:
    """The sample with every indicator given a distinct target, TW targets, realisasi."""
    instansi, contoh = load_contoh()
    dok = salin_dokumen(contoh, tahun, instansi_id=instansi.id)
    dok.keputusan.nomor = f"000.8/12/426.311/{tahun}"
    dok.keputusan.tanggal = dt.date(tahun, 1, 5)
    dok.iku = [
        Sasaran(
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            [
                Indikator("Indeks Kepuasan Masyarakat (IKM)", "indeks"),
                Indikator("Persentase pengaduan masyarakat yang ditindaklanjuti", "%"),
            ],
        ),
        Sasaran(
            "Meningkatnya akuntabilitas kinerja kecamatan",
            [Indikator("Nilai SAKIP kecamatan", "nilai"), Indikator("Opini laporan", "")],
        ),
    ]
    for n, ind in enumerate(semua_indikator(dok)):
        ind.satuan = ind.satuan or "%"
        target = 80 + n % 20
        if n % 3 == 0:
            ind.kinerja = Kinerja(
                target=f"{target},5",
                kumulatif=False,
                target_tw=[f"{target - 3}", f"{target - 2}", f"{target - 1}", f"{target},5"],
                aksi=f"Aksi nomor {n}",
            )
            ind.realisasi = [f"{target - 4}", f"{target - 1},25", "", ""]
        elif n % 3 == 1:
            ind.satuan = "dokumen"
            ind.kinerja = Kinerja(
                target=str(4 * (n + 1)),
                kumulatif=True,
                target_tw=[str(n + 1)] * 4,
                aksi=f"Aksi nomor {n}",
            )
            ind.realisasi = [str(n + 1), str(n + 1), str(n), ""]
        else:
            ind.satuan = "hari"
            ind.kinerja = Kinerja(target=str(n + 2), arah=Arah.TURUN, aksi=f"Aksi nomor {n}")
            ind.realisasi = ["", "", "", str(n + 1)]
    opini = dok.iku[1].indikator[1]
    opini.kinerja = Kinerja(target="Tersedia", aksi="Menyusun laporan")
    opini.realisasi = ["", "", "", "Tersedia"]
    jabatan = dok.jabatan_urut()
    dok.pk = PerjanjianKinerja(
        tempat="Probolinggo",
        tanggal=dt.date(tahun, 1, 6),
        nama_kepala_daerah="Drs. H. Bupati Contoh",
        program=[
            ProgramPk("Program Penyelenggaraan Pemerintahan", 1_250_000_000, "APBD"),
            ProgramPk("Program Pelayanan Umum", 350_500_000, ""),
            ProgramPk("Kegiatan Administrasi Umum", 75_000_000, "", jabatan[1].id),
        ],
    )
    return instansi, dok


def isi(dok: Dokumen) -> dict[str, object]:
    """The dict form with jabatan in id order: equal for equal content wherever loaded."""
    from iki_desktop.domain.serialize import dokumen_ke_dict

    d = dokumen_ke_dict(dok)
    d["jabatan"] = sorted(d["jabatan"], key=lambda j: j["id"])
    return d
