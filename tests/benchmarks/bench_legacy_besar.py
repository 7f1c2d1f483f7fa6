"""Legacy import of a huge Word file: a 100,000-row table (issue #15 item 7).

Builds a ~3 MB .docx whose IKI table has 100,000 rows, then reads it with
`baca_dokumen_lama` in a fresh process and reports wall time and the process's peak
resident memory. Before streaming (python-docx loading the whole tree) this took 85 s
and 496 MB; the table is now read row by row and stops after 5,000 rows.

Run alone:  .venv/bin/python tests/benchmarks/bench_legacy_besar.py [--baris 100000]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _sel(teks: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{teks}</w:t></w:r></w:p></w:tc>"


def buat(path: Path, baris: int) -> Path:
    kosong = path.with_suffix(".kosong.docx")
    docx.Document().save(str(kosong))
    kepala = "".join(_sel(t) for t in ("SASARAN", "INDIKATOR KINERJA", "PENJELASAN", "SUMBER DATA"))
    isi = [
        f"<w:document {W}><w:body>",
        "<w:p><w:r><w:t>JABATAN : Kepala Seksi Umum</w:t></w:r></w:p>",
        f"<w:tbl><w:tr>{kepala}</w:tr>",
    ]
    for i in range(baris):
        isi.append(
            "<w:tr>"
            + _sel(f"Sasaran {i % 50}")
            + _sel(f"Persentase layanan {i}")
            + _sel(
                f"Jumlah A{hash((i, 1)) & 0xFFFFFF:x} / Jumlah B{hash((i, 2)) & 0xFFFF:x} x 100%"
            )
            + _sel("Laporan")
            + "</w:tr>"
        )
    isi.append("</w:tbl><w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(kosong) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = "".join(isi).encode()
            dst.writestr(info.filename, data)
    kosong.unlink()
    return path


def ukur(path: Path) -> None:
    from iki_desktop.spreadsheet.legacy import baca_dokumen_lama

    t0 = time.perf_counter()
    pr = baca_dokumen_lama(path)
    detik = time.perf_counter() - t0
    puncak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"impor lama {path.stat().st_size / 1e6:.1f} MB docx: {detik:.1f} s, puncak {puncak:.0f} MB; "
        f"{pr.jumlah_indikator} indikator dibaca; {len(pr.masalah)} peringatan utama"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baris", type=int, default=100_000)
    ap.add_argument("--ukur", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.ukur:
        ukur(args.ukur)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        berkas = buat(Path(tmp) / "besar.docx", args.baris)
        # a fresh process, so the peak memory is the import's own
        return subprocess.call([sys.executable, __file__, "--ukur", str(berkas)])


if __name__ == "__main__":
    sys.exit(main())
