"""JSON interchange of one Dokumen with its Instansi (format_version 1).

Export is deterministic (sorted keys are not used: the dict order of serialize.py is
the documented order), so export -> import -> export gives identical bytes. Import
treats the file as hostile: size limit, strict UTF-8, JSON Schema validation with
Indonesian messages that name the place of the problem, structural checks, and one
transaction.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.integritas import pastikan_struktur
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.serialize import FORMAT_VERSION, paket_dari_dict, paket_ke_dict
from iki_desktop.resources import resource_path
from iki_desktop.store.store import Store

MAX_JSON_BYTES = 64 * 1024 * 1024


@lru_cache(maxsize=1)
def _validator() -> Any:
    # Imported here: jsonschema costs ~80 ms at start-up and only imports need it.
    import jsonschema

    schema = json.loads(resource_path("schema/dokumen-v1.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def dokumen_ke_json(instansi: Instansi, dokumen: Dokumen) -> str:
    return json.dumps(paket_ke_dict(instansi, dokumen), ensure_ascii=False, indent=1) + "\n"


def export_json(store: Store, dokumen_id: str, path: str | Path) -> Path:
    # An enacted Dokumen is exported as its frozen snapshot, so that the receiver
    # computes the same content hash and verification code, whatever changed since.
    from iki_desktop.store.penetapan import muat_untuk_cetak

    instansi, dokumen, _kode = muat_untuk_cetak(store, dokumen_id)
    target = Path(path)
    tmp = target.with_name(target.name + ".sementara")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(dokumen_ke_json(instansi, dokumen))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target


def _tempat(error: Any) -> str:
    parts = [str(p) for p in error.absolute_path]
    return "/".join(parts) if parts else "(akar berkas)"


def _pesan_skema(error: Any) -> str:
    where = _tempat(error)
    validator = error.validator
    if validator == "required":
        return f"{where}: bagian wajib tidak ada ({error.message.split(' ')[0]})."
    if validator == "additionalProperties":
        return f"{where}: ada bagian yang tidak dikenal ({error.message})."
    if validator in ("type", "oneOf"):
        return f"{where}: jenis isinya tidak sesuai."
    if validator in ("enum", "const"):
        return f"{where}: nilai {error.instance!r} tidak diperbolehkan."
    if validator in ("maxLength", "maxItems", "maximum", "minimum", "minLength", "pattern"):
        return f"{where}: isinya di luar batas yang diperbolehkan."
    return f"{where}: {error.message}"


def baca_json_teks(teks: str) -> tuple[Instansi, Dokumen]:
    try:
        data: Any = json.loads(teks)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise IkiError("Berkas bukan JSON yang benar; mungkin rusak atau terpotong.") from exc
    if not isinstance(data, dict) or data.get("format") != "iki-desktop-dokumen":
        raise IkiError("Berkas JSON ini bukan ekspor dokumen IKI Desktop.")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise IkiError(
            f"Berkas dibuat oleh versi IKI Desktop yang lebih baru (format {version}); "
            "perbarui program terlebih dahulu."
        )
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise IkiError(
            "Isi berkas JSON tidak sesuai format IKI Desktop; tidak ada yang diimpor.",
            rincian=[_pesan_skema(e) for e in errors],
        )
    try:
        instansi, dokumen = paket_dari_dict(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise IkiError(f"Isi berkas JSON tidak dapat dibaca: {exc}.") from exc
    pastikan_struktur(dokumen)
    return instansi, dokumen


def baca_json(path: str | Path) -> tuple[Instansi, Dokumen]:
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_JSON_BYTES:
            raise IkiError("Berkas JSON terlalu besar (lebih dari 64 MB) untuk sebuah dokumen.")
        raw = source.read_bytes()
    except FileNotFoundError as exc:
        raise IkiError(f"Berkas {source} tidak ditemukan.") from exc
    except IsADirectoryError as exc:
        raise IkiError(f"{source} adalah folder, bukan berkas.") from exc
    except OSError as exc:
        raise IkiError(f"Berkas {source} tidak dapat dibaca: {exc.strerror or exc}.") from exc
    if not raw.strip():
        raise IkiError("Berkas JSON kosong.")
    try:
        teks = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IkiError("Berkas bukan teks UTF-8; bukan ekspor JSON IKI Desktop.") from exc
    return baca_json_teks(teks)


def import_json(store: Store, path: str | Path, *, ganti: bool = False) -> Dokumen:
    """Import a JSON export; an existing Draf with the same id is replaced only with ganti."""
    instansi, dokumen = baca_json(path)
    ada = {d.id: d for d in store.list_dokumen()}
    if dokumen.id in ada and not ganti:
        lama = ada[dokumen.id]
        if lama.ditetapkan:
            raise IkiError(
                f"Dokumen {lama.label} sudah ada dan sudah ditetapkan; tidak dapat ditimpa."
            )
        raise IkiError(
            f"Dokumen {lama.label} sudah ada di basis data ini. Untuk menimpanya dengan isi "
            "berkas, ulangi dengan pilihan --ganti."
        )
    store.import_dokumen(instansi, dokumen)
    return dokumen
