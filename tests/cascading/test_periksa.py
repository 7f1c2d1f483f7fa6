"""Cascade checks: in the domain and headless through `iki-desktop periksa`."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.cli import main
from iki_desktop.domain.model import Indikator, Sasaran, Tautan
from iki_desktop.domain.pemeriksaan_cascading import indikator_output, periksa_cascading
from iki_desktop.store import Store
from tests.cascading.bantu import dok_bertaut


def test_a_fully_linked_document_has_no_missing_links() -> None:
    _, dok = dok_bertaut()
    pesan = [m.pesan for m in periksa_cascading(dok)]
    assert not [p for p in pesan if "belum mendukung" in p or "tidak ada" in p]


def test_each_rule_names_jabatan_and_sasaran() -> None:
    _, dok = dok_bertaut()
    j = next(j for j in dok.jabatan if j.parent_id and j.sasaran)
    j.sasaran.append(Sasaran("Sasaran baru tanpa tautan", [Indikator("Persentase x")]))
    j.sasaran[0].tautan = [Tautan("sudah-dihapus")]
    dok.iku.append(Sasaran("Sasaran strategis yatim", [Indikator("Indeks y")]))
    pesan = [m.pesan for m in periksa_cascading(dok)]
    assert (
        f"{j.nama}: sasaran 'Sasaran baru tanpa tautan' belum mendukung sasaran atasan (belum ditautkan)."
        in pesan
    )
    assert any("Sasaran strategis yatim" in p and p.startswith("IKU") for p in pesan)
    assert any(p.startswith(j.nama) and "sudah tidak ada" in p for p in pesan)


def test_outcome_supported_only_by_outputs() -> None:
    _, dok = dok_bertaut()
    ind = dok.iku[0].indikator[0]
    pendukung = [
        s for j in dok.jabatan for s in j.sasaran if s.tautan and s.tautan[0].ke == dok.iku[0].id
    ]
    for s in pendukung:
        for i in s.indikator:
            i.teks = "Jumlah dokumen yang disusun"
    for s in [s for j in dok.jabatan for s in j.sasaran]:
        for i in s.indikator:
            if i.tautan and i.tautan[0].ke == ind.id:
                i.teks = "Jumlah kegiatan"
    assert indikator_output(Indikator("Jumlah laporan")) and not indikator_output(
        Indikator("Persentase x")
    )
    assert any(
        "hanya didukung indikator keluaran" in m.pesan and m.id == ind.id
        for m in periksa_cascading(dok)
    )


def test_cli_periksa_flags_a_sasaran_added_without_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["new", "--db", str(db), "--template", "--tahun", "2027"]) == 0
    with Store.open(db) as store:
        dok = store.load_dokumen(store.list_dokumen()[0].id)
        j = next(j for j in dok.jabatan if j.parent_id)
        store.add_sasaran(dok.id, j.id, Sasaran("Meningkatnya sesuatu yang baru"), 0)
    capsys.readouterr()
    assert main(["periksa", "--db", str(db), "--tahun", "2027", "--cascading"]) == 0
    keluar = capsys.readouterr().out.splitlines()
    temuan = [b for b in keluar if "Meningkatnya sesuatu yang baru" in b]
    assert temuan == [
        f"PERINGATAN: {j.nama}: sasaran 'Meningkatnya sesuatu yang baru' belum mendukung "
        "sasaran atasan (belum ditautkan)."
    ]
    assert len([b for b in keluar if b.startswith("PERINGATAN")]) == 1  # the template is clean
