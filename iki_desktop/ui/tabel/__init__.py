"""The IKU/IKI table: its Qt model, cell delegates, selection, drag and drop, and how a
Formula is drawn in a cell."""
