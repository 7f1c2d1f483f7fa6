"""Own-format xlsx and legacy docx/xlsx import: clean result or IkiError, db unchanged."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu_fuzz import coba, dokumen_kecil, mutasi_byte, mutasi_zip, pengaturan, sha256  # noqa: E402

from iki_desktop.spreadsheet.export import buat_workbook  # noqa: E402
from iki_desktop.spreadsheet.import_own import baca_xlsx  # noqa: E402
from iki_desktop.spreadsheet.legacy import baca_dokumen_lama, terapkan  # noqa: E402
from iki_desktop.store import Store  # noqa: E402

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
LEGACY = sorted(REFERENCE.glob("legacy-*.*"))


def _xlsx_valid() -> bytes:
    buf = io.BytesIO()
    buat_workbook(*dokumen_kecil(3)).save(buf)
    return buf.getvalue()


XLSX = _xlsx_valid()

# openpyxl refuses control characters when writing; everything else is fair game.
_teks_sel = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\n\t"), max_size=80
)
nilai_sel = st.one_of(
    st.none(),
    _teks_sel,
    st.sampled_from(["=1+1", '=HYPERLINK("x")', "@SUM(A1)", "x" * 40_000, "#N/A", "TRUE"]),
    st.integers(-(2**63), 2**63),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
)


@st.composite
def mutasi_sel(draw: st.DrawFn) -> bytes:
    """Change a few cells of a valid export (visible sheets and the hidden data copy)."""
    wb = openpyxl.load_workbook(io.BytesIO(XLSX))
    for _ in range(draw(st.integers(1, 6))):
        ws = wb[draw(st.sampled_from(wb.sheetnames))]
        row = draw(st.integers(1, ws.max_row + 2))
        col = draw(st.integers(1, ws.max_column + 1))
        op = draw(st.sampled_from(["nilai", "nilai", "hapus_baris", "sisip_baris", "judul"]))
        if op == "nilai":
            cell = ws.cell(row, col)
            if isinstance(cell, openpyxl.cell.cell.MergedCell):
                # Typing into a merged area writes its top-left cell.
                rng = next((r for r in ws.merged_cells.ranges if cell.coordinate in r), None)
                if rng is None:  # openpyxl does not move merged ranges on row deletes
                    continue
                cell = ws.cell(rng.min_row, rng.min_col)
            cell.value = draw(nilai_sel)
        elif op == "hapus_baris":
            ws.delete_rows(row, draw(st.integers(1, 3)))
        elif op == "sisip_baris":
            ws.insert_rows(row)
        elif len(wb.sheetnames) > 1:
            ws.title = draw(st.sampled_from(["_data", "IKU", "Lembar1", ws.title[:-1] or "x"]))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _impor_xlsx(data: bytes, db: Path, tmp_path: Path) -> None:
    """The path of `iki-desktop import-xlsx`: read (no db), then import_dokumen."""
    path = tmp_path / "impor.xlsx"
    path.write_bytes(data)
    hasil, _err = coba(baca_xlsx, path)
    if hasil is None:
        return
    sebelum = sha256(db)
    store = Store.open(db)
    try:
        _ok, err = coba(store.import_dokumen, hasil.instansi, hasil.dokumen)
        if err is None:
            store.load_dokumen(hasil.dokumen.id)
    finally:
        store.close()
    if err is not None:
        assert sha256(db) == sebelum, f"basis data berubah walau impor ditolak: {err}"


@pengaturan()
@given(data=mutasi_sel())
def test_xlsx_cells(data: bytes, salin_db: Callable[[], Path], tmp_path: Path) -> None:
    _impor_xlsx(data, salin_db(), tmp_path)


@pengaturan()
@given(data=st.one_of(mutasi_zip(XLSX), mutasi_byte(XLSX)))
def test_xlsx_bytes(data: bytes, salin_db: Callable[[], Path], tmp_path: Path) -> None:
    _impor_xlsx(data, salin_db(), tmp_path)


@st.composite
def legacy_rusak(draw: st.DrawFn) -> tuple[str, bytes]:
    asal = draw(st.sampled_from(LEGACY))
    data = asal.read_bytes()
    rusak = draw(
        st.one_of(mutasi_zip(data), mutasi_byte(data)) if draw(st.booleans()) else mutasi_zip(data)
    )
    return asal.suffix, rusak


@pengaturan()
@given(berkas=legacy_rusak())
def test_legacy_files(
    berkas: tuple[str, bytes], salin_db: Callable[[], Path], tmp_path: Path
) -> None:
    akhiran, data = berkas
    path = tmp_path / f"lama-2020{akhiran}"
    path.write_bytes(data)
    pratinjau, _err = coba(baca_dokumen_lama, path)
    if pratinjau is None:
        return
    db = salin_db()
    sebelum = sha256(db)
    store = Store.open(db)
    try:
        dok, err = coba(terapkan, store, pratinjau, 2027)
        if dok is not None:
            store.load_dokumen(dok.id)
    finally:
        store.close()
    if err is not None:
        assert sha256(db) == sebelum, f"basis data berubah walau impor ditolak: {err}"
