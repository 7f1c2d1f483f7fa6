"""A Perubahan printed beside its original: sebelum / sesudah evaluasi."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from iki_desktop.cli import main
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.domain.penetapan import salin_perubahan
from iki_desktop.domain.perbandingan import peta_rekaman
from iki_desktop.printing.evaluasi import pasangan, pdf_sebelum_sesudah
from iki_desktop.store import Store
from iki_desktop.store.penetapan import buat_perubahan, tetapkan
from tests.printing.periksa_pdf import teks_halaman

Paket = tuple[Instansi, Dokumen]


def _revisi(kecil: Paket) -> tuple[Instansi, Dokumen, Dokumen]:
    instansi, lama = kecil
    baru = salin_perubahan(lama)
    baru.iku[0].indikator[0].teks = "Indeks Kepuasan Masyarakat (IKM) sesudah evaluasi"
    del baru.iku[0].indikator[1]
    baru.iku.append(Sasaran("Meningkatnya BUMDes", [Indikator(teks="Jumlah BUMDes aktif")]))
    return instansi, lama, baru


def test_rows_pair_each_indicator_with_its_revision(kecil: Paket) -> None:
    instansi, lama, baru = _revisi(kecil)
    rows = pasangan(lama.iku, baru.iku, peta_rekaman(lama, baru))
    ket = [(a.teks if a else None, b.teks if b else None) for _sl, a, _sb, b in rows]
    assert ket[0] == (lama.iku[0].indikator[0].teks, baru.iku[0].indikator[0].teks)
    assert (lama.iku[0].indikator[1].teks, None) in ket  # removed: left side only
    assert (None, "Jumlah BUMDes aktif") in ket  # added: right side only


def test_side_by_side_pdf(kecil: Paket) -> None:
    instansi, lama, baru = _revisi(kecil)
    pdf = pdf_sebelum_sesudah(instansi, lama, baru)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    pertama = teks_halaman(pdf)[0]
    for teks in ("SEBELUM EVALUASI", "SESUDAH EVALUASI", "Diubah", "Dihapus", "Baru", "KET."):
        assert teks in " ".join(teks_halaman(pdf)), teks
    assert "sesudah evaluasi" in pertama


def test_cli_prints_a_revision_beside_its_original(
    kecil: Paket, tmp_path: Path, capsys: object
) -> None:
    instansi, dokumen = kecil
    db = tmp_path / "rev.sqlite"
    with Store.create(db) as store:
        store.import_dokumen(instansi, dokumen)
        tetapkan(store, dokumen.id)
        baru = buat_perubahan(store, dokumen.id)
    out = tmp_path / "evaluasi.pdf"
    argv = ["print", "--db", str(db), "--out", str(out), "--sebelum-sesudah"]
    assert main([*argv, "--dokumen", baru.id]) == 0
    assert "SESUDAH EVALUASI" in " ".join(teks_halaman(out.read_bytes()))
    assert main([*argv, "--dokumen", dokumen.id]) == 2  # the original has nothing before it
