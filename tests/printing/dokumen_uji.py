"""Documents for the print tests: a hand-made one with fractions and tall groups, and a
stress document; plus text helpers."""

from __future__ import annotations

import datetime as dt
import io
import re

from PIL import Image, ImageDraw

from iki_desktop.domain.formula import Daftar, Formula, Pecahan, Teks
from iki_desktop.domain.model import (
    AwalanTtd,
    BarisCascading,
    Cascading,
    Diktum,
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Keputusan,
    Pejabat,
    Penandatangan,
    Sasaran,
)


def lambang_png() -> bytes:
    """A neutral test emblem (a shield shape), not any real coat of arms."""
    img = Image.new("RGBA", (120, 140), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (110, 10), (110, 80), (60, 130), (10, 80)], fill=(30, 90, 160, 255))
    d.polygon([(30, 30), (90, 30), (90, 75), (60, 105), (30, 75)], fill=(240, 200, 40, 255))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _instansi() -> Instansi:
    return Instansi(
        nama="Sukamaju",
        nama_daerah="Contoh",
        alamat=["Jalan Merdeka Nomor 12, Sukamaju"],
        telepon="(0321) 123456",
        faks="(0321) 123457",
        laman="kec-sukamaju.contohkab.go.id",
        email="kec.sukamaju@contohkab.go.id",
        kode_pos="61234",
        lambang=lambang_png(),
    )


LONG = (
    "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan yang akuntabel, "
    "transparan, partisipatif dan responsif terhadap kebutuhan masyarakat di seluruh "
    "wilayah kecamatan melalui koordinasi lintas sektor"
)


def _keputusan() -> Keputusan:
    return Keputusan(
        nomor="800/12/35.01.12/2026",
        tentang="Indikator Kinerja Utama dan Indikator Kinerja Individu Kecamatan Sukamaju",
        menimbang=[
            "bahwa dalam rangka meningkatkan akuntabilitas kinerja instansi pemerintah "
            "perlu ditetapkan indikator kinerja utama dan indikator kinerja individu;",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu "
            "menetapkan Keputusan Camat tentang Indikator Kinerja;",
        ],
        mengingat=[f"Peraturan Nomor {n} Tahun 20{n + 10} tentang Hal {n};" for n in range(1, 6)],
        diktum=[
            Diktum("Menetapkan Indikator Kinerja sebagaimana tercantum dalam Lampiran."),
            Diktum(
                "Indikator Kinerja sebagaimana dimaksud dalam Diktum KESATU bertujuan untuk:",
                [
                    "memberikan informasi kinerja;",
                    "mengukur keberhasilan;",
                    "meningkatkan kinerja.",
                ],
            ),
            Diktum("Keputusan ini mulai berlaku pada tanggal ditetapkan."),
        ],
        tempat="Sukamaju",
        tanggal=dt.date(2026, 1, 7),
        penandatangan=Penandatangan(
            awalan=AwalanTtd.TIDAK_ADA,
            jabatan="Camat Sukamaju",
            pejabat=Pejabat("Budi Santoso, S.STP., M.Si.", "Pembina (IV/a)", "197104201992011003"),
        ),
    )


def _indikator(n: int, pecahan: bool = False) -> Indikator:
    if pecahan:
        formula = Formula(
            [
                Teks(f"Formula indikator {n}:"),
                Pecahan(
                    f"Jumlah rekomendasi hasil koordinasi ke-{n} yang ditindaklanjuti dalam satu tahun",
                    f"Jumlah seluruh rekomendasi hasil koordinasi ke-{n} dalam satu tahun",
                ),
            ]
        )
    else:
        formula = Formula(
            [
                Teks(f"Jumlah kegiatan ke-{n} meliputi :"),
                Daftar([f"Butir {n}.{k}" for k in (1, 2, 3)]),
            ]
        )
    return Indikator(
        teks=f"Persentase capaian indikator nomor {n} yang terukur",
        satuan="%",
        formula=formula,
        sumber_data=f"1. Laporan bulanan {n}\n2. Rekap tahunan {n}",
        penanggung_jawab="Sekretaris Kecamatan",
    )


