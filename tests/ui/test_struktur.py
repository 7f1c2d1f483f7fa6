"""The shape of iki_desktop/ui (issue #12): small modules, no mixins, a short root,
no import cycle among the ui modules. Reads the source files; needs no Qt and no git."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "iki_desktop" / "ui"
SUB_PAKET = {"jendela", "editor", "tabel", "dialog", "undo", "cetak"}


def _modul() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def _nama(path: Path) -> str:
    bagian = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def test_no_ui_module_over_500_lines() -> None:
    panjang = {_nama(p): len(p.read_text(encoding="utf-8").splitlines()) for p in _modul()}
    assert {m: n for m, n in panjang.items() if n > 500} == {}


def test_no_method_over_60_lines() -> None:
    panjang = {}
    for p in _modul():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > 60:
                    panjang[f"{_nama(p)}.{node.name}"] = n
    assert panjang == {}


def test_no_mixin_class_in_ui() -> None:
    mixin = [
        f"{_nama(p)}.{node.name}"
        for p in _modul()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.endswith("Mixin")
    ]
    assert mixin == []


def test_ui_root_keeps_at_most_ten_modules() -> None:
    akar = sorted(p.name for p in UI.glob("*.py"))
    assert len(akar) <= 10, akar
    paket = {p.name for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert paket == SUB_PAKET


def _impor(path: Path) -> set[str]:
    """ui modules imported by a module, at run time (TYPE_CHECKING blocks left out)."""
    pohon = ast.parse(path.read_text(encoding="utf-8"))
    hanya_tipe: set[int] = set()
    for node in ast.walk(pohon):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hanya_tipe.update(id(n) for b in node.body for n in ast.walk(b))
    hasil = set()
    for node in ast.walk(pohon):
        if id(node) in hanya_tipe:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            hasil.add(node.module)
            hasil.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            hasil.update(a.name for a in node.names)
    return hasil


def test_no_import_cycle_among_ui_modules() -> None:
    modul = {_nama(p): p for p in _modul()}
    graf = {
        m: {i for i in _impor(p) if i in modul and i != m and i != "iki_desktop.ui"}
        for m, p in modul.items()
    }
    siklus: list[list[str]] = []
    keadaan: dict[str, int] = {}  # 1 on the current path, 2 done

    def kunjungi(m: str, jalur: list[str]) -> None:
        keadaan[m] = 1
        for n in sorted(graf[m]):
            if keadaan.get(n) == 1:
                siklus.append(jalur[jalur.index(n) :] + [n])
            elif n not in keadaan:
                kunjungi(n, [*jalur, n])
        keadaan[m] = 2

    for m in sorted(graf):
        if m not in keadaan:
            kunjungi(m, [m])
    assert siklus == []
