"""Dokumen menu, first part: create and delete a Dokumen, add, copy, move, rename and
delete jabatan (also the tree's context menu)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Jabatan
from iki_desktop.ui.jendela.kendali import SP, Kendali, Pilih, Simpul
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import (
    BuatDokumen,
    GandakanJabatan,
    HapusDokumen,
    HapusJabatan,
    PindahJabatan,
    TambahJabatan,
    keturunan,
    posisi_jabatan,
)


def rincian_hapus_jabatan(dok: Dokumen, jabatan: Jabatan) -> str:
    """'Jabatan X beserta 3 bawahan, 5 sasaran dan 12 indikator akan dihapus. …'"""
    bawahan = keturunan(dok, jabatan.id)
    semua = [jabatan, *bawahan]
    n_sas = sum(len(j.sasaran) for j in semua)
    n_ind = sum(j.jumlah_indikator for j in semua)
    bagian = []
    if bawahan:
        bagian.append(f"{len(bawahan)} bawahan")
    bagian.append(f"{n_sas} sasaran")
    isi = ", ".join(bagian) + f" dan {n_ind} indikator"
    return (
        f"Jabatan {jabatan.nama} beserta {isi} akan dihapus. "
        "Penghapusan dapat diurungkan dengan Ctrl+Z."
    )


class KendaliDokumen(Kendali):
    def __init__(
        self,
        konteks: Konteks,
        induk: QWidget,
        pilih: Pilih,
        terpilih: Callable[[], Simpul],
        sunting_nama: Callable[[], None],
        fokus_jabatan_baru: Callable[[], None],
    ) -> None:
        """`sunting_nama` opens the tree's in-place editor on the selected jabatan;
        `fokus_jabatan_baru` puts the cursor in the name field of a just added one."""
        super().__init__(konteks, induk, pilih, terpilih)
        self.sunting_nama = sunting_nama
        self.fokus_jabatan_baru = fokus_jabatan_baru
        aksi = self.aksi
        self.a_dok_baru = aksi(
            "&Dokumen baru…",
            self.dokumen_baru,
            "Ctrl+N",
            SP.SP_FileDialogNewFolder,
            "Buat dokumen IKU/IKI untuk tahun baru",
        )
        self.a_hapus_dok = aksi("Hapus d&okumen…", self.hapus_dokumen)
        self._buat_aksi_jabatan()
        self.butir_menu = [self.a_dok_baru, self.a_hapus_dok, None, *self.aksi_jabatan]
        self.butir_menu += [None, self.a_hapus]

    def _buat_aksi_jabatan(self) -> None:
        aksi = self.aksi
        self.a_tambah = aksi(
            "&Tambah jabatan",
            self.tambah_jabatan,
            "Ctrl+J",
            SP.SP_FileDialogNewFolder,
            "Tambah jabatan setingkat dengan jabatan terpilih",
        )
        self.a_bawahan = aksi(
            "Tambah &bawahan",
            self.tambah_bawahan,
            "Ctrl+Shift+J",
            SP.SP_FileDialogNewFolder,
            "Tambah jabatan di bawah jabatan terpilih (bawahannya)",
        )
        self.a_gandakan = aksi(
            "&Gandakan jabatan",
            self.gandakan_jabatan,
            "Ctrl+D",
            None,
            "Salin jabatan terpilih beserta sasaran dan indikatornya",
        )
        self.a_menjorok = aksi(
            "Jadikan ba&wahan jabatan di atasnya",
            self.jadikan_bawahan,
            "Alt+Right",
            SP.SP_ArrowRight,
            "Jabatan terpilih menjadi bawahan jabatan setingkat di atasnya (Alt+Kanan)",
        )
        self.a_keluar_tingkat = aksi(
            "Keluarkan dari bawah ata&san",
            self.naikkan_tingkat,
            "Alt+Left",
            SP.SP_ArrowLeft,
            "Jabatan terpilih keluar dari bawah atasannya, setingkat dengan atasan itu (Alt+Kiri)",
        )
        self.a_naik = aksi("Na&ikkan jabatan", lambda: self.geser_jabatan(-1), "Alt+Up")
        self.a_turun = aksi("T&urunkan jabatan", lambda: self.geser_jabatan(1), "Alt+Down")
        self.a_ganti_nama = aksi("Ganti &nama jabatan", self.ganti_nama, "F2")
        self.a_hapus = aksi(
            "Hapus &jabatan…",
            self.hapus_jabatan,
            None,
            SP.SP_TrashIcon,
            "Hapus jabatan terpilih beserta bawahannya",
        )
        self.aksi_jabatan = [self.a_tambah, self.a_bawahan, self.a_gandakan, self.a_ganti_nama]
        self.aksi_jabatan += [self.a_naik, self.a_turun, self.a_menjorok, self.a_keluar_tingkat]

    def perbarui(self) -> None:
        simpul = self.simpul
        ada_db = self.konteks.ada_store
        bisa = self.ada_dokumen and not simpul.terkunci
        jab = simpul.jenis == "jabatan"
        self.a_dok_baru.setEnabled(ada_db)
        self.a_hapus_dok.setEnabled(bisa)
        self.a_tambah.setEnabled(bisa)
        for a in (self.a_bawahan, self.a_gandakan, self.a_hapus, self.a_ganti_nama):
            a.setEnabled(bisa and jab)
        for a in (self.a_naik, self.a_turun, self.a_menjorok, self.a_keluar_tingkat):
            a.setEnabled(bisa and jab)

    # ------------------------------------------------------------ Dokumen

    def dokumen_baru(self) -> None:
        from iki_desktop.ui.dialog.dokumen_baru import DialogDokumenBaru

        dialog = DialogDokumenBaru(self.konteks, self.induk)
        if not dialog.exec():
            return
        try:
            dokumen, instansi = dialog.buat()
        except IkiError as err:
            self.galat(str(err))
            return
        if self.konteks.jalankan(BuatDokumen(self.konteks, dokumen, instansi)):
            # The tree, not the new Dokumen's Tahun box, where a stray key changes the year.
            pohon = getattr(self.induk, "pohon", None)
            if isinstance(pohon, QWidget):
                pohon.setFocus()

    def hapus_dokumen(self) -> None:
        dokumen_id = self.simpul.dokumen_id
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        pesan = (
            f"Dokumen {dok.label} beserta Keputusan, IKU, {len(dok.jabatan)} jabatan dan "
            f"{dok.jumlah_indikator()} indikator akan dihapus. "
            "Penghapusan dapat diurungkan dengan Ctrl+Z."
        )
        if self.tanya("Hapus dokumen", pesan):
            self.konteks.jalankan(HapusDokumen(self.konteks, dok))

    # ------------------------------------------------------------ Jabatan

    def _jabatan_terpilih(self) -> Jabatan | None:
        if self.simpul.jenis != "jabatan":
            return None
        return self.konteks.dokumen(self.simpul.dokumen_id).jabatan_by_id(self.simpul.ident)

    def tambah_jabatan(self, bawahan: bool = False) -> None:
        jenis, ident, dokumen_id = self.simpul.jenis, self.simpul.ident, self.simpul.dokumen_id
        if not dokumen_id:
            return
        dok = self.konteks.dokumen(dokumen_id)
        if jenis == "jabatan" and bawahan:
            parent_id, index = ident, len(dok.anak(ident))
        elif jenis == "jabatan":
            parent_id, pos = posisi_jabatan(dok, ident)
            index = pos + 1
        else:
            parent_id, index = None, len(dok.anak(None))
        baru = Jabatan(nama="Jabatan baru", parent_id=parent_id)
        teks = "Tambah bawahan" if bawahan else "Tambah jabatan"
        if self.konteks.jalankan(TambahJabatan(self.konteks, dokumen_id, baru, index, teks)):
            self.fokus_jabatan_baru()

    def tambah_bawahan(self) -> None:
        self.tambah_jabatan(bawahan=True)

    def gandakan_jabatan(self) -> None:
        j = self._jabatan_terpilih()
        if j is not None:
            dok = self.konteks.dokumen(self.simpul.dokumen_id)
            self.konteks.jalankan(GandakanJabatan(self.konteks, dok, j.id))

    def geser_jabatan(self, arah: int) -> None:
        j = self._jabatan_terpilih()
        if j is None:
            return
        dok = self.konteks.dokumen(self.simpul.dokumen_id)
        parent_id, index = posisi_jabatan(dok, j.id)
        tujuan = index + arah
        if 0 <= tujuan < len(dok.anak(parent_id)):
            self.konteks.jalankan(PindahJabatan(self.konteks, dok, j.id, parent_id, tujuan))

    def jadikan_bawahan(self) -> bool:
        """Indent: the jabatan becomes the last subordinate of the sibling above it."""
        j = self._jabatan_terpilih()
        if j is None:
            return False
        dok = self.konteks.dokumen(self.simpul.dokumen_id)
        parent_id, index = posisi_jabatan(dok, j.id)
        if index == 0:
            self.galat(
                f"Jabatan {j.nama} tidak memiliki jabatan setingkat di atasnya untuk "
                "dijadikan atasan. Seret jabatan ke atasan yang diinginkan."
            )
            return False
        atasan = dok.anak(parent_id)[index - 1]
        perintah = PindahJabatan(self.konteks, dok, j.id, atasan.id, len(dok.anak(atasan.id)))
        perintah.setText(f"Jadikan {j.nama} bawahan {atasan.nama}")
        return self.konteks.jalankan(perintah)

    def naikkan_tingkat(self) -> bool:
        """Outdent: the jabatan leaves its atasan and follows it as a sibling."""
        j = self._jabatan_terpilih()
        if j is None or j.parent_id is None:
            return False
        dok = self.konteks.dokumen(self.simpul.dokumen_id)
        atasan = dok.jabatan_by_id(j.parent_id)
        if atasan is None:
            return False
        kakek, index_atasan = posisi_jabatan(dok, atasan.id)
        perintah = PindahJabatan(self.konteks, dok, j.id, kakek, index_atasan + 1)
        perintah.setText(f"Naikkan tingkat {j.nama} (setingkat {atasan.nama})")
        return self.konteks.jalankan(perintah)

    def ganti_nama(self) -> None:
        if self._jabatan_terpilih() is not None:
            self.sunting_nama()

    def hapus_jabatan(self) -> None:
        j = self._jabatan_terpilih()
        if j is None:
            return
        dok = self.konteks.dokumen(self.simpul.dokumen_id)
        if self.tanya("Hapus jabatan", rincian_hapus_jabatan(dok, j)):
            self.konteks.jalankan(HapusJabatan(self.konteks, dok.id, j))
