"""The printout read back: every word present and in order, page furniture, options."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from iki_desktop.domain.formula import Daftar, Pecahan, Teks
from iki_desktop.domain.keputusan_bawaan import default_keputusan
from iki_desktop.domain.model import Dokumen, Instansi, Kertas, Orientasi, StatusDokumen
from iki_desktop.printing import build_pdf, write_pdf
from iki_desktop.printing.escape import markup
from iki_desktop.resources import load_contoh

Paket = tuple[Instansi, Dokumen]
TITLE = re.compile(r"^\s*INDIKATOR KINERJA INDIVIDU\s*$", re.M)


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _find(flat: str, item: str, start: int) -> int:
    """Where `item` starts in whitespace-free `flat` at or after `start`, or -1.

    First as one contiguous run (robust to line breaks and to long words cut inside);
    else word by word within a bounded window, because a table row split across a
    page draws the top of every cell before the rest of any cell.
    """
    key = "".join(item.split())
    found = flat.find(key, start)
    if found >= 0:
        return found
    words = item.split()
    p = flat.find(words[0], start)
    while p >= 0:
        q, limit = p + len(words[0]), p + 4 * len(key) + 3000
        for w in words[1:]:
            q = flat.find(w, q, limit)
            if q < 0:
                break
            q += len(w)
        else:
            return p
        p = flat.find(words[0], p + 1)
    return -1


def assert_in_order(text: str, expected: list[str] | list[list[str]]) -> None:
    """Every expected text occurs, and the groups start in order.

    A group is the texts of one table row; texts within a row need only come after
    the row's start (see `_find`); the rows themselves must be in order.
    """
    # A word hyphenated at a line end reads as one word again.
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    flat = "".join(text.split())
    cursor = 0
    for group in expected:
        items = [group] if isinstance(group, str) else group
        first = -1
        for item in items:
            if not item.split():
                continue
            found = _find(flat, item, cursor)
            assert found >= 0, f"not found in order: {item[:80]!r}"
            if first < 0:
                first = found
        if first >= 0:
            cursor = first


def sumber_lines(teks: str) -> list[str]:
    return [re.sub(r"^\s*\d+[.)]\s*", "", line) for line in teks.splitlines() if line.strip()]


def expected_texts(dokumen: Dokumen) -> list[list[str]]:
    """Texts in print order, grouped per table row."""
    kep = dokumen.keputusan
    out: list[list[str]] = [[t] for t in (*kep.menimbang, *kep.mengingat)]
    for d in kep.diktum:
        out += [[d.teks], *([b] for b in d.butir)]
    for j in dokumen.jabatan_urut():
        out += [[t] for t in (j.judul, j.tugas, *j.tugas_butir, *j.fungsi)]
        for s in j.sasaran:
            for n, ind in enumerate(s.indikator):
                row = [s.teks] if n == 0 else []
                row.append(ind.teks)
                for b in ind.formula.bagian:
                    if isinstance(b, Teks):
                        row.append(b.teks)
                    elif isinstance(b, Pecahan):
                        row += [b.pembilang, b.penyebut]
                    elif isinstance(b, Daftar):
                        row += b.butir
                row += sumber_lines(ind.sumber_data)
                out.append([t for t in row if t.strip()])
    return [g for g in out if any(t.strip() for t in g)]


def test_sample_every_text_present_in_order() -> None:
    instansi, dokumen = load_contoh()
    pages = pages_text(build_pdf(instansi, dokumen))
    assert_in_order("\n".join(pages), expected_texts(dokumen))
    label = re.compile(r"^\s*JABATAN\s*$", re.M)
    assert sum(len(label.findall(p)) for p in pages) == len(dokumen.jabatan)


def test_small_document_in_order_with_fractions(kecil: Paket) -> None:
    instansi, dokumen = kecil
    text = "\n".join(pages_text(build_pdf(instansi, dokumen)))
    assert_in_order(text, expected_texts(dokumen))
    for s in dokumen.iku:
        assert_in_order(text, [s.teks] + [i.teks for i in s.indikator])
    assert "× 100 %" in text
    assert "INDIKATOR KINERJA UTAMA (IKU)" in text and "TAHUN 2026" in text
    assert "Linieritas Tujuan dan Sasaran Renstra" in text


def test_header_repeats_and_group_continues_on_next_page(kecil: Paket) -> None:
    instansi, dokumen = kecil
    pages = pages_text(build_pdf(instansi, dokumen))
    seksi = next(i for i, p in enumerate(pages) if "Kepala Seksi Pemerintahan pada" in p)
    follow = pages[seksi + 1]
    assert "Kepala Seksi Pemerintahan pada" not in follow  # a continuation page
    assert "INDIKATOR KINERJA" in follow and "SUMBER DATA" in follow
    assert "(lanjutan)" in follow


def test_lampiran_heading_and_page_numbers(kecil: Paket) -> None:
    instansi, dokumen = kecil
    pages = pages_text(build_pdf(instansi, dokumen))
    assert "LAMPIRAN KEPUTUSAN CAMAT SUKAMAJU" in pages[1]
    assert "NOMOR" in pages[1] and "800/12/35.01.12/2026" in pages[1]
    assert "TANGGAL" in pages[1] and "7 Januari 2026" in pages[1]
    assert not re.search(r"- 1 -", pages[0])  # the kop page carries no number
    for n, text in enumerate(pages[1:], start=2):
        assert f"- {n} -" in text


def test_draf_watermark_only_on_drafts(kecil: Paket) -> None:
    instansi, dokumen = kecil
    assert all("DRAF" in p for p in pages_text(build_pdf(instansi, dokumen)))
    dokumen.status = StatusDokumen.DITETAPKAN
    assert not any("DRAF" in p for p in pages_text(build_pdf(instansi, dokumen)))


def test_footer_code_and_qr_on_every_page(kecil: Paket, tmp_path: Path) -> None:
    instansi, dokumen = kecil
    kode = "IKI-2026-SUKAMAJU-R0-3F9A"
    pdf = build_pdf(instansi, dokumen, footer_kode=kode)
    assert all(kode in p for p in pages_text(pdf))
    assert not any(kode in p for p in pages_text(build_pdf(instansi, dokumen)))
    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg/pdftoppm not installed")
    (tmp_path / "f.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", "f.pdf", "p"],
        cwd=tmp_path,
        check=True,
    )
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert kode in out.stdout


def test_stress_document_builds_and_keeps_everything(stres: Paket) -> None:
    instansi, dokumen = stres
    pdf = build_pdf(instansi, dokumen)
    text = "\n".join(pages_text(pdf))
    flat = " ".join(text.split())
    assert "A < B & C > D" in flat
    assert "<b>bukan tebal</b> &amp;" in flat
    assert "≥ 90 % ≤ Σ" in flat
    assert "\u25a1" in flat  # emoji without a glyph: a visible placeholder
    assert flat.count("Penjelasan sangat panjang.") == 12000 // len("Penjelasan sangat panjang. ")
    assert_in_order(text, [f"Butir {k} A" for k in range(1, 61)])
    assert_in_order(text, [f"fungsi {k} A" for k in range(200)])
    assert_in_order(text, [f"Sumber {k}" for k in range(1, 61)])
    assert_in_order(text, [f"indikator nomor {k} yang" for k in range(40)])


def test_only_requested_parts_and_jabatan(kecil: Paket) -> None:
    instansi, dokumen = kecil
    only_kep = "\n".join(pages_text(build_pdf(instansi, dokumen, bagian=("keputusan",))))
    assert "MEMUTUSKAN" in only_kep and not TITLE.search(only_kep)
    assert "LAMPIRAN" not in only_kep

    only_iku = "\n".join(pages_text(build_pdf(instansi, dokumen, bagian=("iku",))))
    assert "INDIKATOR KINERJA UTAMA (IKU)" in only_iku
    assert "MEMUTUSKAN" not in only_iku and "JABATAN" not in only_iku

    seksi = next(j for j in dokumen.jabatan if j.nama == "Kepala Seksi Pemerintahan")
    pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[seksi.id])
    text = "\n".join(pages_text(pdf))
    assert "Kepala Seksi Pemerintahan pada" in text
    assert "Sekretaris Kecamatan pada" not in text and "Camat pada" not in text
    assert "MEMUTUSKAN" not in text and "INDIKATOR KINERJA UTAMA (IKU)" not in text
    assert "- 1 -" in pages_text(pdf)[0]  # without the kop page, page 1 is numbered


def test_paper_and_orientation(kecil: Paket) -> None:
    instansi, dokumen = kecil
    instansi.pengaturan = dataclasses.replace(
        instansi.pengaturan, orientasi_tabel=Orientasi.MENDATAR
    )
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(instansi, dokumen, kertas=Kertas.A4)))
    lampiran = next(p for p in reader.pages if "LAMPIRAN KEPUTUSAN" in p.extract_text())
    first, second = reader.pages[0].mediabox, lampiran.mediabox
    assert round(float(first.width) / 72 * 25.4) == 210 and float(first.height) > float(first.width)
    assert round(float(second.width) / 72 * 25.4) == 297  # the Lampiran is landscape
    f4 = pypdf.PdfReader(io.BytesIO(build_pdf(instansi, dokumen, bagian=("keputusan",))))
    assert round(float(f4.pages[0].mediabox.height) / 72 * 25.4) == 330


def test_broken_or_missing_lambang_still_prints(kecil: Paket) -> None:
    instansi, dokumen = kecil
    for lambang in (None, b"not a picture"):
        instansi.lambang = lambang
        assert "KECAMATAN SUKAMAJU" in pages_text(build_pdf(instansi, dokumen))[0]


def test_default_keputusan_uses_the_instansi_names(kecil: Paket) -> None:
    instansi, dokumen = kecil
    kep = default_keputusan(instansi, 2027)
    assert "Kecamatan Sukamaju Kabupaten Contoh" in kep.tentang and "2027" in kep.tentang
    assert len(kep.menimbang) == 2 and len(kep.diktum) == 3
    assert kep.penandatangan.jabatan == "Camat Sukamaju Kabupaten Contoh"
    dokumen.keputusan = kep
    text = "\n".join(pages_text(build_pdf(instansi, dokumen, bagian=("keputusan",))))
    assert_in_order(text, [*kep.menimbang, *kep.mengingat, kep.diktum[0].teks])


def test_escape_helper() -> None:
    assert markup("a < b & c\nd") == "a &lt; b &amp; c<br/>d"
    assert markup("nilai ≥ 90 × Σ") == "nilai ≥ 90 × Σ"  # the body fonts have these
    assert markup("salam مرحبا") == 'salam <font name="IkiFallback">مرحبا</font>'
    assert markup("bagus 👍") == 'bagus <font name="IkiFallback">\u25a1</font>'
    assert markup("x\x00y\u200dz") == "xyz"


def test_write_pdf_is_atomic(kecil: Paket, tmp_path: Path) -> None:
    instansi, dokumen = kecil
    target = tmp_path / "hasil.pdf"
    target.write_bytes(b"old")

    def cancel(fraction: float, pesan: str) -> None:
        if fraction > 0.5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_pdf(target, instansi, dokumen, progress=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.pdf"]
    seen: list[float] = []
    pages = write_pdf(target, instansi, dokumen, progress=lambda f, p: seen.append(f))
    assert pages == len(pypdf.PdfReader(target).pages) and seen[-1] == 1.0
