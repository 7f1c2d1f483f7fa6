"""What the user reads is Indonesian; small window behaviours seen in the UI review.

Every dialog (and the main window with its menus) is opened offscreen and its visible
texts are collected: labels, buttons, group titles, tab texts, menu actions, window
titles, placeholders, tooltips and table headers. None may contain a common English UI
word. "OK" is allowed on purpose: it is what Indonesian Windows itself shows on message
boxes (our Qt translation keeps it), and office users read it as Indonesian.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from iki_desktop.ui.jendela.utama import JendelaUtama

pytestmark = pytest.mark.gui

REFERENSI = Path(__file__).resolve().parents[3] / "shared" / "reference"
LEGACY_DOCX = REFERENSI / "legacy-montong-2020.docx"

KATA_INGGRIS = [
    "Cancel",
    "Save",
    "Open",
    "File",
    "Edit",
    "Help",
    "Print",
    "Close",
    "Delete",
    "Yes",
    "No",
    "Error",
    "Warning",
    "Browse",
    "Settings",
    "Select",
    "Apply",
    "Page",
    "Preview",
    "Import",
    "Export",
    "Undo",
    "Redo",
    "Up",
    "Down",
    "Loading",
    "Please",
    "Search",
]
POLA_INGGRIS = re.compile(r"\b(" + "|".join(KATA_INGGRIS) + r")\b")
_TAG = re.compile(r"<[^>]+>")


def _bersih(teks: str) -> str:
    """Without HTML tags and accelerator ampersands ("&Buka" reads "Buka")."""
    return _TAG.sub(" ", teks).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _teks_menu(menu: QMenu, asal: str, hasil: list[tuple[str, str]]) -> None:
    menu.aboutToShow.emit()  # menus filled on demand (Berkas terakhir)
    for a in menu.actions():
        _teks_aksi(a, asal, hasil)


def _teks_aksi(a: QAction, asal: str, hasil: list[tuple[str, str]]) -> None:
    for teks in (a.text(), a.toolTip(), a.statusTip()):
        hasil.append((f"{asal} aksi", teks))
    if a.shortcut().toString():
        from PySide6.QtGui import QKeySequence

        hasil.append((f"{asal} pintasan", a.shortcut().toString(QKeySequence.NativeText)))
    if a.menu() is not None:
        _teks_menu(a.menu(), asal, hasil)


def teks_terlihat(akar: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in `akar` and its children."""
    hasil: list[tuple[str, str]] = [("judul jendela", akar.windowTitle())]
    for w in [akar, *akar.findChildren(QWidget)]:
        nama = type(w).__name__
        hasil.append((f"{nama} tooltip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            hasil.append((nama, w.text()))
        elif isinstance(w, QGroupBox):
            hasil.append((nama, w.title()))
        elif isinstance(w, QTabWidget):
            hasil.extend((nama, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            hasil.append((f"{nama} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            hasil.extend((nama, w.itemText(i)) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                hasil.append((f"{nama} kolom", item.text() if item else ""))
        for a in w.actions():
            _teks_aksi(a, nama, hasil)
    return hasil


def kata_inggris(akar: QWidget) -> list[str]:
    temuan = []
    for asal, teks in teks_terlihat(akar):
        cocok = POLA_INGGRIS.search(_bersih(teks or ""))
        if cocok:
            temuan.append(f"{asal}: {cocok.group(0)!r} in {teks!r}")
    return temuan


# ------------------------------------------------------------------ fixtures


@pytest.fixture(autouse=True)
def terjemahan_qt(qapp: Any) -> Any:
    """Qt's own strings in Indonesian, as buat_aplikasi() installs them in the program."""
    from iki_desktop.ui.terjemahan import pasang_terjemahan

    penerjemah = pasang_terjemahan(qapp)
    assert penerjemah is not None, "qt_id.qm is missing"
    yield penerjemah
    qapp.removeTranslator(penerjemah)


@pytest.fixture
def jendela(qtbot: Any, db_contoh: Path, tmp_path: Path) -> Any:
    setelan = QSettings(str(tmp_path / "setelan.ini"), QSettings.Format.IniFormat)
    w = JendelaUtama(setelan=setelan)
    qtbot.addWidget(w)
    assert w.buka_berkas(db_contoh)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _dokumen_id(w: JendelaUtama) -> str:
    return w.konteks.store.list_dokumen()[0].id


def _periksa(qtbot: Any, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert kata_inggris(dialog) == []
    assert dialog.windowTitle().strip(), "every dialog needs an Indonesian title"


# ------------------------------------------------------------------ language


def test_pola_mengenali_kata_utuh_saja() -> None:
    assert POLA_INGGRIS.search("Cancel") and POLA_INGGRIS.search("Save as PDF")
    assert not POLA_INGGRIS.search("Nomor") and not POLA_INGGRIS.search("NO")
    assert not POLA_INGGRIS.search("Simpan PDF") and not POLA_INGGRIS.search("OK")
    assert _bersih("&Buka <b>Tutup</b>") == "Buka  Tutup "


def test_jendela_utama_dan_menu(jendela: JendelaUtama) -> None:
    w = jendela
    dok_id = _dokumen_id(w)
    dok = w.konteks.dokumen(dok_id)
    temuan: list[str] = []
    for jenis, ident in (
        ("dokumen", dok_id),
        ("instansi", dok_id),
        ("keputusan", dok_id),
        ("iku", dok_id),
        ("jabatan", dok.jabatan_urut()[1].id),
    ):
        assert w.pilih(jenis, ident)
        temuan += kata_inggris(w)
    assert temuan == []
    menu = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert menu == ["Berkas", "Sunting", "Dokumen", "Cetak", "Bantuan"]


def test_pintasan_menu_berbahasa_indonesia(jendela: JendelaUtama) -> None:
    from PySide6.QtGui import QKeySequence

    assert jendela.dokumen.a_naik.shortcut().toString(QKeySequence.NativeText) == "Alt+Atas"
    assert jendela.dokumen.a_turun.shortcut().toString(QKeySequence.NativeText) == "Alt+Bawah"


def test_akselerator_menu_tidak_bentrok(jendela: JendelaUtama) -> None:
    """Within one menu every accelerator letter leads to one item only."""
    for a in jendela.menuBar().actions():
        menu = a.menu()
        menu.aboutToShow.emit()
        huruf: dict[str, str] = {}
        for b in menu.actions():
            m = re.search(r"&([^&])", b.text())
            if b.isSeparator() or not b.isVisible() or m is None:
                continue
            kunci = m.group(1).casefold()
            assert kunci not in huruf, f"{a.text()}: {b.text()!r} and {huruf[kunci]!r}"
            huruf[kunci] = b.text()


def test_dialog_sambutan_dokumen_baru_formula(qtbot: Any, jendela: JendelaUtama) -> None:
    from iki_desktop.domain.formula import teks_ke_formula
    from iki_desktop.ui.dialog.dokumen_baru import DialogDokumenBaru
    from iki_desktop.ui.dialog.formula import DialogFormula
    from iki_desktop.ui.dialog.sambutan import DialogSambutan

    _periksa(qtbot, DialogSambutan(jendela))
    _periksa(qtbot, DialogDokumenBaru(jendela.konteks, jendela))
    f = teks_ke_formula("Jumlah surat selesai / Jumlah surat masuk x 100%")
    _periksa(qtbot, DialogFormula(f, jendela, "Persentase surat selesai"))


def test_dialog_cetak(qtbot: Any, jendela: JendelaUtama) -> None:
    from iki_desktop.ui.cetak.pratinjau import DialogCetak

    dialog = DialogCetak(jendela.konteks, _dokumen_id(jendela), jendela)
    _periksa(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.sedang_menyusun(), timeout=120_000)
    assert kata_inggris(dialog) == []
    dialog.close()


@pytest.mark.skipif(not LEGACY_DOCX.exists(), reason="reference documents not present")
def test_dialog_impor_lama(qtbot: Any, jendela: JendelaUtama) -> None:
    from iki_desktop.spreadsheet.legacy import baca_dokumen_lama
    from iki_desktop.ui.dialog.excel import DialogImporLama

    _periksa(qtbot, DialogImporLama(jendela.konteks, baca_dokumen_lama(LEGACY_DOCX), jendela))


def test_dialog_flashdisk_dan_cadangan(qtbot: Any, jendela: JendelaUtama, tmp_path: Path) -> None:
    from iki_desktop.store.transfer import buat_paket
    from iki_desktop.ui.dialog.cadangan import DialogCadangan
    from iki_desktop.ui.dialog.kirim import DialogKirim
    from iki_desktop.ui.dialog.terima import DialogTerima

    store = jendela.konteks.store
    paket = tmp_path / "kantor.ikipaket"
    buat_paket(store, paket, None)
    _periksa(qtbot, DialogKirim(store, jendela))
    terima = DialogTerima(store, jendela, path=str(paket))
    _periksa(qtbot, terima)
    assert "UTC" not in terima.keterangan.text()  # local time, Indonesian date
    _periksa(qtbot, DialogCadangan(store.path, jendela))


def test_dialog_penetapan_dan_versi(qtbot: Any, jendela: JendelaUtama) -> None:
    from iki_desktop.store.penetapan import buat_perubahan, tetapkan
    from iki_desktop.ui.dialog.bandingkan import DialogBandingkan
    from iki_desktop.ui.dialog.keaslian import DialogKeaslian
    from iki_desktop.ui.dialog.riwayat import DialogRiwayat
    from iki_desktop.ui.dialog.tetapkan import DialogTetapkan

    k = jendela.konteks
    dok_id = _dokumen_id(jendela)
    tetapkan_dialog = DialogTetapkan(k, dok_id, jendela)
    _periksa(qtbot, tetapkan_dialog)
    # Enacting is final: Enter must land on Batal.
    bawaan = [b for b in tetapkan_dialog.findChildren(QAbstractButton) if b.isDefault()]
    assert [b.text() for b in bawaan] == ["Batal"]

    penetapan = tetapkan(k.store, dok_id)
    baru = buat_perubahan(k.store, dok_id)
    k.lupakan()
    _periksa(qtbot, DialogRiwayat(k, baru.id, jendela))
    _periksa(qtbot, DialogBandingkan(k, jendela, lama_id=dok_id, baru_id=baru.id))
    keaslian = DialogKeaslian(k, jendela)
    _periksa(qtbot, keaslian)
    for kode in (penetapan.kode, "IKI-XXXX-0000"):
        keaslian.kode.setText(kode)
        keaslian.periksa()
        assert kata_inggris(keaslian) == []


def test_dialog_petugas_panduan_tentang(
    qtbot: Any, jendela: JendelaUtama, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iki_desktop.ui.dialog.operator import DialogOperator
    from iki_desktop.ui.dialog.panduan import DialogPanduan

    _periksa(qtbot, DialogOperator(jendela.konteks, jendela, jendela.setelan))
    _periksa(qtbot, DialogPanduan(jendela))

    ditampilkan: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, judul, teks: ditampilkan.append((judul, teks))
    )
    jendela.bantuan.a_tentang.trigger()
    [(judul, teks)] = ditampilkan
    assert judul == "Tentang IKI Desktop"
    assert not POLA_INGGRIS.search(_bersih(teks))


# ------------------------------------------------------------------ behaviours


def _png(path: Path) -> Path:
    gambar = QImage(40, 48, QImage.Format.Format_RGB32)
    gambar.fill(QColor("darkgreen"))
    assert gambar.save(str(path), "PNG")
    return path


def _pilih_berkas(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_lambang_png_dipasang(
    jendela: JendelaUtama, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dok = jendela.konteks.dokumen(_dokumen_id(jendela))
    assert jendela.pilih("instansi", dok.id)
    editor = jendela.editor_instansi
    path = _png(tmp_path / "lambang.png")
    _pilih_berkas(monkeypatch, path)
    editor.pilih_lambang()
    assert jendela.konteks.store.get_instansi(dok.instansi_id).lambang == path.read_bytes()
    assert not editor.pratinjau.pixmap().isNull()
    assert "40 × 48 piksel" in editor.info_lambang.text()
    assert editor.tombol_hapus_lambang.isEnabled()


@pytest.mark.parametrize("jenis", ["bukan-gambar", "terlalu-besar"])
def test_lambang_ditolak_tanpa_perubahan(
    jendela: JendelaUtama, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jenis: str
) -> None:
    dok = jendela.konteks.dokumen(_dokumen_id(jendela))
    assert jendela.pilih("instansi", dok.id)
    store = jendela.konteks.store
    sebelum = store.get_instansi(dok.instansi_id)
    path = tmp_path / "lambang.png"
    if jenis == "bukan-gambar":
        path.write_text("ini bukan gambar", encoding="utf-8")
    else:
        path.write_bytes(_png(tmp_path / "kecil.png").read_bytes() + b"\0" * (2 * 1024 * 1024))
    _pilih_berkas(monkeypatch, path)
    pesan: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, judul, teks, *a, **k: pesan.append((judul, teks))
    )
    langkah = jendela.konteks.undo_stack.count()
    jendela.editor_instansi.pilih_lambang()
    [(judul, teks)] = pesan
    assert judul == "Lambang tidak dapat dipakai"
    assert (
        "bukan gambar PNG atau JPEG" if jenis == "bukan-gambar" else "paling besar 2 MB"
    ) in teks
    assert not POLA_INGGRIS.search(teks)
    assert store.get_instansi(dok.instansi_id) == sebelum
    assert jendela.konteks.undo_stack.count() == langkah
    assert jendela.editor_instansi.info_lambang.text() == "Kop surat dicetak tanpa lambang."


def test_menu_berkas_terakhir(jendela: JendelaUtama, db_contoh: Path, tmp_path: Path) -> None:
    kedua = tmp_path / "kantor-kedua.sqlite"
    shutil.copy(db_contoh, kedua)
    assert jendela.buka_berkas(kedua)
    jendela.berkas.menu_terakhir.aboutToShow.emit()
    teks = [a.text() for a in jendela.berkas.menu_terakhir.actions()]
    assert teks == [f"&1  {kedua.resolve()}", f"&2  {db_contoh.resolve()}"]
    # Choosing an entry opens that file.
    jendela.berkas.menu_terakhir.actions()[1].trigger()
    assert jendela.konteks.store.path.resolve() == db_contoh.resolve()


def test_menu_berkas_terakhir_kosong(qtbot: Any, tmp_path: Path) -> None:
    w = JendelaUtama(setelan=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.berkas.menu_terakhir.aboutToShow.emit()
    [a] = w.berkas.menu_terakhir.actions()
    assert a.text() == "(belum ada)" and not a.isEnabled()
    w.close()


_SKRIP_TATA_LETAK = """
import json, sys
import iki_desktop.ui
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from iki_desktop.ui.app import buat_aplikasi
app = buat_aplikasi()
from iki_desktop.ui.jendela.utama import JendelaUtama
ini, db = sys.argv[1], sys.argv[2]
a = JendelaUtama(setelan=QSettings(ini, QSettings.Format.IniFormat))
a.buka_berkas(db)
a.show()
QTest.qWaitForWindowExposed(a)
a.resize(1111, 666)
QTest.qWait(50)
a.pemisah.setSizes([250, a.pemisah.width() - 250])
a.pemeriksaan.dok.hide()
QTest.qWait(50)
disimpan = [a.width(), a.height(), a.pemisah.sizes()[0]]
a.close()
b = JendelaUtama(setelan=QSettings(ini, QSettings.Format.IniFormat))
b.show()
QTest.qWaitForWindowExposed(b)
QTest.qWait(50)
pulih = [b.width(), b.height(), b.pemisah.sizes()[0]]
print(json.dumps([disimpan, pulih, b.pemeriksaan.dok.isVisible()]))
b.close()
"""


def test_tata_letak_jendela_dipulihkan(db_contoh: Path, tmp_path: Path) -> None:
    # The default offscreen screen is 800 × 800, narrower than the window's minimum
    # width, so restoreGeometry() would clamp it: run on a 1920 × 1080 offscreen screen.
    import json
    import os
    import subprocess
    import sys

    layar = tmp_path / "layar.json"
    layar.write_text(
        json.dumps({"screens": [{"name": "uji", "x": 0, "y": 0, "width": 1920, "height": 1080}]}),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={layar}")
    keluaran = subprocess.run(
        [sys.executable, "-c", _SKRIP_TATA_LETAK, str(tmp_path / "s.ini"), str(db_contoh)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    disimpan, pulih, dok_terlihat = json.loads(keluaran.strip().splitlines()[-1])
    assert disimpan == [1111, 666, 250]
    assert pulih == disimpan
    assert dok_terlihat is False


def test_panduan_menampilkan_judul_bagian(qtbot: Any) -> None:
    from iki_desktop.resources import resource_path
    from iki_desktop.ui.dialog.panduan import PANDUAN, DialogPanduan

    html = resource_path(PANDUAN).read_text(encoding="utf-8")
    judul = [_TAG.sub("", j).strip() for j in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html)]
    assert "Panduan IKI Desktop" in judul and len(judul) >= 10
    dialog = DialogPanduan()
    qtbot.addWidget(dialog)
    dialog.show()
    teks = dialog.browser.toPlainText()
    for j in judul:
        assert j in teks, j
    tombol = [b.text() for b in dialog.findChildren(QAbstractButton)]
    assert tombol == ["Tutup"]
