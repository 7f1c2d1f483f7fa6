"""`python -m iki_desktop.cli`: the same as the `iki-desktop` command."""

import sys

from iki_desktop.cli import main

sys.exit(main())
