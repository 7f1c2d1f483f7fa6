"""Every dialog of the program, one module each (named after what the dialog does)."""

from PySide6.QtWidgets import QWidget


def muat_layar(dialog: QWidget, lebar: int, tinggi: int) -> None:
    """Size a dialog as designed, but never larger than the screen (1024×600 office PCs:
    its buttons must stay on screen)."""
    layar = dialog.screen().availableGeometry()
    dialog.resize(min(lebar, layar.width() - 24), min(tinggi, layar.height() - 48))
