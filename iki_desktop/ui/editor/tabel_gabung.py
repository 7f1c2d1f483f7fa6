""" "Gabungkan sel" and "Pisahkan sel" of the table editor (toolbar, context menu, keys).

Select two or more consecutive indikator cells of one sasaran in a column that may
merge (satuan, sumber data, penanggung jawab, catatan) and merge them into one shared
value; split a merged cell back into per-row values (each row keeps the text). When
the selected cells hold different texts the operator chooses which text to keep, or
to join them, before anything changes. Each action is one undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from iki_desktop.domain.model import Sasaran
from iki_desktop.domain.teks import pendek
from iki_desktop.ui.tabel import gabung
from iki_desktop.ui.tabel.model import LABEL_KOLOM
from iki_desktop.ui.undo.gabung import UbahBanyakIndikator

if TYPE_CHECKING:
    from iki_desktop.ui.editor.tabel import EditorTabel

PILIHAN_SATUKAN = "Satukan semua teks (satu per baris)"


class AksiGabung:
    """The two actions, kept enabled to match the selection."""

    def __init__(self, editor: EditorTabel) -> None:
        self.editor = editor
        self.aksi_gabung = editor._aksi(
            "Gabungkan sel",
            "Ctrl+M",
            self.gabungkan,
            "Jadikan sel terpilih (beberapa indikator satu sasaran) satu sel bersama",
        )
        self.aksi_pisah = editor._aksi(
            "Pisahkan sel",
            "Ctrl+Shift+M",
            self.pisahkan,
            "Pisahkan sel gabungan; setiap baris tetap memuat teksnya",
        )
        view = editor.view
        view.selectionModel().selectionChanged.connect(lambda *_: self.perbarui())
        editor.model.modelReset.connect(self.perbarui)
        self.perbarui()

    # ------------------------------------------------------------ selection

    def pilihan(self) -> tuple[Sasaran, int, int, str] | None:
        """(sasaran, first, last indicator index, column key) of the selected cells when
        they are consecutive indikator cells of one sasaran in one column that may merge."""
        model = self.editor.model
        if model.dokumen is None or model.ditetapkan:
            return None
        sel = self.editor.view.selectionModel()
        indexes = sel.selectedIndexes() if sel is not None else []
        if not indexes:
            indexes = [self.editor.view.currentIndex()]
        if not all(i.isValid() for i in indexes) or len({i.column() for i in indexes}) != 1:
            return None
        kunci = model.kunci(indexes[0].column())
        if not gabung.boleh_gabung(kunci):
            return None
        baris = [model.baris(i.row()) for i in indexes]
        if any(b.indikator is None for b in baris) or len({b.sasaran.id for b in baris}) != 1:
            return None
        nomor = sorted({b.index_indikator for b in baris})
        sasaran = baris[0].sasaran
        awal, akhir = gabung.lebarkan(sasaran, nomor[0], nomor[-1], kunci)
        ada = set(nomor)
        for n in range(awal, akhir + 1):
            # A spanned cell is selected as its first row only: its other rows count too.
            a, b = gabung.rentang(sasaran, n, kunci)
            if a in ada:
                ada.update(range(a, b + 1))
        if not set(range(nomor[0], nomor[-1] + 1)) <= ada:
            return None  # a gap in the selection
        return sasaran, awal, akhir, kunci

    def perbarui(self) -> None:
        p = self.pilihan()
        bisa_gabung = bisa_pisah = False
        if p is not None:
            sasaran, awal, akhir, kunci = p
            satu_rentang = gabung.rentang(sasaran, awal, kunci) == (awal, akhir)
            bisa_gabung = akhir > awal and not satu_rentang
            bisa_pisah = any(kunci in ind.gabung for ind in sasaran.indikator[awal + 1 : akhir + 1])
        self.aksi_gabung.setEnabled(bisa_gabung)
        self.aksi_pisah.setEnabled(bisa_pisah)

    # ------------------------------------------------------------ actions

    def pilih_teks(self, daftar: list[str], kolom: str) -> str | None:
        """Ask which text the merged cell keeps; None when the operator cancels."""
        dialog = QInputDialog(self.editor)
        dialog.setWindowTitle("Gabungkan sel")
        dialog.setLabelText(
            f"Sel {kolom} yang dipilih berisi teks berbeda. Sel gabungan memuat satu teks "
            "untuk semua baris.\nTeks mana yang dipakai?"
        )
        pilihan = [f"Pakai: {pendek(t)}" for t in daftar] + [PILIHAN_SATUKAN]
        dialog.setComboBoxItems(pilihan)
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText("Gabungkan")
        dialog.setCancelButtonText("Batal")
        if not dialog.exec():
            return None
        n = pilihan.index(dialog.textValue())
        return "\n".join(daftar) if n == len(daftar) else daftar[n]

    def gabungkan(self) -> bool:
        p = self.pilihan()
        if p is None:
            return False
        sasaran, awal, akhir, kunci = p
        if akhir <= awal:
            return False
        label = LABEL_KOLOM.get(kunci, kunci)
        daftar = gabung.teks_berbeda(sasaran, awal, akhir, kunci)
        if len(daftar) > 1:
            teks = self.pilih_teks(daftar, label)
            if teks is None:
                return False
        else:
            teks = daftar[0] if daftar else ""
        pasangan = gabung.gabungkan(sasaran, awal, akhir, kunci, teks)
        return self._jalankan(pasangan, f"Gabungkan sel {label}")

    def pisahkan(self) -> bool:
        p = self.pilihan()
        if p is None:
            return False
        sasaran, awal, akhir, kunci = p
        label = LABEL_KOLOM.get(kunci, kunci)
        return self._jalankan(gabung.pisahkan(sasaran, awal, akhir, kunci), f"Pisahkan sel {label}")

    def _jalankan(self, pasangan: list[gabung.Pasangan], teks: str) -> bool:
        if not pasangan:
            return False
        dok_id, jab_id = self.editor._ids()
        perintah = UbahBanyakIndikator(self.editor.konteks, dok_id, jab_id, pasangan, teks)
        pertama = pasangan[0][1].id
        return self.editor._jalankan(perintah, ("indikator", pertama))
