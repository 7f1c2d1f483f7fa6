"""Undo commands (QUndoCommand subclasses of `dokumen.Perintah`): every edit goes through
one of them, run with `Konteks.jalankan`."""
