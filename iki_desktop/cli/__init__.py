"""Command line entry: `iki-desktop` opens the window; sub-commands reach every
non-GUI capability so that each feature can be scripted, tested and benchmarked.

Sub-commands live in the modules of this package (`iki_desktop.cli.<name>`), each
with a `daftarkan(sub)` function; they are discovered here so features stay
independent. Modules whose name starts with `_` are helpers, not sub-commands.
A module may also define `opsi_global(parser)` to add top-level options.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from iki_desktop import __version__
from iki_desktop.cli._konsol import utf8_streams
from iki_desktop.domain.errors import IkiError


def _command_modules() -> list[ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


# argparse looks its messages up through the module-level gettext function `_`;
# giving it Indonesian texts keeps --help and usage errors in the user's language.
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "options": "pilihan",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan %(value)r tidak dikenal (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "expected one argument": "memerlukan satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "pilihan %(option)s bermakna ganda: cocok dengan %(matches)s"
    ),
}
argparse._ = lambda text: _ARGPARSE_ID.get(text, text)  # type: ignore[attr-defined]


class _IndonesianParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: perintah tidak lengkap atau salah: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _IndonesianParser(
        prog="iki-desktop",
        description="IKI Desktop: menyusun, memeriksa, menyimpan dan mencetak IKU, IKI "
        "dan Keputusan Camat. Tanpa sub-perintah, jendela program dibuka.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"IKI Desktop {__version__}",
        help="tampilkan versi program lalu keluar",
    )
    parser.add_argument(
        "--db", metavar="BERKAS", help="basis data yang dibuka (bawaan: di folder data pengguna)"
    )
    modules = _command_modules()
    for module in modules:
        hook = getattr(module, "opsi_global", None)
        if hook is not None:
            hook(parser)
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH", parser_class=_IndonesianParser)
    for module in modules:
        module.daftarkan(sub)
    return parser


def _open_gui(args: argparse.Namespace) -> int:
    from iki_desktop.ui.app import jalankan

    return jalankan(args)


def main(argv: Sequence[str] | None = None) -> int:
    utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or _open_gui
    try:
        return int(func(args) or 0)
    except IkiError as err:
        print(f"Gagal: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Output piped into `head` and the reader left: not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:
        from iki_desktop.applog import log_unexpected
        from iki_desktop.store.pesan import pesan_basis_data

        path = log_unexpected(f"perintah {getattr(args, 'perintah', None) or 'gui'}")
        pesan = pesan_basis_data(exc)
        if pesan:  # disk full, read-only media, a damaged file: each its own way out
            print(f"Gagal: {pesan}", file=sys.stderr)
            return 2
        print(
            "Maaf, terjadi kesalahan tak terduga. Rinciannya dicatat di "
            f"{path}; kirimkan berkas itu kepada pengelola program.",
            file=sys.stderr,
        )
        return 1
