"""Bandingkan: a readable list of what differs between two versions of a Dokumen.

Records are matched by id: a revision copy derives each id from its predecessor's
(`id_turunan`), so old -> new is exact across any chain of revisions (pass the ids
of the versions in between as `perantara`). A record whose mapped id is absent was
deleted ("dihapus"); a record no old id maps to was added ("ditambahkan"). When the
two Dokumen share no record at all (e.g. two different years) records are matched
by text instead. An added or removed container (jabatan, sasaran) is one entry; its
contents are not listed again.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from iki_desktop.domain.formula import formula_satu_baris
from iki_desktop.domain.kinerja_banding import baris_program, pasangan_kinerja, pasangan_pk
from iki_desktop.domain.model import Dokumen, Indikator, Jabatan, Keputusan, Sasaran, Tautan
from iki_desktop.domain.penomoran import diktum_ke, huruf
from iki_desktop.domain.tanggal import format_tanggal
from iki_desktop.domain.tautan import indeks_titik, label_tautan
from iki_desktop.domain.teks import pendek

Aksi = Literal["ditambahkan", "dihapus", "diubah", "dipindahkan"]

# Revision copies derive their record ids from the predecessor's with this namespace.
NAMESPACE_PERUBAHAN = uuid.UUID("6f1d3c2a-9b8e-5c47-a1d0-4b2e7f9c3a51")


def id_turunan(id_lama: str, dokumen_baru_id: str) -> str:
    """The id a record gets in a revision copy: uuid5 of (old id, new Dokumen id)."""
    return str(uuid.uuid5(NAMESPACE_PERUBAHAN, f"{id_lama}:{dokumen_baru_id}"))


@dataclass(frozen=True)
class Perbedaan:
    aksi: Aksi
    tempat: str  # "Dokumen", "Keputusan", "IKU", "Susunan jabatan", "Jabatan Camat"
    objek: str  # 'Indikator "…"', 'Sasaran "…"', 'Jabatan "…"', or "" for the place itself
    medan: str = ""  # the field that changed ("Sumber data")
    lama: str = ""
    baru: str = ""

    @property
    def teks(self) -> str:
        """One readable line (without the place)."""
        subjek = ": ".join(p for p in (self.objek, self.medan) if p)
        if self.aksi == "diubah" and not (self.lama or self.baru):
            return f"{subjek} diubah"
        if self.aksi == "diubah" and not self.baru:
            return f"{subjek} dikosongkan (sebelumnya “{pendek(self.lama, 200)}”)"
        if self.aksi == "diubah" and not self.lama:
            return f"{subjek} diisi “{pendek(self.baru, 200)}”"
        if self.aksi == "diubah":
            return f"{subjek} diubah dari “{pendek(self.lama, 200)}” menjadi “{pendek(self.baru, 200)}”"
        if self.aksi == "dipindahkan":
            return f"{subjek} dipindahkan {self.baru}"
        isi = self.baru if self.aksi == "ditambahkan" else self.lama
        ekor = f": “{pendek(isi, 200)}”" if isi and self.medan else ""
        return f"{subjek} {self.aksi}{ekor}"

    @property
    def teks_lengkap(self) -> str:
        return f"{self.tempat} — {self.teks}"


# ------------------------------------------------------------------ matching


def _rekaman(dok: Dokumen) -> Iterator[str]:
    for j in dok.jabatan:
        yield j.id
    for s in dok.iku + [s for j in dok.jabatan for s in j.sasaran]:
        yield s.id
        yield from (i.id for i in s.indikator)


def _peta_id(lama: Dokumen, baru: Dokumen, perantara: Sequence[str]) -> dict[str, str]:
    ada = set(_rekaman(baru))
    peta: dict[str, str] = {}
    for old in _rekaman(lama):
        calon = [old, id_turunan(old, baru.id)]
        chained = old
        for dok_id in [*perantara, baru.id]:
            chained = id_turunan(chained, dok_id)
        calon.append(chained)
        hit = next((c for c in calon if c in ada), None)
        if hit is not None:
            peta[old] = hit
    return peta


def _pasangkan(lama: list[str], baru: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j): equal texts first (each used once), then the leftovers in order.

    Pairing the leftovers in order shows a reworded record as changed rather than
    as one removal plus one addition; surplus records stay unpaired.
    """
    bebas: dict[str, list[int]] = {}
    for j, teks in enumerate(baru):
        bebas.setdefault(teks, []).append(j)
    out = []
    for i, teks in enumerate(lama):
        if bebas.get(teks):
            out.append((i, bebas[teks].pop(0)))
    sisa_l = [i for i in range(len(lama)) if i not in {p[0] for p in out}]
    sisa_b = [j for j in range(len(baru)) if j not in {p[1] for p in out}]
    return out + list(zip(sisa_l, sisa_b, strict=False))


