"""EditorTabel: the IKI table of one jabatan (or the IKU) with its toolbar.

Every change is an undo command (undo/tabel.py) run through Konteks, so it is
committed at once and Ctrl+Z takes it back. The sasaran column spans its indikator
rows like the printed table. Shortcuts work while the table has focus: Ins adds an
indikator, Alt+Ins a sasaran, Del deletes, Ctrl+C/Ctrl+V copy and paste rows,
Alt+Up/Alt+Down move, F2 edits, Ctrl+Shift+F opens the formula editor,
Ctrl+M / Ctrl+Shift+M merge and split cells (editor/tabel_gabung.py). Ctrl+V
also takes tab-separated rows copied from Excel/Word (perintah_tabel_tempel); rows
can be dragged (model_tabel_seret). After an undo/redo the touched row is selected
(model_tabel_pilih).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Indikator, Sasaran
from iki_desktop.domain.teks import pendek
from iki_desktop.store import Store
from iki_desktop.ui.dialog.formula import DialogFormula
from iki_desktop.ui.editor.mendukung import PanelMendukung
from iki_desktop.ui.editor.tabel_gabung import AksiGabung
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.tabel.delegasi import TEKS_SEMENTARA
from iki_desktop.ui.tabel.model import KOLOM_FORMULA, KOLOM_GRUP, Baris, ModelTabel
from iki_desktop.ui.tabel.pilih import PilihSetelahUndo
from iki_desktop.ui.tabel.tampilan import TampilanTabel
from iki_desktop.ui.undo.dokumen import Perintah
from iki_desktop.ui.undo.tabel import (
    MIME_BARIS,
    HapusIndikator,
    HapusSasaran,
    IsiSalinan,
    PindahIndikator,
    PindahSasaran,
    TambahIndikator,
    TambahSasaran,
    TempelBaris,
    salinan_dari_json,
    salinan_ke_json,
    salinan_ke_tsv,
)
from iki_desktop.ui.undo.tabel_tempel import PESAN_TIDAK_TERBACA, TempelTeks, isi_dari_teks

GAYA_BAHAYA = "background:#fde7e9; color:#8b0000; border:1px solid #d04040; padding:6px;"


def peringatan_keaslian(store: Store, dokumen: Dokumen) -> str:
    """The banner text when an enacted Dokumen was altered outside the program, else ''."""
    from iki_desktop.domain.keaslian import PERINGATAN
    from iki_desktop.store.keaslian import masalah_tersimpan

    if not masalah_tersimpan(store, dokumen.id):
        return ""
    return (
        f"{PERINGATAN} Isi yang tampil di sini telah diubah di luar program dan berbeda "
        "dari yang ditetapkan. Jangan dipakai atau dikirim; periksa dengan menu "
        "Periksa keaslian cetakan."
    )


class EditorTabel(QWidget):
    berubah = Signal()

    def __init__(self, konteks: Konteks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.konteks = konteks
        self.model = ModelTabel(konteks, self)
        self._dialog: DialogFormula | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar("Tabel indikator", self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        lay.addWidget(self.toolbar)
        self.banner = QLabel(
            "Dokumen ini sudah ditetapkan: tabel hanya dapat dibaca. "
            "Buat Perubahan bila isinya perlu diganti."
        )
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fff4ce; color:#5c4400; border:1px solid #e0c060; padding:6px;"
        )
        self.banner.hide()
        lay.addWidget(self.banner)

        self.view = TampilanTabel(self.model, self)
        self.view.delegasi.mintaFormula.connect(lambda index: self.ubah_formula(index.row()))
        lay.addWidget(self.view, 1)
        self.mendukung = PanelMendukung(self)
        lay.addWidget(self.mendukung)
        self.model.modelReset.connect(self._perbarui_aksi)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._perbarui_aksi())
        konteks.tabelDiubah.connect(self._tabel_diubah)
        konteks.mintaSelesaiSunting.connect(self.view.selesaikan_sunting)
        self.pemilih = PilihSetelahUndo(konteks, self.view)
        self._buat_aksi()
        self._perbarui_aksi()

    # ------------------------------------------------------------ actions

    def _aksi(self, teks: str, kunci: str | QKeySequence.StandardKey, slot, tip: str) -> QAction:  # type: ignore[no-untyped-def]
        aksi = QAction(teks, self)
        aksi.setShortcut(QKeySequence(kunci))
        aksi.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        aksi.setToolTip(
            f"{tip} ({aksi.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        # An open cell editor is saved first: clicking a button never drops typed text.
        aksi.triggered.connect(lambda: (self.view.selesaikan_sunting(), slot()))
        self.addAction(aksi)
        self.toolbar.addAction(aksi)
        return aksi

    def _buat_aksi(self) -> None:
        self.aksi_tambah_sasaran = self._aksi(
            "Tambah sasaran",
            "Alt+Ins",
            self.tambah_sasaran,
            "Tambah sasaran baru di bawah sasaran terpilih",
        )
        self.aksi_tambah_indikator = self._aksi(
            "Tambah indikator",
            "Ins",
            self.tambah_indikator,
            "Tambah indikator pada sasaran terpilih",
        )
        self.toolbar.addSeparator()
        self.aksi_naik = self._aksi("Naik", "Alt+Up", lambda: self.pindah(-1), "Pindahkan ke atas")
        self.aksi_turun = self._aksi(
            "Turun", "Alt+Down", lambda: self.pindah(1), "Pindahkan ke bawah"
        )
        self.aksi_hapus = self._aksi(
            "Hapus",
            QKeySequence.StandardKey.Delete,
            self.hapus,
            "Hapus indikator, atau sasaran bila kolom sasaran terpilih",
        )
        self.toolbar.addSeparator()
        self.aksi_salin = self._aksi(
            "Salin", QKeySequence.StandardKey.Copy, self.salin, "Salin baris terpilih"
        )
        self.aksi_tempel = self._aksi(
            "Tempel",
            QKeySequence.StandardKey.Paste,
            self.tempel,
            "Tempel baris yang disalin, juga dari Excel atau Word",
        )
        self.toolbar.addSeparator()
        self.aksi_formula = self._aksi(
            "Ubah formula…", "Ctrl+Shift+F", self.ubah_formula, "Ubah formula indikator terpilih"
        )
        self.toolbar.addSeparator()
        self.gabung = AksiGabung(self)
        self.aksi_ubah = QAction("Ubah sel", self)
        self.aksi_ubah.setShortcut(QKeySequence("F2"))
        self.aksi_ubah.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.aksi_ubah.triggered.connect(lambda: self.ubah_sel())
        self.addAction(self.aksi_ubah)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for aksi in self.toolbar.actions():
            self.view.addAction(aksi)
        self.view.aksi_tabel = [a for a in self.actions() if not a.shortcut().isEmpty()]

    def _perbarui_aksi(self) -> None:
        self.mendukung.perbarui()
        boleh = self.model.dokumen is not None and not self.model.ditetapkan
        b = self._baris_kini()
        self.aksi_tambah_sasaran.setEnabled(boleh)
        self.aksi_tambah_indikator.setEnabled(boleh and b is not None)
        for aksi in (self.aksi_naik, self.aksi_turun, self.aksi_hapus, self.aksi_formula):
            aksi.setEnabled(boleh and b is not None)
        self.aksi_salin.setEnabled(b is not None)
        self.aksi_tempel.setEnabled(boleh)
        self.aksi_ubah.setEnabled(boleh and b is not None)
        if b is not None and self._kolom_grup():
            self.aksi_hapus.setText("Hapus sasaran")
        else:
            self.aksi_hapus.setText("Hapus indikator" if b and b.indikator else "Hapus")
        self.aksi_hapus.setIconText("Hapus")  # the toolbar button keeps its width

    # ------------------------------------------------------------ showing

    def tampilkan(self, dokumen: Dokumen, jabatan_id: str | None) -> None:
        if self.view.selesaikan_sunting():
            dokumen = self.konteks.dokumen(dokumen.id)  # the saved text is in a newer snapshot
        self.model.tampilkan(dokumen, jabatan_id)
        self.banner.setVisible(dokumen.ditetapkan)
        self._tandai_keaslian(dokumen)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            # A current row from the start, so Ins and the toolbar work without a click.
            kolom = max(self.model.kolom_dari_kunci("indikator"), 0)
            self.view.setCurrentIndex(self.model.index(0, kolom))

    def _tandai_keaslian(self, dokumen: Dokumen) -> None:
        """An enacted Dokumen whose rows no longer match its code gets a loud banner."""
        masalah = peringatan_keaslian(self.konteks.store, dokumen) if dokumen.ditetapkan else ""
        if masalah:
            self.banner.setText(masalah)
            self.banner.setStyleSheet(GAYA_BAHAYA)
        else:
            self.banner.setText(
                "Dokumen ini sudah ditetapkan: tabel hanya dapat dibaca. "
                "Buat Perubahan bila isinya perlu diganti."
            )
            self.banner.setStyleSheet(
                "background:#fff4ce; color:#5c4400; border:1px solid #e0c060; padding:6px;"
            )

    def pilih_indikator(self, indikator_id: str) -> bool:
        row = self.model.baris_indikator(indikator_id)
        return self.view.pilih_baris(row, self.model.kolom_dari_kunci("indikator"))

    def pilih_sasaran(self, sasaran_id: str) -> bool:
        return self.view.pilih_baris(
            self.model.baris_sasaran(sasaran_id), self.model.kolom_dari_kunci("sasaran")
        )

    def _tabel_diubah(self, dokumen_id: str, jabatan_id: str) -> None:
        dok = self.model.dokumen
        if dok is not None and dok.id == dokumen_id and (self.model.jabatan_id or "") == jabatan_id:
            self.berubah.emit()

    # ------------------------------------------------------------ helpers

    def _baris_kini(self) -> Baris | None:
        return self.view.baris_kini()

    def _kolom_grup(self) -> bool:
        return self.view.kolom_grup_kini()

    def _jalankan(self, perintah: Perintah, pilih: tuple[str, str] | None = None) -> bool:
        col = self.view.currentIndex().column()
        if pilih is not None:
            self.view.pilih_nanti = (pilih[0], pilih[1], col)
        self.pemilih.menjalankan = True
        try:
            ok = self.konteks.jalankan(perintah)
        finally:
            self.pemilih.menjalankan = False
        if not ok:
            self.view.pilih_nanti = None
        return ok

    def _ids(self) -> tuple[str, str | None]:
        dok = self.model.dokumen
        if dok is None:
            raise IkiError("Belum ada tabel yang ditampilkan.")
        return dok.id, self.model.jabatan_id

    # ------------------------------------------------------------ edits

    def tambah_sasaran(self, teks: str = "") -> Sasaran | None:
        """A new sasaran after the current one; its placeholder row takes the first indikator."""
        dok_id, jab_id = self._ids()
        b = self._baris_kini()
        index = b.index_sasaran + 1 if b else len(self.model.sasaran_list())
        sasaran = Sasaran(teks=teks or TEKS_SEMENTARA[0])
        if self._jalankan(
            TambahSasaran(self.konteks, dok_id, jab_id, sasaran, index), ("sasaran", sasaran.id)
        ):
            sel = self.model.index(
                self.model.baris_sasaran(sasaran.id),
                max(self.model.kolom_dari_kunci("sasaran"), 0),
            )
            self.view.setCurrentIndex(sel)
            if not teks:  # from the button: ready to type over the placeholder
                self.view.setFocus()
                self.view.buka_sunting(sel, pilih_semua=True)
            return sasaran
        return None

    def tambah_indikator(self, teks: str = "") -> Indikator | None:
        """A new indikator below the current row, in the current row's sasaran."""
        dok_id, jab_id = self._ids()
        b = self._baris_kini()
        if b is None:
            return None
        index = b.index_indikator + 1 if b.indikator else 0
        ind = Indikator(teks=teks or TEKS_SEMENTARA[1])
        perintah = TambahIndikator(self.konteks, dok_id, jab_id, b.sasaran.id, ind, index)
        if self._jalankan(perintah, ("indikator", ind.id)):
            row, col = self.model.baris_indikator(ind.id), self.model.kolom_dari_kunci("indikator")
            self.view.pilih_baris(row, col)
            if not teks:  # from the button: ready to type over the placeholder
                self.view.buka_sunting(self.model.index(row, max(col, 0)), pilih_semua=True)
            return ind
        return None

    def ubah_sel(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        if self.model.kunci(index.column()) == KOLOM_FORMULA:
            self.ubah_formula(index.row())
        else:
            self.view.edit(index)

    def pindah(self, arah: int) -> bool:
        """Move the current sasaran (group column) or indikator up (-1) or down (+1)."""
        dok_id, jab_id = self._ids()
        b = self._baris_kini()
        if b is None:
            return False
        daftar = self.model.sasaran_list()
        if self._kolom_grup() or b.indikator is None:
            tujuan = b.index_sasaran + arah
            if not 0 <= tujuan < len(daftar):
                return False
            perintah: Perintah = PindahSasaran(
                self.konteks, dok_id, jab_id, b.sasaran.id, b.index_sasaran, tujuan
            )
            return self._jalankan(perintah, ("sasaran", b.sasaran.id))
        asal = (b.sasaran.id, b.index_indikator)
        tujuan_i = b.index_indikator + arah
        if 0 <= tujuan_i < len(b.sasaran.indikator):
            target = (b.sasaran.id, tujuan_i)
        else:
            # Past the edge of its group: over into the neighbouring sasaran.
            tetangga = b.index_sasaran + arah
            if not 0 <= tetangga < len(daftar):
                return False
            lain = daftar[tetangga]
            target = (lain.id, len(lain.indikator) if arah < 0 else 0)
        teks = "Pindahkan indikator " + ("naik" if arah < 0 else "turun")
        perintah = PindahIndikator(self.konteks, dok_id, jab_id, b.indikator.id, asal, target, teks)
        return self._jalankan(perintah, ("indikator", b.indikator.id))

    def konfirmasi(self, judul: str, pesan: str) -> bool:
        kotak = QMessageBox(
            QMessageBox.Icon.Warning,
            judul,
            pesan,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        kotak.button(QMessageBox.StandardButton.Yes).setText("Hapus")
        kotak.button(QMessageBox.StandardButton.No).setText("Batal")
        kotak.setDefaultButton(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton(kotak.exec()) == QMessageBox.StandardButton.Yes

    def hapus(self) -> bool:
        dok_id, jab_id = self._ids()
        b = self._baris_kini()
        if b is None:
            return False
        if self._kolom_grup() or b.indikator is None:
            n = len(b.sasaran.indikator)
            pesan = f"Sasaran '{pendek(b.sasaran.teks, 80)}' beserta {n} indikator akan dihapus."
            ids = {b.sasaran.id, *(i.id for i in b.sasaran.indikator)}
            pesan += self.mendukung.peringatan_hapus(ids)
            if not self.konfirmasi(
                "Hapus sasaran", pesan + "\n\nPenghapusan dapat diurungkan dengan Ctrl+Z."
            ):
                return False
            return self._jalankan(HapusSasaran(self.konteks, dok_id, jab_id, b.sasaran))
        pesan = f"Hapus indikator '{pendek(b.indikator.teks, 80)}'?"
        if not self.konfirmasi(
            "Hapus indikator", pesan + self.mendukung.peringatan_hapus({b.indikator.id})
        ):
            return False
        return self._jalankan(HapusIndikator(self.konteks, dok_id, jab_id, b.indikator))

    def ubah_formula(self, row: int | None = None) -> DialogFormula | None:
        """Open the formula dialog (window-modal, not blocking); saving runs one command."""
        if row is None or isinstance(row, bool):
            b = self._baris_kini()
            row = self.view.currentIndex().row()
        else:
            b = self.model.baris(row) if 0 <= row < self.model.rowCount() else None
        if b is None or self.model.ditetapkan:
            return None
        col = self.model.kolom_dari_kunci(KOLOM_FORMULA)
        ind = b.indikator or Indikator()
        dialog = DialogFormula(ind.formula, self, judul=ind.teks)
        target_ids = (b.sasaran.id, b.indikator.id if b.indikator else "")

        def simpan() -> None:
            row_now = (
                self.model.baris_indikator(target_ids[1])
                if target_ids[1]
                else self.model.baris_sasaran(target_ids[0])
            )
            if row_now >= 0 and col >= 0:
                self.model.setData(self.model.index(row_now, col), dialog.formula())
            else:
                self.konteks.galat.emit("Kolom formula tidak ditampilkan pada tabel ini.")

        dialog.accepted.connect(simpan)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------ clipboard

    def isi_terpilih(self) -> IsiSalinan | None:
        """Selected rows: whole sasaran when a group cell is selected, else the indikator."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return None
        rows = sorted({i.row() for i in indexes})
        grup = any(self.model.kunci(i.column()) in KOLOM_GRUP for i in indexes)
        terpilih: dict[str, Sasaran] = {}
        for row in rows:
            b = self.model.baris(row)
            if grup:
                terpilih.setdefault(b.sasaran.id, b.sasaran)
            elif b.indikator is not None:
                s = terpilih.setdefault(b.sasaran.id, Sasaran(b.sasaran.teks, [], b.sasaran.id))
                s.indikator.append(b.indikator)
        if not terpilih:
            return None
        return IsiSalinan("sasaran" if grup else "indikator", list(terpilih.values()))

    def salin(self) -> IsiSalinan | None:
        isi = self.isi_terpilih()
        if isi is None:
            return None
        mime = QMimeData()
        mime.setData(MIME_BARIS, salinan_ke_json(isi).encode("utf-8"))
        mime.setText(salinan_ke_tsv(isi))
        QGuiApplication.clipboard().setMimeData(mime)
        return isi

    def tempel(self) -> list[str]:
        """Paste copied rows as new rows (fresh ids); returns the new ids.

        Our own rows come as MIME_BARIS; otherwise tab-separated text from Excel or
        Word is read by undo/tabel_tempel.py."""
        dok_id, jab_id = self._ids()
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and not mime.hasFormat(MIME_BARIS) and mime.hasText():
            return self.tempel_teks(mime.text())
        if mime is None or not mime.hasFormat(MIME_BARIS):
            self.konteks.galat.emit(PESAN_TIDAK_TERBACA)
            return []
        try:
            isi = salinan_dari_json(bytes(mime.data(MIME_BARIS).data()).decode("utf-8"))
        except IkiError as err:
            self.konteks.galat.emit(str(err))
            return []
        b = self._baris_kini()
        if isi.jenis == "indikator" and b is not None:
            perintah = TempelBaris(
                self.konteks,
                dok_id,
                jab_id,
                isi,
                index_sasaran=b.index_sasaran + 1,
                sasaran_id=b.sasaran.id,
                index_indikator=b.index_indikator + 1 if b.indikator else 0,
            )
        else:
            index = b.index_sasaran + 1 if b else len(self.model.sasaran_list())
            perintah = TempelBaris(self.konteks, dok_id, jab_id, isi, index_sasaran=index)
        baru = perintah.id_baru
        jenis = "sasaran" if perintah.sasaran else "indikator"
        return baru if self._jalankan(perintah, (jenis, baru[0])) else []

    def tempel_teks(self, teks: str) -> list[str]:
        """Paste tab-separated rows from Excel/Word as one undo step; returns the new ids
        (indikator under the selected sasaran first, then new sasaran)."""
        dok_id, jab_id = self._ids()
        try:
            hasil = isi_dari_teks(teks, self.model.kolom())
        except IkiError as err:
            self.konteks.galat.emit(str(err))
            return []
        b = self._baris_kini()
        perintah = TempelTeks(
            self.konteks,
            dok_id,
            jab_id,
            hasil,
            index_sasaran=b.index_sasaran + 1 if b else len(self.model.sasaran_list()),
            sasaran_id=b.sasaran.id if b else None,
            index_indikator=(b.index_indikator + 1 if b.indikator else 0) if b else 0,
        )
        baru = [i.id for i in perintah.indikator] + [s.id for s in perintah.sasaran]
        pilih = perintah.pilihan()[0]
        return baru if self._jalankan(perintah, pilih) else []
