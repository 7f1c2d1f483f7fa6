"""IKI Desktop: IKU, IKI and Keputusan Camat for kecamatan and kelurahan offices."""

# Kept equal to [project].version in pyproject.toml (a test checks it). A constant,
# not importlib.metadata: that lookup costs ~50 ms at every start.
__version__ = "0.1.0"
