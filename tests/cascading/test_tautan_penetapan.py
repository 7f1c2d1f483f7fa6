"""Enacting a linked Dokumen, revising it and comparing: the code verifies, the revision
keeps every link, and the comparison names a changed link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iki_desktop.domain.tautan import ganti_vertikal, pilihan_atasan
from iki_desktop.store import Store
from iki_desktop.store.penetapan import bandingkan_versi, buat_perubahan, tetapkan, verifikasi
from tests.cascading.bantu import dok_bertaut, semua_tautan


def test_enact_revise_compare(tmp_path: Path) -> None:
    instansi, dok = dok_bertaut()
    dok.keputusan.nomor = "800/12/2026"
    dok.keputusan.tanggal = dt.date(2026, 1, 5)
    with Store.create(tmp_path / "a.sqlite") as store:
        store.import_dokumen(instansi, dok)
        p = tetapkan(store, dok.id, "Siti")
        hasil = verifikasi(store, p.kode)
        assert hasil is not None and hasil.utuh
        rev = buat_perubahan(store, dok.id)
        assert semua_tautan(store.load_dokumen(rev.id)) == semua_tautan(dok)
        rev = store.load_dokumen(rev.id)
        j = next(j for j in rev.jabatan if j.nama == "Analis Kinerja")
        s = j.sasaran[0]
        lain = next(
            t for t in pilihan_atasan(rev, j) if t.indikator is None and t.id != s.tautan[0].ke
        )
        store.update_tautan(s.id, ganti_vertikal(rev, j, s.tautan, lain.id))
        beda = [b for b in bandingkan_versi(store, dok.id, rev.id) if b.medan == "Tautan cascading"]
        assert len(beda) == 1 and "Analis Kinerja" in beda[0].tempat
        assert lain.teks[:30] in beda[0].baru
