"""Typical IKU and IKI for the standard templates, every sasaran linked upward.

Drawn from what the reference documents (Montong, Ngluyu, Wonoasih) have in common,
worded as outcomes ("Meningkatnya …", "Persentase …") rather than activities, so that
an office adapts a sound cascade instead of starting from nothing. Used by
build_template.py for both the kecamatan and the kelurahan template.

A sasaran names what it supports as "IKU<n>" (an IKU sasaran), "IKU<n>.<m>" (its
indikator), "<jabatan>#<n>" or "<jabatan>#<n>.<m>" (the atasan's sasaran/indikator).
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

NS = uuid.UUID("3c1f7a52-6a3e-5b8e-9d21-7f0c2b4e8a10")


def uid(*k: str) -> str:
    return str(uuid.uuid5(NS, "|".join(k)))


def P(a, b):
    return [{"jenis": "pecahan", "pembilang": a, "penyebut": b, "faktor": "× 100 %"}]


def T(t):
    return [{"jenis": "teks", "teks": t}]


def isi(d: dict[str, Any], iku: Any, iki: Any, path: str) -> dict[str, Any]:
    """The template's dict form with the IKU and every jabatan's sasaran filled in."""
    d = copy.deepcopy(d)
    dok = d["dokumen"]
    ids = {}

    def ind(key, teks, satuan, formula, sumber, pj, ke):
        iid = uid(path, key, teks)
        ids[key] = iid
        return {
            "id": iid,
            "teks": teks,
            "satuan": satuan,
            "formula": formula,
            "sumber_data": sumber,
            "penanggung_jawab": pj,
            "catatan": "",
            "_ke": ke,
        }

    dok["iku"] = []
    for n, (teks, inds) in enumerate(iku, 1):
        sid = uid(path, f"IKU{n}", teks)
        ids[f"IKU{n}"] = sid
        dok["iku"].append(
            {
                "id": sid,
                "teks": teks,
                "indikator": [ind(f"IKU{n}.{m}", *i, None) for m, i in enumerate(inds, 1)],
            }
        )
    by_name = {j["nama"]: j for j in dok["jabatan"]}
    assert set(iki) == set(by_name), set(by_name) ^ set(iki)
    for nama, sas in iki.items():
        j = by_name[nama]
        j["sasaran"] = []
        for n, (teks, ke, inds) in enumerate(sas, 1):
            key = f"{nama}#{n}"
            sid = uid(path, key, teks)
            ids[key] = sid
            j["sasaran"].append(
                {
                    "id": sid,
                    "teks": teks,
                    "_ke": ke,
                    "indikator": [
                        ind(
                            f"{key}.{m}", i[0], i[1], i[2], i[3], nama, i[4] if len(i) > 4 else None
                        )
                        for m, i in enumerate(inds, 1)
                    ],
                }
            )

    def fix(x):
        ke = x.pop("_ke", None)
        if ke:
            x["tautan"] = [{"ke": ids[ke], "peran": "mendukung"}]

    for s in dok["iku"]:
        fix(s)
        [fix(i) for i in s["indikator"]]
    for j in dok["jabatan"]:
        for s in j["sasaran"]:
            fix(s)
            [fix(i) for i in s["indikator"]]
    return d


IKM = (
    "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan {u}",
    "nilai",
    T(
        "Nilai hasil survei kepuasan masyarakat atas unsur pelayanan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017, dihitung sekali setahun"
    ),
    "Laporan hasil survei kepuasan masyarakat",
)

# Indikator that several jabatan (or an IKU and its jabatan) carry word for word.
BERKAS_LAYANAN = (
    "Persentase berkas permohonan layanan yang diverifikasi pada hari yang sama",
    "%",
    P(
        "Jumlah berkas permohonan yang diverifikasi pada hari diterima",
        "Jumlah berkas permohonan yang diterima",
    ),
    "Register pelayanan",
)
BANSOS_TERVERIFIKASI = (
    "Persentase data calon penerima bantuan sosial yang diverifikasi tepat waktu",
    "%",
    P(
        "Jumlah data calon penerima bantuan sosial yang diverifikasi sesuai jadwal",
        "Jumlah data calon penerima yang diterima",
    ),
    "Berita acara verifikasi data bantuan sosial",
)
RT_RW_TERTIB = (
    "Persentase RT/RW dengan administrasi yang tertib",
    "%",
    P("Jumlah RT/RW yang administrasinya dinilai tertib", "Jumlah RT/RW di kelurahan"),
    "Laporan pembinaan RT/RW",
)
DOKUMEN_KINERJA_KEL = (
    "Persentase dokumen perencanaan dan laporan kinerja kelurahan yang disusun tepat waktu",
    "%",
    P(
        "Jumlah dokumen yang disampaikan tepat waktu",
        "Jumlah dokumen yang wajib disusun",
    ),
    "Tanda terima penyampaian dokumen",
)

KEC_IKU = [
    (
        "Meningkatnya kualitas pelayanan publik di kecamatan",
        [(IKM[0].format(u="kecamatan"), IKM[1], IKM[2], IKM[3], "Camat")],
    ),
    (
        "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan dan pembinaan desa/kelurahan",
        [
            (
                "Persentase rekomendasi hasil koordinasi kecamatan yang ditindaklanjuti",
                "%",
                P(
                    "Jumlah rekomendasi hasil koordinasi bidang pemerintahan, ketenteraman dan ketertiban umum, pemberdayaan masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam satu tahun",
                    "Jumlah rekomendasi hasil koordinasi bidang tersebut dalam satu tahun",
                ),
                "Laporan hasil koordinasi dan tindak lanjutnya",
                "Camat",
            ),
            (
                "Persentase desa/kelurahan dengan administrasi pemerintahan yang tertib",
                "%",
                P(
                    "Jumlah desa/kelurahan yang administrasi pemerintahannya dinilai tertib",
                    "Jumlah desa/kelurahan di kecamatan",
                ),
                "Laporan hasil pembinaan administrasi pemerintahan desa/kelurahan",
                "Camat",
            ),
        ],
    ),
    (
        "Meningkatnya akuntabilitas kinerja dan tata kelola kecamatan",
        [
            (
                "Nilai hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) kecamatan",
                "nilai",
                T("Nilai hasil evaluasi SAKIP kecamatan oleh Inspektorat untuk tahun berjalan"),
                "Laporan Hasil Evaluasi SAKIP dari Inspektorat",
                "Sekretaris Kecamatan",
            )
        ],
    ),
]

KEC_IKI = {
    "Camat": [
        (
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            "IKU1",
            [(IKM[0].format(u="kecamatan"), IKM[1], IKM[2], IKM[3], "IKU1.1")],
        ),
        (
            "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan dan pembinaan desa/kelurahan",
            "IKU2",
            [
                (
                    "Persentase rekomendasi hasil koordinasi kecamatan yang ditindaklanjuti",
                    "%",
                    P(
                        "Jumlah rekomendasi hasil koordinasi yang ditindaklanjuti dalam satu tahun",
                        "Jumlah rekomendasi hasil koordinasi dalam satu tahun",
                    ),
                    "Laporan hasil koordinasi dan tindak lanjutnya",
                    "IKU2.1",
                )
            ],
        ),
        (
            "Meningkatnya akuntabilitas kinerja dan tata kelola kecamatan",
            "IKU3",
            [
                (
                    "Nilai hasil evaluasi AKIP kecamatan",
                    "nilai",
                    T("Nilai hasil evaluasi SAKIP kecamatan oleh Inspektorat"),
                    "Laporan Hasil Evaluasi SAKIP dari Inspektorat",
                    "IKU3.1",
                )
            ],
        ),
    ],
    "Sekretaris Kecamatan": [
        (
            "Meningkatnya kualitas perencanaan, penganggaran dan pelaporan kinerja kecamatan",
            "IKU3",
            [
                (
                    "Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu",
                    "%",
                    P(
                        "Jumlah dokumen perencanaan dan pelaporan kinerja (Renja, RKA, Perjanjian Kinerja, LKjIP) yang disampaikan tepat waktu",
                        "Jumlah dokumen perencanaan dan pelaporan kinerja yang wajib disusun",
                    ),
                    "Tanda terima penyampaian dokumen",
                    "IKU3.1",
                ),
                (
                    "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
                    "%",
                    P(
                        "Jumlah rekomendasi hasil pemeriksaan Inspektorat/BPK yang selesai ditindaklanjuti",
                        "Jumlah rekomendasi hasil pemeriksaan",
                    ),
                    "Laporan tindak lanjut hasil pemeriksaan",
                    "IKU3.1",
                ),
            ],
        ),
        (
            "Meningkatnya kualitas layanan administrasi perkantoran dan kepegawaian",
            "IKU3",
            [
                (
                    "Indeks kepuasan aparatur terhadap layanan administrasi perkantoran",
                    "nilai",
                    T(
                        "Rata-rata nilai survei kepuasan pegawai kecamatan atas layanan administrasi umum, kepegawaian dan keuangan (skala 1–4)"
                    ),
                    "Laporan survei kepuasan aparatur",
                    "IKU3.1",
                )
            ],
        ),
    ],
    "Kepala Subbagian Umum dan Kepegawaian": [
        (
            "Meningkatnya kualitas layanan administrasi umum dan kepegawaian",
            "Sekretaris Kecamatan#2",
            [
                (
                    "Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu",
                    "%",
                    P(
                        "Jumlah usulan layanan kepegawaian yang diselesaikan sesuai jadwal",
                        "Jumlah usulan layanan kepegawaian",
                    ),
                    "Register layanan kepegawaian",
                    "Sekretaris Kecamatan#2.1",
                ),
                (
                    "Persentase sarana dan prasarana kantor dalam kondisi baik",
                    "%",
                    P(
                        "Jumlah sarana dan prasarana kantor dalam kondisi baik",
                        "Jumlah seluruh sarana dan prasarana kantor",
                    ),
                    "Kartu inventaris barang",
                    "Sekretaris Kecamatan#2.1",
                ),
            ],
        ),
    ],
    "Pengadministrasi Umum": [
        (
            "Tertibnya administrasi persuratan dan kearsipan kantor",
            "Kepala Subbagian Umum dan Kepegawaian#1",
            [
                (
                    "Persentase surat masuk dan keluar yang diagendakan dan didistribusikan pada hari yang sama",
                    "%",
                    P(
                        "Jumlah surat yang diagendakan dan didistribusikan pada hari diterima/dikirim",
                        "Jumlah surat masuk dan keluar",
                    ),
                    "Buku agenda surat / aplikasi persuratan",
                    "Kepala Subbagian Umum dan Kepegawaian#1.1",
                )
            ],
        ),
    ],
    "Pengelola Kepegawaian": [
        (
            "Tertibnya administrasi kepegawaian kecamatan",
            "Kepala Subbagian Umum dan Kepegawaian#1",
            [
                (
                    "Persentase usulan kenaikan pangkat, gaji berkala dan cuti yang diproses tepat waktu",
                    "%",
                    P(
                        "Jumlah usulan yang diproses sesuai jadwal",
                        "Jumlah usulan kenaikan pangkat, gaji berkala dan cuti",
                    ),
                    "Register layanan kepegawaian",
                    "Kepala Subbagian Umum dan Kepegawaian#1.1",
                )
            ],
        ),
    ],
    "Kepala Subbagian Perencanaan dan Keuangan": [
        (
            "Meningkatnya kualitas perencanaan, pelaporan kinerja dan pengelolaan keuangan kecamatan",
            "Sekretaris Kecamatan#1",
            [
                (
                    "Persentase dokumen perencanaan dan laporan kinerja yang disusun tepat waktu",
                    "%",
                    P(
                        "Jumlah dokumen perencanaan dan laporan kinerja yang disampaikan tepat waktu",
                        "Jumlah dokumen perencanaan dan laporan kinerja yang wajib disusun",
                    ),
                    "Tanda terima penyampaian dokumen",
                    "Sekretaris Kecamatan#1.1",
                ),
                (
                    "Persentase laporan keuangan yang disampaikan tepat waktu",
                    "%",
                    P(
                        "Jumlah laporan keuangan yang disampaikan tepat waktu",
                        "Jumlah laporan keuangan yang wajib disampaikan",
                    ),
                    "Tanda terima laporan keuangan",
                    "Sekretaris Kecamatan#1.2",
                ),
            ],
        ),
    ],
    "Pengelola Keuangan": [
        (
            "Tertibnya penatausahaan keuangan kecamatan",
            "Kepala Subbagian Perencanaan dan Keuangan#1",
            [
                (
                    "Persentase dokumen pertanggungjawaban keuangan (SPJ) yang lengkap dan benar",
                    "%",
                    P(
                        "Jumlah SPJ yang dinyatakan lengkap dan benar saat verifikasi",
                        "Jumlah SPJ yang diajukan",
                    ),
                    "Register verifikasi SPJ",
                    "Kepala Subbagian Perencanaan dan Keuangan#1.2",
                )
            ],
        ),
    ],
    "Penyusun Program, Anggaran dan Pelaporan": [
        (
            "Tersusunnya dokumen perencanaan dan laporan kinerja kecamatan yang berkualitas",
            "Kepala Subbagian Perencanaan dan Keuangan#1",
            [
                (
                    "Persentase dokumen Renja, RKA, Perjanjian Kinerja dan LKjIP yang disusun tepat waktu",
                    "%",
                    P(
                        "Jumlah dokumen yang disampaikan tepat waktu",
                        "Jumlah dokumen perencanaan dan pelaporan yang wajib disusun",
                    ),
                    "Tanda terima penyampaian dokumen",
                    "Kepala Subbagian Perencanaan dan Keuangan#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Pemerintahan": [
        (
            "Meningkatnya tertib penyelenggaraan pemerintahan desa/kelurahan",
            "IKU2",
            [
                (
                    "Persentase desa/kelurahan dengan administrasi pemerintahan yang tertib",
                    "%",
                    P(
                        "Jumlah desa/kelurahan yang administrasi pemerintahannya dinilai tertib",
                        "Jumlah desa/kelurahan di kecamatan",
                    ),
                    "Laporan hasil pembinaan administrasi pemerintahan",
                    "IKU2.2",
                ),
                (
                    "Persentase rekomendasi hasil koordinasi bidang pemerintahan yang ditindaklanjuti",
                    "%",
                    P(
                        "Jumlah rekomendasi bidang pemerintahan yang ditindaklanjuti",
                        "Jumlah rekomendasi hasil koordinasi bidang pemerintahan",
                    ),
                    "Notulen dan laporan tindak lanjut koordinasi",
                    "IKU2.1",
                ),
            ],
        ),
    ],
    "Pengelola Administrasi Pemerintahan": [
        (
            "Tertibnya data dan laporan administrasi pemerintahan desa/kelurahan",
            "Kepala Seksi Pemerintahan#1",
            [
                (
                    "Persentase laporan administrasi pemerintahan desa/kelurahan yang terhimpun dan terverifikasi tepat waktu",
                    "%",
                    P(
                        "Jumlah laporan desa/kelurahan yang terhimpun dan terverifikasi tepat waktu",
                        "Jumlah laporan yang wajib disampaikan desa/kelurahan",
                    ),
                    "Register laporan desa/kelurahan",
                    "Kepala Seksi Pemerintahan#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Ketenteraman dan Ketertiban Umum": [
        (
            "Meningkatnya ketenteraman dan ketertiban umum di wilayah kecamatan",
            "IKU2",
            [
                (
                    "Persentase gangguan ketenteraman dan ketertiban umum yang ditangani",
                    "%",
                    P(
                        "Jumlah gangguan trantibum yang ditangani bersama unsur Forkopimcam",
                        "Jumlah gangguan trantibum yang dilaporkan",
                    ),
                    "Laporan penanganan gangguan trantibum",
                    "IKU2.1",
                )
            ],
        ),
    ],
    "Pengelola Data Keamanan dan Ketertiban": [
        (
            "Tersedianya data gangguan ketenteraman dan ketertiban yang mutakhir",
            "Kepala Seksi Ketenteraman dan Ketertiban Umum#1",
            [
                (
                    "Persentase laporan gangguan trantibum yang tercatat dan diteruskan dalam 1 × 24 jam",
                    "%",
                    P(
                        "Jumlah laporan gangguan yang tercatat dan diteruskan dalam 1 × 24 jam",
                        "Jumlah laporan gangguan yang diterima",
                    ),
                    "Buku register kejadian",
                    "Kepala Seksi Ketenteraman dan Ketertiban Umum#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Pelayanan Umum": [
        (
            "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
            "IKU1",
            [
                (
                    "Persentase permohonan layanan yang diselesaikan sesuai standar pelayanan",
                    "%",
                    P(
                        "Jumlah permohonan layanan yang selesai sesuai waktu dan persyaratan standar pelayanan",
                        "Jumlah permohonan layanan yang diterima",
                    ),
                    "Register pelayanan / aplikasi PATEN",
                    "IKU1.1",
                ),
                (
                    "Persentase pengaduan masyarakat yang ditindaklanjuti",
                    "%",
                    P("Jumlah pengaduan yang ditindaklanjuti", "Jumlah pengaduan yang diterima"),
                    "Register pengaduan masyarakat",
                    "IKU1.1",
                ),
            ],
        ),
    ],
    "Pengadministrasi Perkantoran": [
        (
            "Tertibnya administrasi permohonan layanan masyarakat",
            "Kepala Seksi Pelayanan Umum#1",
            [(*BERKAS_LAYANAN, "Kepala Seksi Pelayanan Umum#1.1")],
        ),
    ],
    "Kepala Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan": [
        (
            "Meningkatnya keberdayaan masyarakat dan kelembagaan desa/kelurahan",
            "IKU2",
            [
                (
                    "Persentase lembaga kemasyarakatan desa/kelurahan yang aktif",
                    "%",
                    P(
                        "Jumlah lembaga kemasyarakatan yang melaksanakan kegiatan sesuai rencana",
                        "Jumlah lembaga kemasyarakatan di kecamatan",
                    ),
                    "Laporan pembinaan lembaga kemasyarakatan",
                    "IKU2.1",
                ),
                (
                    "Persentase usulan musrenbang kecamatan yang diakomodasi dalam rencana kerja perangkat daerah",
                    "%",
                    P(
                        "Jumlah usulan musrenbang kecamatan yang masuk rencana kerja perangkat daerah",
                        "Jumlah usulan prioritas musrenbang kecamatan",
                    ),
                    "Berita acara musrenbang dan Renja perangkat daerah",
                    "IKU2.1",
                ),
            ],
        ),
    ],
    "Pengelola Data Pemberdayaan Masyarakat dan Kelembagaan": [
        (
            "Tersedianya data kelembagaan masyarakat yang mutakhir",
            "Kepala Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan#1",
            [
                (
                    "Persentase data profil lembaga kemasyarakatan yang dimutakhirkan",
                    "%",
                    P(
                        "Jumlah lembaga kemasyarakatan yang datanya dimutakhirkan tahun berjalan",
                        "Jumlah lembaga kemasyarakatan",
                    ),
                    "Basis data kelembagaan kecamatan",
                    "Kepala Seksi Pemberdayaan Masyarakat dan Desa/Kelurahan#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Kesejahteraan Sosial": [
        (
            "Meningkatnya kualitas koordinasi penyelenggaraan kesejahteraan sosial",
            "IKU2",
            [
                (
                    "Persentase rekomendasi hasil koordinasi bidang kesejahteraan sosial yang ditindaklanjuti",
                    "%",
                    P(
                        "Jumlah rekomendasi bidang kesejahteraan sosial yang ditindaklanjuti",
                        "Jumlah rekomendasi hasil koordinasi bidang kesejahteraan sosial",
                    ),
                    "Notulen dan laporan tindak lanjut koordinasi",
                    "IKU2.1",
                ),
                (*BANSOS_TERVERIFIKASI, "IKU2.1"),
            ],
        ),
    ],
}


KEL_IKU = [
    (
        "Meningkatnya kualitas pelayanan masyarakat di kelurahan",
        [(IKM[0].format(u="kelurahan"), IKM[1], IKM[2], IKM[3], "Lurah")],
    ),
    (
        "Meningkatnya ketertiban administrasi pemerintahan dan partisipasi masyarakat kelurahan",
        [
            (*RT_RW_TERTIB, "Lurah"),
            (
                "Persentase usulan musrenbang kelurahan yang direalisasikan",
                "%",
                P(
                    "Jumlah usulan musrenbang kelurahan yang direalisasikan melalui dana kelurahan atau perangkat daerah",
                    "Jumlah usulan prioritas musrenbang kelurahan",
                ),
                "Berita acara musrenbang dan laporan realisasi dana kelurahan",
                "Lurah",
            ),
        ],
    ),
    (
        "Meningkatnya akuntabilitas kinerja kelurahan",
        [
            (
                "Persentase dokumen perencanaan dan laporan kinerja kelurahan yang disusun tepat waktu",
                "%",
                P(
                    "Jumlah dokumen perencanaan dan laporan kinerja yang disampaikan tepat waktu",
                    "Jumlah dokumen yang wajib disusun",
                ),
                "Tanda terima penyampaian dokumen",
                "Sekretaris Kelurahan",
            )
        ],
    ),
]
KEL_IKI = {
    "Lurah": [
        (
            "Meningkatnya kualitas pelayanan masyarakat di kelurahan",
            "IKU1",
            [(IKM[0].format(u="kelurahan"), IKM[1], IKM[2], IKM[3], "IKU1.1")],
        ),
        (
            "Meningkatnya ketertiban administrasi pemerintahan dan partisipasi masyarakat kelurahan",
            "IKU2",
            [(*RT_RW_TERTIB, "IKU2.1")],
        ),
        (
            "Meningkatnya akuntabilitas kinerja kelurahan",
            "IKU3",
            [(*DOKUMEN_KINERJA_KEL, "IKU3.1")],
        ),
    ],
    "Sekretaris Kelurahan": [
        (
            "Meningkatnya kualitas administrasi umum, keuangan dan pelaporan kinerja kelurahan",
            "IKU3",
            [
                (*DOKUMEN_KINERJA_KEL, "IKU3.1"),
                (
                    "Persentase laporan keuangan kelurahan yang disampaikan tepat waktu",
                    "%",
                    P(
                        "Jumlah laporan keuangan yang disampaikan tepat waktu",
                        "Jumlah laporan keuangan yang wajib disampaikan",
                    ),
                    "Tanda terima laporan keuangan",
                    "IKU3.1",
                ),
            ],
        ),
    ],
    "Pengadministrasi Umum": [
        (
            "Tertibnya administrasi persuratan dan kearsipan kelurahan",
            "Sekretaris Kelurahan#1",
            [
                (
                    "Persentase surat masuk dan keluar yang diagendakan pada hari yang sama",
                    "%",
                    P(
                        "Jumlah surat yang diagendakan pada hari diterima/dikirim",
                        "Jumlah surat masuk dan keluar",
                    ),
                    "Buku agenda surat",
                    "Sekretaris Kelurahan#1.1",
                )
            ],
        ),
    ],
    "Pengelola Keuangan": [
        (
            "Tertibnya penatausahaan keuangan kelurahan",
            "Sekretaris Kelurahan#1",
            [
                (
                    "Persentase SPJ kelurahan yang lengkap dan benar",
                    "%",
                    P(
                        "Jumlah SPJ yang dinyatakan lengkap dan benar saat verifikasi",
                        "Jumlah SPJ yang diajukan",
                    ),
                    "Register verifikasi SPJ",
                    "Sekretaris Kelurahan#1.2",
                )
            ],
        ),
    ],
    "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum": [
        (
            "Meningkatnya tertib administrasi pemerintahan dan ketenteraman lingkungan",
            "IKU2",
            [
                (*RT_RW_TERTIB, "IKU2.1"),
                (
                    "Persentase gangguan ketenteraman dan ketertiban yang ditangani",
                    "%",
                    P(
                        "Jumlah gangguan trantibum yang ditangani",
                        "Jumlah gangguan trantibum yang dilaporkan",
                    ),
                    "Laporan penanganan gangguan trantibum",
                    "IKU2.1",
                ),
            ],
        ),
    ],
    "Pengelola Administrasi Pemerintahan": [
        (
            "Tertibnya data kependudukan dan administrasi RT/RW",
            "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum#1",
            [
                (
                    "Persentase laporan RT/RW yang terhimpun dan terverifikasi tepat waktu",
                    "%",
                    P(
                        "Jumlah laporan RT/RW yang terhimpun dan terverifikasi tepat waktu",
                        "Jumlah laporan RT/RW yang wajib disampaikan",
                    ),
                    "Register laporan RT/RW",
                    "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Pemberdayaan Masyarakat dan Pembangunan": [
        (
            "Meningkatnya partisipasi masyarakat dalam pembangunan kelurahan",
            "IKU2",
            [
                (
                    "Persentase usulan musrenbang kelurahan yang direalisasikan",
                    "%",
                    P(
                        "Jumlah usulan musrenbang kelurahan yang direalisasikan",
                        "Jumlah usulan prioritas musrenbang kelurahan",
                    ),
                    "Laporan realisasi dana kelurahan",
                    "IKU2.2",
                ),
                (
                    "Persentase lembaga kemasyarakatan kelurahan yang aktif",
                    "%",
                    P(
                        "Jumlah lembaga kemasyarakatan yang melaksanakan kegiatan sesuai rencana",
                        "Jumlah lembaga kemasyarakatan di kelurahan",
                    ),
                    "Laporan pembinaan lembaga kemasyarakatan",
                    "IKU2.2",
                ),
            ],
        ),
    ],
    "Pengelola Data Pemberdayaan Masyarakat": [
        (
            "Tersedianya data usulan pembangunan dan kelembagaan yang mutakhir",
            "Kepala Seksi Pemberdayaan Masyarakat dan Pembangunan#1",
            [
                (
                    "Persentase usulan musrenbang yang terdokumentasi lengkap dengan data dukung",
                    "%",
                    P(
                        "Jumlah usulan yang dilengkapi data dukung",
                        "Jumlah usulan musrenbang kelurahan",
                    ),
                    "Berita acara musrenbang kelurahan",
                    "Kepala Seksi Pemberdayaan Masyarakat dan Pembangunan#1.1",
                )
            ],
        ),
    ],
    "Kepala Seksi Pelayanan Umum dan Kesejahteraan Sosial": [
        (
            "Meningkatnya kualitas pelayanan administrasi dan kesejahteraan sosial di kelurahan",
            "IKU1",
            [
                (
                    "Persentase permohonan layanan yang diselesaikan sesuai standar pelayanan",
                    "%",
                    P(
                        "Jumlah permohonan layanan yang selesai sesuai standar pelayanan",
                        "Jumlah permohonan layanan yang diterima",
                    ),
                    "Register pelayanan",
                    "IKU1.1",
                ),
                (*BANSOS_TERVERIFIKASI, "IKU1.1"),
            ],
        ),
    ],
    "Pengadministrasi Perkantoran": [
        (
            "Tertibnya administrasi permohonan layanan masyarakat",
            "Kepala Seksi Pelayanan Umum dan Kesejahteraan Sosial#1",
            [(*BERKAS_LAYANAN, "Kepala Seksi Pelayanan Umum dan Kesejahteraan Sosial#1.1")],
        ),
    ],
}


def kelurahan(src: dict[str, Any]) -> dict[str, Any]:
    """The kelurahan template: the kecamatan one's Keputusan, reworded, and the
    kelurahan structure with its typical linked IKU/IKI."""
    d = copy.deepcopy(src)
    KEL = "kelurahan-standar"
    d["instansi"]["id"] = uid(KEL, "instansi")
    d["instansi"]["jenis"] = "kelurahan"
    dok = d["dokumen"]
    dok["id"] = uid(KEL, "dokumen")
    dok["instansi_id"] = d["instansi"]["id"]
    k = dok["keputusan"]
    k["menimbang"] = [
        m.replace("Kecamatan", "Kelurahan").replace("Keputusan Camat", "Keputusan Lurah")
        for m in k["menimbang"]
    ]
    k["mengingat"] = [
        m.replace(
            "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Kecamatan",
            "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan",
        )
        for m in k["mengingat"]
    ]
    k["diktum"] = [dict(x, teks=x["teks"].replace("Kecamatan", "Kelurahan")) for x in k["diktum"]]
    PENUTUP = [
        "pelaksanaan penilaian kinerja bawahan sebagai bahan pertimbangan pengembangan karier; dan"
    ]

    lain = (
        "Melaksanakan tugas kedinasan lain yang diberikan oleh atasan, baik lisan maupun "
        "tertulis, sesuai dengan tugas jabatannya."
    )
    butir = {
        "pu": [
            "Menerima, mencatat dan mendistribusikan surat masuk dan surat keluar.",
            "Menata arsip kelurahan sesuai klasifikasi.",
            lain,
        ],
        "pk": [
            "Menyiapkan dokumen pertanggungjawaban keuangan kelurahan.",
            "Menyusun laporan keuangan kelurahan.",
            lain,
        ],
        "pap": [
            "Menghimpun dan memeriksa laporan administrasi RT/RW.",
            "Menyiapkan bahan pelayanan administrasi kependudukan dan pertanahan.",
            lain,
        ],
        "ppm": [
            "Menghimpun usulan musyawarah perencanaan pembangunan kelurahan.",
            "Memutakhirkan data lembaga kemasyarakatan kelurahan.",
            lain,
        ],
        "pplk": [
            "Menerima dan memeriksa kelengkapan berkas permohonan layanan.",
            "Mencatat pengaduan masyarakat dan tindak lanjutnya.",
            lain,
        ],
    }

    def J(key, nama, parent, jenis, tugas, fungsi, unit=""):
        return {
            "id": uid(KEL, key),
            "parent_id": uid(KEL, parent) if parent else None,
            "urutan": 0,
            "nama": nama,
            "unit_kerja": unit,
            "jenis": jenis,
            "pemangku": {"nama": "", "pangkat": "", "nip": ""},
            "tugas": tugas,
            "tugas_butir": butir.get(key, []),
            "gaya_tugas": "huruf",
            "fungsi": fungsi,
            "gaya_fungsi": "huruf",
            "sasaran": [],
        }

    jab = [
        J(
            "lurah",
            "Lurah",
            None,
            "struktural",
            "Membantu Camat dalam melaksanakan kegiatan pemerintahan kelurahan, pemberdayaan masyarakat, pelayanan masyarakat, memelihara ketenteraman dan ketertiban umum, memelihara prasarana dan fasilitas pelayanan umum, serta melaksanakan tugas lain yang diberikan oleh Camat.",
            [
                "pelaksanaan kegiatan pemerintahan kelurahan;",
                "pemberdayaan masyarakat;",
                "pelayanan masyarakat;",
                "penyelenggaraan ketenteraman dan ketertiban umum;",
                "pemeliharaan prasarana dan fasilitas pelayanan umum;",
                "pelaksanaan tugas lain yang diberikan oleh Camat; dan",
                "pelaksanaan tugas lain sesuai dengan ketentuan peraturan perundang-undangan.",
            ],
        ),
        J(
            "sekel",
            "Sekretaris Kelurahan",
            "lurah",
            "struktural",
            "Membantu Lurah dalam penyelenggaraan administrasi umum, kepegawaian, keuangan, perencanaan dan pelaporan kelurahan.",
            [
                "penyiapan bahan perencanaan, program dan pelaporan kinerja kelurahan;",
                "pengelolaan administrasi umum, persuratan dan kearsipan;",
                "pengelolaan administrasi kepegawaian dan keuangan kelurahan;",
                "pengelolaan barang milik daerah yang menjadi tanggung jawab kelurahan;",
                *PENUTUP,
                "pelaksanaan tugas kedinasan lain yang diberikan oleh Lurah sesuai dengan tugas dan fungsinya.",
            ],
        ),
        J("pu", "Pengadministrasi Umum", "sekel", "pelaksana", "", [], "Sekretariat Kelurahan"),
        J("pk", "Pengelola Keuangan", "sekel", "pelaksana", "", [], "Sekretariat Kelurahan"),
        J(
            "kpem",
            "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum",
            "lurah",
            "struktural",
            "Menyiapkan bahan pelaksanaan kegiatan pemerintahan kelurahan serta pemeliharaan ketenteraman dan ketertiban umum.",
            [
                "penyiapan bahan pembinaan rukun tetangga dan rukun warga;",
                "penyiapan bahan administrasi kependudukan dan pertanahan;",
                "penyiapan bahan koordinasi pemeliharaan ketenteraman dan ketertiban umum;",
                *PENUTUP,
                "pelaksanaan tugas kedinasan lain yang diberikan oleh Lurah sesuai dengan tugas dan fungsinya.",
            ],
        ),
        J(
            "pap",
            "Pengelola Administrasi Pemerintahan",
            "kpem",
            "pelaksana",
            "",
            [],
            "Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum",
        ),
        J(
            "kpm",
            "Kepala Seksi Pemberdayaan Masyarakat dan Pembangunan",
            "lurah",
            "struktural",
            "Menyiapkan bahan pemberdayaan masyarakat, pembinaan lembaga kemasyarakatan dan pemeliharaan prasarana dan fasilitas umum kelurahan.",
            [
                "penyiapan bahan musyawarah perencanaan pembangunan kelurahan;",
                "penyiapan bahan pembinaan lembaga kemasyarakatan;",
                "penyiapan bahan pemeliharaan prasarana dan fasilitas pelayanan umum;",
                *PENUTUP,
                "pelaksanaan tugas kedinasan lain yang diberikan oleh Lurah sesuai dengan tugas dan fungsinya.",
            ],
        ),
        J(
            "ppm",
            "Pengelola Data Pemberdayaan Masyarakat",
            "kpm",
            "pelaksana",
            "",
            [],
            "Seksi Pemberdayaan Masyarakat dan Pembangunan",
        ),
        J(
            "kpel",
            "Kepala Seksi Pelayanan Umum dan Kesejahteraan Sosial",
            "lurah",
            "struktural",
            "Menyiapkan bahan pelayanan administrasi kepada masyarakat dan pelaksanaan urusan kesejahteraan sosial di kelurahan.",
            [
                "penyiapan bahan pelayanan administrasi kepada masyarakat;",
                "penyiapan bahan pengelolaan pengaduan masyarakat;",
                "penyiapan bahan pendataan dan verifikasi penerima bantuan sosial;",
                *PENUTUP,
                "pelaksanaan tugas kedinasan lain yang diberikan oleh Lurah sesuai dengan tugas dan fungsinya.",
            ],
        ),
        J(
            "pplk",
            "Pengadministrasi Perkantoran",
            "kpel",
            "pelaksana",
            "",
            [],
            "Seksi Pelayanan Umum dan Kesejahteraan Sosial",
        ),
    ]
    urut = {}
    for j in jab:
        j["urutan"] = urut.get(j["parent_id"], 0)
        urut[j["parent_id"]] = j["urutan"] + 1
    dok["jabatan"] = jab
    return isi(d, KEL_IKU, KEL_IKI, "kelurahan-standar")
