"""Printing never fails on odd content: random Dokumen always build a PDF."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import event, given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_fuzz import pengaturan  # noqa: E402

from iki_desktop.domain.errors import IkiError  # noqa: E402
from iki_desktop.domain.formula import Daftar, Formula, Pecahan, Teks  # noqa: E402
from iki_desktop.domain.model import (  # noqa: E402
    KOLOM_GABUNG,
    AwalanTtd,
    Bentuk,
    BentukDokumen,
    Diktum,
    Dokumen,
    GayaDaftar,
    Huruf,
    Indikator,
    Instansi,
    Jabatan,
    JenisInstansi,
    Keputusan,
    Kertas,
    Orientasi,
    Pejabat,
    Penandatangan,
    PengaturanCetak,
    Sasaran,
)
from iki_desktop.printing import build_pdf  # noqa: E402

_KHUSUS = ["<", ">", "&", "&amp;", "<b>", "</para>", "<br/>", "\\", '"', "'", "%", "\t", "\n",
           "😀", "👨‍👩‍👧", "漢字", "ẞ", "ḱ", "\u200b", "\u00ad", "\ufeff", "×", "—", "…", "\u202e"]  # fmt: skip
_kata_panjang = st.integers(50, 400).map(lambda n: "Penyelenggaraan" * (n // 15))

teks = st.one_of(
    st.just(""),
    st.text(max_size=60),
    st.lists(
        st.one_of(st.sampled_from(_KHUSUS), st.text(max_size=12), _kata_panjang), max_size=12
    ).map(" ".join),
    st.text(max_size=40).map(lambda t: (t + " ") * 60),  # a very long paragraph
)
teks_pendek = st.one_of(st.just(""), st.text(max_size=30), st.sampled_from(_KHUSUS))

# A fraction taller than a page is broken into paragraphs, so its parts may be long.
teks_pecahan = teks.map(lambda t: t[:5000])

formula = st.lists(
    st.one_of(
        teks.map(Teks),
        st.builds(
            Pecahan, teks_pecahan, teks_pecahan, st.sampled_from(["× 100 %", "", "× 1000", "%"])
        ),
        st.lists(teks, max_size=6).map(Daftar),
    ),
    max_size=3,
).map(Formula)

indikator = st.builds(
    Indikator,
    teks=teks,
    satuan=teks_pendek,
    formula=formula,
    sumber_data=teks,
    penanggung_jawab=teks_pendek,
    catatan=teks_pendek,
    gabung=st.lists(st.sampled_from(KOLOM_GABUNG), max_size=2, unique=True),
)


def _sasaran(teks: str, indikator: list[Indikator]) -> Sasaran:
    s = Sasaran(teks, indikator)
    s.samakan_gabungan()
    return s


sasaran = st.builds(_sasaran, teks, st.lists(indikator, max_size=4))
pejabat = st.builds(Pejabat, teks_pendek, teks_pendek, teks_pendek)
tanggal = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31))
penandatangan = st.builds(
    Penandatangan,
    awalan=st.sampled_from(list(AwalanTtd)),
    jabatan=teks_pendek,
    atas_nama=teks_pendek,
    pejabat=pejabat,
)


@st.composite
def jabatan_pohon(draw: st.DrawFn) -> list[Jabatan]:
    """A tree that may be deep (a chain) or wide, with any texts."""
    out: list[Jabatan] = []
    for i in range(draw(st.integers(0, 8))):
        induk = draw(st.sampled_from([None, *(j.id for j in out)])) if out else None
        if draw(st.booleans()) and out:
            induk = out[-1].id  # deepen the chain
        out.append(
            Jabatan(
                nama=draw(teks),
                unit_kerja=draw(teks_pendek),
                parent_id=induk,
                urutan=i,
                pemangku=draw(pejabat),
                tugas=draw(teks),
                tugas_butir=draw(st.lists(teks, max_size=4)),
                gaya_tugas=draw(st.sampled_from(list(GayaDaftar))),
                fungsi=draw(st.lists(teks, max_size=4)),
                gaya_fungsi=draw(st.sampled_from(list(GayaDaftar))),
                sasaran=draw(st.lists(sasaran, max_size=3)),
            )
        )
    return out


@st.composite
def dokumen_acak(draw: st.DrawFn) -> tuple[Instansi, Dokumen]:
    pengaturan_cetak = PengaturanCetak(
        kertas=draw(st.sampled_from(list(Kertas))),
        huruf=draw(st.sampled_from(list(Huruf))),
        ukuran_huruf=draw(st.sampled_from([8.0, 11.0, 12.0, 14.0])),
        orientasi_tabel=draw(st.sampled_from(list(Orientasi))),
        jabatan_halaman_baru=draw(st.booleans()),
        ttd_setelah_iku=draw(st.booleans()),
        ttd_akhir_lampiran=draw(st.booleans()),
    )
    instansi = Instansi(
        nama=draw(teks_pendek),
        jenis=draw(st.sampled_from(list(JenisInstansi))),
        nama_daerah=draw(teks_pendek),
        alamat=draw(st.lists(teks, max_size=3)),
        telepon=draw(teks_pendek),
        email=draw(teks_pendek),
        pengaturan=pengaturan_cetak,
    )
    keputusan = Keputusan(
        nomor=draw(teks_pendek),
        tentang=draw(teks),
        menimbang=draw(st.lists(teks, max_size=3)),
        mengingat=draw(st.lists(teks, max_size=3)),
        diktum=draw(st.lists(st.builds(Diktum, teks, st.lists(teks, max_size=3)), max_size=4)),
        tempat=draw(teks_pendek),
        tanggal=draw(tanggal),
        penandatangan=draw(penandatangan),
    )
    dok = Dokumen(
        tahun=draw(st.integers(1900, 2200)),
        instansi_id=instansi.id,
        judul=draw(teks_pendek),
        keputusan=keputusan,
        iku=draw(st.lists(sasaran, max_size=3)),
        jabatan=draw(jabatan_pohon()),
        bentuk=Bentuk(
            jenis=draw(st.sampled_from(list(BentukDokumen))),
            tempat=draw(teks_pendek),
            tanggal=draw(tanggal),
            penandatangan=draw(penandatangan),
            halaman_visi=draw(st.booleans()),
            halaman_tugas=draw(st.booleans()),
        ),
    )
    return instansi, dok


@pengaturan(0.4)
@given(dokumen_acak())
def test_random_documents_print(paket: tuple[Instansi, Dokumen]) -> None:
    instansi, dok = paket
    try:
        pdf = build_pdf(instansi, dok)
    except IkiError as exc:
        # Only content that truly cannot fit a page (a heading of hundreds of words at a
        # large size) may be refused, and then with our Indonesian message; and a
        # Dokumen with nothing to print prints nothing (no invented empty pages).
        if "belum berisi apa pun" in str(exc):
            event("ditolak: tidak ada isi")
            return
        assert "terlalu panjang" in str(exc)
        event("ditolak: isi terlalu panjang untuk satu halaman")
        return
    assert pdf.startswith(b"%PDF")


@pengaturan(0.1)
@given(jumlah=st.integers(30, 120), panjang=st.integers(20, 3000))
def test_many_indicators_with_long_fraction_parts(jumlah: int, panjang: int) -> None:
    isi = ("pembilang sangat panjang " * (panjang // 25))[:panjang]
    ind = [
        Indikator(teks=f"Indikator {n}", formula=Formula([Pecahan(isi, isi[::-1], "× 100 %")]))
        for n in range(jumlah)
    ]
    dok = Dokumen(tahun=2026, jabatan=[Jabatan(nama="Camat", sasaran=[Sasaran("S", ind)])])
    assert build_pdf(Instansi(nama="Uji"), dok).startswith(b"%PDF")
