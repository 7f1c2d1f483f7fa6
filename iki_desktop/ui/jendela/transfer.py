"""Berkas menu, second part: USB packages (kirim, terima) and backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QStatusBar, QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.jendela.kendali import SP, Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks


class KendaliTransfer(Kendali):
    def __init__(
        self,
        konteks: Konteks,
        induk: QWidget,
        pilih: Pilih,
        terpilih: Callable[[], Simpul],
        buka_berkas: Callable[[Path], bool],
        status: Callable[[], QStatusBar],
    ) -> None:
        """`buka_berkas` opens a restored backup; `status` is where a failed daily backup
        is reported."""
        super().__init__(konteks, induk, pilih, terpilih)
        self.buka_berkas = buka_berkas
        self.status = status
        self.a_kirim = self.aksi(
            "Kirim ke &flashdisk…",
            self.kirim,
            None,
            SP.SP_DriveFDIcon,
            "Tulis paket .ikipaket untuk kantor lain",
        )
        self.a_terima = self.aksi(
            "Terima &paket…",
            lambda: self.buka_terima(None),
            None,
            None,
            "Gabungkan paket .ikipaket dari kantor lain",
        )
        self.a_cadangan = self.aksi("Ca&dangan dan pemulihan…", self.cadangan)
        self.a_rekap = self.aksi(
            "Rek&ap kantor…",
            self.rekap,
            None,
            None,
            "Semua kantor dalam berkas ini: kiriman terakhir, status dokumen, jumlah isi",
        )
        self.butir_menu = [self.a_kirim, self.a_terima, self.a_cadangan, self.a_rekap]

    def perbarui(self) -> None:
        for a in (self.a_kirim, self.a_terima, self.a_cadangan, self.a_rekap):
            a.setEnabled(self.konteks.ada_store)

    def kirim(self) -> None:
        from iki_desktop.ui.dialog.kirim import DialogKirim

        DialogKirim(self.konteks.store, self.induk, getattr(self.induk, "setelan", None)).exec()

    def buka_terima(self, path: Path | None) -> None:
        """Receive a package (menu, or a double-clicked .ikipaket via `terima`)."""
        from iki_desktop.ui.dialog.terima import DialogTerima

        dialog = DialogTerima(self.konteks.store, self.induk, path=str(path) if path else None)
        dialog.diterima.connect(lambda *_: self._muat_ulang_semua())
        dialog.exec()

    def rekap(self) -> None:
        from iki_desktop.ui.dialog.rekap import DialogRekap

        DialogRekap(self.konteks.store, self.induk).exec()

    def cadangan(self) -> None:
        from iki_desktop.ui.dialog.cadangan import DialogCadangan

        path = self.konteks.store.path

        def tutup_store() -> None:
            self.konteks.undo_stack.clear()
            self.konteks.store.close()

        dialog = DialogCadangan(path, self.induk, tutup_store=tutup_store)
        dialog.dipulihkan.connect(lambda p: self.buka_berkas(Path(p)))
        dialog.exec()

    def _muat_ulang_semua(self) -> None:
        # A merge rewrites many rows at once: earlier undo steps no longer apply.
        self.konteks.undo_stack.clear()
        self.konteks.lupakan()
        self.konteks.daftarDokumenDiubah.emit()

    def cadangan_harian(self) -> None:
        from iki_desktop.store.transfer import cadangan_harian

        try:
            cadangan_harian(self.konteks.store)
        except (IkiError, OSError) as err:
            self.status().showMessage(f"Cadangan harian tidak dapat dibuat: {err}", 10000)
