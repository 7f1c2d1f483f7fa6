"""The main window: tree on the left, the selected node's editor in the centre.

The actions behind the menus belong to controllers (berkas, dokumen, transfer, cetak,
penetapan, bantuan: see kendali.py); `menu.py` places them in the menus and the toolbar.
Editors are in `ui/editor/`; the window only wires them together and keeps selection
and layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.store import Store
from iki_desktop.ui.editor.dasar import EditorDasar, gulir
from iki_desktop.ui.editor.dokumen import EditorDokumen
from iki_desktop.ui.editor.instansi import EditorInstansi
from iki_desktop.ui.editor.jabatan import EditorJabatan
from iki_desktop.ui.editor.keputusan import EditorKeputusan
from iki_desktop.ui.editor.tabel import EditorTabel
from iki_desktop.ui.jendela.bantuan import KendaliBantuan
from iki_desktop.ui.jendela.berkas import KendaliBerkas
from iki_desktop.ui.jendela.cari import PanelCari, buka_yang_dimuat
from iki_desktop.ui.jendela.cetak import KendaliCetak
from iki_desktop.ui.jendela.dok_pemeriksaan import DokPemeriksaan
from iki_desktop.ui.jendela.dokumen import KendaliDokumen
from iki_desktop.ui.jendela.kendali import Kendali, Simpul, buat_aksi
from iki_desktop.ui.jendela.menu import aksi_urung, pasang_menu
from iki_desktop.ui.jendela.penetapan import KendaliPenetapan
from iki_desktop.ui.jendela.penjaga import PenjagaSunting
from iki_desktop.ui.jendela.pohon import (
    PERAN_DOKUMEN,
    PERAN_ID,
    PERAN_JENIS,
    PERAN_TERKUNCI,
    ModelPohon,
    ProxyCari,
)
from iki_desktop.ui.jendela.pohon_kinerja import KendaliPohonKinerja
from iki_desktop.ui.jendela.transfer import KendaliTransfer
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.setelan import buat_setelan, catat_berkas_terakhir
from iki_desktop.ui.tabel.gaya_seret import GayaSeret

TEKS_TERKUNCI = "Dokumen ini sudah ditetapkan — hanya dapat dibaca"
TEKS_PILIH = "Pilih dokumen, Keputusan, IKU atau jabatan di pohon sebelah kiri."
TEKS_DB_KOSONG = (
    "<p><b>Basis data ini belum berisi dokumen.</b></p>"
    "<p><a href='baru'>Buat dokumen baru…</a> (menu Dokumen → Dokumen baru, Ctrl+N): "
    "kosong, dari susunan standar kecamatan, atau salinan tahun lain.</p>"
    "<p>Atau <a href='terima'>terima paket dari flashdisk…</a> (menu Berkas).</p>"
)


class JendelaUtama(QMainWindow):
    def __init__(self, konteks: Konteks | None = None, setelan: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("jendelaUtama")
        self.konteks = konteks or Konteks(parent=self)
        self.setelan = setelan or buat_setelan()
        self.model = ModelPohon(self.konteks, self)
        self.proxy = ProxyCari(self)
        self.proxy.setSourceModel(self.model)
        self._kunci_pilihan: tuple[str, str] | None = None
        self._terbuka: set[tuple[str, str]] = set()

        self.pemisah = QSplitter()
        self.pemisah.setObjectName("pemisahUtama")
        self.pemisah.addWidget(self._buat_kiri())
        self.pemisah.addWidget(self._buat_tengah())
        self.pemisah.setStretchFactor(0, 0)
        self.pemisah.setStretchFactor(1, 1)
        self.pemisah.setSizes([400, 1000])
        self.setCentralWidget(self.pemisah)

        self.pemeriksaan = DokPemeriksaan(self)
        self._buat_kendali()
        self.a_keluar = buat_aksi(self, "&Keluar", self.close, "Ctrl+Q")
        self.a_urungkan, self.a_ulangi = aksi_urung(self)
        find = QKeySequence.StandardKey.Find
        self.a_cari = buat_aksi(self, "&Cari…", self.panel_cari.fokus, find)
        self.toolbar = pasang_menu(self)
        self.penjaga = PenjagaSunting(self.konteks, self)
        self.statusBar()
        self._sambung_sinyal()
        # 1400×900 where it fits; a 1024×600 office screen gets a window it can show.
        layar = self.screen().availableGeometry()
        self.resize(min(1400, layar.width()), min(900, layar.height()))
        self._pulihkan_tata_letak()
        self._perbarui_judul()
        self.perbarui_aksi()

    def _buat_kiri(self) -> QWidget:
        self.pohon = QTreeView()
        self.pohon.setObjectName("pohon")
        self.pohon.setModel(self.proxy)
        self.pohon.setHeaderHidden(True)
        # Names shown whole: the column is as wide as the longest name, the tree scrolls
        # sideways when it must (and every node's tooltip repeats its name).
        self.pohon.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pohon.header().setStretchLastSection(False)
        self.pohon.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pohon.setUniformRowHeights(True)
        self.pohon.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pohon.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pohon.setDragDropOverwriteMode(False)
        self._gaya_seret = GayaSeret()  # kept: a widget does not own its style
        self.pohon.setStyle(self._gaya_seret)
        self.pohon.setDropIndicatorShown(True)
        self.pohon.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.pohon.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.pohon.setAccessibleName("Pohon dokumen dan jabatan")
        self.panel_cari = PanelCari(self.konteks, self.proxy)
        kiri = QWidget()
        lk = QVBoxLayout(kiri)
        lk.setContentsMargins(6, 6, 0, 6)
        lk.addWidget(self.panel_cari)
        lk.addWidget(self.pohon, 1)
        return kiri

    def _buat_tengah(self) -> QWidget:
        self.spanduk = QLabel(TEKS_TERKUNCI)
        self.spanduk.setObjectName("spandukTerkunci")
        self.spanduk.setStyleSheet(
            "background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c96a;"
            "padding: 6px 12px; font-weight: bold;"
        )
        self.spanduk.setVisible(False)
        self.tumpukan = QStackedWidget()
        self.kosong = QLabel(TEKS_PILIH)
        self.kosong.setTextFormat(Qt.TextFormat.RichText)
        self.kosong.linkActivated.connect(self._tautan_kosong)
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kosong.setWordWrap(True)
        self.editor_dokumen = EditorDokumen(self.konteks)
        self.editor_instansi = EditorInstansi(self.konteks)
        self.editor_keputusan = EditorKeputusan(self.konteks)
        self.editor_jabatan = EditorJabatan(self.konteks)
        self.editor_iku: QWidget = self._buat_editor_iku()
        self.editor: dict[str, QWidget] = {
            "dokumen": self.editor_dokumen,
            "instansi": self.editor_instansi,
            "keputusan": self.editor_keputusan,
            "iku": self.editor_iku,
            "jabatan": self.editor_jabatan,
        }
        self.tumpukan.addWidget(self.kosong)
        # Forms scroll inside a short window (1024×600) instead of forcing it taller;
        # the jabatan and IKU editors scroll their own table, the Instansi form itself.
        self.halaman: dict[QWidget, QWidget] = {}
        for jenis, w in self.editor.items():
            self.halaman[w] = w if jenis in ("jabatan", "iku", "instansi") else self._gulir_tegak(w)
            self.tumpukan.addWidget(self.halaman[w])
        tengah = QWidget()
        lt = QVBoxLayout(tengah)
        lt.setContentsMargins(0, 0, 0, 0)
        lt.setSpacing(0)
        lt.addWidget(self.spanduk)
        lt.addWidget(self.tumpukan, 1)
        return tengah

    @staticmethod
    def _gulir_tegak(editor: QWidget) -> QWidget:
        """A form that scrolls up and down only: its width is kept (the splitter narrows
        the tree instead), so no field is cut at the right edge."""
        area = gulir(editor)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lebar = editor.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(lebar)
        return area

    def _buat_kendali(self) -> None:
        """The controllers that own the menu actions (ui/jendela/kendali.py)."""
        umum = (self.konteks, self, self.pilih, self.simpul)
        self.berkas = KendaliBerkas(*umum, self.setelan, self.buka_berkas)
        self.dokumen = KendaliDokumen(*umum, self._sunting_nama, self._fokus_jabatan_baru)
        self.transfer = KendaliTransfer(*umum, self.buka_berkas, self.statusBar)
        self.cetak = KendaliCetak(*umum)
        self.penetapan = KendaliPenetapan(*umum, self.setelan, self.perbarui_aksi)
        self.bantuan = KendaliBantuan(*umum)
        self.pohon_kinerja = KendaliPohonKinerja(*umum)
        self.kendali: list[Kendali] = [
            self.berkas,
            self.dokumen,
            self.transfer,
            self.cetak,
            self.penetapan,
            self.bantuan,
            self.pohon_kinerja,
        ]

    def _sambung_sinyal(self) -> None:
        self.pohon.selectionModel().selectionChanged.connect(self._pilihan_berubah)
        self.model.modelAboutToBeReset.connect(self._ingat_keadaan)
        self.model.modelReset.connect(self._pulihkan_keadaan)
        self.proxy.layoutChanged.connect(self._setelah_saring)
        self.konteks.galat.connect(self.tampilkan_galat)
        self.konteks.mintaPilih.connect(self.pilih)
        self.konteks.dokumenDiubah.connect(lambda *_: self._perbarui_judul())
        self.konteks.undo_stack.indexChanged.connect(lambda *_: self._pesan_status())
        self.panel_cari.lompat.connect(self._lompat_temuan)
        self.panel_cari.kotak.textChanged.connect(lambda t: t and self._buka_pohon())

    def perbarui_aksi(self) -> None:
        for k in self.kendali:
            k.perbarui()

    def _sunting_nama(self) -> None:
        idx = self.pohon.currentIndex()
        if idx.isValid():
            self.pohon.edit(idx)

    def _tautan_kosong(self, tautan: str) -> None:
        if tautan == "baru":
            self.dokumen.a_dok_baru.trigger()
        elif tautan == "terima":
            self.transfer.a_terima.trigger()

    def _fokus_jabatan_baru(self) -> None:
        self.editor_jabatan.tab.setCurrentIndex(0)
        self.editor_jabatan.nama.setFocus()
        self.editor_jabatan.nama.selectAll()

    def _buat_editor_iku(self) -> QWidget:
        # The IKI table sits under the jabatan form; the IKU node shows a table alone.
        self.editor_jabatan.pasang_tabel(EditorTabel(self.konteks))
        return EditorTabel(self.konteks)

    # ------------------------------------------------------------ files

    def buka_berkas(self, path: Path) -> bool:
        """Open a database; a foreign or newer file is refused with its message, untouched."""
        try:
            store = Store.open(path)
        except IkiError as err:
            self.tampilkan_galat(str(err), "Berkas tidak dapat dibuka")
            return False
        self.pasang_store(store)
        return True

    def pasang_store(self, store: Store, cadangan: bool = True) -> None:
        lama = self.konteks.store if self.konteks.ada_store else None
        self._terbuka.clear()
        self._kunci_pilihan = None
        self.konteks.ganti_store(store)
        if lama is not None and lama is not store:
            lama.close()
        catat_berkas_terakhir(self.setelan, store.path)
        if cadangan:
            self.transfer.cadangan_harian()
        self._buka_pohon()
        first = self._simpul_awal()
        if first.isValid():
            self.pohon.setCurrentIndex(first)
        else:
            self.tampilkan_simpul(QModelIndex())
        self.pohon.setFocus()
        self._perbarui_judul()
        self.perbarui_aksi()

    # ------------------------------------------------------------ selection

    def simpul_terpilih(self) -> tuple[str, str, str]:
        """(jenis, id, dokumen_id) of the current tree node, or empty strings."""
        s = self.simpul()
        return s.jenis, s.ident, s.dokumen_id

    def simpul(self) -> Simpul:
        """The current tree node (empty when nothing is selected)."""
        idx = self.pohon.currentIndex()
        if not idx.isValid():
            return Simpul()
        return Simpul(
            str(idx.data(PERAN_JENIS) or ""),
            str(idx.data(PERAN_ID) or ""),
            str(idx.data(PERAN_DOKUMEN) or ""),
            bool(idx.data(PERAN_TERKUNCI)),
        )

    def dokumen_terkunci(self) -> bool:
        idx = self.pohon.currentIndex()
        return bool(idx.isValid() and idx.data(PERAN_TERKUNCI))

    def pilih(self, jenis: str, ident: str) -> bool:
        """Select a node; for instansi/keputusan/iku `ident` is the Dokumen id."""
        sumber = self.model.cari(jenis, ident)
        if not sumber.isValid():
            return False
        idx = self.proxy.mapFromSource(sumber)
        if not idx.isValid():  # hidden by the search filter
            self.panel_cari.kotak.clear()
            self.panel_cari.terapkan()
            idx = self.proxy.mapFromSource(sumber)
        self.pohon.setCurrentIndex(idx)
        self.pohon.scrollTo(idx)
        return True

    def _pilihan_berubah(self, *_: QItemSelection) -> None:
        self.tampilkan_simpul(self.pohon.currentIndex())

    def tampilkan_simpul(self, idx: QModelIndex) -> None:
        jenis, ident, dokumen_id = self.simpul_terpilih() if idx.isValid() else ("", "", "")
        editor = self.editor.get(jenis)
        terkunci = self.dokumen_terkunci()
        if editor is None or not dokumen_id:
            kosong_db = self.konteks.ada_store and self.model.rowCount() == 0
            self.kosong.setText(TEKS_DB_KOSONG if kosong_db else TEKS_PILIH)
            self.tumpukan.setCurrentWidget(self.kosong)
        else:
            if isinstance(editor, EditorDasar):
                editor.atur_hanya_baca(terkunci)
                editor.tampilkan(dokumen_id, ident)
            else:  # the IKU table editor (it shows its own read-only state)
                editor.tampilkan(self.konteks.dokumen(dokumen_id), None)  # type: ignore[attr-defined]
            self.tumpukan.setCurrentWidget(self.halaman.get(editor, editor))
        self._kunci_pilihan = (jenis, ident) if jenis else None
        self.pemeriksaan.dokumen_dipilih(dokumen_id)
        self.spanduk.setVisible(terkunci)
        self._perbarui_judul()
        self.perbarui_aksi()

    def _lompat_temuan(self, jenis: str, ident: str, indikator_id: str) -> None:
        if not self.pilih(jenis, ident):
            return
        editor = self.editor_iku if jenis == "iku" else self.editor_jabatan.tabel
        pilih = getattr(editor, "pilih_indikator", None)
        if pilih is not None and indikator_id:
            pilih(indikator_id)

    # ------------------------------------------------------------ resets

    def _kunci(self, idx: QModelIndex) -> tuple[str, str]:
        jenis = str(idx.data(PERAN_JENIS))
        ident = str(
            idx.data(PERAN_ID)
            if jenis in ("dokumen", "jabatan", "kantor")
            else idx.data(PERAN_DOKUMEN)
        )
        return jenis, ident

    def _ingat_keadaan(self) -> None:
        """Before a model reset: which nodes are expanded (by id)."""
        terbuka: set[tuple[str, str]] = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if self.pohon.isExpanded(idx):
                    terbuka.add(self._kunci(idx))
                    stack.append(idx)
        self._terbuka = terbuka

    def _pulihkan_keadaan(self) -> None:
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                kunci = self._kunci(idx)
                # New nodes (an added jabatan's parent) open; known ones keep their state.
                baru = kunci[0] == "kantor" or (
                    kunci[0] == "dokumen" and self.model.sudah_dimuat(self.proxy.mapToSource(idx))
                )
                if kunci in self._terbuka or baru:
                    self.pohon.setExpanded(idx, True)
                    stack.append(idx)
        if self._kunci_pilihan is None or not self.pilih(*self._kunci_pilihan):
            first = self._simpul_awal()
            if first.isValid():
                self.pohon.setCurrentIndex(first)
            else:
                self.tampilkan_simpul(QModelIndex())

    def _simpul_awal(self) -> QModelIndex:
        """The first Dokumen (inside the first office when the tree groups by office)."""
        first = self.proxy.index(0, 0)
        if first.isValid() and first.data(PERAN_JENIS) == "kantor":
            anak = self.proxy.index(0, 0, first)
            return anak if anak.isValid() else first
        return first

    def _setelah_saring(self) -> None:
        if self.panel_cari.kotak.text():
            self._buka_pohon()

    def _buka_pohon(self) -> None:
        buka_yang_dimuat(self.pohon, self.proxy, self.model)

    # ------------------------------------------------------------ messages, title

    def tampilkan_galat(self, pesan: str, judul: str = "Tidak dapat dilakukan") -> None:
        QMessageBox.warning(self, judul, pesan)

    def _pesan_status(self) -> None:
        teks = self.konteks.undo_stack.undoText()
        if teks:
            self.statusBar().showMessage(f"Tersimpan: {teks}", 4000)

    def _perbarui_judul(self) -> None:
        if not self.konteks.ada_store:
            self.setWindowTitle("IKI Desktop")
            return
        judul = f"IKI Desktop — {self.konteks.store.path.name}"
        if self.dokumen_terkunci():
            judul += " [hanya baca]"
        self.setWindowTitle(judul)

    # ------------------------------------------------------------ layout persistence

    def _pulihkan_tata_letak(self) -> None:
        s = self.setelan
        geo = s.value("jendela/geometri")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        state = s.value("jendela/keadaan")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        split = s.value("jendela/pemisah")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.pemisah.restoreState(split)
        split = s.value("jendela/pemisah_jabatan")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.editor_jabatan.pemisah.restoreState(split)
            self.editor_jabatan.ukuran_awal = False

    def simpan_tata_letak(self) -> None:
        s = self.setelan
        s.setValue("jendela/geometri", self.saveGeometry())
        s.setValue("jendela/keadaan", self.saveState())
        s.setValue("jendela/pemisah", self.pemisah.saveState())
        s.setValue("jendela/pemisah_jabatan", self.editor_jabatan.pemisah.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Commit a cell editor, and a field that still has focus (its editingFinished
        # fires on focus loss).
        self.konteks.selesaikan_sunting()
        fokus = self.focusWidget()
        if fokus is not None:
            fokus.clearFocus()
        self.simpan_tata_letak()
        if self.konteks.ada_store:
            store = self.konteks.store
            self.konteks.ganti_store(None)
            store.close()
        super().closeEvent(event)
