"""Build resources/template/kecamatan-standar.json: the standard kecamatan structure.

A starting point for a new office: Camat, Sekretaris Kecamatan, two Kepala Subbagian,
five Kepala Seksi and typical pelaksana, each with tugas and (for structural posts) a
lettered fungsi list, written after PP 17/2018 tentang Kecamatan, the usual Perbup/
Perwali wording and the reference documents (Montong, Ngluyu, Wonoasih). The IKU and
every jabatan's sasaran and indikator are typical examples, each linked to what it
supports (build_kinerja.py); the window marks them as examples to adapt. The Instansi
is empty, and the Keputusan texts read right for any kecamatan once its name is filled
in. The same run writes the kelurahan template (kelurahan-standar.json).

Structural posts print a running tugas and a lettered fungsi list; pelaksana print a
lettered uraian tugas and no fungsi, as in the real documents.

Run from the repository root:  .venv/bin/python tests/sample_source/build_template.py
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from iki_desktop.domain.model import (
    Diktum,
    Dokumen,
    GayaDaftar,
    Instansi,
    Jabatan,
    JenisJabatan,
    Keputusan,
)
from iki_desktop.domain.serialize import paket_dari_dict, paket_ke_dict

try:  # run as a script (python tests/sample_source/build_template.py) or imported by tests
    import build_kinerja  # type: ignore[import-not-found]
except ImportError:
    from tests.sample_source import build_kinerja

REPO = Path(__file__).resolve().parents[2]
TARGET = REPO / "resources" / "template" / "kecamatan-standar.json"
TARGET_KELURAHAN = REPO / "resources" / "template" / "kelurahan-standar.json"

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "iki-desktop:template/kecamatan-standar")


def fixed_id(path: str) -> str:
    return str(uuid.uuid5(NAMESPACE, path))


PENILAIAN_BAWAHAN = (
    "pelaksanaan penilaian kinerja bawahan sebagai bahan pertimbangan pengembangan karier; dan"
)

TUGAS_LAIN_PELAKSANA = (
    "Melaksanakan tugas kedinasan lain yang diberikan oleh atasan, baik lisan maupun "
    "tertulis, sesuai dengan tugas jabatannya."
)


def struktural_fungsi(items: list[str], atasan: str) -> list[str]:
    """The two closing items every structural fungsi list of these offices ends with."""
    return [
        *items,
        PENILAIAN_BAWAHAN,
        f"pelaksanaan tugas kedinasan lain yang diberikan oleh {atasan} sesuai dengan "
        "tugas dan fungsinya.",
    ]


# (key, parent key, nama, unit kerja, jenis, tugas, tugas_butir, fungsi)
Spec = tuple[str, str | None, str, str, JenisJabatan, str, list[str], list[str]]

S = JenisJabatan.STRUKTURAL
P = JenisJabatan.PELAKSANA

SUBBAG_UMUM = "Subbagian Umum dan Kepegawaian"
SUBBAG_PK = "Subbagian Perencanaan dan Keuangan"
SEKSI_PEM = "Seksi Pemerintahan"
SEKSI_TRANTIB = "Seksi Ketenteraman dan Ketertiban Umum"
SEKSI_PELAYANAN = "Seksi Pelayanan Umum"
SEKSI_PMD = "Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan"
SEKSI_KESRA = "Seksi Kesejahteraan Sosial"

JABATAN: list[Spec] = [
    (
        "camat",
        None,
        "Camat",
        "",
        S,
        "Membantu kepala daerah dalam penyelenggaraan urusan pemerintahan yang menjadi "
        "kewenangan daerah dan tugas pembantuan, menyelenggarakan urusan pemerintahan "
        "umum, serta melaksanakan kewenangan kepala daerah yang dilimpahkan untuk "
        "menangani sebagian urusan otonomi daerah.",
        [],
        [
            "penyelenggaraan urusan pemerintahan umum;",
            "pengoordinasian kegiatan pemberdayaan masyarakat;",
            "pengoordinasian upaya penyelenggaraan ketenteraman dan ketertiban umum;",
            "pengoordinasian penerapan dan penegakan peraturan daerah dan peraturan kepala daerah;",
            "pengoordinasian pemeliharaan prasarana dan sarana pelayanan umum;",
            "pengoordinasian penyelenggaraan kegiatan pemerintahan yang dilakukan oleh "
            "perangkat daerah di Kecamatan;",
            "pembinaan dan pengawasan penyelenggaraan kegiatan desa dan/atau kelurahan;",
            "pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah yang tidak "
            "dilaksanakan oleh unit kerja perangkat daerah yang ada di Kecamatan; dan",
            "pelaksanaan tugas lain sesuai dengan ketentuan peraturan perundang-undangan.",
        ],
    ),
    (
        "sekcam",
        "camat",
        "Sekretaris Kecamatan",
        "",
        S,
        "Merencanakan, melaksanakan, mengoordinasikan, mengendalikan, mengevaluasi, dan "
        "melaporkan pelaksanaan tugas di bidang perencanaan, penganggaran, dan evaluasi "
        "kinerja, administrasi keuangan, administrasi kepegawaian, administrasi umum, "
        "serta pengelolaan barang milik daerah pada Kecamatan.",
        [],
        struktural_fungsi(
            [
                "pengoordinasian penyusunan rencana program, kegiatan, dan anggaran Kecamatan;",
                "pengoordinasian perumusan kebijakan sesuai dengan tugas yang menjadi "
                "kewenangannya;",
                "penyelenggaraan administrasi umum, kepegawaian, keuangan, dan barang "
                "milik daerah;",
                "pengoordinasian penyusunan dokumen perencanaan kinerja dan laporan "
                "akuntabilitas kinerja Kecamatan;",
                "pelaksanaan pengendalian, evaluasi, dan pelaporan kegiatan sesuai dengan "
                "tugas yang menjadi kewenangannya;",
            ],
            "Camat",
        ),
    ),
    (
        "kasubag_umum",
        "sekcam",
        "Kepala Subbagian Umum dan Kepegawaian",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang administrasi umum, kepegawaian, "
        "kehumasan dan keprotokolan, kearsipan, rumah tangga, serta pengelolaan barang "
        "milik daerah pada Kecamatan.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan perencanaan kegiatan administrasi umum, kepegawaian, dan "
                "barang milik daerah;",
                "penyiapan bahan pengelolaan surat-menyurat, kearsipan, kehumasan, dan "
                "keprotokolan;",
                "penyiapan bahan pelaksanaan urusan rumah tangga dan perlengkapan kantor;",
                "penyiapan bahan penatausahaan kepegawaian, meliputi penilaian kinerja, "
                "kenaikan pangkat, cuti, dan pengembangan kompetensi pegawai;",
                "penyiapan bahan penatausahaan, pemeliharaan, dan pengamanan barang milik "
                "daerah yang menjadi tanggung jawab Kecamatan;",
                "penyiapan bahan pengendalian, evaluasi, dan pelaporan kegiatan di bidang "
                "administrasi umum dan kepegawaian;",
            ],
            "Sekretaris Kecamatan",
        ),
    ),
    (
        "pengadministrasi_umum",
        "kasubag_umum",
        "Pengadministrasi Umum",
        SUBBAG_UMUM,
        P,
        "",
        [
            "Mengadministrasikan dan mendistribusikan naskah dinas yang masuk sesuai "
            "dengan disposisi pimpinan agar kegiatan ketatausahaan berlangsung tertib;",
            "Mengagendakan surat keluar sesuai dengan kode klasifikasi arsip agar setiap "
            "surat yang keluar teradministrasi dengan tertib;",
            "Menata arsip surat masuk dan surat keluar sesuai dengan klasifikasinya agar "
            "mudah ditemukan kembali;",
            "Menginventarisasi jadwal kegiatan, undangan, dan rapat pimpinan agar tugas "
            "kedinasan pimpinan terlaksana dengan tertib;",
            "Melaksanakan urusan kerumahtanggaan kantor sesuai dengan kebutuhan dalam "
            "rangka menunjang pelaksanaan tugas;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "pengelola_kepegawaian",
        "kasubag_umum",
        "Pengelola Kepegawaian",
        SUBBAG_UMUM,
        P,
        "",
        [
            "Menghimpun dan memutakhirkan data pegawai dalam sistem informasi kepegawaian;",
            "Menyiapkan berkas usulan kenaikan pangkat, kenaikan gaji berkala, cuti, dan "
            "pensiun pegawai sesuai dengan ketentuan yang berlaku;",
            "Menghimpun dokumen Sasaran Kinerja Pegawai dan hasil penilaian kinerja pegawai;",
            "Merekapitulasi kehadiran pegawai sebagai bahan perhitungan tambahan "
            "penghasilan pegawai;",
            "Menginventarisasi kebutuhan pendidikan dan pelatihan pegawai;",
            "Menata arsip berkas kepegawaian agar tersimpan dengan baik;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasubag_pk",
        "sekcam",
        "Kepala Subbagian Perencanaan dan Keuangan",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang perencanaan, penganggaran, "
        "evaluasi kinerja, serta administrasi keuangan pada Kecamatan.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan penyusunan dokumen perencanaan Kecamatan, meliputi "
                "rencana strategis, rencana kerja, dan perjanjian kinerja;",
                "penyiapan bahan penyusunan rencana kerja dan anggaran serta dokumen "
                "pelaksanaan anggaran;",
                "penyiapan bahan penatausahaan keuangan, verifikasi, dan "
                "pertanggungjawaban pelaksanaan anggaran;",
                "penyiapan bahan penyusunan laporan keuangan dan laporan realisasi anggaran;",
                "penyiapan bahan pengukuran kinerja, evaluasi, dan penyusunan laporan "
                "kinerja instansi pemerintah;",
            ],
            "Sekretaris Kecamatan",
        ),
    ),
    (
        "pengelola_keuangan",
        "kasubag_pk",
        "Pengelola Keuangan",
        SUBBAG_PK,
        P,
        "",
        [
            "Membuat daftar gaji sesuai dengan data pegawai agar diperoleh data "
            "pembayaran yang valid;",
            "Menyiapkan pengajuan pembayaran gaji, tunjangan, dan tambahan penghasilan "
            "pegawai agar diterima tepat waktu;",
            "Menyiapkan dokumen Surat Permintaan Pembayaran dan Surat Perintah Membayar "
            "beserta kelengkapannya;",
            "Mencatat dan membukukan transaksi keuangan serta menyusun laporan "
            "pertanggungjawaban bulanan;",
            "Menginput dan melaporkan pajak atas belanja sesuai dengan ketentuan "
            "peraturan perundang-undangan;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "penyusun_program",
        "kasubag_pk",
        "Penyusun Program, Anggaran dan Pelaporan",
        SUBBAG_PK,
        P,
        "",
        [
            "Menghimpun bahan penyusunan rencana strategis, rencana kerja, dan perjanjian "
            "kinerja Kecamatan;",
            "Menyusun rencana kerja dan anggaran serta dokumen pelaksanaan anggaran Kecamatan;",
            "Menyusun rencana aksi dan pengukuran kinerja triwulanan;",
            "Menyusun laporan kinerja instansi pemerintah dan laporan realisasi program "
            "dan kegiatan;",
            "Menginput data perencanaan dan pelaporan pada aplikasi yang ditetapkan;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasi_pem",
        "camat",
        "Kepala Seksi Pemerintahan",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang penyelenggaraan urusan "
        "pemerintahan umum serta pembinaan dan pengawasan penyelenggaraan pemerintahan "
        "desa dan/atau kelurahan.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan koordinasi dan sinkronisasi dengan perangkat daerah dan "
                "instansi vertikal di bidang pemerintahan;",
                "penyiapan bahan pembinaan dan pengawasan tertib administrasi "
                "pemerintahan desa dan/atau kelurahan;",
                "penyiapan bahan bimbingan, supervisi, fasilitasi, dan konsultasi "
                "pelaksanaan administrasi desa dan/atau kelurahan;",
                "penyiapan bahan fasilitasi administrasi kependudukan, pertanahan, dan "
                "pembinaan rukun tetangga/rukun warga;",
                "penyiapan bahan koordinasi pelaksanaan tugas pembantuan penyelenggaraan "
                "pemilihan umum;",
                "penyiapan bahan evaluasi dan laporan penyelenggaraan pemerintahan;",
            ],
            "Camat",
        ),
    ),
    (
        "pengelola_adm_pem",
        "kasi_pem",
        "Pengelola Administrasi Pemerintahan",
        SEKSI_PEM,
        P,
        "",
        [
            "Menyusun data monografi dan profil Kecamatan agar informasi tentang "
            "Kecamatan tersedia dan mutakhir;",
            "Menyiapkan bahan pembinaan administrasi pemerintahan desa/kelurahan;",
            "Menghimpun laporan bulanan rukun tetangga/rukun warga dan laporan "
            "kependudukan desa/kelurahan;",
            "Menyiapkan bahan fasilitasi administrasi pertanahan;",
            "Menyiapkan bahan penetapan pengurus rukun tetangga/rukun warga terpilih "
            "sesuai dengan ketentuan peraturan perundang-undangan;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasi_trantib",
        "camat",
        "Kepala Seksi Ketenteraman dan Ketertiban Umum",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang ketenteraman dan ketertiban umum "
        "serta penerapan dan penegakan peraturan daerah dan peraturan kepala daerah.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan koordinasi dengan Kepolisian Negara Republik Indonesia "
                "dan/atau Tentara Nasional Indonesia mengenai program dan kegiatan "
                "penyelenggaraan ketenteraman dan ketertiban umum di wilayah Kecamatan;",
                "penyiapan bahan koordinasi dengan pemuka agama dan tokoh masyarakat untuk "
                "mewujudkan ketenteraman dan ketertiban umum;",
                "penyiapan bahan koordinasi dengan perangkat daerah yang tugas dan "
                "fungsinya di bidang penerapan dan penegakan peraturan daerah dan "
                "peraturan kepala daerah;",
                "penyiapan bahan pembinaan Satuan Perlindungan Masyarakat;",
                "penyiapan bahan laporan pelaksanaan pembinaan ketenteraman dan "
                "ketertiban umum serta penerapan dan penegakan peraturan daerah dan "
                "peraturan kepala daerah;",
            ],
            "Camat",
        ),
    ),
    (
        "pengelola_data_trantib",
        "kasi_trantib",
        "Pengelola Data Keamanan dan Ketertiban",
        SEKSI_TRANTIB,
        P,
        "",
        [
            "Membuat laporan kejadian bulanan berdasarkan format yang berlaku agar data "
            "kejadian terdokumentasi dengan baik;",
            "Mencatat dan mengolah data laporan pengamanan terpadu agar kegiatan "
            "pengamanan terdokumentasi;",
            "Membantu menyusun rencana kegiatan Seksi Ketenteraman dan Ketertiban Umum "
            "sesuai dengan program kerja;",
            "Menyusun jadwal piket Satuan Perlindungan Masyarakat agar pelaksanaan piket "
            "berjalan dengan tertib;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasi_pelayanan",
        "camat",
        "Kepala Seksi Pelayanan Umum",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang pelayanan umum, pemeliharaan "
        "prasarana dan sarana pelayanan umum, serta urusan pemerintahan yang dilimpahkan "
        "kepada Camat.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan koordinasi dengan perangkat daerah dan/atau instansi "
                "vertikal di bidang pelayanan umum dan perizinan;",
                "penyiapan bahan perencanaan kegiatan pelayanan kepada masyarakat;",
                "penyelenggaraan pelayanan administrasi terpadu Kecamatan sesuai dengan "
                "kewenangan yang dilimpahkan;",
                "penyiapan bahan koordinasi pemeliharaan prasarana dan sarana pelayanan umum;",
                "penyiapan bahan pengelolaan pengaduan masyarakat dan survei kepuasan masyarakat;",
                "penyiapan bahan evaluasi dan laporan pelaksanaan pelayanan umum;",
            ],
            "Camat",
        ),
    ),
    (
        "pengadministrasi_perkantoran",
        "kasi_pelayanan",
        "Pengadministrasi Perkantoran",
        SEKSI_PELAYANAN,
        P,
        "",
        [
            "Menerima dan memeriksa kelengkapan berkas permohonan pelayanan sesuai dengan "
            "persyaratan yang berlaku;",
            "Mencatat berkas permohonan dan dokumen pelayanan dalam buku register pelayanan;",
            "Menyerahkan dokumen pelayanan yang telah selesai kepada pemohon sesuai "
            "dengan tanda terima;",
            "Mencatat pengaduan masyarakat atas penyelenggaraan pelayanan sebagai bahan "
            "evaluasi pelayanan publik;",
            "Menyusun rekapitulasi pelayanan bulanan;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasi_pmd",
        "camat",
        "Kepala Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang pemberdayaan masyarakat, "
        "pembangunan, dan kelembagaan kemasyarakatan desa/kelurahan.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan pembinaan partisipasi masyarakat dalam perencanaan "
                "pembangunan melalui musyawarah perencanaan pembangunan di desa/kelurahan "
                "dan Kecamatan;",
                "penyiapan bahan pembinaan dan fasilitasi lembaga kemasyarakatan, meliputi "
                "Lembaga Pemberdayaan Masyarakat, Tim Penggerak Pemberdayaan dan "
                "Kesejahteraan Keluarga, dan Karang Taruna;",
                "penyiapan bahan fasilitasi pengelolaan keuangan desa serta pembangunan "
                "sarana dan prasarana desa/kelurahan;",
                "penyiapan bahan pembinaan usaha mikro, kecil, dan menengah serta badan "
                "usaha milik desa;",
                "penyiapan bahan evaluasi dan laporan pelaksanaan pemberdayaan masyarakat;",
            ],
            "Camat",
        ),
    ),
    (
        "pengelola_data_pmd",
        "kasi_pmd",
        "Pengelola Data Pemberdayaan Masyarakat dan Kelembagaan",
        SEKSI_PMD,
        P,
        "",
        [
            "Menyiapkan pelaksanaan musyawarah perencanaan pembangunan tingkat Kecamatan "
            "sesuai dengan jadwal yang ditentukan;",
            "Menghimpun data lembaga kemasyarakatan desa/kelurahan agar tersedia data "
            "yang mutakhir;",
            "Menyiapkan bahan pembinaan posyandu sesuai dengan kewenangan Kecamatan;",
            "Menyusun rekapitulasi data usaha mikro, kecil, dan menengah dari desa/kelurahan;",
            "Menyiapkan bahan fasilitasi lomba desa/kelurahan;",
            TUGAS_LAIN_PELAKSANA,
        ],
        [],
    ),
    (
        "kasi_kesra",
        "camat",
        "Kepala Seksi Kesejahteraan Sosial",
        "",
        S,
        "Menyiapkan bahan perencanaan, perumusan kebijakan, pelaksanaan, pengoordinasian, "
        "pengendalian, evaluasi, dan pelaporan di bidang kesejahteraan sosial, keagamaan, "
        "pendidikan, kesehatan masyarakat, kebudayaan, kepemudaan, dan olahraga.",
        [],
        struktural_fungsi(
            [
                "penyiapan bahan koordinasi penyaluran bantuan sosial dan penanganan "
                "penyandang masalah kesejahteraan sosial;",
                "penyiapan bahan koordinasi pembinaan bidang keagamaan, pendidikan, "
                "kebudayaan, dan kesehatan masyarakat;",
                "penyiapan bahan pembinaan kepemudaan, olahraga, dan peranan perempuan;",
                "penyiapan bahan pemutakhiran data kesejahteraan sosial dan "
                "penanggulangan kemiskinan;",
                "penyiapan bahan laporan bidang kesejahteraan sosial;",
            ],
            "Camat",
        ),
    ),
]


def keputusan_bawaan() -> Keputusan:
    """Default decree texts; number, place, date and signatory are the office's."""
    return Keputusan(
        tentang="INDIKATOR KINERJA UTAMA DAN INDIKATOR KINERJA INDIVIDU",
        menimbang=[
            "bahwa dalam rangka meningkatkan akuntabilitas kinerja instansi pemerintah di "
            "lingkungan Kecamatan diperlukan indikator kinerja untuk mengukur pencapaian "
            "kinerja organisasi dan kinerja masing-masing pejabat dan pegawai;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
            "menetapkan Keputusan Camat tentang Indikator Kinerja Utama dan Indikator "
            "Kinerja Individu;",
        ],
        mengingat=[
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran "
            "Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara "
            "Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah, "
            "terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan "
            "Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja "
            "menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor "
            "41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856);",
            "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran "
            "Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara "
            "Republik Indonesia Nomor 5887) sebagaimana telah diubah dengan Peraturan "
            "Pemerintah Nomor 72 Tahun 2019 tentang Perubahan atas Peraturan Pemerintah "
            "Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik "
            "Indonesia Tahun 2019 Nomor 187, Tambahan Lembaran Negara Republik Indonesia "
            "Nomor 6402);",
            "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan (Lembaran Negara "
            "Republik Indonesia Tahun 2018 Nomor 73, Tambahan Lembaran Negara Republik "
            "Indonesia Nomor 6206);",
            "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
            "Instansi Pemerintah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 80);",
            "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor "
            "PER/09/M.PAN/5/2007 tentang Pedoman Umum Penetapan Indikator Kinerja Utama "
            "di Lingkungan Instansi Pemerintah;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
            "Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan "
            "Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah (Berita "
            "Negara Republik Indonesia Tahun 2014 Nomor 1842);",
            "Peraturan kepala daerah tentang Kedudukan, Susunan Organisasi, Tugas dan "
            "Fungsi serta Tata Kerja Kecamatan.",
        ],
        diktum=[
            Diktum(
                "Indikator Kinerja Utama dan Indikator Kinerja Individu masing-masing unit "
                "kerja di lingkungan Kecamatan sebagaimana tercantum dalam Lampiran yang "
                "merupakan bagian tidak terpisahkan dari Keputusan ini."
            ),
            Diktum(
                "Indikator Kinerja Utama dan Indikator Kinerja Individu sebagaimana "
                "dimaksud dalam Diktum KESATU bertujuan untuk:",
                [
                    "memberikan informasi kinerja yang penting dan diperlukan dalam "
                    "menyelenggarakan manajemen kinerja organisasi;",
                    "mengukur keberhasilan pencapaian tujuan dan sasaran strategis yang "
                    "digunakan untuk perbaikan kinerja dan peningkatan akuntabilitas "
                    "kinerja organisasi; dan",
                    "meningkatkan kinerja individu dalam pelaksanaan tugas sehari-hari.",
                ],
            ),
            Diktum(
                "Indikator Kinerja Utama dan Indikator Kinerja Individu sebagaimana "
                "dimaksud dalam Diktum KESATU menjadi dasar penyusunan perjanjian kinerja, "
                "pengukuran kinerja, dan pelaporan kinerja."
            ),
            Diktum(
                "Keputusan ini mulai berlaku pada tanggal ditetapkan dengan ketentuan "
                "apabila di kemudian hari terdapat kekeliruan dalam penetapan ini akan "
                "diadakan perbaikan sebagaimana mestinya."
            ),
        ],
    )


