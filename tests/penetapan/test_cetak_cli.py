"""The printed code verifies to the right version; the CLI sub-commands."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from iki_desktop.cli import main
from iki_desktop.store import Store
from iki_desktop.store.penetapan import riwayat_versi, verifikasi

POLA_KODE = re.compile(r"IKI(?:-[0-9A-Z]{4}){2}(?:-[0-9A-Z]{2,4})?")


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out + out.err


def _kode_halaman(pdf: Path) -> list[set[str]]:
    return [set(POLA_KODE.findall(page.extract_text() or "")) for page in PdfReader(pdf).pages]


def test_enact_revise_print_verify(
    db_contoh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_contoh)
    rc, out = _cli(capsys, "enact", "--db", db, "--oleh", "Siti")
    assert rc == 0 and "ditetapkan" in out
    kode0 = POLA_KODE.search(out).group(0)  # type: ignore[union-attr]
    rc, out = _cli(capsys, "revise", "--db", db, "--tahun", "2026")
    assert rc == 0 and "Perubahan ke-1" in out
    with Store.open(db_contoh) as store:
        versi = riwayat_versi(store, store.list_dokumen()[0].id)
    lama_id, baru_id = versi[0].dokumen_id, versi[1].dokumen_id

    # The enacted version prints with its code on every page and no DRAF mark.
    pdf0 = tmp_path / "lama.pdf"
    assert _cli(capsys, "print", "--db", db, "--dokumen", lama_id, "--out", str(pdf0))[0] == 0
    halaman = _kode_halaman(pdf0)
    assert halaman and all(k == {kode0} for k in halaman)
    teks = "".join(p.extract_text() or "" for p in PdfReader(pdf0).pages)
    assert "DRAF" not in teks
    # The Draf revision prints as a draft without a code.
    pdf1 = tmp_path / "draf.pdf"
    assert _cli(capsys, "print", "--db", db, "--dokumen", baru_id, "--out", str(pdf1))[0] == 0
    assert not any(_kode_halaman(pdf1)) and "DRAF" in (PdfReader(pdf1).pages[0].extract_text())

    with Store.open(db_contoh) as store:
        hasil = verifikasi(store, next(iter(halaman[0])))
        assert hasil is not None and hasil.dokumen_id == lama_id and hasil.revisi == 0

    rc, out = _cli(capsys, "verify", "--db", db, kode0.lower().replace("-", " "))
    assert rc == 0 and "Kecamatan Wonoasih" in out and "Tahun 2026" in out
    rc, out = _cli(capsys, "verify", "--db", db, "IKI-AAAA-BBBB")
    assert rc == 3
    assert "Tidak ada versi yang ditetapkan dengan kode IKI-AAAA-BBBB di basis data ini." in out

    rc, out = _cli(
        capsys, "diff", "--db", db, lama_id[:8], baru_id[:8], "--out", str(tmp_path / "b.pdf")
    )
    assert rc == 0 and "Nomor dikosongkan" in out
    assert "Nomor dikosongkan" in (PdfReader(tmp_path / "b.pdf").pages[0].extract_text())

    rc, out = _cli(capsys, "riwayat", "--db", db, "--dokumen", lama_id)
    assert rc == 0 and "Tetapkan dokumen" in out and "Siti" in out and kode0 in out

    rc, out = _cli(capsys, "enact", "--db", db, "--dokumen", baru_id)
    assert rc == 2 and "Nomor Keputusan belum diisi" in out


def test_qr_in_rendered_page_decodes_to_code(
    db_contoh: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg/pdftoppm not installed")
    db = str(db_contoh)
    rc, out = _cli(capsys, "enact", "--db", db)
    kode = POLA_KODE.search(out).group(0)  # type: ignore[union-attr]
    pdf = tmp_path / "c.pdf"
    _cli(capsys, "print", "--db", db, "--out", str(pdf), "--bagian", "keputusan,iku")
    # Page 2 ends with the signature; 100 dpi is about what a phone camera resolves.
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    png = next(tmp_path.glob("p*.png"))
    hasil = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    isi_qr = hasil.stdout.strip()
    # The QR carries the code and the office signature; verify checks both.
    assert isi_qr.split(":")[0] == kode and len(isi_qr) > len(kode) + 100
    rc, out = _cli(capsys, "verify", "--db", db, isi_qr)
    assert rc == 0 and "tanda tangan pada kode QR SAH" in out
    palsu = isi_qr[:-6] + ("000000" if not isi_qr.endswith("000000") else "111111")
    rc, out = _cli(capsys, "verify", "--db", db, palsu)
    assert rc == 1 and "TIDAK SAH" in out
