"""Shared pieces of the fuzz tests: settings, the error property, file mutations.

IKI_FUZZ_CONTOH sets max_examples (default small for CI; tests/benchmarks/fuzz_long.py
raises it). The property every input path must keep: a clean result, or our own
IkiError whose message is a non-empty Indonesian sentence — never another exception —
and the database unchanged after an error.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Instansi
from iki_desktop.domain.salin import salin_dokumen
from iki_desktop.resources import load_contoh

CONTOH = int(os.environ.get("IKI_FUZZ_CONTOH", "40"))
# IKI_FUZZ_KETAT=1 (the long run) turns the known, reported bugs below into failures.
KETAT = os.environ.get("IKI_FUZZ_KETAT") == "1"

# Crashes found by fuzzing in code this suite does not own, reported to the lead with a
# reproduction. Until fixed they are tolerated in CI (and counted as events), so that a
# random example does not turn CI red; delete an entry once its fix lands.
BUG_DIKETAHUI = []


def pengaturan(faktor: float = 1.0) -> settings:
    """Hypothesis settings: CONTOH × faktor examples, no deadline, slow checks allowed."""
    return settings(
        max_examples=max(5, int(CONTOH * faktor)),
        deadline=None,
        # The explain phase re-runs failures hundreds of times: minutes on slow inputs.
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.large_base_example,
        ],
    )


# Words that appear in our messages; an English or empty message has none of them.
_KATA_INDONESIA = re.compile(
    r"\b(tidak|bukan|berkas|rusak|isi|isinya|dapat|terlalu|tanggal|nip|harus|kosong|belum|"
    r"salah|ada|yang|dan|dari|pada|atau|lembar|paket|basis|data|format|ditolak|dokumen|"
    r"angka|bulan|tahun|bagian|jenis|nilai|diimpor|dibaca|dibuka|sudah|lebih)\b",
    re.IGNORECASE,
)


def periksa_pesan(err: IkiError) -> None:
    pesan = str(err)
    assert pesan.strip(), f"IkiError tanpa pesan: {err!r}"
    assert _KATA_INDONESIA.search(pesan), f"pesan bukan bahasa Indonesia: {pesan!r}"
    assert "Traceback" not in pesan, pesan


T = TypeVar("T")


def coba(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T | None, IkiError | None]:
    """Call fn; IkiError is a clean refusal (its message checked); anything else propagates."""
    try:
        hasil = fn(*args, **kwargs)
    except IkiError as err:
        periksa_pesan(err)
        event("ditolak: " + re.sub(r"'[^']*'|\d+", "…", str(err)).splitlines()[0][:60])
        return None, err
    except Exception as exc:
        if KETAT or not _diketahui(exc):
            raise
        event(f"BUG DIKETAHUI: {type(exc).__name__}")
        return None, None
    event("diterima")
    return hasil, None


def _diketahui(exc: BaseException) -> bool:
    tb = exc.__traceback__
    files = []
    while tb is not None:
        files.append(tb.tb_frame.f_code.co_filename.replace("\\", "/"))
        tb = tb.tb_next
    return any(
        type(exc).__name__ == nama and any(f.endswith(tempat) for f in files)
        for nama, tempat in BUG_DIKETAHUI
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ---------------------------------------------------------------- byte mutations


@st.composite
def mutasi_byte(draw: st.DrawFn, data: bytes) -> bytes:
    """Flip, overwrite, insert, delete or truncate a few places of `data`."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not buf:
            break
        op = draw(st.sampled_from(["flip", "tulis", "sisip", "hapus", "potong", "ulang"]))
        pos = draw(st.integers(0, len(buf) - 1))
        if op == "flip":
            buf[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "tulis":
            isi = draw(st.binary(min_size=1, max_size=16))
            buf[pos : pos + len(isi)] = isi
        elif op == "sisip":
            buf[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "hapus":
            del buf[pos : pos + draw(st.integers(1, 64))]
        elif op == "potong":
            del buf[pos:]
        else:  # repeat a slice: keeps structure-looking bytes
            buf[pos:pos] = buf[pos : pos + draw(st.integers(1, 256))]
    return bytes(buf)


def anggota_zip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def buat_zip(anggota: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for nama, isi in anggota.items():
            zf.writestr(nama, isi)
    return out.getvalue()


_TAG = re.compile(rb"<[^<>]+>")
_ISI = re.compile(rb">([^<>]+)<")


@st.composite
def mutasi_xml(draw: st.DrawFn, xml: bytes) -> bytes:
    """Structure-aware XML edits: drop/duplicate a tag, change a text, break an attribute."""
    tags = list(_TAG.finditer(xml))
    texts = list(_ISI.finditer(xml))
    op = draw(st.sampled_from(["buang_tag", "ganda_tag", "teks", "atribut", "entitas", "byte"]))
    if op in ("buang_tag", "ganda_tag", "atribut") and tags:
        m = tags[draw(st.integers(0, len(tags) - 1))]
        if op == "buang_tag":
            return xml[: m.start()] + xml[m.end() :]
        if op == "ganda_tag":
            return xml[: m.end()] + m.group(0) + xml[m.end() :]
        attr = re.sub(rb'="[^"]*"', b'="' + draw(_nilai_atribut) + b'"', m.group(0), count=1)
        return xml[: m.start()] + attr + xml[m.end() :]
    if op == "teks" and texts:
        m = texts[draw(st.integers(0, len(texts) - 1))]
        baru = draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
        baru = baru.replace(b"<", b"&lt;").replace(b">", b"&gt;").replace(b"&", b"&amp;")
        return xml[: m.start(1)] + baru + xml[m.end(1) :]
    if op == "entitas":
        # A billion-laughs-style DTD must be refused, never expanded.
        dtd = (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        )
        return dtd + re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    return draw(mutasi_byte(xml))


_nilai_atribut = st.sampled_from(
    [b"", b"-1", b"99999999999", b"0", b"x", b"1e400", b"NaN", b"true", b"A1:ZZZ99999"]
)


@st.composite
def mutasi_zip(draw: st.DrawFn, data: bytes) -> bytes:
    """Corrupt an Office file: change a member's XML or bytes, drop, add or rename one."""
    anggota = anggota_zip(data)
    nama = draw(st.sampled_from(sorted(anggota)))
    op = draw(
        st.sampled_from(["xml", "xml", "xml", "byte", "buang", "tambah", "ganti_nama", "zip"])
    )
    if op == "xml" and nama.endswith((".xml", ".rels")):
        anggota[nama] = draw(mutasi_xml(anggota[nama]))
    elif op == "byte":
        anggota[nama] = draw(mutasi_byte(anggota[nama]))
    elif op == "buang":
        del anggota[nama]
    elif op == "tambah":
        anggota[draw(st.sampled_from(["../x.xml", "xl/x.xml", "word/x.xml", "a" * 300]))] = draw(
            st.binary(max_size=100)
        )
    elif op == "ganti_nama":
        anggota[nama + draw(st.sampled_from(["x", ".bak", "/"]))] = anggota.pop(nama)
    else:
        return draw(mutasi_byte(buat_zip(anggota)))
    return buat_zip(anggota)


def dokumen_kecil(jumlah_jabatan: int = 3) -> tuple[Instansi, Dokumen]:
    """The first jabatan of the sample in tree order, with fresh ids (tahun 2027)."""
    instansi, contoh = load_contoh()
    dok = salin_dokumen(contoh, 2027, kosongkan_keputusan=False, instansi_id=instansi.id)
    keep = dok.jabatan_urut()[:jumlah_jabatan]
    ids = {j.id for j in keep}
    for j in keep:
        if j.parent_id not in ids:
            j.parent_id = None
    dok.jabatan = keep
    return instansi, dok
