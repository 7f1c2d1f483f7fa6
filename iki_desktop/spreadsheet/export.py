"""Export a Dokumen to .xlsx laid out like the printout, with a hidden lossless copy.

Visible sheets: Indeks, IKU and one IKI sheet per jabatan (merged sasaran cells,
borders, wrap, widths, heights, print setup). A very hidden sheet `_data` holds the
whole Dokumen and its Instansi as the JSON interchange dict (`paket_ke_dict`), so
that import_own.py can restore ids, tree, formulas and everything not shown.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi, Kertas, Orientasi
from iki_desktop.domain.serialize import paket_ke_dict
from iki_desktop.sementara import buat_sementara
from iki_desktop.spreadsheet import cells
from iki_desktop.spreadsheet.cells import tulis_teks
from iki_desktop.spreadsheet.layout import LEMBAR_DATA, Lembar, rencana_buku

PENANDA_DATA = "IKI-DESKTOP-XLSX"
VERSI_DATA = "1"
PANJANG_POTONGAN = 30000  # below Excel's 32767 characters per cell

# Excel paper codes: 9 = A4, 14 = Folio 8.5 x 13 in (216 x 330 mm), the F4 of these offices.
KODE_KERTAS = {Kertas.A4: 9, Kertas.F4: 14}


def _tulis_lembar(ws: Worksheet, lembar: Lembar, instansi: Instansi) -> None:
    cells.atur_lebar(ws, lembar.lebar)
    for sel in lembar.sel:
        if sel.gaya == "judul":
            tulis_teks(
                ws, sel.row, sel.col, sel.teks, tebal=True, ukuran=12, rata=cells.RATA_TENGAH
            )
        elif sel.gaya == "subjudul":
            tulis_teks(ws, sel.row, sel.col, sel.teks, tebal=True, rata=cells.RATA_TENGAH)
        elif sel.gaya == "label":
            tulis_teks(ws, sel.row, sel.col, sel.teks, tebal=True)
        elif sel.gaya == "teks":
            tulis_teks(ws, sel.row, sel.col, sel.teks)
        elif sel.gaya == "butir":
            tulis_teks(
                ws,
                sel.row,
                sel.col,
                sel.teks,
                rata=cells.Alignment(wrap_text=True, vertical="top", indent=1),
            )
        elif sel.gaya == "kepala":
            c = tulis_teks(
                ws, sel.row, sel.col, sel.teks, tebal=True, rata=cells.RATA_TENGAH, bingkai=True
            )
            c.fill = cells.ISIAN_JUDUL_KOLOM
        elif sel.gaya == "isi_tengah":
            tulis_teks(ws, sel.row, sel.col, sel.teks, rata=cells.RATA_ATAS_TENGAH, bingkai=True)
        else:
            tulis_teks(
                ws,
                sel.row,
                sel.col,
                sel.teks,
                bingkai=lembar.baris_kepala is not None and sel.row >= lembar.baris_kepala,
            )
        if sel.row2 is not None and sel.col2 is not None:
            if sel.row >= (lembar.baris_kepala or 10**9):
                cells.bingkai_rentang(ws, sel.row, sel.col, sel.row2, sel.col2)
            cells.gabung(ws, sel.row, sel.col, sel.row2, sel.col2)
    for row, tinggi in lembar.tinggi.items():
        ws.row_dimensions[row].height = min(409.0, tinggi)  # Excel's maximum row height
    _atur_cetak(ws, lembar, instansi)


def _atur_cetak(ws: Worksheet, lembar: Lembar, instansi: Instansi) -> None:
    p = instansi.pengaturan
    ws.page_setup.paperSize = KODE_KERTAS.get(p.kertas, 9)
    ws.page_setup.orientation = (
        "landscape" if lembar.orientasi is Orientasi.MENDATAR else "portrait"
    )
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.page_margins.left = p.margin_kiri_mm / 25.4
    ws.page_margins.right = p.margin_kanan_mm / 25.4
    ws.page_margins.top = p.margin_atas_mm / 25.4
    ws.page_margins.bottom = p.margin_bawah_mm / 25.4
    ws.print_options.horizontalCentered = True
    if lembar.baris_kepala:
        ws.print_title_rows = f"{lembar.baris_kepala}:{lembar.baris_kepala}"
        ws.freeze_panes = ws.cell(row=lembar.baris_kepala + 1, column=1)
    ws.oddFooter.center.text = "Halaman &P dari &N"
    ws.sheet_view.zoomScale = 90


def _tulis_data(ws: Worksheet, instansi: Instansi, dokumen: Dokumen) -> None:
    data = json.dumps(paket_ke_dict(instansi, dokumen), ensure_ascii=False, sort_keys=True)
    potongan = [data[i : i + PANJANG_POTONGAN] for i in range(0, len(data), PANJANG_POTONGAN)]
    tulis_teks(ws, 1, 1, PENANDA_DATA, rata=None)
    tulis_teks(ws, 1, 2, VERSI_DATA, rata=None)
    tulis_teks(ws, 1, 3, str(len(potongan)), rata=None)
    tulis_teks(
        ws,
        1,
        4,
        "Lembar ini dipakai program IKI Desktop untuk impor kembali; jangan diubah.",
        rata=None,
    )
    for i, bagian in enumerate(potongan, start=2):
        tulis_teks(ws, i, 1, bagian, rata=None)
    ws.sheet_state = "veryHidden"


def buat_workbook(instansi: Instansi, dokumen: Dokumen) -> Workbook:
    wb = Workbook()
    default = wb.active
    for lembar in rencana_buku(instansi, dokumen):
        _tulis_lembar(wb.create_sheet(lembar.judul), lembar, instansi)
    if default is not None:
        wb.remove(default)
    _tulis_data(wb.create_sheet(LEMBAR_DATA), instansi, dokumen)
    wb.active = 0
    return wb


def export_xlsx(instansi: Instansi, dokumen: Dokumen, path: str | Path) -> Path:
    """Write the workbook to a temporary file beside `path`, then rename it into place."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise IkiError(f"Folder {folder} tidak ditemukan.")
    wb = buat_workbook(instansi, dokumen)
    fd, tmp_name = buat_sementara(folder, ".iki-", ".xlsx.tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except PermissionError as exc:
        raise IkiError(
            f"Berkas {target.name} tidak dapat ditulis. Bila sedang terbuka di Excel, "
            "tutup dahulu lalu coba lagi."
        ) from exc
    except OSError as exc:
        raise IkiError(f"Gagal menyimpan {target.name}: {exc.strerror or exc}.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