def _jabatan(nama: str, parent: str | None, urutan: int, sasaran: list[Sasaran]) -> Jabatan:
    return Jabatan(
        nama=nama,
        unit_kerja="Kecamatan Sukamaju",
        parent_id=parent,
        urutan=urutan,
        tugas=f"Tugas {nama}: membantu Camat dalam penyelenggaraan pemerintahan.",
        fungsi=[f"Fungsi {nama} nomor {k};" for k in range(1, 5)],
        sasaran=sasaran,
    )


def contoh_kecil() -> tuple[Instansi, Dokumen]:
    """Several jabatan, fractions, lists, a sasaran group long enough to cross a page."""
    instansi = _instansi()
    camat = _jabatan("Camat", None, 0, [Sasaran(LONG, [_indikator(1, True), _indikator(2)])])
    sekcam = _jabatan(
        "Sekretaris Kecamatan",
        camat.id,
        0,
        [Sasaran(f"Sasaran sekretariat {k}", [_indikator(10 + k, k % 2 == 0)]) for k in range(3)],
    )
    seksi = _jabatan(
        "Kepala Seksi Pemerintahan",
        camat.id,
        1,
        [
            Sasaran(
                "Sasaran seksi yang panjang " + LONG,
                [_indikator(30 + k, k % 3 == 0) for k in range(14)],
            )
        ],
    )
    dokumen = Dokumen(
        tahun=2026,
        instansi_id=instansi.id,
        keputusan=_keputusan(),
        iku=[
            Sasaran(LONG, [_indikator(100, True), _indikator(101, True)]),
            Sasaran("Meningkatnya kualitas pelayanan publik", [_indikator(102)]),
        ],
        cascading=Cascading(
            judul="Linieritas Tujuan dan Sasaran Renstra Kecamatan dengan RPJMD",
            visi="Kabupaten Contoh yang maju dan sejahtera",
            baris=[
                BarisCascading("Misi 2", "Tujuan 2", "Sasaran 2", "Tujuan 1", "Sasaran 1", "IKM")
            ],
        ),
        jabatan=[camat, sekcam, seksi],
    )
    return instansi, dokumen


def contoh_stres() -> tuple[Instansi, Dokumen]:
    instansi = _instansi()
    aneh = (
        'A < B & C > D; "kutip" ≥ 90 % ≤ Σ x₁ × 2 – 3 😀 👍🏽 مرحبا 你好 <b>bukan tebal</b> &amp;'
    )
    big = Indikator(
        teks="Indikator dengan penjelasan 12.000 karakter " + aneh,
        formula=Formula([Teks(("Penjelasan sangat panjang. " * 500)[:12000])]),
        sumber_data="\n".join(f"{k}. Sumber {k}" for k in range(1, 61)),
    )
    lst = Indikator(
        teks="Daftar 60 butir",
        formula=Formula([Daftar([f"Butir {k} " + aneh for k in range(1, 61)])]),
    )
    many = Sasaran(
        "Sasaran dengan 40 indikator " + aneh, [_indikator(k, k % 2 == 0) for k in range(40)]
    )
    jab = Jabatan(
        nama="Pelaksana " + aneh,
        tugas=aneh,
        fungsi=[f"fungsi {k} " + aneh for k in range(200)],
        sasaran=[Sasaran(aneh, [big, lst]), many],
    )
    kep = _keputusan()
    kep.tentang = aneh
    kep.menimbang.append(aneh)
    dokumen = Dokumen(tahun=2026, keputusan=kep, iku=[many], jabatan=[jab])
    return instansi, dokumen


def norm(teks: str) -> str:
    """Whitespace- and hyphenation-insensitive form for comparing PDF text."""
    teks = re.sub(r"-\s*\n\s*", "", teks)
    return re.sub(r"\s+", "", teks)
