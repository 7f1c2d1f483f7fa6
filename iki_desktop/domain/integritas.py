"""Structural integrity of a Dokumen that came from outside (JSON, Excel, USB)."""

from __future__ import annotations

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen


def masalah_struktur(dok: Dokumen) -> list[str]:
    """Problems that would corrupt the tree: duplicate ids, dangling parents, cycles."""
    problems: list[str] = []
    seen: set[str] = {dok.id}

    def claim(kind: str, record_id: str) -> None:
        if not record_id:
            problems.append(f"Ada {kind} tanpa id.")
        elif record_id in seen:
            problems.append(f"Id {record_id} dipakai lebih dari sekali ({kind}).")
        seen.add(record_id)

    for s in dok.iku:
        claim("sasaran IKU", s.id)
        for i in s.indikator:
            claim("indikator IKU", i.id)
    jabatan_ids = {j.id for j in dok.jabatan}
    for j in dok.jabatan:
        claim("jabatan", j.id)
        if j.parent_id is not None and j.parent_id not in jabatan_ids:
            problems.append(f"Jabatan '{j.nama}' menunjuk atasan yang tidak ada.")
        for s in j.sasaran:
            claim("sasaran", s.id)
            for i in s.indikator:
                claim("indikator", i.id)
    parents = {j.id: j.parent_id for j in dok.jabatan}
    for j in dok.jabatan:
        steps, cursor = 0, j.parent_id
        while cursor is not None and steps <= len(parents):
            cursor = parents.get(cursor)
            steps += 1
        if steps > len(parents):
            problems.append(f"Jabatan '{j.nama}' berada di dalam lingkaran atasan-bawahan.")
    return problems


def pastikan_struktur(dok: Dokumen) -> None:
    problems = masalah_struktur(dok)
    if problems:
        raise IkiError(
            "Susunan dokumen tidak utuh sehingga tidak dapat disimpan.", rincian=problems
        )
