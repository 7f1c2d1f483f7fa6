"""PDF printing with reportlab (no Qt): Keputusan, Lampiran heading, IKU/IKI tables.

Public API: `build_pdf`, `write_pdf`, `BAGIAN`, `rencana_bagian` (see `dokumen.py`, `bentuk.py`).
"""

# First: reportlab.platypus is imported without its costly URI regex (see the module).
from iki_desktop.printing import reportlab_import  # noqa: F401  # isort: skip
from iki_desktop.printing.dokumen import BAGIAN, Progress, build_pdf, rencana_bagian, write_pdf

__all__ = ["BAGIAN", "Progress", "build_pdf", "rencana_bagian", "write_pdf"]
