import datetime as dt

from iki_desktop.domain.formula import Formula
from iki_desktop.domain.model import (
    Dokumen,
    Indikator,
    Instansi,
    Jabatan,
    Keputusan,
    Pejabat,
    Penandatangan,
    Sasaran,
)
from iki_desktop.domain.pemeriksaan import (
    butuh_pecahan,
    memblokir_penetapan,
    periksa_dokumen,
    ringkasan,
)
from iki_desktop.resources import load_contoh

NIP_BAIK = "198201162000121001"


def _ind(teks: str, formula: Formula | None = None, sumber: str = "Laporan") -> Indikator:
    return Indikator(teks=teks, formula=formula or Formula.teks("Jumlah X"), sumber_data=sumber)


def _dokumen_baik() -> tuple[Instansi, Dokumen]:
    instansi = Instansi(nama="Wonoasih", nama_daerah="Probolinggo")
    kep = Keputusan(
        nomor="000/1/2026",
        tentang="IKU dan IKI",
        tanggal=dt.date(2026, 1, 7),
        penandatangan=Penandatangan(
            jabatan="Camat Wonoasih", pejabat=Pejabat(nama="Eko", nip=NIP_BAIK)
        ),
    )
    jab = Jabatan(
        nama="Sekretaris Kecamatan",
        tugas="Membantu Camat",
        sasaran=[Sasaran("Tertib administrasi", [_ind("Jumlah laporan")])],
    )
    dok = Dokumen(
        tahun=2026,
        keputusan=kep,
        iku=[Sasaran("Meningkatnya pelayanan", [_ind("Indeks kepuasan")])],
        jabatan=[jab],
    )
    return instansi, dok


def _pesan(masalah):
    return [m.pesan for m in masalah]


def test_clean_document_has_no_problems():
    instansi, dok = _dokumen_baik()
    assert periksa_dokumen(dok, instansi) == []
    assert ringkasan([]) == "Tidak ada masalah"


def test_indikator_without_formula_or_sumber_data():
    instansi, dok = _dokumen_baik()
    ind = dok.jabatan[0].sasaran[0].indikator[0]
    ind.formula = Formula()
    ind.sumber_data = ""
    found = periksa_dokumen(dok, instansi)
    assert len(found) == 2
    assert all(m.jenis == "indikator" and m.id == ind.id for m in found)
    assert all(m.jabatan_id == dok.jabatan[0].id for m in found)
    assert "belum memiliki formula" in found[0].pesan
    assert "sumber data" in found[1].pesan
    assert not memblokir_penetapan(found)


def test_percentage_indikator_needs_fraction():
    assert butuh_pecahan("Persentase dokumen tepat waktu")
    assert butuh_pecahan("Prosentase surat")
    assert butuh_pecahan("Tingkat kepuasan masyarakat (%)")
    assert not butuh_pecahan("Tingkat kepuasan masyarakat")
    assert not butuh_pecahan("Jumlah laporan")
    instansi, dok = _dokumen_baik()
    sasaran = dok.jabatan[0].sasaran[0]
    sasaran.indikator.append(_ind("Persentase surat selesai", Formula.teks("Surat selesai")))
    sasaran.indikator.append(_ind("Persentase arsip", Formula.pecahan("Arsip tertata", "Arsip")))
    found = periksa_dokumen(dok, instansi)
    assert len(found) == 1
    assert "bukan pecahan" in found[0].pesan
    assert found[0].id == sasaran.indikator[1].id


def test_empty_jabatan_and_missing_tugas():
    instansi, dok = _dokumen_baik()
    kosong = Jabatan(nama="Pengadministrasi Umum")
    dok.jabatan.append(kosong)
    found = periksa_dokumen(dok, instansi)
    assert {m.jenis for m in found} == {"jabatan"}
    assert all(m.id == kosong.id for m in found)
    pesan = " ".join(_pesan(found))
    assert "tugas jabatan belum diisi" in pesan
    assert "IKI kosong" in pesan
    # A list of tugas counts as tugas.
    kosong.tugas_butir = ["Mengagendakan surat"]
    assert not any("tugas" in p for p in _pesan(periksa_dokumen(dok, instansi)))


def test_duplicate_indikator_within_a_jabatan():
    instansi, dok = _dokumen_baik()
    jab = dok.jabatan[0]
    jab.sasaran.append(Sasaran("Lain", [_ind("jumlah  Laporan")]))
    found = periksa_dokumen(dok, instansi)
    assert len(found) == 1
    assert "lebih dari sekali" in found[0].pesan
    assert found[0].id == jab.sasaran[1].indikator[0].id
    # The same text in another jabatan is fine.
    jab.sasaran.pop()
    dok.jabatan.append(
        Jabatan(nama="Lain", tugas="x", sasaran=[Sasaran("S", [_ind("Jumlah laporan")])])
    )
    assert periksa_dokumen(dok, instansi) == []


def test_keputusan_missing_fields_block_penetapan():
    instansi, dok = _dokumen_baik()
    dok.keputusan = Keputusan()
    found = periksa_dokumen(dok, instansi)
    blok = memblokir_penetapan(found)
    pesan = " ".join(m.pesan for m in blok)
    for kata in ("Nomor", "Tanggal", "Nama penandatangan", "NIP penandatangan"):
        assert kata in pesan
    assert all(m.jenis == "keputusan" and m.id == dok.id for m in blok)
    # Missing TENTANG and signer jabatan are warnings only.
    assert len(found) - len(blok) == 2


def test_invalid_nip_gives_reason():
    instansi, dok = _dokumen_baik()
    dok.keputusan.penandatangan.pejabat.nip = "19820116200012100"
    dok.jabatan[0].pemangku.nip = "198213162000121001"
    found = periksa_dokumen(dok, instansi)
    signer = [m for m in found if m.jenis == "keputusan"]
    assert len(signer) == 1 and signer[0].memblokir
    assert "harus 18 angka" in signer[0].pesan
    pemangku = [m for m in found if m.jenis == "jabatan"]
    assert len(pemangku) == 1 and not pemangku[0].memblokir
    assert "tanggal lahir" in pemangku[0].pesan


def test_instansi_without_name_or_daerah():
    _, dok = _dokumen_baik()
    found = periksa_dokumen(dok, Instansi())
    assert [m.jenis for m in found] == ["instansi", "instansi"]
    assert periksa_dokumen(dok, None)[0].jenis == "instansi"


def test_empty_sasaran_and_sasaran_without_indikator():
    instansi, dok = _dokumen_baik()
    dok.iku.append(Sasaran(""))
    dok.jabatan[0].sasaran[0].indikator.append(Indikator(teks=" "))
    found = periksa_dokumen(dok, instansi)
    blok = memblokir_penetapan(found)
    assert {m.jenis for m in blok} == {"iku", "indikator"}
    assert any("belum memiliki indikator" in m.pesan and not m.memblokir for m in found)


def test_iku_without_sasaran_is_a_warning():
    instansi, dok = _dokumen_baik()
    dok.iku = []
    found = periksa_dokumen(dok, instansi)
    assert [(m.jenis, m.tingkat) for m in found] == [("iku", "peringatan")]
    assert ringkasan(found) == "0 kesalahan, 1 peringatan"


def test_sample_runs_and_orders_by_tree():
    instansi, dok = load_contoh()
    found = periksa_dokumen(dok, instansi)
    assert not memblokir_penetapan(found)
    urut = [j.id for j in dok.jabatan_urut()]
    posisi = [urut.index(m.jabatan_id) for m in found if m.jabatan_id]
    assert posisi == sorted(posisi)