def _peta_sasaran_teks(lama: list[Sasaran], baru: list[Sasaran], peta: dict[str, str]) -> None:
    for i, j in _pasangkan([s.teks for s in lama], [s.teks for s in baru]):
        peta[lama[i].id] = baru[j].id
        for a, b in _pasangkan(
            [x.teks for x in lama[i].indikator], [x.teks for x in baru[j].indikator]
        ):
            peta[lama[i].indikator[a].id] = baru[j].indikator[b].id


def _peta_teks(lama: Dokumen, baru: Dokumen) -> dict[str, str]:
    """Match records of unrelated Dokumen: jabatan by name under matching atasan."""
    peta: dict[str, str] = {}
    _peta_sasaran_teks(lama.iku, baru.iku, peta)
    lj, bj = lama.jabatan_urut(), baru.jabatan_urut()
    dipakai: set[str] = set()
    for kunci in (lambda j: j.judul, lambda j: j.nama):
        bebas: dict[str, list[Jabatan]] = {}
        for k in bj:
            if k.id not in dipakai:
                bebas.setdefault(kunci(k), []).append(k)
        for j in lj:
            if j.id not in peta and bebas.get(kunci(j)):
                k = bebas[kunci(j)].pop(0)
                peta[j.id] = k.id
                dipakai.add(k.id)
    # A renamed jabatan: the next free one under the same (matched) atasan.
    for j in lj:
        if j.id in peta or (j.parent_id is not None and j.parent_id not in peta):
            continue
        atasan = peta.get(j.parent_id) if j.parent_id else None
        k2 = next((k for k in bj if k.id not in dipakai and k.parent_id == atasan), None)
        if k2 is not None:
            peta[j.id] = k2.id
            dipakai.add(k2.id)
    baru_by_id = {k.id: k for k in bj}
    for j in lj:
        if j.id in peta:
            _peta_sasaran_teks(j.sasaran, baru_by_id[peta[j.id]].sasaran, peta)
    return peta


# ------------------------------------------------------------------ field comparison


