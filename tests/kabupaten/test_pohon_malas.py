"""A kabupaten file opens fast: the tree reads a Dokumen's jabatan only when needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.domain.model import Dokumen, Instansi, Jabatan, JenisDaerah
from iki_desktop.store import Store
from iki_desktop.ui.jendela.cari import PanelCari
from iki_desktop.ui.jendela.pohon import (
    BATAS_MUAT_LANGSUNG,
    PERAN_JENIS,
    ModelPohon,
    ProxyCari,
)
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import TambahJabatan

pytestmark = pytest.mark.gui
N = BATAS_MUAT_LANGSUNG + 5


@pytest.fixture
def kabupaten(tmp_path: Path) -> Store:
    store = Store.create(tmp_path / "kab.sqlite")
    for n in range(N):
        instansi = Instansi(nama=f"Kantor {n:02}", jenis_daerah=JenisDaerah.KABUPATEN)
        camat = Jabatan(nama=f"Camat Kantor {n:02}")
        sekcam = Jabatan(nama=f"Sekcam nomor {n:02}", parent_id=camat.id)
        dok = Dokumen(tahun=2026, instansi_id=instansi.id)
        dok.jabatan = [camat, sekcam]
        store.import_dokumen(instansi, dok)
    return store


def test_only_dokumen_nodes_are_read_until_expanded(
    kabupaten: Store, qtmodeltester: object
) -> None:
    model = ModelPohon(Konteks(kabupaten))
    # One node per office (the file holds N offices), each with its Dokumen, nothing more.
    assert model.rowCount() == N and model.jumlah_simpul() == 2 * N
    kantor = model.index(0, 0)
    assert kantor.data(PERAN_JENIS) == "kantor" and model.rowCount(kantor) == 1
    pertama = model.index(0, 0, kantor)
    assert model.hasChildren(pertama) and model.rowCount(pertama) == 0
    assert model.canFetchMore(pertama)
    model.fetchMore(pertama)
    assert [model.index(r, 0, pertama).data(PERAN_JENIS) for r in range(4)] == [
        "instansi", "keputusan", "iku", "jabatan",
    ]  # fmt: skip
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    kabupaten.close()


def test_a_jump_reads_the_branch_and_a_reset_keeps_what_was_read(kabupaten: Store) -> None:
    konteks = Konteks(kabupaten)
    model = ModelPohon(konteks)
    dok = kabupaten.list_dokumen()[7]
    sekcam = next(j for j in kabupaten.load_kerangka(dok.id)[0].jabatan if j.parent_id)
    idx = model.cari("jabatan", sekcam.id)
    assert idx.isValid() and idx.data() == sekcam.nama
    assert konteks.jalankan(TambahJabatan(konteks, dok.id, Jabatan(nama="Baru"), 0))
    assert model.cari("jabatan", sekcam.id).isValid()
    assert model.sudah_dimuat(model.cari("dokumen", dok.id))
    assert not model.sudah_dimuat(model.cari("dokumen", kabupaten.list_dokumen()[8].id))
    kabupaten.close()


def test_search_reads_dokumen_with_hits_and_shows_them(kabupaten: Store, qtbot: object) -> None:
    konteks = Konteks(kabupaten)
    model = ModelPohon(konteks)
    proxy = ProxyCari()
    proxy.setSourceModel(model)
    panel = PanelCari(konteks, proxy)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.kotak.setText("sekcam nomor 13")
    panel._tunda.stop()  # searched right here, not after the typing pause
    panel.terapkan()
    assert proxy.rowCount() == 1
    dok = proxy.index(0, 0)
    assert model.sudah_dimuat(proxy.mapToSource(dok))
    teks = []
    stack = [dok]
    while stack:
        p = stack.pop()
        for r in range(proxy.rowCount(p)):
            teks.append(proxy.index(r, 0, p).data())
            stack.append(proxy.index(r, 0, p))
    assert "Sekcam nomor 13" in teks
    kabupaten.close()
