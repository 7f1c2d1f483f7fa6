"""CLI sub-commands; every public module here is discovered by iki_desktop.cli."""
