"""A revised IKU/IKI (a Perubahan) printed beside its original: "sebelum / sesudah evaluasi".

pdf = pdf_sebelum_sesudah(instansi, lama, baru)

Landscape pages; per table (the IKU, then each jabatan's IKI) the rows pair each
original indicator with its revised self (records are followed by id along the
revision chain, or by text), so a reader sees on one line what the evaluation
changed. The KET. column says Tetap, Diubah, Baru or Dihapus.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from iki_desktop.domain.errors import IkiError
from iki_desktop.domain.model import Dokumen, Indikator, Instansi, Sasaran
from iki_desktop.domain.perbandingan import peta_rekaman
from iki_desktop.domain.serialize import indikator_ke_dict
from iki_desktop.printing import page
from iki_desktop.printing.berkas import tulis_pdf
from iki_desktop.printing.escape import markup
from iki_desktop.printing.formula import formula_flowables
from iki_desktop.printing.gaya import Gaya, buat_gaya
from iki_desktop.printing.pecah import Paragraf
from iki_desktop.printing.tahan import TabelAman

_GARIS = 0.6
_KEPALA_BG = Color(0.88, 0.88, 0.88)
_BOBOT = (0.35, 1.6, 1.6, 2.2, 1.6, 1.6, 2.2, 0.7)  # NO | 3 before | 3 after | KET.

Baris = tuple[Sasaran | None, Indikator | None, Sasaran | None, Indikator | None]


def _sama(a: Indikator, b: Indikator) -> bool:
    da, db = indikator_ke_dict(a), indikator_ke_dict(b)
    da.pop("id"), db.pop("id")
    return da == db


def pasangan(lama: list[Sasaran], baru: list[Sasaran], peta: dict[str, str]) -> list[Baris]:
    """Rows (old sasaran, old indicator, new sasaran, new indicator) in the new order."""
    baru_s = {s.id: s for s in baru}
    lama_dari_baru = {peta[s.id]: s for s in lama if s.id in peta and peta[s.id] in baru_s}
    out: list[Baris] = []
    for s in baru:
        asal = lama_dari_baru.get(s.id)
        asal_ind = {peta.get(i.id): i for i in asal.indikator} if asal else {}
        dipakai: set[str] = set()
        for i in s.indikator or [None]:  # type: ignore[list-item]
            a = asal_ind.get(i.id) if i is not None else None
            if a is not None:
                dipakai.add(a.id)
            out.append((asal, a, s, i))
        for a in asal.indikator if asal else []:
            if a.id not in dipakai:
                out.append((asal, a, s, None))
    for s in lama:
        if s.id not in peta or peta[s.id] not in baru_s:
            out += [(s, i, None, None) for i in s.indikator or [None]]  # type: ignore[list-item]
    return out


def _ket(a: Indikator | None, b: Indikator | None) -> str:
    if a is None and b is None:
        return ""
    if a is None:
        return "Baru"
    if b is None:
        return "Dihapus"
    return "Tetap" if _sama(a, b) else "Diubah"


def _sel(teks: str, gaya: Gaya) -> list[Flowable]:
    return [Paragraf(markup(teks.strip()), gaya.sel)] if teks.strip() else []


def _sisi(s: Sasaran | None, i: Indikator | None, awal: bool, gaya: Gaya) -> list[object]:
    sasaran = _sel(s.teks, gaya) if s is not None and awal else []
    if i is None:
        return [sasaran, [], []]
    return [sasaran, _sel(i.teks, gaya), formula_flowables(i.formula, gaya.sel)]


def tabel_evaluasi(baris: list[Baris], gaya: Gaya, lebar: float) -> TabelAman:
    total = sum(_BOBOT)
    widths = [lebar * b / total for b in _BOBOT]
    kepala = gaya.sel_kepala
    judul = ["SASARAN", "INDIKATOR", "PENJELASAN/FORMULASI"]
    data: list[list[object]] = [
        [Paragraph("NO", kepala), Paragraph("SEBELUM EVALUASI", kepala), "", ""]
        + [Paragraph("SESUDAH EVALUASI", kepala), "", "", Paragraph("KET.", kepala)],
        ["", *[Paragraph(j, kepala) for j in judul * 2], ""],
    ]
    nomor = 0
    prev: tuple[object, object] = (None, None)
    for sl, il, sb, ib in baris:
        awal = (sl, sb) != prev
        prev = (sl, sb)
        if awal:
            nomor += 1
        data.append(
            [Paragraph(str(nomor), gaya.sel_tengah) if awal else ""]
            + _sisi(sl, il, awal, gaya)
            + _sisi(sb, ib, awal, gaya)
            + [Paragraph(_ket(il, ib), gaya.sel_tengah)]
        )
    if len(data) == 2:
        data.append([""] * 8)
    t = TabelAman(
        data,
        colWidths=widths,
        repeatRows=2,
        splitInRow=3 * gaya.sel.leading + 5.5,
        style=[
            ("SPAN", (0, 0), (0, 1)),
            ("SPAN", (1, 0), (3, 0)),
            ("SPAN", (4, 0), (6, 0)),
            ("SPAN", (7, 0), (7, 1)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 1), _KEPALA_BG),
            ("GRID", (0, 0), (-1, -1), _GARIS, "black"),
            # The two halves are told apart by a heavier rule between them.
            ("LINEAFTER", (3, 0), (3, -1), 1.6, "black"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
        hAlign="LEFT",
    )
    t.potong_min = 3 * gaya.sel.leading + 5.5
    return t


def _judul(teks: list[str], gaya: Gaya) -> list[Flowable]:
    return [Paragraph(markup(x), gaya.judul) for x in teks] + [Spacer(1, 4 * mm)]


def cerita_sebelum_sesudah(
    instansi: Instansi,
    lama: Dokumen,
    baru: Dokumen,
    gaya: Gaya,
    lebar: float,
    perantara: Sequence[str] = (),
) -> list[Flowable]:
    peta = peta_rekaman(lama, baru, perantara)
    tahun = baru.periode or str(baru.tahun)
    story: list[Flowable] = []
    if lama.iku or baru.iku:
        story += _judul(
            [
                "INDIKATOR KINERJA UTAMA (IKU)",
                f"{instansi.nama_lengkap.upper()} TAHUN {tahun}",
                "SEBELUM DAN SESUDAH EVALUASI",
            ],
            gaya,
        )
        story.append(tabel_evaluasi(pasangan(lama.iku, baru.iku, peta), gaya, lebar))
    lama_j = {peta.get(j.id): j for j in lama.jabatan}
    for jab in baru.jabatan_urut():
        asal = lama_j.get(jab.id)
        sasaran_lama = asal.sasaran if asal is not None else []
        if not (jab.sasaran or sasaran_lama):
            continue
        if story:
            story.append(PageBreak())
        story += _judul(
            ["INDIKATOR KINERJA INDIVIDU", jab.judul.upper(), "SEBELUM DAN SESUDAH EVALUASI"], gaya
        )
        story.append(tabel_evaluasi(pasangan(sasaran_lama, jab.sasaran, peta), gaya, lebar))
    return story


def pdf_sebelum_sesudah(
    instansi: Instansi, lama: Dokumen, baru: Dokumen, perantara: Sequence[str] = ()
) -> bytes:
    """The side-by-side printout of `baru` (a Perubahan) beside `lama` (its original)."""
    p = instansi.pengaturan
    gaya = buat_gaya(p.huruf, p.ukuran_huruf)
    tata = page.tata_dari(p)
    lebar = tata.lebar_isi(page.MENDATAR)
    story = cerita_sebelum_sesudah(instansi, lama, baru, gaya, lebar, perantara)
    if not story:
        raise IkiError("Kedua versi tidak memuat IKU maupun IKI; tidak ada yang dicetak.")
    buf = io.BytesIO()
    hiasan = page.Hiasan(font=gaya.huruf.regular, draf=not baru.ditetapkan)
    judul = f"{baru.judul} {baru.label} sebelum dan sesudah evaluasi"
    doc = page.buat_dokumen(
        buf, tata, hiasan, pertama=page.MENDATAR, judul=judul, penulis=instansi.nama_lengkap
    )
    doc.build(story)
    return buf.getvalue()


def tulis_sebelum_sesudah(
    path: str | os.PathLike[str],
    instansi: Instansi,
    lama: Dokumen,
    baru: Dokumen,
    perantara: Sequence[str] = (),
) -> Path:
    data = pdf_sebelum_sesudah(instansi, lama, baru, perantara)
    with tulis_pdf(path) as fh:
        fh.write(data)
    return Path(path)
