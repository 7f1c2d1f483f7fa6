"""Writing a package reports progress before and after each slow step (fsync, read-back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iki_desktop.store.transfer import paket as paket_mod
from iki_desktop.store.transfer.paket import buat_paket
from tests.transfer.bantu import kantor


def test_progress_surrounds_fsync_and_verification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _, _ = kantor(tmp_path / "a.sqlite", "Wonoasih")
    urutan: list[str] = []
    monkeypatch.setattr(paket_mod, "_titik", lambda nama: urutan.append(f"langkah:{nama}"))
    hasil = buat_paket(store, tmp_path / "kirim", None, lambda f, t: urutan.append(f"{f:.2f}"))
    store.close()
    assert hasil.path.exists()

    def sebelum_sesudah(langkah: str, berikut: str) -> tuple[float, float]:
        i, j = urutan.index(f"langkah:{langkah}"), urutan.index(f"langkah:{berikut}")
        sebelum = [u for u in urutan[:i] if not u.startswith("langkah:")][-1]
        di_antara = [u for u in urutan[i + 1 : j] if not u.startswith("langkah:")]
        assert di_antara, f"no progress between {langkah} and {berikut}: {urutan}"
        return float(sebelum), float(di_antara[0])

    a, b = sebelum_sesudah("fsync", "ganti-nama")
    assert a < b
    # After reading the package back, before the final "safe to pull" report.
    i = urutan.index("langkah:verifikasi")
    setelah = [float(u) for u in urutan[i + 1 :] if not u.startswith("langkah:")]
    assert len(setelah) >= 2 and setelah[0] < 1.0 and setelah[-1] == 1.0