def _daftar(
    out: list[Perbedaan],
    tempat: str,
    objek: str,
    medan: str,
    lama: list[str],
    baru: list[str],
    penanda: Callable[[int], str],
) -> None:
    """Item-wise differences of a numbered list (menimbang, fungsi …)."""
    sm = difflib.SequenceMatcher(a=lama, b=baru, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a1 - a0 == b1 - b0:
            for k in range(a1 - a0):
                label = f"{medan} {penanda(b0 + k)}"
                out.append(Perbedaan("diubah", tempat, objek, label, lama[a0 + k], baru[b0 + k]))
            continue
        for k in range(a0, a1):
            out.append(Perbedaan("dihapus", tempat, objek, f"{medan} {penanda(k)}", lama[k]))
        for k in range(b0, b1):
            out.append(
                Perbedaan("ditambahkan", tempat, objek, f"{medan} {penanda(k)}", baru=baru[k])
            )


def _medan(
    out: list[Perbedaan], tempat: str, objek: str, pasangan: list[tuple[str, str, str]]
) -> None:
    for medan, lama, baru in pasangan:
        if lama != baru:
            out.append(Perbedaan("diubah", tempat, objek, medan, lama, baru))


def _huruf(n: int) -> str:
    return f"huruf {huruf(n + 1)}"


def _angka(n: int) -> str:
    return f"angka {n + 1}"


def _bandingkan_keputusan(out: list[Perbedaan], a: Keputusan, b: Keputusan) -> None:
    t = "Keputusan"
    pa, pb = a.penandatangan, b.penandatangan
    _medan(
        out,
        t,
        "",
        [
            ("Nomor", a.nomor, b.nomor),
            ("Tentang", a.tentang, b.tentang),
            ("Ditetapkan di", a.tempat, b.tempat),
            ("Tanggal penetapan", format_tanggal(a.tanggal), format_tanggal(b.tanggal)),
            ("Awalan penandatangan", pa.awalan.value, pb.awalan.value),
            ("Jabatan penandatangan", pa.jabatan, pb.jabatan),
            ("Atas nama", pa.atas_nama, pb.atas_nama),
            ("Nama penandatangan", pa.pejabat.nama, pb.pejabat.nama),
            ("Pangkat penandatangan", pa.pejabat.pangkat, pb.pejabat.pangkat),
            ("NIP penandatangan", pa.pejabat.nip, pb.pejabat.nip),
        ],
    )
    _daftar(out, t, "", "Menimbang", a.menimbang, b.menimbang, _huruf)
    _daftar(out, t, "", "Mengingat", a.mengingat, b.mengingat, _angka)

    def diktum(k: Keputusan) -> list[str]:
        return [
            "\n".join([d.teks] + [f"{huruf(n)}. {x}" for n, x in enumerate(d.butir, 1)])
            for d in k.diktum
        ]

    _daftar(out, t, "", "Diktum", diktum(a), diktum(b), lambda n: diktum_ke(n + 1))


def _bandingkan_kepala(out: list[Perbedaan], a: Dokumen, b: Dokumen) -> None:
    t = "Dokumen"

    def kolom(dok: Dokumen, iku: bool) -> str:
        return " | ".join(k.judul for k in (dok.kolom_iku if iku else dok.kolom_iki))

    def baris(dok: Dokumen) -> list[str]:
        return [
            " / ".join(
                [x.misi, x.tujuan_rpjmd, x.sasaran_rpjmd, x.tujuan_pd, x.sasaran_pd, x.indikator_pd]
            )
            for x in dok.cascading.baris
        ]

    _medan(
        out,
        t,
        "",
        [
            ("Tahun", str(a.tahun), str(b.tahun)),
            ("Periode", a.periode, b.periode),
            ("Judul", a.judul, b.judul),
            ("Kolom tabel IKU", kolom(a, True), kolom(b, True)),
            ("Kolom tabel IKI", kolom(a, False), kolom(b, False)),
            ("Judul cascading", a.cascading.judul, b.cascading.judul),
            ("Visi", a.cascading.visi, b.cascading.visi),
        ]
        + pasangan_pk(a.pk, b.pk),
    )
    _daftar(out, t, "", "Baris cascading", baris(a), baris(b), _angka)
    _daftar(out, t, "", "Program PK", baris_program(a.pk), baris_program(b.pk), _angka)


def _objek_jabatan(j: Jabatan) -> str:
    return f"Jabatan “{pendek(j.nama, 60)}”"


def _objek_sasaran(s: Sasaran) -> str:
    return f"Sasaran “{pendek(s.teks, 60)}”"


def _objek_indikator(i: Indikator) -> str:
    return f"Indikator “{pendek(i.teks, 60)}”"


def _bandingkan_jabatan(out: list[Perbedaan], tempat: str, a: Jabatan, b: Jabatan) -> None:
    _medan(
        out,
        tempat,
        "",
        [
            ("Nama jabatan", a.nama, b.nama),
            ("Unit kerja", a.unit_kerja, b.unit_kerja),
            ("Jenis jabatan", a.jenis.label, b.jenis.label),
            ("Nama pemangku", a.pemangku.nama, b.pemangku.nama),
            ("Pangkat pemangku", a.pemangku.pangkat, b.pemangku.pangkat),
            ("NIP pemangku", a.pemangku.nip, b.pemangku.nip),
            ("Tugas", a.tugas, b.tugas),
            ("Penomoran tugas", a.gaya_tugas.label, b.gaya_tugas.label),
            ("Penomoran fungsi", a.gaya_fungsi.label, b.gaya_fungsi.label),
        ],
    )
    _daftar(out, tempat, "", "Butir tugas", a.tugas_butir, b.tugas_butir, _huruf)
    _daftar(out, tempat, "", "Fungsi", a.fungsi, b.fungsi, _huruf)


def _bandingkan_indikator(out: list[Perbedaan], tempat: str, a: Indikator, b: Indikator) -> None:
    _medan(
        out,
        tempat,
        _objek_indikator(b),
        [
            ("Indikator kinerja", a.teks, b.teks),
            ("Satuan", a.satuan, b.satuan),
            ("Formulasi", formula_satu_baris(a.formula), formula_satu_baris(b.formula)),
            ("Sumber data", a.sumber_data, b.sumber_data),
            ("Penanggung jawab", a.penanggung_jawab, b.penanggung_jawab),
            ("Catatan", a.catatan, b.catatan),
        ]
        + pasangan_kinerja(a.kinerja, b.kinerja, a.realisasi, b.realisasi),
    )


# ------------------------------------------------------------------ the walk


class _Banding:
    def __init__(self, lama: Dokumen, baru: Dokumen, peta: dict[str, str]) -> None:
        self.lama, self.baru, self.peta = lama, baru, peta
        self.balik = {v: k for k, v in peta.items()}
        self.out: list[Perbedaan] = []
        # Where every new sasaran/indikator lives, to notice moves between tables.
        self.induk_baru: dict[str, str] = {}  # indikator id -> sasaran id
        self.indikator_baru: dict[str, Indikator] = {}
        for s in baru.iku + [s for j in baru.jabatan for s in j.sasaran]:
            for i in s.indikator:
                self.induk_baru[i.id] = s.id
                self.indikator_baru[i.id] = i
        self.sasaran_baru = {
            s.id: s for s in baru.iku + [s for j in baru.jabatan for s in j.sasaran]
        }
        self.titik_lama, self.titik_baru = indeks_titik(lama), indeks_titik(baru)

    def tautan(self, tempat: str, objek: str, lama: list[Tautan], baru: list[Tautan]) -> None:
        """A changed cascading link, compared by target (old ids mapped to new ones)."""
        kiri = [(self.peta.get(t.ke, t.ke), t.peran) for t in lama]
        if kiri != [(t.ke, t.peran) for t in baru]:
            a = label_tautan(self.lama, lama, self.titik_lama)
            b = label_tautan(self.baru, baru, self.titik_baru)
            self.out.append(Perbedaan("diubah", tempat, objek, "Tautan cascading", a, b))

    def urutan(self, tempat: str, apa: str, lama: list[str], baru: list[str]) -> None:
        """Report a changed order of the records present on both sides (once)."""
        kiri = [self.peta[x] for x in lama if x in self.peta and self.peta[x] in baru]
        kanan = [x for x in baru if x in self.balik and self.balik[x] in lama]
        if kiri != kanan:
            self.out.append(Perbedaan("diubah", tempat, "", f"Urutan {apa}"))

    def tabel(self, tempat: str, lama: list[Sasaran], baru: list[Sasaran]) -> None:
        ids_baru = {s.id for s in baru}
        for s in lama:
            mitra_id = self.peta.get(s.id)
            if mitra_id not in ids_baru:
                self.out.append(Perbedaan("dihapus", tempat, _objek_sasaran(s)))
                continue
            m = self.sasaran_baru[mitra_id]  # type: ignore[index]
            _medan(self.out, tempat, _objek_sasaran(m), [("Teks sasaran", s.teks, m.teks)])
            self.tautan(tempat, _objek_sasaran(m), s.tautan, m.tautan)
            self.indikator(tempat, s, m)
        for s in baru:
            if s.id not in self.balik or self.balik[s.id] not in {x.id for x in lama}:
                self.out.append(Perbedaan("ditambahkan", tempat, _objek_sasaran(s)))
        self.urutan(tempat, "sasaran", [s.id for s in lama], [s.id for s in baru])

    def indikator(self, tempat: str, a: Sasaran, b: Sasaran) -> None:
        for i in a.indikator:
            mitra = self.indikator_baru.get(self.peta.get(i.id, ""))
            if mitra is None:
                self.out.append(Perbedaan("dihapus", tempat, _objek_indikator(i)))
                continue
            if self.induk_baru[mitra.id] != b.id:
                ke = self.sasaran_baru[self.induk_baru[mitra.id]]
                self.out.append(
                    Perbedaan(
                        "dipindahkan", tempat, _objek_indikator(i), baru=f"ke {_objek_sasaran(ke)}"
                    )
                )
            _bandingkan_indikator(self.out, tempat, i, mitra)
            self.tautan(tempat, _objek_indikator(mitra), i.tautan, mitra.tautan)
        for i in b.indikator:
            if i.id not in self.balik:
                self.out.append(Perbedaan("ditambahkan", tempat, _objek_indikator(i)))
        self.urutan(
            tempat,
            f"indikator pada {_objek_sasaran(b)}",
            [i.id for i in a.indikator],
            [i.id for i in b.indikator],
        )

    def jabatan(self) -> None:
        lama, baru = self.lama, self.baru
        jab_baru = {j.id: j for j in baru.jabatan}
        susunan = "Susunan jabatan"
        for j in lama.jabatan_urut():
            if j.id in self.peta:
                continue
            if j.parent_id is not None and j.parent_id not in self.peta:
                parent = lama.jabatan_by_id(j.parent_id)
                if parent is not None:
                    continue  # removed with its atasan: one entry for the whole branch
            self.out.append(Perbedaan("dihapus", susunan, _objek_jabatan(j)))
        for j in baru.jabatan_urut():
            old_id = self.balik.get(j.id)
            tempat = f"Jabatan {pendek(j.nama, 60)}"
            if old_id is None:
                if j.parent_id is None or j.parent_id in self.balik:
                    atasan = jab_baru.get(j.parent_id or "")
                    di = f" di bawah “{atasan.nama}”" if atasan else ""
                    self.out.append(Perbedaan("ditambahkan", susunan, _objek_jabatan(j) + di))
                continue
            a = lama.jabatan_by_id(old_id)
            assert a is not None
            if (self.peta.get(a.parent_id) if a.parent_id else None) != j.parent_id:
                atasan = jab_baru.get(j.parent_id or "")
                ke = f"ke bawah “{atasan.nama}”" if atasan else "ke tingkat teratas"
                self.out.append(Perbedaan("dipindahkan", susunan, _objek_jabatan(j), baru=ke))
            _bandingkan_jabatan(self.out, tempat, a, j)
            self.tabel(tempat, a.sasaran, j.sasaran)
        parents: list[str | None] = [None, *(j.id for j in lama.jabatan_urut())]
        for p in parents:
            mitra_p = None if p is None else self.peta.get(p)
            if p is not None and mitra_p is None:
                continue
            nama = "tingkat teratas" if mitra_p is None else f"“{jab_baru[mitra_p].nama}”"
            self.urutan(
                susunan,
                f"jabatan di bawah {nama}" if mitra_p else "jabatan tingkat teratas",
                [j.id for j in lama.anak(p)],
                [j.id for j in baru.anak(mitra_p)],
            )


def bandingkan(lama: Dokumen, baru: Dokumen, perantara: Sequence[str] = ()) -> list[Perbedaan]:
    """What changed from `lama` to `baru`, in print order.

    perantara: ids of the versions between the two along a revision chain (oldest
    first), so records can be followed across several revisions.
    """
    peta = _peta_id(lama, baru, perantara) or _peta_teks(lama, baru)
    walk = _Banding(lama, baru, peta)
    _bandingkan_kepala(walk.out, lama, baru)
    _bandingkan_keputusan(walk.out, lama.keputusan, baru.keputusan)
    walk.tabel("IKU", lama.iku, baru.iku)
    walk.jabatan()
    return walk.out


def peta_rekaman(lama: Dokumen, baru: Dokumen, perantara: Sequence[str] = ()) -> dict[str, str]:
    """old record id -> new record id (jabatan, sasaran, indikator), as `bandingkan` pairs them."""
    return _peta_id(lama, baru, perantara) or _peta_teks(lama, baru)
