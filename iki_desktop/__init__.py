"""IKI Desktop: IKU, IKI and Keputusan Camat for kecamatan and kelurahan offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("iki-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
