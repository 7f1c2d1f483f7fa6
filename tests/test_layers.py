"""The core never imports Qt: it must run and be tested without a display."""

import subprocess
import sys


def test_core_packages_do_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import iki_desktop.domain, iki_desktop.store, iki_desktop.printing, "
        "iki_desktop.spreadsheet, iki_desktop.cli\n"
        "import pkgutil, importlib\n"
        "for pkg in ('domain', 'store', 'printing', 'spreadsheet'):\n"
        "    mod = importlib.import_module('iki_desktop.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_version_constant_matches_pyproject() -> None:
    import tomllib
    from pathlib import Path

    import iki_desktop

    data = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert iki_desktop.__version__ == data["project"]["version"]
