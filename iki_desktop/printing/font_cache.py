"""Parsed TrueType faces kept on disk, so a print process does not parse every TTF again.

reportlab parses a TTF (tables, cmap, widths) each time a process registers it: 3–8 ms
per face, four to six faces per print. The parsed face is plain data (numbers, strings,
bytes, lists, dicts); it is written once with `marshal` into the user's cache folder,
keyed by the font file's name, size and time and by the reportlab and Python versions,
and read back next time (~1 ms). The file bytes themselves are read again from the
bundled TTF (they are embedded in the PDF). Anything unexpected — no cache folder,
a damaged or foreign cache file — falls back to parsing, so the cache can only make
printing faster, never different.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

_MAGIC = "iki-desktop-ttface-1"
_JANGAN = ("_pdfScale", "_ttf_data")  # a closure, and the file's own bytes
_WAJIB = ("charWidths", "charToGlyph", "unitsPerEm", "filename", "name")
_lock = threading.Lock()
_FACE = ttfonts.TTFontFace  # the real class, also while ttfont() hands its face over


def folder_cache() -> Path | None:
    """Our cache folder: beside the data folder when it is set (tests, portable use)."""
    data = os.environ.get("IKI_DESKTOP_DATA_DIR")
    if data:
        return Path(data) / "cache" / "font"
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("IKI Desktop", appauthor=False)) / "font"
    except ImportError:
        return None


def _berkas_cache(path: Path) -> Path | None:
    folder = folder_cache()
    if folder is None:
        return None
    st = path.stat()
    versi = f"rl{reportlab.Version}-py{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"{path.stem}-{st.st_size}-{st.st_mtime_ns}-{versi}.face"


def _simpan(tujuan: Path, face: Any) -> None:
    data = {k: v for k, v in vars(face).items() if k not in _JANGAN}
    nama_bytes = [k for k, v in data.items() if isinstance(v, bytes) and type(v) is not bytes]
    isi = marshal.dumps({"magic": _MAGIC, "data": data, "nama_bytes": nama_bytes})
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tmp = tujuan.with_name(f".{tujuan.name}.{os.getpid()}.sementara")
    tmp.write_bytes(isi)
    os.replace(tmp, tujuan)


def _skala(units_per_em: int) -> Any:
    if units_per_em == 1000:
        return lambda x: x
    kali = 1000 / units_per_em
    return lambda x: x * kali


def _face_dari(sumber: Path, path: Path) -> Any | None:
    try:
        isi = marshal.loads(sumber.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(isi, dict) or isi.get("magic") != _MAGIC:
        return None
    data = isi.get("data")
    if not isinstance(data, dict) or not all(k in data for k in _WAJIB):
        return None
    if not isinstance(data["charWidths"], dict) or not isinstance(data["unitsPerEm"], int):
        return None
    if data["unitsPerEm"] <= 0 or data["filename"] != str(path):
        return None
    kelas_bytes = ttfonts.TTFNameBytes
    for k in isi.get("nama_bytes", []):
        if isinstance(data.get(k), bytes):
            data[k] = kelas_bytes(data[k])
    face = _FACE.__new__(_FACE)
    face.__dict__.update(data)
    face._pdfScale = _skala(data["unitsPerEm"])
    face._ttf_data = path.read_bytes()
    return face


def ttfont(nama: str, path: Path) -> TTFont:
    """`TTFont(nama, path)`, with the parsed face from the cache when there is one."""
    try:
        cache = _berkas_cache(path)
    except OSError:
        cache = None
    face = _face_dari(cache, path) if cache is not None and cache.exists() else None
    if face is None:
        font = TTFont(nama, str(path))
        if cache is not None:
            with contextlib.suppress(OSError, ValueError):
                _simpan(cache, font.face)
        return font
    with _lock:  # TTFont.__init__ looks the face class up in its module: hand ours over
        ttfonts.TTFontFace = lambda *a, **k: face  # type: ignore[assignment, misc]
        try:
            return TTFont(nama, str(path))
        finally:
            ttfonts.TTFontFace = _FACE  # type: ignore[misc]
