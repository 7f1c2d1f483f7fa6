"""Every dialog of the program, one module each (named after what the dialog does)."""
