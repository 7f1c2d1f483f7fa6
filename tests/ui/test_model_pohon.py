"""The tree model without widgets: rows, parents, roles, drag/drop, reset."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt

from iki_desktop.domain.model import Jabatan
from iki_desktop.ui.jendela.pohon import (
    MIME_JABATAN,
    PERAN_DOKUMEN,
    PERAN_ID,
    PERAN_JENIS,
    PERAN_TERKUNCI,
    SIMPUL_TETAP,
    ModelPohon,
    ProxyCari,
)
from iki_desktop.ui.konteks import Konteks
from iki_desktop.ui.undo.dokumen import TambahJabatan


def _dokumen_id(konteks: Konteks) -> str:
    return konteks.store.list_dokumen()[0].id


def test_rows_parents_and_roles(konteks: Konteks, qtmodeltester: object) -> None:
    model = ModelPohon(konteks)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    dok = konteks.dokumen(_dokumen_id(konteks))
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.data(root, PERAN_JENIS) == "dokumen"
    assert model.data(root) == "Tahun 2026 — Draf"
    assert model.data(root, PERAN_TERKUNCI) is False
    fixed = [model.data(model.index(i, 0, root), PERAN_JENIS) for i in range(3)]
    assert fixed == [jenis for jenis, _ in SIMPUL_TETAP]
    assert model.data(model.index(0, 0, root), PERAN_ID) == dok.instansi_id
    roots = dok.anak(None)
    assert model.rowCount(root) == len(SIMPUL_TETAP) + len(roots)
    first = model.index(len(SIMPUL_TETAP), 0, root)
    assert model.data(first, PERAN_ID) == roots[0].id
    assert model.data(first, PERAN_DOKUMEN) == dok.id
    assert model.parent(first) == root
    assert model.parent(root) == QModelIndex()
    # Every jabatan is reachable, and cari() finds it.
    assert model.jumlah_simpul() == 1 + len(SIMPUL_TETAP) + len(dok.jabatan)
    for j in dok.jabatan:
        idx = model.cari("jabatan", j.id)
        assert model.data(idx, PERAN_ID) == j.id
        parent_id = model.data(model.parent(idx), PERAN_ID)
        assert parent_id == (j.parent_id or dok.id)
    assert model.flags(first) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(model.index(1, 0, root)) & Qt.ItemFlag.ItemIsDragEnabled


def test_mime_round_trip_moves_jabatan(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    dok = konteks.dokumen(_dokumen_id(konteks))
    pindah = dok.anak(dok.anak(None)[0].id)[-1]
    tujuan = dok.anak(None)[-1]
    mime = model.mimeData([model.cari("jabatan", pindah.id)])
    assert json.loads(bytes(mime.data(MIME_JABATAN).data()))["jabatan_id"] == pindah.id
    target = model.cari("jabatan", tujuan.id)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    with_resets: list[int] = []
    model.modelReset.connect(lambda: with_resets.append(1))
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert with_resets, "a structural change resets the model"
    moved = konteks.store.load_dokumen(dok.id).jabatan_by_id(pindah.id)
    assert moved is not None and moved.parent_id == tujuan.id
    idx = model.cari("jabatan", pindah.id)
    assert model.data(model.parent(idx), PERAN_ID) == tujuan.id
    assert idx.row() == 0
    konteks.undo_stack.undo()
    back = konteks.store.load_dokumen(dok.id).jabatan_by_id(pindah.id)
    assert back is not None and back.parent_id == pindah.parent_id


def test_drop_onto_own_descendant_is_refused(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    dok = konteks.dokumen(_dokumen_id(konteks))
    atas = dok.anak(None)[0]
    bawah = dok.anak(atas.id)[0]
    pesan: list[str] = []
    konteks.galat.connect(pesan.append)
    mime = model.mimeData([model.cari("jabatan", atas.id)])
    assert not model.dropMimeData(
        mime, Qt.DropAction.MoveAction, 0, 0, model.cari("jabatan", bawah.id)
    )
    assert pesan and "bawahannya" in pesan[0]
    assert konteks.undo_stack.count() == 0


def test_reorder_within_parent_and_drop_on_dokumen(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    dok = konteks.dokumen(_dokumen_id(konteks))
    roots = [j.id for j in dok.anak(None)]
    root_idx = model.cari("dokumen", dok.id)
    mime = model.mimeData([model.cari("jabatan", roots[0])])
    # Dropping the first root jabatan at the end of the Dokumen's rows.
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, root_idx)
    assert [j.id for j in konteks.dokumen(dok.id).anak(None)] == roots[1:] + roots[:1]


def test_rename_is_undoable_and_targeted(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    dok = konteks.dokumen(_dokumen_id(konteks))
    j = dok.anak(None)[0]
    idx = model.cari("jabatan", j.id)
    changed: list[object] = []
    resets: list[int] = []
    model.dataChanged.connect(lambda a, b, *r: changed.append(a))
    model.modelReset.connect(lambda: resets.append(1))
    assert model.setData(idx, "  Sekretaris   Camat ", Qt.ItemDataRole.EditRole)
    assert model.data(idx) == "Sekretaris Camat"
    assert changed and not resets
    assert konteks.undo_stack.undoText() == "Ganti nama jabatan menjadi Sekretaris Camat"
    konteks.undo_stack.undo()
    assert model.data(model.cari("jabatan", j.id)) == j.nama
    assert konteks.store.load_dokumen(dok.id).jabatan_by_id(j.id).nama == j.nama  # type: ignore[union-attr]


def test_add_resets_and_new_node_appears(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    dok = konteks.dokumen(_dokumen_id(konteks))
    before = model.jumlah_simpul()
    baru = Jabatan(nama="Analis Baru", parent_id=dok.anak(None)[0].id)
    assert konteks.jalankan(TambahJabatan(konteks, dok.id, baru, 0))
    assert model.jumlah_simpul() == before + 1
    assert model.data(model.cari("jabatan", baru.id)) == "Analis Baru"
    konteks.undo_stack.undo()
    assert model.jumlah_simpul() == before
    assert not model.cari("jabatan", baru.id).isValid()


@pytest.mark.parametrize("teks", ["pelayanan", "PELAYANAN"])
def test_proxy_filters_recursively(konteks: Konteks, teks: str) -> None:
    model = ModelPohon(konteks)
    proxy = ProxyCari()
    proxy.setSourceModel(model)
    proxy.atur_pencarian(teks)
    root = proxy.index(0, 0)
    shown = []

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            i = proxy.index(r, 0, parent)
            shown.append(str(proxy.data(i)))
            walk(i)

    walk(root)
    assert shown and all(
        "pelayanan" in s.casefold() or proxy.rowCount(proxy.index(0, 0)) for s in shown
    )
    assert any("Pelayanan" in s for s in shown)
    assert "IKU" not in shown


def test_proxy_accepts_indicator_matches(konteks: Konteks) -> None:
    model = ModelPohon(konteks)
    proxy = ProxyCari()
    proxy.setSourceModel(model)
    dok = konteks.dokumen(_dokumen_id(konteks))
    target = dok.jabatan_urut()[-1]
    proxy.atur_pencarian("zzz-tidak-ada-di-nama", {target.id: 3})
    idx = proxy.mapFromSource(model.cari("jabatan", target.id))
    assert idx.isValid()
    assert str(proxy.data(idx)).endswith("[3 cocok]")
