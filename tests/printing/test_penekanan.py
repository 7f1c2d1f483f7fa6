"""Italics of foreign terms, stored as <i>…</i>, and a "%" that never wraps alone."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pypdf

from iki_desktop.domain.formula import Formula, Pecahan
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.penekanan import bagi_penekanan, teks_polos
from iki_desktop.printing import build_pdf
from iki_desktop.printing.escape import markup
from iki_desktop.spreadsheet.export import export_xlsx
from iki_desktop.spreadsheet.import_own import import_xlsx
from tests.printing.periksa_pdf import teks_halaman

Paket = tuple[Instansi, Dokumen]
MIRING = "Persentase absensi <i>fingerprint</i> dan <i>e-Purchasing</i> tepat waktu"


def test_only_the_italic_mark_is_markup() -> None:
    assert markup("a <i>b & c</i> <b>d</b>") == "a <i>b &amp; c</i> &lt;b&gt;d&lt;/b&gt;"
    assert markup("<i>tanpa tutup") == "&lt;i&gt;tanpa tutup"
    assert markup('<i><font name="x">y</font></i>') == (
        "<i>&lt;font name=&quot;x&quot;&gt;y&lt;/font&gt;</i>"
    )
    assert bagi_penekanan("a <i>b</i>") == [(False, "a "), (True, "b")]
    assert teks_polos(MIRING) == "Persentase absensi fingerprint dan e-Purchasing tepat waktu"


def _fonts(pdf: bytes) -> set[str]:
    out: set[str] = set()
    for p in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for v in p["/Resources"].get("/Font", {}).values():
            out.add(str(v.get_object()["/BaseFont"]))
    return out


def test_italics_print_and_survive_excel(kecil: Paket, tmp_path: Path) -> None:
    instansi, dokumen = copy.deepcopy(kecil)
    jab = dokumen.jabatan_urut()[1]
    jab.sasaran[0].indikator[0].teks = MIRING
    pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
    assert any(f.endswith("-Italic") for f in _fonts(pdf))
    teks = " ".join(" ".join(teks_halaman(pdf)).split())
    assert "fingerprint dan e-Purchasing" in teks and "<i>" not in teks
    _, kembali = import_xlsx(export_xlsx(instansi, dokumen, tmp_path / "miring.xlsx"))
    assert kembali.jabatan_by_id(jab.id).sasaran[0].indikator[0].teks == MIRING  # type: ignore[union-attr]


def test_percent_never_wraps_alone_under_the_factor(kecil: Paket) -> None:
    instansi, dokumen = copy.deepcopy(kecil)
    jab = dokumen.jabatan_urut()[1]
    for n, lebar in enumerate((5, 8, 11)):
        jab.sasaran[0].indikator[0].formula = Formula(
            [
                Pecahan(
                    "Jumlah rekomendasi hasil koordinasi yang ditindaklanjuti " * lebar,
                    "Jumlah seluruh rekomendasi hasil koordinasi " * lebar,
                    "× 100 %",
                )
            ]
        )
        pdf = build_pdf(instansi, dokumen, bagian=("iki",), jabatan_ids=[jab.id])
        lines = [x.strip() for t in teks_halaman(pdf) for x in t.splitlines()]
        assert "%" not in lines, n
        assert any(x.endswith("× 100 %") for x in lines), n
