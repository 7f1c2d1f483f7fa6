"""`screenshot --pilih`: the exact jabatan, or a refusal naming the candidates; no backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iki_desktop.domain.errors import IkiError
from iki_desktop.ui.jendela.utama import JendelaUtama
from iki_desktop.ui.otomasi import cari_simpul, simpan_tangkapan

pytestmark = pytest.mark.gui


def test_exact_name_wins_and_ambiguous_text_is_refused(
    qtbot: Any, db_contoh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    w = JendelaUtama()
    qtbot.addWidget(w)
    assert w.buka_berkas(db_contoh)
    # The sample has no jabatan "Camat": never silently "Sekretaris Kecamatan".
    with pytest.raises(IkiError, match="Tidak ada simpul bernama 'Camat'.*Sekretaris Kecamatan"):
        cari_simpul(w.proxy, "Camat")
    assert cari_simpul(w.proxy, "Keputusan").data() == "Keputusan"
    assert cari_simpul(w.proxy, "sekretaris kecamatan").data() == "Sekretaris Kecamatan"
    with pytest.raises(IkiError, match="cocok dengan .* simpul .*tulis namanya lengkap"):
        cari_simpul(w.proxy, "Seksi")
    with pytest.raises(IkiError, match="Tidak ada simpul"):
        cari_simpul(w.proxy, "Bupati Mars")
    w.close()


def test_screenshot_writes_no_backup_into_the_users_folder(
    db_contoh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data-pengguna"
    monkeypatch.setenv("IKI_DESKTOP_DATA_DIR", str(data))
    out = tmp_path / "camat.png"
    assert simpan_tangkapan(db_contoh, out, 1024, 600, "Sekretaris Kecamatan") == (1024, 600)
    assert out.stat().st_size > 10_000
    cadangan = list(data.rglob("*.sqlite*")) if data.exists() else []
    assert cadangan == []
