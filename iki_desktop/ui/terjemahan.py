"""Indonesian for the few Qt-provided strings users see (Qt ships no qtbase_id.qm).

Context menus of text fields (Urungkan, Salin, Tempel…) and standard dialog buttons
(Ya, Tidak, Batal…) come from Qt itself. `qt_id.qm` beside this module holds their
Indonesian text; regenerate it after editing KAMUS with

    python -m iki_desktop.ui.terjemahan

(A QTranslator subclass overriding translate() in Python was tried first: PySide6
mis-counts references of the None disambiguation argument and crashes at exit.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

QM = Path(__file__).with_name("qt_id.qm")

_MENU_TEKS = {
    "&Undo": "&Urungkan",
    "&Redo": "&Ulangi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
}

# Qt's own file dialog (used on Linux when the desktop offers no native one).
_DIALOG_BERKAS = {
    "Look in:": "Lihat di:",
    "&Look in:": "&Lihat di:",
    "Files of &type:": "&Jenis berkas:",
    "Back": "Kembali",
    "Forward": "Maju",
    "Parent Directory": "Folder induk",
    "Create New Folder": "Buat folder baru",
    "List View": "Tampilan daftar",
    "Detail View": "Tampilan rinci",
    "Files of type:": "Jenis berkas:",
    "File &name:": "&Nama berkas:",
    "Directory:": "Folder:",
    "&Open": "&Buka",
    "&Save": "&Simpan",
    "&Choose": "&Pilih",
    "Open": "Buka",
    "Save As": "Simpan sebagai",
    "Find Directory": "Pilih folder",
    "Directories": "Folder",
    "All Files (*)": "Semua berkas (*)",
    "Recent Places": "Tempat terakhir",
    "&Rename": "&Ganti nama",
    "&Delete": "&Hapus",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "&New Folder": "Folder &baru",
    "New Folder": "Folder baru",
    "Go back": "Kembali",
    "Go forward": "Maju",
    "Go to the parent directory": "Ke folder induk",
    "Create a New Folder": "Buat folder baru",
    "Change to list view mode": "Tampilkan sebagai daftar",
    "Change to detail view mode": "Tampilkan dengan rincian",
    "Sidebar": "Panel samping",
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
    "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
    "Could not delete directory.": "Folder tidak dapat dihapus.",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nBerkas tidak ditemukan.\nPeriksa lagi nama berkasnya."
    ),
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
        "%1\nFolder tidak ditemukan.\nPeriksa lagi nama foldernya."
    ),
}
_MODEL_BERKAS = {
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Kind": "Jenis",
    "Date Modified": "Tanggal diubah",
    "My Computer": "Komputer",
    "Computer": "Komputer",
    "File Folder": "Folder",
    "Folder": "Folder",
    "Unknown": "Tidak diketahui",
    "Drive": "Drive",
    "File": "Berkas",
    "%1 TB": "%1 TB",
    "%1 GB": "%1 GB",
    "%1 MB": "%1 MB",
    "%1 KB": "%1 KB",
    "%1 bytes": "%1 bita",
}
# Qt's own print dialog (Linux/CUPS).
_DIALOG_CETAK = {
    "Print": "Cetak",
    "&Print": "&Cetak",
    "&Options >>": "&Pilihan >>",
    "&Options <<": "&Pilihan <<",
    "Print to File (PDF)": "Cetak ke berkas (PDF)",
    "Local file": "Berkas di komputer ini",
    "Write PDF file": "Tulis berkas PDF",
    "Print To File ...": "Cetak ke berkas …",
    "%1 is a directory.\nPlease choose a different file name.": (
        "%1 adalah folder.\nPilih nama berkas lain."
    ),
    "File %1 is not writable.\nPlease choose a different file name.": (
        "Berkas %1 tidak dapat ditulis.\nPilih nama berkas lain."
    ),
    "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
    "The 'From' value cannot be greater than the 'To' value.": (
        "Nomor halaman 'dari' tidak boleh lebih besar daripada 'sampai'."
    ),
    "OK": "OK",
    "Automatic": "Otomatis",
    "Print all": "Cetak semua",
    "Print selection": "Cetak yang dipilih",
    "Print current page": "Cetak halaman ini",
    "Print range": "Halaman yang dicetak",
    "Form": "Formulir",
    "Printer": "Printer",
    "&Name:": "&Nama:",
    "P&roperties": "&Sifat printer",
    "Location:": "Lokasi:",
    "Preview": "Pratinjau",
    "Type:": "Jenis:",
    "Output &file:": "&Berkas hasil:",
    "Copies": "Salinan",
    "Pages from": "Halaman",
    "to": "sampai",
    "Current Page": "Halaman ini",
    "Selection": "Yang dipilih",
    "Output Settings": "Pengaturan hasil",
    "Copies:": "Jumlah salinan:",
    "Collate": "Susun per salinan",
    "Reverse": "Urutan terbalik",
    "Options": "Pilihan",
    "Color Mode": "Warna",
    "Color": "Berwarna",
    "Grayscale": "Hitam putih",
    "Duplex Printing": "Cetak bolak-balik",
    "None": "Tidak",
    "Long side": "Sisi panjang",
    "Short side": "Sisi pendek",
    "Page Set:": "Halaman:",
    "Page &Set:": "&Halaman:",
    "All Pages": "Semua halaman",
    "Odd Pages": "Halaman ganjil",
    "Even Pages": "Halaman genap",
    "Pages": "Halaman",
    "Paper": "Kertas",
    "Page size:": "Ukuran kertas:",
    "Width:": "Lebar:",
    "Height:": "Tinggi:",
    "Paper source:": "Sumber kertas:",
    "Orientation": "Arah kertas",
    "Portrait": "Tegak",
    "Landscape": "Mendatar",
    "Reverse landscape": "Mendatar terbalik",
    "Reverse portrait": "Tegak terbalik",
    "Margins": "Margin",
    "top margin": "margin atas",
    "left margin": "margin kiri",
    "right margin": "margin kanan",
    "bottom margin": "margin bawah",
    "Page Layout": "Tata letak halaman",
    "Page order:": "Urutan halaman:",
    "Pages per sheet:": "Halaman per lembar:",
    "Printer Properties": "Sifat printer",
    "Job Options": "Pilihan pencetakan",
    "Page Setup": "Pengaturan halaman",
    "Advanced": "Lanjutan",
    "Custom": "Ukuran lain",
    "Millimeters (mm)": "Milimeter (mm)",
    "Inches (in)": "Inci (in)",
    "Points (pt)": "Poin (pt)",
}

KAMUS: dict[str, dict[str, str]] = {
    "QFileDialog": _DIALOG_BERKAS,
    "QFileSystemModel": _MODEL_BERKAS,
    "QPrintDialog": _DIALOG_CETAK,
    "QUnixPrintWidget": _DIALOG_CETAK,
    "QUnixPrintWidgetPrivate": _DIALOG_CETAK,
    "QPrintWidget": _DIALOG_CETAK,
    "QPrintSettingsOutput": _DIALOG_CETAK,
    "QPrintPropertiesWidget": _DIALOG_CETAK,
    "QPrintPropertiesDialog": _DIALOG_CETAK,
    "QPageSetupWidget": _DIALOG_CETAK,
    "QPageSetupDialog": _DIALOG_CETAK,
    "QLineEdit": _MENU_TEKS,
    "QWidgetTextControl": _MENU_TEKS | {"Copy &Link Location": "Salin alamat &tautan"},
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &semua",
        "&No": "&Tidak",
        "N&o to All": "T&idak untuk semua",
        "Abort": "Batalkan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
    },
    # Key names in menu shortcuts ("Alt+Up" is shown as "Alt+Atas", as the README says).
    "QShortcut": {"Up": "Atas", "Down": "Bawah", "Left": "Kiri", "Right": "Kanan"},
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…",
    },
    "QAbstractSpinBox": {
        "&Select All": "&Pilih semua",
        "&Step up": "&Naik",
        "Step &down": "&Turun",
    },
    "QScrollBar": {
        "Scroll here": "Gulir ke sini",
        "Left edge": "Tepi kiri",
        "Top": "Atas",
        "Right edge": "Tepi kanan",
        "Bottom": "Bawah",
        "Page left": "Satu halaman ke kiri",
        "Page up": "Satu halaman ke atas",
        "Page right": "Satu halaman ke kanan",
        "Page down": "Satu halaman ke bawah",
        "Scroll left": "Gulir ke kiri",
        "Scroll up": "Gulir ke atas",
        "Scroll right": "Gulir ke kanan",
        "Scroll down": "Gulir ke bawah",
    },
}


def pasang_terjemahan(app: QCoreApplication) -> QTranslator | None:
    penerjemah = QTranslator(app)
    if not penerjemah.load(str(QM)):
        return None
    app.installTranslator(penerjemah)
    return penerjemah


def tulis_ts() -> str:
    bagian = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="id_ID">',
    ]
    for konteks, isi in KAMUS.items():
        bagian.append(f"<context><name>{konteks}</name>")
        for sumber, terjemahan in isi.items():
            bagian.append(
                f"<message><source>{escape(sumber)}</source>"
                f"<translation>{escape(terjemahan)}</translation></message>"
            )
        bagian.append("</context>")
    bagian.append("</TS>")
    return "\n".join(bagian)


if __name__ == "__main__":
    ts = QM.with_suffix(".ts")
    ts.write_text(tulis_ts(), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(QM)], check=True)
    ts.unlink()
