"""The tree says whose Dokumen it is when one file holds several offices (a kabupaten)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iki_desktop.domain.model import Instansi, JenisDaerah
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh
from iki_desktop.store import Store
from iki_desktop.ui.jendela.pohon import PERAN_JENIS
from iki_desktop.ui.jendela.utama import TEKS_DB_KOSONG, JendelaUtama

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))


def _jendela(qtbot: Any, path: Path) -> JendelaUtama:
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(path)
    w.show()
    return w


def test_a_kabupaten_file_groups_dokumen_by_office(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "kabupaten.sqlite"
    _, contoh = load_contoh()
    with Store.create(path) as store:
        for nama in ("Wonoasih", "Kedopok"):
            instansi = Instansi(nama=nama, jenis_daerah=JenisDaerah.KOTA, nama_daerah="Probolinggo")
            store.import_dokumen(instansi, salin_dokumen(contoh, 2026, instansi_id=instansi.id))
    w = _jendela(qtbot, path)
    akar = [w.proxy.index(r, 0) for r in range(w.proxy.rowCount())]
    assert [i.data() for i in akar] == ["Kecamatan Kedopok", "Kecamatan Wonoasih"]
    assert all(i.data(PERAN_JENIS) == "kantor" for i in akar)
    for kantor in akar:
        assert w.pohon.isExpanded(kantor)
        dok = w.proxy.index(0, 0, kantor)
        assert dok.data(PERAN_JENIS) == "dokumen" and dok.data().startswith("Tahun 2026")
    # The window opens on the first office's Dokumen, not on the office heading.
    assert w.simpul().jenis == "dokumen"
    w.close()


def test_one_office_keeps_the_flat_tree(qtbot: Any, db_contoh: Path) -> None:
    w = _jendela(qtbot, db_contoh)
    assert w.proxy.index(0, 0).data(PERAN_JENIS) == "dokumen"
    w.close()


def test_an_empty_database_says_how_to_begin(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "kosong.sqlite"
    Store.create(path).close()
    w = _jendela(qtbot, path)
    assert w.tumpukan.currentWidget() is w.kosong
    assert w.kosong.text() == TEKS_DB_KOSONG and "Dokumen baru" in w.kosong.text()
    dipicu: list[bool] = []
    w.dokumen.a_dok_baru.triggered.disconnect()
    w.dokumen.a_dok_baru.triggered.connect(lambda *_: dipicu.append(True))
    w.kosong.linkActivated.emit("baru")
    assert dipicu == [True]
    w.close()
