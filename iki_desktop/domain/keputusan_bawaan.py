"""Default texts of the Keputusan for a new Dokumen, modelled on real decrees (seed 004).

The texts are a sensible start, not law: the office edits them. Regulations cited
in Mengingat are the national ones every kecamatan decree on IKU/IKI cites; the
regional ones (Perda/Perbup on perangkat daerah) differ per daerah and are left as
a clearly marked line to complete.
"""

from __future__ import annotations

from iki_desktop.domain.model import (
    AwalanTtd,
    Diktum,
    Instansi,
    JenisDaerah,
    Keputusan,
    Penandatangan,
)


def default_keputusan(instansi: Instansi, tahun: int) -> Keputusan:
    """A complete Keputusan draft filled with the Instansi's names (no nomor, no tanggal)."""
    unit = f"{instansi.nama_lengkap} {instansi.daerah}".strip()
    kepala = f"{instansi.kepala} {instansi.daerah}".strip()
    produk_daerah = (
        "Peraturan Bupati"
        if instansi.jenis_daerah is JenisDaerah.KABUPATEN
        else ("Peraturan Wali Kota")
    )
    return Keputusan(
        nomor="",
        tentang=f"Indikator Kinerja Utama dan Indikator Kinerja Individu {unit} Tahun {tahun}",
        menimbang=[
            "bahwa dalam rangka meningkatkan akuntabilitas kinerja instansi pemerintah "
            f"khususnya di Lingkungan {unit} diperlukan indikator kinerja untuk mengukur "
            "pencapaian kinerja organisasi dan masing-masing pejabat melalui penyusunan "
            "Indikator Kinerja Utama dan Indikator Kinerja Individu;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            f"menetapkan Keputusan {kepala} tentang Indikator Kinerja Utama dan Indikator "
            f"Kinerja Individu {unit} Tahun {tahun};",
        ],
        mengingat=[
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
            "diubah beberapa kali, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang "
            "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang "
            "Cipta Kerja menjadi Undang-Undang;",
            "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah sebagaimana "
            "telah diubah dengan Peraturan Pemerintah Nomor 72 Tahun 2019;",
            "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
            "Instansi Pemerintah;",
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 "
            "tentang Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi "
            "Pemerintah;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
            "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
            "Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
            f"{produk_daerah} {instansi.nama_daerah} Nomor ... Tahun ... tentang Kedudukan, "
            f"Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja {instansi.jenis.label} "
            "(lengkapi nomor dan tahunnya);",
        ],
        diktum=[
            Diktum(
                f"Indikator Kinerja Utama dan Indikator Kinerja Individu {unit} Tahun {tahun} "
                "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan "
                "dari Keputusan ini."
            ),
            Diktum(
                "Indikator Kinerja sebagaimana dimaksud dalam Diktum KESATU bertujuan untuk:",
                [
                    "memberikan informasi kinerja yang penting dan diperlukan dalam "
                    "menyelenggarakan manajemen kinerja organisasi;",
                    "mengukur keberhasilan pencapaian suatu tujuan dan sasaran strategis yang "
                    "digunakan untuk perbaikan kinerja dan peningkatan akuntabilitas kinerja "
                    "organisasi; dan",
                    "meningkatkan kinerja individu dalam pelaksanaan tugas sehari-hari.",
                ],
            ),
            Diktum(
                "Keputusan ini mulai berlaku pada tanggal ditetapkan dengan ketentuan apabila di "
                "kemudian hari terdapat kekeliruan dalam penetapan ini akan diadakan perbaikan "
                "sebagaimana mestinya."
            ),
        ],
        tempat=instansi.nama_daerah or instansi.nama,
        tanggal=None,
        penandatangan=Penandatangan(awalan=AwalanTtd.TIDAK_ADA, jabatan=kepala),
    )
