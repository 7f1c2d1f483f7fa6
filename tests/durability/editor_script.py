"""A long scripted series of edits through the Store, for the power-cut test.

    python tests/durability/editor_script.py DB SEED [JUMLAH]

Opens DB, then performs JUMLAH (default 100000) edits chosen by a seeded random
source: add/update/move/delete of jabatan, sasaran and indikator, undo of a delete
(restore), Keputusan and Dokumen header updates. It keeps its own mirror of what the
database must contain and writes two lines per edit, flushed at once:

    NIAT <n> {"key": value, ...}   before the store call: the state if edit n commits
    ACK <n>  {"key": value, ...}   after the call returned (the edit is committed)

The keys name single facts (see `kunci_fakta` in daya_putus.py): a row's fields, or
the live order of the children of one container. The parent kills this process at a
random moment and checks that every ACKed fact is in the file, and that the edit in
flight (the last NIAT without ACK) is either wholly there or wholly absent.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from daya_putus import Fakta, baca_fakta, semua_fakta  # noqa: E402

from iki_desktop.domain.formula import Formula  # noqa: E402
from iki_desktop.domain.model import Indikator, Jabatan, Keputusan, Sasaran  # noqa: E402
from iki_desktop.store import Penghapusan, Store  # noqa: E402

KATA = (  # noqa: SIM905 - one readable sentence of words
    "Persentase layanan administrasi kependudukan yang diselesaikan tepat waktu; "
    "Jumlah kegiatan koordinasi; Tersusunnya laporan kinerja; Meningkatnya kualitas "
    "pelayanan publik di kecamatan; data ✓ «kutip» <b>&amp; 'petik' \"ganda\" 100 % — "
    "Ḱ ẞ 漢字 😀"
).split()


class Penyunting:
    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.fakta: Fakta = semua_fakta(store.conn)
        (self.dokumen_id,) = store.conn.execute(
            "SELECT id FROM dokumen WHERE deleted = 0 ORDER BY tahun LIMIT 1"
        ).fetchone()
        self.nomor_id = 0
        self.seed = seed

    # ------------------------------------------------------------ mirror helpers

    def teks(self) -> str:
        n = self.rng.randint(0, 12)
        return " ".join(self.rng.choice(KATA) for _ in range(n))

    def id_baru(self) -> str:
        self.nomor_id += 1
        return f"x{self.seed}-{self.nomor_id}-{self.rng.getrandbits(32):08x}"

    def hidup(self, tabel: str) -> list[str]:
        pre = f"{tabel}/"
        return sorted(
            k[len(pre) :] for k, v in self.fakta.items() if k.startswith(pre) and not v["deleted"]
        )

    def urut(self, tabel: str, wadah: str | None) -> list[str]:
        return list(self.fakta.get(f"urut/{tabel}/{wadah or '-'}", []))

    def sisip(self, ubah: Fakta, tabel: str, wadah: str | None, ident: str, index: int) -> None:
        daftar = [x for x in self.urut(tabel, wadah) if x != ident]
        daftar.insert(max(0, min(index, len(daftar))), ident)
        ubah[f"urut/{tabel}/{wadah or '-'}"] = daftar

    def buang(self, ubah: Fakta, tabel: str, wadah: str | None, ident: str) -> None:
        key = f"urut/{tabel}/{wadah or '-'}"
        ubah[key] = [x for x in ubah.get(key, self.urut(tabel, wadah)) if x != ident]

    # ------------------------------------------------------------ edits

    def satu(self) -> tuple[str, Fakta, Any]:
        """Choose one edit: (label, facts it makes true, callable doing it)."""
        r = self.rng
        jab = self.hidup("jabatan")
        sas = [s for s in self.hidup("sasaran") if self.fakta[f"sasaran/{s}"]["jabatan_id"]]
        ind = self.hidup("indikator")
        pilihan = ["ubah_indikator", "ubah_sasaran", "tambah_sasaran", "tambah_indikator",
                   "pindah_indikator", "pindah_sasaran", "hapus_indikator", "hapus_sasaran",
                   "tambah_jabatan", "ubah_jabatan", "pindah_jabatan", "hapus_jabatan",
                   "keputusan", "judul"]  # fmt: skip
        bobot = [8, 5, 4, 5, 4, 3, 3, 1, 2, 3, 2, 1, 2, 1]
        while True:
            jenis = r.choices(pilihan, bobot)[0]
            if jenis.endswith("indikator") and not ind and jenis != "tambah_indikator":
                continue
            if (
                jenis in ("tambah_indikator", "ubah_sasaran", "pindah_sasaran", "hapus_sasaran")
                and not sas
            ):
                continue
            if jenis in ("tambah_sasaran", "ubah_jabatan", "pindah_jabatan") and not jab:
                continue
            if jenis.startswith("hapus") and len(jab) < 10:
                continue  # keep the tree populated over long runs
            break
        ubah: Fakta = {}
        st = self.store
        if jenis == "ubah_indikator":
            i = r.choice(ind)
            f = dict(self.fakta[f"indikator/{i}"])
            obj = Indikator(teks=self.teks(), sumber_data=self.teks(),
                            formula=Formula.teks(self.teks()), id=i)  # fmt: skip
            f |= {"teks": obj.teks, "sumber_data": obj.sumber_data}
            ubah[f"indikator/{i}"] = f
            return jenis, ubah, lambda: st.update_indikator(obj)
        if jenis == "ubah_sasaran":
            s, t = r.choice(sas), self.teks()
            ubah[f"sasaran/{s}"] = self.fakta[f"sasaran/{s}"] | {"teks": t}
            return jenis, ubah, lambda: st.update_sasaran(s, t)
        if jenis == "tambah_sasaran":
            j = r.choice(jab)
            baru = Sasaran(self.teks(), [], self.id_baru())
            for _ in range(r.randint(0, 2)):
                baru.indikator.append(Indikator(teks=self.teks(), id=self.id_baru()))
            index = r.randint(0, len(self.urut("sasaran", j)) + 1)
            ubah[f"sasaran/{baru.id}"] = {"teks": baru.teks, "jabatan_id": j, "deleted": 0}
            self.sisip(ubah, "sasaran", j, baru.id, index)
            for x in baru.indikator:
                ubah[f"indikator/{x.id}"] = {"teks": x.teks, "sumber_data": "",
                                             "sasaran_id": baru.id, "deleted": 0}  # fmt: skip
            ubah[f"urut/indikator/{baru.id}"] = [x.id for x in baru.indikator]
            d = self.dokumen_id
            return jenis, ubah, lambda: st.add_sasaran(d, j, baru, index)
        if jenis == "tambah_indikator":
            s = r.choice(sas)
            baru_i = Indikator(teks=self.teks(), sumber_data=self.teks(), id=self.id_baru())
            index = r.randint(0, len(self.urut("indikator", s)) + 1)
            ubah[f"indikator/{baru_i.id}"] = {"teks": baru_i.teks, "sumber_data": baru_i.sumber_data,
                                              "sasaran_id": s, "deleted": 0}  # fmt: skip
            self.sisip(ubah, "indikator", s, baru_i.id, index)
            return jenis, ubah, lambda: st.add_indikator(s, baru_i, index)
        if jenis == "pindah_indikator":
            i = r.choice(ind)
            lama = self.fakta[f"indikator/{i}"]["sasaran_id"]
            tujuan = lama if r.random() < 0.5 else r.choice(sas)
            index = r.randint(0, len(self.urut("indikator", tujuan)))
            ubah[f"indikator/{i}"] = self.fakta[f"indikator/{i}"] | {"sasaran_id": tujuan}
            self.buang(ubah, "indikator", lama, i)
            if tujuan != lama:
                ubah[f"urut/indikator/{tujuan}"] = self.urut("indikator", tujuan)
            daftar = [x for x in ubah[f"urut/indikator/{tujuan}"] if x != i]
            daftar.insert(max(0, min(index, len(daftar))), i)
            ubah[f"urut/indikator/{tujuan}"] = daftar
            return jenis, ubah, lambda: st.move_indikator(i, tujuan, index)
        if jenis == "pindah_sasaran":
            s = r.choice(sas)
            j = self.fakta[f"sasaran/{s}"]["jabatan_id"]
            index = r.randint(0, len(self.urut("sasaran", j)))
            self.sisip(ubah, "sasaran", j, s, index)
            return jenis, ubah, lambda: st.move_sasaran(s, index)
        if jenis == "hapus_indikator":
            i = r.choice(ind)
            ubah[f"indikator/{i}"] = self.fakta[f"indikator/{i}"] | {"deleted": 1}
            self.buang(ubah, "indikator", self.fakta[f"indikator/{i}"]["sasaran_id"], i)
            return jenis, ubah, lambda: st.delete_indikator(i)
        if jenis == "hapus_sasaran":
            s = r.choice(sas)
            self._hapus_sasaran(ubah, s)
            return jenis, ubah, lambda: st.delete_sasaran(s)
        if jenis == "tambah_jabatan":
            induk = r.choice([None, *jab]) if r.random() < 0.2 or not jab else r.choice(jab)
            baru_j = Jabatan(nama=self.teks(), parent_id=induk, id=self.id_baru())
            index = r.randint(0, len(self.urut("jabatan", induk)) + 1)
            ubah[f"jabatan/{baru_j.id}"] = {"nama": baru_j.nama, "parent_id": induk, "deleted": 0}
            self.sisip(ubah, "jabatan", induk, baru_j.id, index)
            ubah[f"urut/sasaran/{baru_j.id}"] = []
            ubah[f"urut/jabatan/{baru_j.id}"] = []
            d = self.dokumen_id
            return jenis, ubah, lambda: st.add_jabatan(d, baru_j, index)
        if jenis == "ubah_jabatan":
            j = r.choice(jab)
            obj_j = Jabatan(nama=self.teks(), unit_kerja=self.teks(), id=j,
                            parent_id=self.fakta[f"jabatan/{j}"]["parent_id"])  # fmt: skip
            ubah[f"jabatan/{j}"] = self.fakta[f"jabatan/{j}"] | {"nama": obj_j.nama}
            d = self.dokumen_id
            return jenis, ubah, lambda: st.update_jabatan(d, obj_j)
        if jenis == "pindah_jabatan":
            j = r.choice(jab)
            bawah = self._keturunan(j)
            induk = r.choice([None, *[x for x in jab if x not in bawah]])
            lama = self.fakta[f"jabatan/{j}"]["parent_id"]
            index = r.randint(0, len(self.urut("jabatan", induk)))
            ubah[f"jabatan/{j}"] = self.fakta[f"jabatan/{j}"] | {"parent_id": induk}
            self.buang(ubah, "jabatan", lama, j)
            key = f"urut/jabatan/{induk or '-'}"
            daftar = [x for x in ubah.get(key, self.urut("jabatan", induk)) if x != j]
            daftar.insert(max(0, min(index, len(daftar))), j)
            ubah[key] = daftar
            return jenis, ubah, lambda: st.move_jabatan(j, induk, index)
        if jenis == "hapus_jabatan":
            j = r.choice(jab)
            self.buang(ubah, "jabatan", self.fakta[f"jabatan/{j}"]["parent_id"], j)
            for x in self._keturunan(j):
                ubah[f"jabatan/{x}"] = self.fakta[f"jabatan/{x}"] | {"deleted": 1}
                ubah[f"urut/jabatan/{x}"] = []
                ubah[f"urut/sasaran/{x}"] = []
                for s in self.urut("sasaran", x):
                    self._hapus_sasaran(ubah, s, urut_induk=False)
            return jenis, ubah, lambda: st.delete_jabatan(j)
        d = self.dokumen_id
        if jenis == "keputusan":
            kep = Keputusan(nomor=f"000.8/{r.randint(1, 999)}/{self.teks()}", tentang=self.teks())
            ubah[f"keputusan/{d}"] = kep.nomor
            return jenis, ubah, lambda: st.update_keputusan(d, kep)
        dok = st.load_dokumen(d)
        dok.judul = self.teks()
        ubah[f"dokumen/{d}"] = dok.judul
        return jenis, ubah, lambda: st.update_dokumen_header(dok)

    def _hapus_sasaran(self, ubah: Fakta, s: str, urut_induk: bool = True) -> None:
        f = self.fakta[f"sasaran/{s}"]
        ubah[f"sasaran/{s}"] = f | {"deleted": 1}
        if urut_induk:
            self.buang(ubah, "sasaran", f["jabatan_id"], s)
        for i in self.urut("indikator", s):
            ubah[f"indikator/{i}"] = self.fakta[f"indikator/{i}"] | {"deleted": 1}
        ubah[f"urut/indikator/{s}"] = []

    def _keturunan(self, j: str) -> list[str]:
        out = [j]
        k = 0
        while k < len(out):
            out += self.urut("jabatan", out[k])
            k += 1
        return out

    def undo(self, token: Penghapusan, sebelum: Fakta) -> tuple[Fakta, Any]:
        """Restoring right after a delete brings back exactly the state before it."""
        return dict(sebelum), lambda: self.store.undelete(token)


def tulis(baris: str) -> None:
    sys.stdout.write(baris + "\n")
    sys.stdout.flush()


def main() -> int:
    db, seed = Path(sys.argv[1]), int(sys.argv[2])
    jumlah = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    periksa_sendiri = "--periksa" in sys.argv
    store = Store.open(db)
    ed = Penyunting(store, seed)
    tulis("SIAP")
    n = 0
    while n < jumlah:
        n += 1
        label, ubah, kerja = ed.satu()
        sebelum = {k: ed.fakta.get(k) for k in ubah}
        tulis(f"NIAT {n} {json.dumps(ubah, ensure_ascii=False)}")
        hasil = kerja()
        ed.fakta.update(ubah)
        tulis(f"ACK {n} {json.dumps(ubah, ensure_ascii=False)}")
        if periksa_sendiri:  # the mirror must agree with the store, or the test is wrong
            nyata = baca_fakta(store.conn, list(ubah))
            if nyata != {k: ubah[k] for k in ubah}:
                beda = {k: (ubah[k], nyata.get(k)) for k in ubah if nyata.get(k) != ubah[k]}
                tulis(f"SALAH {n} {label} {beda}")
                return 3
        if isinstance(hasil, Penghapusan) and ed.rng.random() < 0.5 and n < jumlah:
            n += 1
            ubah, kerja = ed.undo(hasil, sebelum)
            tulis(f"NIAT {n} {json.dumps(ubah, ensure_ascii=False)}")
            kerja()
            ed.fakta.update(ubah)
            tulis(f"ACK {n} {json.dumps(ubah, ensure_ascii=False)}")
    store.close()
    tulis("SELESAI")
    return 0


if __name__ == "__main__":
    sys.exit(main())
