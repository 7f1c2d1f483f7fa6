"""Build IKI Desktop: clean venv -> PyInstaller (onedir) -> size report -> Inno Setup.

    py installer\\build.py                 (Windows: bundle and installer in dist\\)
    python3 installer/build.py --skip-venv --self-test   (CI: reuse the current venv)

Steps
1. A fresh venv in build/venv with the project and PyInstaller only (no test tools), so
   nothing stray from a developer's environment can be picked up by PyInstaller's hooks.
   --skip-venv reuses the running interpreter (which must have PyInstaller installed);
   the spec's exclude list still keeps test tools out.
2. PyInstaller with installer/iki_desktop.spec -> dist/IKI Desktop/.
3. Size report: total, file count, largest files -> printed and build/size-report.txt.
4. --self-test: run the frozen program's --self-test and check that it wrote nothing into
   the bundle folder (the installed program must never write into its install folder).
5. Windows: Inno Setup 6 (ISCC.exe) compiles installer/iki_desktop.iss -> dist/*.exe.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = ROOT / "installer" / "iki_desktop.spec"
ISS = ROOT / "installer" / "iki_desktop.iss"
WINDOWS = sys.platform == "win32"
TARGET_MB = 130


def project() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {"name": data["name"], "version": data["version"]}


def app_name() -> str:
    """The display name the spec derives from the project name ("iki-desktop" -> "IKI Desktop")."""
    words = project()["name"].split("-")
    return " ".join([words[0].upper()] + [w.capitalize() for w in words[1:]])


def bundle_dir() -> Path:
    return DIST / app_name()


def frozen_cli() -> Path:
    """The executable with a console: the CLI twin on Windows, the program elsewhere."""
    if WINDOWS:
        return bundle_dir() / f"{project()['name']}-cli.exe"
    return bundle_dir() / app_name()


def run(cmd: list[str | Path], **kwargs: object) -> None:
    print("$", " ".join(f'"{c}"' if " " in str(c) else str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def make_venv() -> Path:
    venv = BUILD / "venv"
    run([sys.executable, "-m", "venv", "--clear", venv])
    python = venv / ("Scripts/python.exe" if WINDOWS else "bin/python")
    run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"])
    # Non-editable: the venv gets the dependencies; the spec analyses the source tree.
    run([python, "-m", "pip", "install", "-q", f"{ROOT}[build]"])
    return python


def pyinstaller(python: Path | str) -> None:
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ]
    )


# -- size report -----------------------------------------------------------------------


def _files(folder: Path) -> list[tuple[int, str]]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            out.append((path.stat().st_size, path.relative_to(folder).as_posix()))
    return out


def _group(rel: str) -> str:
    parts = rel.split("/")
    name = parts[-1].lower()
    if len(parts) == 1:
        return "executables (with the Python code archive)"
    if name.startswith(("libicu", "icu")):
        return "ICU (Linux Qt only; Windows Qt uses the system's)"
    if parts[1] in ("PySide6", "shiboken6"):
        return "Qt and PySide6"
    if parts[1] == "resources":
        return "resources (fonts, sample, template, icons)"
    if len(parts) > 2 and not parts[1].startswith("python3"):
        return "Python packages (lxml, Pillow, ...)"
    return "Python runtime and system libraries"


def size_report(folder: Path, top: int = 15) -> str:
    files = _files(folder)
    total = sum(size for size, _ in files)
    mb = total / 1_000_000
    lines = [
        f"Bundle {folder.name}: {mb:.1f} MB unpacked, {len(files)} files "
        f"(target <= {TARGET_MB} MB: {'met' if mb <= TARGET_MB else 'NOT met'})",
        "",
        f"{'MB':>8}  group",
    ]
    groups: dict[str, int] = {}
    for size, rel in files:
        groups[_group(rel)] = groups.get(_group(rel), 0) + size
    for name, size in sorted(groups.items(), key=lambda kv: -kv[1]):
        lines.append(f"{size / 1_000_000:8.1f}  {name}")
    lines += ["", f"{'MB':>8}  largest {top} files"]
    for size, rel in sorted(files, reverse=True)[:top]:
        lines.append(f"{size / 1_000_000:8.1f}  {rel}")
    return "\n".join(lines) + "\n"


# -- self-test of the frozen program -----------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if not p.is_symlink()
    }


def frozen_self_test() -> None:
    before = snapshot(bundle_dir())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = subprocess.run(
        [str(frozen_cli()), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
        check=False,
    )
    print(result.stdout.strip())
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        raise SystemExit(f"frozen --self-test failed with exit code {result.returncode}")
    after = snapshot(bundle_dir())
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if changed:
        raise SystemExit(f"the frozen program wrote into its own folder: {changed[:10]}")
    print(f"frozen --self-test: ok in {time.perf_counter() - started:.1f} s, bundle untouched")


# -- Inno Setup ---------------------------------------------------------------------------


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if not root:
            continue
        for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
            candidate = Path(root) / sub / "ISCC.exe"
            if candidate.exists():
                return candidate
    return None


def inno_setup() -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org, then re-run.")
        return None
    version = project()["version"]
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={bundle_dir()}",
            f"/O{DIST}",
            ISS,
        ]
    )
    setup = DIST / f"{project()['name']}-{version}-setup.exe"
    print(f"installer: {setup} ({setup.stat().st_size / 1_000_000:.1f} MB)")
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--skip-venv",
        action="store_true",
        help="use the running interpreter instead of a fresh build/venv (needs PyInstaller)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="run the frozen program's --self-test"
    )
    parser.add_argument(
        "--no-installer", action="store_true", help="skip Inno Setup even on Windows"
    )
    args = parser.parse_args(argv)
    if WINDOWS and sys.version_info < (3, 12):
        # PySide6 6.12 leaks references to None on 3.11; ui/__init__.py guards development
        # runs, but what users get is built on 3.12+, where None is immortal.
        raise SystemExit(
            "Build the installer with Python 3.12 or newer (py -3.12 installer\\build.py)."
        )

    timings: list[tuple[str, float]] = []
    t = time.perf_counter()
    python: Path | str = sys.executable if args.skip_venv else make_venv()
    timings.append(("venv", time.perf_counter() - t))

    t = time.perf_counter()
    pyinstaller(python)
    timings.append(("PyInstaller", time.perf_counter() - t))

    report = size_report(bundle_dir())
    BUILD.mkdir(exist_ok=True)
    (BUILD / "size-report.txt").write_text(report, encoding="utf-8")
    print(report, end="")
    print(f"(written to {BUILD / 'size-report.txt'})")

    if args.self_test:
        t = time.perf_counter()
        frozen_self_test()
        timings.append(("self-test", time.perf_counter() - t))

    if WINDOWS and not args.no_installer:
        t = time.perf_counter()
        inno_setup()
        timings.append(("Inno Setup", time.perf_counter() - t))

    print("times: " + ", ".join(f"{name} {secs:.0f} s" for name, secs in timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
