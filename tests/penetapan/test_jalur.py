"""Enacted content survives every other path: JSON import, USB transfer, undo commands."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Indikator, Jabatan, Keputusan, Sasaran
from iki_desktop.domain.penetapan import hash_konten
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.store.jsonio import export_json, import_json
from iki_desktop.store.penetapan import muat_untuk_cetak, tetapkan, verifikasi


def _hash(store: Store, dokumen_id: str) -> str:
    dok = store.load_dokumen(dokumen_id)
    return hash_konten(store.get_instansi(dok.instansi_id), dok)


def test_json_round_trip_keeps_hash_and_code(store: Store, dokumen_id: str, tmp_path: Path) -> None:
    p = tetapkan(store, dokumen_id)
    berkas = export_json(store, dokumen_id, tmp_path / "d.json")
    with Store.create(tmp_path / "lain.sqlite") as lain:
        dok = import_json(lain, berkas)
        assert dok.ditetapkan and _hash(lain, dokumen_id) == p.content_hash
        hasil = verifikasi(lain, p.kode)  # a code row is made for the imported version
        assert hasil is not None and hasil.dokumen_id == dokumen_id and hasil.utuh
        assert muat_untuk_cetak(lain, dokumen_id)[2] == p.kode


def test_json_import_cannot_replace_enacted(store: Store, dokumen_id: str, tmp_path: Path) -> None:
    tetapkan(store, dokumen_id)
    sebelum = _hash(store, dokumen_id)
    berkas = export_json(store, dokumen_id, tmp_path / "d.json")
    data = json.loads(berkas.read_text("utf-8"))
    data["dokumen"]["status"] = "draf"
    data["dokumen"]["jabatan"][2]["nama"] = "Jabatan yang disisipkan"
    berkas.write_text(json.dumps(data), "utf-8")
    for ganti in (False, True):
        with pytest.raises(IkiError, match="ditetapkan"):
            import_json(store, berkas, ganti=ganti)
    assert _hash(store, dokumen_id) == sebelum


transfer = pytest.importorskip("iki_desktop.store.transfer")


def test_usb_transfer_keeps_hash_and_code(store: Store, dokumen_id: str, tmp_path: Path) -> None:
    p = tetapkan(store, dokumen_id, "Siti")
    paket = tmp_path / "kirim.ikipaket"
    transfer.buat_paket(store, paket)
    with Store.create(tmp_path / "kabupaten.sqlite") as kab:
        transfer.terapkan_paket(kab, transfer.baca_paket(paket, kab))
        assert _hash(kab, dokumen_id) == p.content_hash
        hasil = verifikasi(kab, p.kode)
        assert hasil is not None and hasil.utuh and hasil.ditetapkan_oleh == "Siti"
        assert hasil.instansi == "Kecamatan Wonoasih"


def test_merge_cannot_alter_enacted(store: Store, dokumen_id: str, tmp_path: Path) -> None:
    p = tetapkan(store, dokumen_id)
    # Another office holds the same Dokumen (same ids) as a Draf and edits it.
    with Store.create(tmp_path / "lain.sqlite") as lain:
        instansi, dok = load_contoh()
        lain.import_dokumen(instansi, dok)
        ind = copy.deepcopy(dok.jabatan_urut()[3].sasaran[0].indikator[0])
        ind.teks = "Diubah di kantor lain"
        lain.update_indikator(ind)
        lain.delete_jabatan(dok.jabatan_urut()[6].id)
        paket = tmp_path / "ubah.ikipaket"
        transfer.buat_paket(lain, paket)
    for pilihan in ("kiriman", "keduanya"):
        pratinjau = transfer.baca_paket(paket, store)
        # Refusing the whole package would be acceptable too.
        with contextlib.suppress(IkiError):
            transfer.terapkan_paket(store, pratinjau, pilihan)
        assert _hash(store, dokumen_id) == p.content_hash
        hasil = verifikasi(store, p.kode)
        assert hasil is not None and hasil.utuh


def test_undo_commands_are_refused(store: Store, dokumen_id: str, qapp: object) -> None:
    from iki_desktop.ui.konteks import Konteks
    from iki_desktop.ui.undo import dokumen as P
    from iki_desktop.ui.undo import tabel as T

    tetapkan(store, dokumen_id)
    sebelum = _hash(store, dokumen_id)
    konteks = Konteks(store)
    pesan: list[str] = []
    konteks.galat.connect(pesan.append)
    dok = store.load_dokumen(dokumen_id)
    jab = dok.jabatan_urut()[3]
    sas = jab.sasaran[0]
    ind = sas.indikator[0]
    jab_baru = copy.deepcopy(jab)
    jab_baru.nama = "Diubah"
    ind_baru = copy.deepcopy(ind)
    ind_baru.teks = "Diubah"
    dok_baru = copy.deepcopy(dok)
    dok_baru.judul = "Diubah"
    perintah = [
        P.TambahJabatan(konteks, dokumen_id, Jabatan(nama="Baru"), 0),
        P.UbahJabatan(konteks, dokumen_id, jab, jab_baru),
        P.HapusJabatan(konteks, dokumen_id, jab),
        P.UbahKeputusan(konteks, dokumen_id, dok.keputusan, Keputusan(nomor="X")),
        P.UbahHeaderDokumen(konteks, dok, dok_baru),
        P.HapusDokumen(konteks, dok),
        T.TambahSasaran(konteks, dokumen_id, jab.id, Sasaran(teks="Baru"), 0),
        T.TambahIndikator(konteks, dokumen_id, jab.id, sas.id, Indikator(teks="Baru"), 0),
        T.UbahSasaran(konteks, dokumen_id, jab.id, sas.id, sas.teks, "Diubah"),
        T.UbahIndikator(konteks, dokumen_id, jab.id, ind, ind_baru),
    ]
    for cmd in perintah:
        assert konteks.jalankan(cmd) is False, cmd.text()
    assert konteks.undo_stack.count() == 0
    assert len(pesan) == len(perintah) and all("sudah ditetapkan" in m for m in pesan)
    assert _hash(store, dokumen_id) == sebelum
