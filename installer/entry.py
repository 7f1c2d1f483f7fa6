"""Entry script of the frozen program (PyInstaller needs a file, not a console_scripts entry)."""

import sys

from iki_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
