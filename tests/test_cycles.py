"""The top-level parts import each other in one direction only (CONTRIBUTING.md, README).

Imports are read from the source with `ast`, including imports inside functions and under
`TYPE_CHECKING`: a lazy import still ties two parts together, it only hides the cycle from
the interpreter. Root modules (`resources.py`, `applog.py`, ...) are parts of their own.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "iki_desktop"

# Part -> the parts it may import. Every part found in the tree must be listed here.
ALLOWED: dict[str, set[str]] = {
    "iki_desktop": set(),  # the package itself: __version__
    "domain": set(),
    "waktu_mulai": set(),
    "sementara": set(),  # output temp files with the umask's permissions
    "resources": {"domain"},
    "store": {"domain", "resources", "iki_desktop"},
    "store.transfer": {"domain", "store", "iki_desktop"},
    "applog": {"store"},
    "printing": {"domain", "resources", "sementara", "iki_desktop"},
    # Importers write what they read through the Store API (spreadsheet/legacy.terapkan).
    "spreadsheet": {"domain", "store", "resources", "sementara", "iki_desktop"},
    "ui": {
        "domain",
        "store",
        "store.transfer",
        "printing",
        "spreadsheet",
        "resources",
        "applog",
        "waktu_mulai",
        "sementara",
        "iki_desktop",
    },
    "cli": {
        "domain",
        "store",
        "store.transfer",
        "printing",
        "spreadsheet",
        "resources",
        "applog",
        "waktu_mulai",
        "iki_desktop",
        "ui",  # only to open the window (`iki-desktop`, `terima`, `screenshot`)
    },
}

MAX_LINES = 500


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _part(module: str) -> str:
    """'iki_desktop.store.transfer.gabung' -> 'store.transfer'; root modules are their own."""
    names = module.split(".")[1:]
    if not names:
        return "iki_desktop"
    if names[:2] == ["store", "transfer"]:
        return "store.transfer"
    return names[0]


def _imports(path: Path, module: str) -> set[str]:
    """Every iki_desktop module this file imports, at any depth of the code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from iki_desktop import waktu_mulai` imports a module, not a name.
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
    return {name for name in found if name == "iki_desktop" or name.startswith("iki_desktop.")}


def _known(name: str, modules: set[str]) -> str | None:
    """The longest known module that `name` refers to (a name may end in a class)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def part_graph() -> dict[str, dict[str, list[str]]]:
    """part -> imported part -> ['importing.module -> imported.module', ...]."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, dict[str, list[str]]] = {}
    for module, path in sorted(files.items()):
        source = _part(module)
        graph.setdefault(source, {})
        for name in sorted(_imports(path, module)):
            target_module = _known(name, set(files))
            if target_module is None:
                continue
            target = _part(target_module)
            edge = f"{module} -> {target_module}"
            if target != source and edge not in graph[source].get(target, []):
                graph[source].setdefault(target, []).append(edge)
    return graph


def _find_cycle(graph: dict[str, dict[str, list[str]]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycle_between_parts() -> None:
    graph = part_graph()
    cycle = _find_cycle(graph)
    if cycle:
        steps = [
            f"  {a} -> {b}: {', '.join(graph[a][b][:3])}"
            for a, b in zip(cycle, cycle[1:], strict=False)
        ]
        raise AssertionError(
            "Import cycle between parts: " + " -> ".join(cycle) + "\n" + "\n".join(steps)
        )


def test_parts_import_only_in_the_allowed_direction() -> None:
    graph = part_graph()
    unknown = sorted(set(graph) - set(ALLOWED))
    assert not unknown, f"New part(s) {unknown}: add them to ALLOWED and to CONTRIBUTING.md"
    wrong = [
        f"{source} may not import {target}: {', '.join(where[:3])}"
        for source, targets in sorted(graph.items())
        for target, where in sorted(targets.items())
        if target not in ALLOWED[source]
    ]
    assert not wrong, "Imports against the direction diagram:\n" + "\n".join(wrong)


def test_the_checker_sees_a_cycle_and_lazy_imports(tmp_path: Path) -> None:
    # The guard itself: a function-level import closing a loop is reported with its path.
    graph = {"store": {"ui": ["iki_desktop.store.x -> iki_desktop.ui.y"]}, "ui": {"store": []}}
    assert _find_cycle(graph) == ["store", "ui", "store"]
    lazy = tmp_path / "lazy.py"
    lazy.write_text("def f():\n    from iki_desktop.ui.app import jalankan\n", encoding="utf-8")
    assert "iki_desktop.ui.app" in _imports(lazy, "iki_desktop.store.lazy")


def test_no_module_over_500_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"Modules over {MAX_LINES} lines (split them by responsibility): {long}"
