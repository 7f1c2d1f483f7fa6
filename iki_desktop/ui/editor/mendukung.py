"""Under an IKI table: what the current sasaran and indikator support (Mendukung), with
a picker, and a note when the table still holds the standard template's examples.

The picker offers only the atasan's sasaran and indikator (and the IKU for jabatan
directly under the head); a change is an undo command (undo/tautan.py) through the
Store. A sasaran without an upward link shows "belum ditautkan" in red, as the
Pemeriksaan and the pohon kinerja print do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Indikator, Jabatan, PeranTautan, Sasaran, Tautan
from iki_desktop.domain.tautan import (
    ganti_vertikal,
    label_tautan,
    pendukung,
    pilihan_atasan,
    tautan_vertikal,
)
from iki_desktop.domain.teks import pendek
from iki_desktop.resources import teks_templat
from iki_desktop.ui.dialog.mendukung import DialogMendukung
from iki_desktop.ui.undo.tautan import UbahTautan

if TYPE_CHECKING:
    from iki_desktop.ui.editor.tabel import EditorTabel

GAYA_CONTOH = "background:#e8f1fb; color:#1d3f66; border:1px solid #9dbde0; padding:6px;"
TEKS_CONTOH = (
    "Tabel ini masih memuat sasaran dan indikator contoh dari templat standar. Sesuaikan "
    "teks, formula dan sumber datanya dengan keadaan kantor Anda; catatan ini hilang "
    "setelah semua teks contoh diubah."
)


class PanelMendukung(QWidget):
    def __init__(self, editor: EditorTabel) -> None:
        super().__init__(editor)
        self.editor = editor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.contoh = QLabel(TEKS_CONTOH)
        self.contoh.setWordWrap(True)
        self.contoh.setStyleSheet(GAYA_CONTOH)
        self.contoh.setAccessibleName("Catatan contoh templat")
        self.contoh.hide()
        lay.addWidget(self.contoh)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.label_sasaran = QLabel()
        self.label_indikator = QLabel()
        self.tombol_sasaran = QPushButton("Pilih yang didukung…")
        self.tombol_indikator = QPushButton("Pilih yang didukung…")
        for row, (judul, label, tombol, slot) in enumerate(
            [
                ("Sasaran mendukung:", self.label_sasaran, self.tombol_sasaran, self.pilih_sasaran),
                (
                    "Indikator mendukung:",
                    self.label_indikator,
                    self.tombol_indikator,
                    self.pilih_indikator,
                ),
            ]
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(f"<b>{judul}</b>"), row, 0)
            grid.addWidget(label, row, 1)
            tombol.clicked.connect(slot)
            grid.addWidget(tombol, row, 2)
        self.tombol_sasaran.setAccessibleName("Pilih sasaran atasan yang didukung")
        self.tombol_indikator.setAccessibleName("Pilih indikator atasan yang didukung")
        lay.addLayout(grid)
        # A link change alters no cell of the table: refresh on every table change.
        editor.konteks.tabelDiubah.connect(lambda *_: self.perbarui())

    # ------------------------------------------------------------ state

    def _konteks_kini(self) -> tuple[Dokumen, Jabatan] | None:
        model = self.editor.model
        if model.dokumen is None or model.jabatan_id is None:
            return None
        dok = self.editor.konteks.dokumen(model.dokumen.id)
        jab = dok.jabatan_by_id(model.jabatan_id)
        return (dok, jab) if jab is not None else None

    def perbarui(self) -> None:
        ada = self._konteks_kini()
        self.setVisible(ada is not None)
        if ada is None:
            return
        dok, jab = ada
        contoh = teks_templat()
        self.contoh.setVisible(
            any(s.teks in contoh or any(i.teks in contoh for i in s.indikator) for s in jab.sasaran)
        )
        b = self.editor.view.baris_kini()
        boleh = not dok.ditetapkan and b is not None
        self.tombol_sasaran.setEnabled(boleh)
        self.tombol_indikator.setEnabled(boleh and b is not None and b.indikator is not None)
        if b is None:
            self.label_sasaran.setText("")
            self.label_indikator.setText("")
            return
        s = next((x for x in jab.sasaran if x.id == b.sasaran.id), b.sasaran)
        self._tulis(self.label_sasaran, dok, jab, s.tautan, wajib=True)
        ind = next((i for i in s.indikator if b.indikator and i.id == b.indikator.id), None)
        if ind is None:
            self.label_indikator.setText("—")
        else:
            self._tulis(self.label_indikator, dok, jab, ind.tautan, wajib=False)

    def _tulis(
        self, label: QLabel, dok: Dokumen, jab: Jabatan, tautan: list[Tautan], wajib: bool
    ) -> None:
        teks = pendek(label_tautan(dok, tautan), 200)
        if tautan_vertikal(dok, jab, tautan) is None and wajib:
            label.setStyleSheet("color:#a00000;")
            label.setText("Belum ditautkan ke sasaran atasan" + (f" ({teks})" if teks else ""))
        else:
            label.setStyleSheet("")
            label.setText(teks or "(tidak ditautkan; boleh, cukup sasarannya)")
        label.setToolTip(label_tautan(dok, tautan))

    def peringatan_hapus(self, ids: set[str]) -> str:
        """A sentence for the delete question when bawahan support what is deleted."""
        model = self.editor.model
        if model.dokumen is None:
            return ""
        daftar = pendukung(self.editor.konteks.dokumen(model.dokumen.id), ids)
        if not daftar:
            return ""
        nama = sorted({j.nama for j, _r in daftar if j is not None})
        return (
            f"\n\n{len(daftar)} sasaran/indikator bawahan ({', '.join(nama[:4])}"
            f"{', …' if len(nama) > 4 else ''}) mendukungnya. Tautan mereka akan ditandai "
            "putus di Pemeriksaan sampai dipilih ulang, atau kembali utuh bila penghapusan "
            "diurungkan."
        )

    # ------------------------------------------------------------ editing

    def pilih_sasaran(self) -> bool:
        b = self.editor.view.baris_kini()
        return b is not None and self._ubah("sasaran", b.sasaran)

    def pilih_indikator(self) -> bool:
        b = self.editor.view.baris_kini()
        return b is not None and b.indikator is not None and self._ubah("indikator", b.indikator)

    def _ubah(self, jenis: str, rekaman: Sasaran | Indikator) -> bool:
        ada = self._konteks_kini()
        if ada is None:
            return False
        dok, jab = ada
        kini = tautan_vertikal(dok, jab, rekaman.tautan)
        dialog = DialogMendukung(dok, jab, rekaman.teks, kini.id if kini else None, self)
        if not dialog.exec() or dialog.pilihan is None:
            return False
        return self.terapkan(jenis, rekaman, *dialog.pilihan)

    def terapkan(
        self, jenis: str, rekaman: Sasaran | Indikator, ke: str | None, peran: PeranTautan
    ) -> bool:
        """Link `rekaman` to `ke` (None: drop its upward link) as one undoable command."""
        ada = self._konteks_kini()
        if ada is None:
            raise IkiError("Belum ada tabel jabatan yang ditampilkan.")
        dok, jab = ada
        lama = list(rekaman.tautan)
        atasan = {t.id for t in pilihan_atasan(dok, jab)}
        if ke is None or ke in atasan:
            baru = ganti_vertikal(dok, jab, lama, ke)
        else:
            baru = [t for t in lama if t.ke != ke] + [Tautan(ke, peran)]
        if baru == lama:
            return False
        perintah = UbahTautan(
            self.editor.konteks, dok.id, jab.id, (jenis, rekaman.id, rekaman.teks), lama, baru
        )
        return self.editor.konteks.jalankan(perintah)
