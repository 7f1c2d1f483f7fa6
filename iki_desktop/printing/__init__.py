"""PDF printing with reportlab (no Qt): Keputusan, Lampiran heading, IKU/IKI tables.

Public API: `build_pdf`, `write_pdf`, `BAGIAN` (see `dokumen.py`).
"""

from iki_desktop.printing.dokumen import BAGIAN, Progress, build_pdf, write_pdf

__all__ = ["BAGIAN", "Progress", "build_pdf", "write_pdf"]
