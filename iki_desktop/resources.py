"""Finding shipped resources from source and from a PyInstaller bundle."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from iki_desktop.domain.model import Dokumen, Instansi, JenisInstansi
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
TEMPLATE_KELURAHAN = "template/kelurahan-standar.json"


def _load_paket(relative: str) -> tuple[Instansi, Dokumen]:
    data = json.loads(resource_path(relative).read_text(encoding="utf-8"))
    return paket_dari_dict(data)


def load_contoh() -> tuple[Instansi, Dokumen]:
    """The complete Wonoasih 2026 sample (Keputusan, IKU and every jabatan)."""
    return _load_paket(CONTOH)


def load_template(jenis: JenisInstansi = JenisInstansi.KECAMATAN) -> tuple[Instansi, Dokumen]:
    """The standard kecamatan (or kelurahan) structure with tugas/fungsi, a typical IKU
    and for every jabatan typical sasaran and indikator, each linked to what it supports:
    examples to adapt, never to enact as they are."""
    return _load_paket(TEMPLATE_KELURAHAN if jenis is JenisInstansi.KELURAHAN else TEMPLATE)


@cache
def teks_templat() -> frozenset[str]:
    """Every sasaran and indikator text of the shipped templates: a row still carrying
    one of them is an unadapted example (the editor says so)."""
    out: set[str] = set()
    for jenis in JenisInstansi:
        _, dok = load_template(jenis)
        for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]:
            out.add(s.teks)
            out.update(i.teks for i in s.indikator)
    return frozenset(out)
