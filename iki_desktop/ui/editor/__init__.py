"""Editors shown in the window's centre, one per tree node kind (Dokumen, Instansi,
Keputusan, Jabatan) and the IKU/IKI table editor."""
