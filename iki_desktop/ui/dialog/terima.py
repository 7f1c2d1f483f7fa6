"""Terima: choose a `.ikipaket`, see what it would change, decide conflicts, then merge.

Reading the package changes nothing. The merge backs up the local database first and
runs in one transaction (store.transfer.terapkan_paket); it is enabled only when
every conflict has a decision. After a merge `diterima` is emitted so the window can
reload its views.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen
from iki_desktop.store import Store
from iki_desktop.store.penetapan import tampil_waktu
from iki_desktop.store.transfer import (
    HasilTerima,
    Keputusan,
    Konflik,
    PratinjauPaket,
    SesiTerima,
    baca_paket,
    terapkan_paket,
)
from iki_desktop.store.transfer.banyak import HasilPaket, StatusPaket, terima_satu
from iki_desktop.store.transfer.gabung import NAMA_TABEL
from iki_desktop.store.transfer.tanda_tangan import teks_aman
from iki_desktop.ui.dialog.terima_konflik import label_kolom, nilai_tampil, peta_asal

KOLOM_RINGKASAN = ["Baru", "Berubah", "Sama", "Milik saya lebih baru", "Konflik"]
KOLOM_KONFLIK = ["Pilihan", "Data", "Jabatan dan tahun", "Yang berbeda", "Milik saya", "Kiriman"]
KOLOM_PILIHAN = 0  # first, so the choice is visible without scrolling sideways
LABEL_MASSAL = {
    Keputusan.MILIK_SAYA: "Pakai semua milik &saya",
    Keputusan.KIRIMAN: "Pakai semua &kiriman",
    Keputusan.KEDUANYA: "Simpan semua &keduanya",
}
_TANPA = "— pilih —"


def _cuplik(nilai: object, n: int = 60) -> str:
    teks = "" if nilai is None else str(nilai)
    return teks if len(teks) <= n else teks[: n - 1] + "…"


class DialogTerima(QDialog):
    diterima = Signal(object)  # HasilTerima

    def __init__(self, store: Store, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.store = store
        self.pratinjau: PratinjauPaket | None = None
        self.hasil: HasilTerima | None = None
        self.pesan = ""
        self.terima_kunci_baru = False
        # Several packages in one go (a stick full): one receiving session, one backup.
        self.sesi = SesiTerima()
        self.antrean: list[Path] = []
        self.laporan: list[HasilPaket] = []
        self.setWindowTitle("Terima paket dari kantor lain")
        layar = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1000, layar.width() - 24), min(640, layar.height() - 48))

        lay = QVBoxLayout(self)
        baris = QHBoxLayout()
        self.tombol_pilih = QPushButton("&Pilih berkas paket…")
        self.tombol_pilih.clicked.connect(self._pilih_berkas)
        baris.addWidget(self.tombol_pilih)
        self.label_berkas = QLabel("Belum ada berkas dipilih.")
        baris.addWidget(self.label_berkas, 1)
        lay.addLayout(baris)

        self.keterangan = QLabel()
        self.keterangan.setWordWrap(True)
        self.keterangan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.keterangan)
        self.tombol_kunci = QPushButton("Terima &kunci baru kantor ini…")
        self.tombol_kunci.clicked.connect(self.konfirmasi_kunci_baru)
        lay.addWidget(self.tombol_kunci, 0, Qt.AlignmentFlag.AlignLeft)

        self.ringkasan = QTableWidget(0, len(KOLOM_RINGKASAN))
        self.ringkasan.setHorizontalHeaderLabels(KOLOM_RINGKASAN)
        self.ringkasan.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ringkasan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Compact rows, so the conflicts below keep the room on a 600 px screen.
        self.ringkasan.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.ringkasan.setMaximumHeight(190)
        lay.addWidget(self.ringkasan)

        self._bagian_konflik(lay)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.tombol = QDialogButtonBox()
        self.tombol_terapkan = self.tombol.addButton(
            "&Terima dan gabungkan", QDialogButtonBox.ButtonRole.AcceptRole
        )
        tutup = self.tombol.addButton(QDialogButtonBox.StandardButton.Close)
        tutup.setText("Tutup")
        self.tombol_terapkan.clicked.connect(self.terapkan)
        tutup.clicked.connect(self.reject)
        lay.addWidget(self.tombol)
        self._tampilkan()
        if path:
            self.buka(path)

    def _bagian_konflik(self, lay: QVBoxLayout) -> None:
        self.judul_konflik = QLabel()
        self.judul_konflik.setWordWrap(True)
        lay.addWidget(self.judul_konflik)
        massal = QHBoxLayout()
        self.tombol_massal: list[QPushButton] = []
        for pilihan in Keputusan:
            b = QPushButton(LABEL_MASSAL.get(pilihan, pilihan.label))
            b.clicked.connect(lambda _=False, p=pilihan: self.putuskan_semua(p))
            massal.addWidget(b)
            self.tombol_massal.append(b)
        massal.addStretch()
        lay.addLayout(massal)
        self.tabel_konflik = QTableWidget(0, len(KOLOM_KONFLIK))
        self.tabel_konflik.setHorizontalHeaderLabels(KOLOM_KONFLIK)
        self.tabel_konflik.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.tabel_konflik.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KOLOM_PILIHAN, QHeaderView.ResizeMode.ResizeToContents)
        self.tabel_konflik.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabel_konflik.verticalHeader().hide()
        self.tabel_konflik.setWordWrap(True)
        lay.addWidget(self.tabel_konflik, 1)

    # ------------------------------------------------------------------ reading

    def _pilih_berkas(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Pilih paket (boleh beberapa)", "",
            "Paket IKI Desktop (*.ikipaket);;Semua berkas (*)",
        )  # fmt: skip
        if len(paths) == 1:
            self.buka(paths[0])
        elif paths:
            self.buka_banyak([Path(p) for p in paths])

    def buka_banyak(self, paths: list[Path]) -> None:
        """Receive several packages: those without conflicts go in at once, each in its
        own transaction; at one with conflicts the dialog stops for the decisions and
        goes on with the rest after it was merged."""
        self.antrean, self.laporan = list(paths), []
        self._lanjut()

    def _lanjut(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            while self.antrean:
                path = self.antrean.pop(0)
                hasil = terima_satu(self.store, path, None, self.sesi)
                if hasil.status is StatusPaket.KONFLIK:
                    self.buka(path)
                    self.status.setText(
                        _esc(f"{self._teks_laporan()} Paket {path.name} berkonflik: "
                             "putuskan di bawah, lalu Terima dan gabungkan.")
                    )  # fmt: skip
                    return
                self.laporan.append(hasil)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.pratinjau = None
        self.pesan = ""
        self._tampilkan()
        ditolak = [h for h in self.laporan if h.status is StatusPaket.DITOLAK]
        teks = self._teks_laporan() + "".join(f"\n{h.path.name}: {h.pesan}" for h in ditolak)
        self.status.setText(_merah(teks) if ditolak else f"<b>{_esc(teks)}</b>")
        self.pesan = teks
        self.diterima.emit(self.laporan)

    def _teks_laporan(self) -> str:
        n = {s: sum(1 for h in self.laporan if h.status is s) for s in StatusPaket}
        teks = (
            f"{len(self.laporan)} paket: {n[StatusPaket.DITERIMA]} diterima, "
            f"{n[StatusPaket.SAMA]} tanpa perubahan, {n[StatusPaket.DITOLAK]} ditolak."
        )
        if self.sesi.cadangan is not None:
            teks += f" Cadangan sebelumnya: {self.sesi.cadangan.name}."
        return teks

    def buka(self, path: str | Path) -> bool:
        """Read and preview a package; a refusal is shown in the dialog, nothing changes."""
        self.pratinjau, self.hasil = None, None
        self.terima_kunci_baru = False
        self.label_berkas.setText(teks_aman(path, 300))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pratinjau = baca_paket(Path(path), self.store)
            self.pesan = ""
        except IkiError as exc:
            self.pesan = str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._tampilkan()
        return self.pratinjau is not None

    def _tampilkan(self) -> None:
        p = self.pratinjau
        self.ringkasan.setRowCount(0)
        self.tabel_konflik.setRowCount(0)
        self.tombol_kunci.setVisible(
            bool(p and p.kepercayaan and p.kepercayaan.berganti and not self.terima_kunci_baru)
        )
        if p is None:
            self.keterangan.setText("")
            self.judul_konflik.setText("")
            self.status.setText(_merah(self.pesan) if self.pesan else "")
            for b in self.tombol_massal:
                b.setEnabled(False)
            self.tombol_terapkan.setEnabled(False)
            return
        m = p.manifest
        dokumen = "".join(
            f"<li>{d.label} — {_esc(teks_aman(d.judul))} [{d.status.label}]</li>" for d in p.dokumen
        )
        self.keterangan.setText(
            f"<b>Dari:</b> {_esc(teks_aman(m.get('kantor_nama', '-')))}"
            f" (berisi data {_esc(teks_aman(m.get('instansi_nama', '-'), 300))})<br>"
            f"<b>Dibuat:</b> {_esc(tampil_waktu(str(m.get('dibuat_at', ''))))}, "
            f"IKI Desktop {_esc(teks_aman(m.get('versi_program', '?'), 40))}<br>"
            + self._teks_kepercayaan(p)
            + f"<b>Dokumen dalam paket:</b><ul>{dokumen}</ul>"
        )
        self.ringkasan.setRowCount(len(p.ringkasan))
        self.ringkasan.setVerticalHeaderLabels([NAMA_TABEL[t] for t in p.ringkasan])
        for r, ring in enumerate(p.ringkasan.values()):
            nilai = [ring.baru, ring.berubah, ring.sama, ring.tetap, ring.konflik]
            for c, v in enumerate(nilai):
                item = QTableWidgetItem(str(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.ringkasan.setItem(r, c, item)
        tinggi = self.ringkasan.horizontalHeader().sizeHint().height()
        tinggi += sum(self.ringkasan.rowHeight(r) for r in range(self.ringkasan.rowCount()))
        self.ringkasan.setFixedHeight(tinggi + 2 * self.ringkasan.frameWidth())
        self._isi_konflik(p.konflik)
        catatan = []
        usulan = p.kepercayaan.usulan if p.kepercayaan else {}
        terkunci = [d for d in p.dokumen_terkunci if d not in usulan]
        if terkunci:
            catatan.append(
                f"{len(terkunci)} dokumen di sini sudah ditetapkan; versi kiriman "
                "yang berbeda disimpan sebagai dokumen terpisah (yang ditetapkan tidak diubah)."
            )
        if p.tanpa_perubahan and not p.konflik:
            catatan.append("Tidak ada perubahan: semua isi paket sudah ada di basis data ini.")
        self.status.setText("<br>".join(catatan))
        self._perbarui_tombol()

    def _teks_kepercayaan(self, p: PratinjauPaket) -> str:
        k = p.kepercayaan
        if k is None:
            return ""
        teks = f"<b>Sidik jari kunci pengirim:</b> <tt>{_esc(k.sidik_jari)}</tt>"
        if k.status == "baru":
            teks += (
                "<br><span style='color:#8a5a00'><b>Kantor ini baru dikenal.</b> Cocokkan "
                "sidik jari di atas lewat telepon dengan kantor pengirim.</span>"
            )
        elif k.berganti:
            lama = _esc(k.kunci_dikenal_sidik)
            diterima = " (pergantian kunci DITERIMA)" if self.terima_kunci_baru else ""
            teks += (
                "<br><span style='color:#b00020'><b>PERINGATAN: KUNCI KANTOR INI BERBEDA dari "
                f"yang dikenal{diterima}.</b><br>Kunci yang dikenal: <tt>{lama}</tt><br>"
                f"Kunci pada paket: <tt>{_esc(k.sidik_jari)}</tt><br>Paket ini bisa palsu. "
                "Terima hanya bila kantor itu memastikan lewat telepon bahwa mereka memakai "
                "komputer atau kunci baru dengan sidik jari tersebut.</span>"
            )
        for u in k.usulan.values():
            teks += f"<br><span style='color:#b00020'>{_esc(u)}</span>"
        return teks + "<br>"

    def konfirmasi_kunci_baru(self) -> None:
        """Ask loudly, with both fingerprints, before a changed office key is accepted."""
        p = self.pratinjau
        if p is None or p.kepercayaan is None or not p.kepercayaan.berganti:
            return
        k = p.kepercayaan
        kotak = QMessageBox(self)
        kotak.setIcon(QMessageBox.Icon.Warning)
        kotak.setWindowTitle("Terima kunci baru?")
        kotak.setText(
            f"<b>Kunci kantor {_esc(teks_aman(k.kantor_nama))} BERBEDA dari yang dikenal.</b>"
        )
        kotak.setInformativeText(
            f"Kunci yang dikenal:  {k.kunci_dikenal_sidik}\n"
            f"Kunci pada paket:    {k.sidik_jari}\n\n"
            "Terima hanya bila Anda sudah menelepon kantor itu dan mereka membacakan sidik "
            "jari kunci barunya (iki-desktop key), dan angkanya sama persis. Bila ragu, "
            "jangan terima: paket ini bisa dibuat orang lain."
        )
        ya = kotak.addButton("Ya, sidik jari sudah dicocokkan", QMessageBox.ButtonRole.AcceptRole)
        kotak.addButton("Batal", QMessageBox.ButtonRole.RejectRole)
        kotak.exec()
        if kotak.clickedButton() is ya:
            self.terima_kunci_baru = True
            self._tampilkan()

    def _isi_konflik(self, konflik: list[Konflik]) -> None:
        self.judul_konflik.setText(
            f"<b>Konflik ({len(konflik)})</b>: data ini diubah di kedua kantor sejak terakhir "
            "bertukar paket. Pilih mana yang dipakai; tidak ada yang ditimpa tanpa pilihan Anda."
            if konflik
            else "Tidak ada konflik."
        )
        for b in self.tombol_massal:
            b.setEnabled(bool(konflik))
        self.tabel_konflik.setRowCount(len(konflik))
        asal = peta_asal(self._dokumen_lokal(konflik))
        for r, k in enumerate(konflik):
            beda = k.kolom_beda
            sel = [
                teks_aman(k.label),
                teks_aman(asal.get(k.id) or asal.get(k.dokumen_id or "", "")),
                "seluruh dokumen"
                if k.jenis == "dokumen"
                else ", ".join(label_kolom(b) for b in beda),
                _nilai(k.lokal, beda),
                _nilai(k.kiriman, beda),
            ]
            for c, teks in enumerate(sel, start=1):
                item = QTableWidgetItem(_cuplik(teks, 160))
                item.setToolTip(teks)
                self.tabel_konflik.setItem(r, c, item)
            pilih = QComboBox()
            pilih.addItem(_TANPA, None)
            for p in Keputusan:
                pilih.addItem(p.label, p.value)
            pilih.currentIndexChanged.connect(lambda _i: self._perbarui_tombol())
            self.tabel_konflik.setCellWidget(r, KOLOM_PILIHAN, pilih)
        self.tabel_konflik.resizeRowsToContents()
        batas = 3 * self.fontMetrics().lineSpacing() + 12  # long texts: the tooltip has all
        for r in range(self.tabel_konflik.rowCount()):
            if self.tabel_konflik.rowHeight(r) > batas:
                self.tabel_konflik.setRowHeight(r, batas)

    def _dokumen_lokal(self, konflik: list[Konflik]) -> list[Dokumen]:
        """The local Dokumen the conflicting records belong to (a conflict is a record
        both offices have), else the package's headers for the year at least."""
        dokumen: list[Dokumen] = list(self.pratinjau.dokumen) if self.pratinjau else []
        for dokumen_id in dict.fromkeys(k.dokumen_id for k in konflik if k.dokumen_id):
            try:
                dokumen.append(self.store.load_dokumen(dokumen_id))
            except IkiError:
                continue
        return dokumen

    # ------------------------------------------------------------------ deciding

    def _pemilih(self, baris: int) -> QComboBox:
        w = self.tabel_konflik.cellWidget(baris, KOLOM_PILIHAN)
        assert isinstance(w, QComboBox)
        return w

    def putuskan(self, baris: int, pilihan: Keputusan) -> None:
        w = self._pemilih(baris)
        w.setCurrentIndex(w.findData(pilihan.value))

    def putuskan_semua(self, pilihan: Keputusan) -> None:
        for r in range(self.tabel_konflik.rowCount()):
            self.putuskan(r, pilihan)

    def keputusan(self) -> dict[str, str]:
        if self.pratinjau is None:
            return {}
        out: dict[str, str] = {}
        for r, k in enumerate(self.pratinjau.konflik):
            nilai = self._pemilih(r).currentData()
            if nilai:
                out[k.id] = nilai
        return out

    def _perbarui_tombol(self) -> None:
        p = self.pratinjau
        siap = (
            p is not None
            and self.hasil is None
            and not (p.tanpa_perubahan and not p.konflik and not self.terima_kunci_baru)
            and len(self.keputusan()) == len(p.konflik)
            and not (p.kepercayaan and p.kepercayaan.berganti and not self.terima_kunci_baru)
        )
        self.tombol_terapkan.setEnabled(siap)

    # ------------------------------------------------------------------ merging

    def terapkan(self) -> None:
        if self.pratinjau is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.hasil = terapkan_paket(
                self.store,
                self.pratinjau,
                self.keputusan(),
                self.terima_kunci_baru,
                sesi=self.sesi,
            )
        except IkiError as exc:
            self.pesan = str(exc)
            self.status.setText(_merah(self.pesan))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.pesan = self.hasil.pesan
        self.status.setText(f"<b style='color:#006400'>{_esc(self.hasil.pesan)}</b>")
        self.tombol_terapkan.setEnabled(False)
        for b in self.tombol_massal:
            b.setEnabled(False)
        self.diterima.emit(self.hasil)
        if self.antrean:
            self.laporan.append(
                HasilPaket(Path(self.label_berkas.text()), StatusPaket.DITERIMA, pesan=self.pesan)
            )
            self._lanjut()


def _nilai(row: dict[str, object] | None, kolom: list[str]) -> str:
    """The differing fields of one side, each with its Indonesian name."""
    if row is None:
        return "(tidak ada)"
    # Each value made safe (one visible line, bounded): a package may be hostile.
    if len(kolom) == 1:
        return teks_aman(nilai_tampil(kolom[0], row.get(kolom[0])), 300)
    return "\n".join(
        f"{label_kolom(k)}: {teks_aman(nilai_tampil(k, row.get(k)), 300)}" for k in kolom
    )


def _esc(teks: str) -> str:
    return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _merah(teks: str) -> str:
    return f"<span style='color:#b00020'>{_esc(teks).replace(chr(10), '<br>')}</span>"
