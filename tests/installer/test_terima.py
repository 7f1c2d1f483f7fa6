"""`terima BERKAS` (the .ikipaket double-click) hands an absolute path to the window."""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

import pytest

from iki_desktop.cli import main


def test_terima_passes_absolute_path_to_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[argparse.Namespace] = []
    fake = types.ModuleType("iki_desktop.ui.app")
    fake.jalankan = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "iki_desktop.ui.app", fake)
    monkeypatch.chdir(tmp_path)
    assert main(["terima", "kiriman.ikipaket"]) == 0
    assert seen[0].terima == str(tmp_path / "kiriman.ikipaket")
    assert seen[0].perintah == "terima"
