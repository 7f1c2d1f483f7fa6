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

KAMUS: dict[str, dict[str, str]] = {
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
