"""Finding shipped resources from source and from a PyInstaller bundle."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.serialize import paket_dari_dict


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    return resources_dir() / relative


CONTOH = "contoh/wonoasih-2026.json"
TEMPLATE = "template/kecamatan-standar.json"


def _load_paket(relative: str) -> tuple[Instansi, Dokumen]:
    data = json.loads(resource_path(relative).read_text(encoding="utf-8"))
    return paket_dari_dict(data)


def load_contoh() -> tuple[Instansi, Dokumen]:
    """The complete Wonoasih 2026 sample (Keputusan, IKU and every jabatan)."""
    return _load_paket(CONTOH)


def load_template() -> tuple[Instansi, Dokumen]:
    """The standard kecamatan structure with tugas/fungsi and no indicators."""
    return _load_paket(TEMPLATE)