def build() -> tuple[Instansi, Dokumen]:
    instansi = Instansi(id=fixed_id("instansi"), nama="", nama_daerah="")
    jabatan: list[Jabatan] = []
    urutan: dict[str | None, int] = {}
    for key, parent, nama, unit, jenis, tugas, butir, fungsi in JABATAN:
        n = urutan.get(parent, 0)
        urutan[parent] = n + 1
        jabatan.append(
            Jabatan(
                id=fixed_id(f"jabatan/{key}"),
                parent_id=fixed_id(f"jabatan/{parent}") if parent else None,
                urutan=n,
                nama=nama,
                unit_kerja=unit,
                jenis=jenis,
                tugas=tugas,
                tugas_butir=list(butir),
                gaya_tugas=GayaDaftar.HURUF,
                fungsi=list(fungsi),
                gaya_fungsi=GayaDaftar.HURUF,
            )
        )
    dokumen = Dokumen(
        id=fixed_id("dokumen"),
        # A placeholder year: a new document takes the year the office chooses.
        tahun=2026,
        instansi_id=instansi.id,
        keputusan=keputusan_bawaan(),
        jabatan=jabatan,
    )
    data = build_kinerja.isi(
        paket_ke_dict(instansi, dokumen),
        build_kinerja.KEC_IKU,
        build_kinerja.KEC_IKI,
        "kecamatan-standar",
    )
    return paket_dari_dict(data)


def build_kelurahan() -> tuple[Instansi, Dokumen]:
    return paket_dari_dict(build_kinerja.kelurahan(paket_ke_dict(*build())))


def main() -> int:
    for target, (instansi, dokumen) in ((TARGET, build()), (TARGET_KELURAHAN, build_kelurahan())):
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(paket_ke_dict(instansi, dokumen), ensure_ascii=False, indent=1)
        target.write_text(text + "\n", encoding="utf-8")
        print(f"{target.relative_to(REPO)}: {len(dokumen.jabatan)} jabatan")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
