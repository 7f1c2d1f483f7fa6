"""pyphen's Indonesian patterns parsed once and kept on disk.

pyphen reads and parses `hyph_id_ID.dic` (11,700 patterns) in every process that
hyphenates a word: 35–40 ms, more than any other single step of a print. The parsed
patterns are plain data (a dict of strings to an offset and a tuple of small ints), so
they are written once with `marshal` into the user's cache folder, keyed by the
dictionary file's size and time and by the pyphen and Python versions, and read back
next time (~2 ms). pyphen keeps doing the hyphenating. Anything unexpected — no cache
folder, a damaged or foreign cache file, patterns with pyphen's nonstandard
alternatives (not plain data) — falls back to pyphen's own parsing, so the cache can
only make printing faster, never different.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iki_desktop.printing.font_cache import folder_cache

if TYPE_CHECKING:
    import pyphen

_MAGIC = "iki-desktop-pyphen-1"


def _berkas_cache(dic: Path, versi_pyphen: str) -> Path | None:
    folder = folder_cache()
    if folder is None:
        return None
    st = dic.stat()
    versi = f"pyphen{versi_pyphen}-py{sys.version_info[0]}{sys.version_info[1]}"
    return folder.parent / "kamus" / f"{dic.stem}-{st.st_size}-{st.st_mtime_ns}-{versi}.pola"


def _pola_sah(pola: Any) -> bool:
    if not isinstance(pola, dict) or not pola:
        return False
    for kunci, nilai in pola.items():
        if type(kunci) is not str or type(nilai) is not tuple or len(nilai) != 2:
            return False
        awal, angka = nilai
        if type(awal) is not int or type(angka) is not tuple or not angka:
            return False
        if not all(type(n) is int for n in angka):
            return False
    return True


def _baca(sumber: Path) -> dict[str, tuple[int, tuple[int, ...]]] | None:
    try:
        isi = marshal.loads(sumber.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(isi, dict) or isi.get("magic") != _MAGIC:
        return None
    pola = isi.get("pola")
    return pola if _pola_sah(pola) else None


def _simpan(tujuan: Path, pola: dict[str, Any]) -> None:
    # Only plain data: a pattern with a nonstandard alternative carries DataInt objects
    # that marshal would flatten into ints, losing the alternative.
    if not _pola_sah(pola):
        return
    isi = marshal.dumps({"magic": _MAGIC, "pola": pola})
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tmp = tujuan.with_name(f".{tujuan.name}.{os.getpid()}.sementara")
    tmp.write_bytes(isi)
    os.replace(tmp, tujuan)


def pyphen_id(left: int, right: int) -> pyphen.Pyphen:
    """`pyphen.Pyphen(lang="id_ID", left=left, right=right)`, its patterns from the cache."""
    import pyphen

    dic = pyphen.LANGUAGES[pyphen.language_fallback("id_ID")]
    if dic in pyphen.hdcache:
        return pyphen.Pyphen(lang="id_ID", left=left, right=right)
    try:
        cache = _berkas_cache(Path(dic), pyphen.__version__)
    except OSError:
        cache = None
    pola = _baca(cache) if cache is not None and cache.exists() else None
    if pola is not None:
        hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hd.patterns = pola
        hd.cache = {}
        hd.maxlen = max(len(k) for k in pola)
        pyphen.hdcache[dic] = hd
        return pyphen.Pyphen(lang="id_ID", left=left, right=right)
    hasil = pyphen.Pyphen(lang="id_ID", left=left, right=right)
    if cache is not None:
        with contextlib.suppress(OSError, ValueError):
            _simpan(cache, hasil.hd.patterns)
    return hasil
