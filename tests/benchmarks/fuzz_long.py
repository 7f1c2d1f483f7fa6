"""The long fuzz run: every tests/fuzz property with many more examples, strict mode.

    .venv/bin/python tests/benchmarks/fuzz_long.py [--contoh 2000]

Strict mode (IKI_FUZZ_KETAT=1) fails on the known, reported bugs that CI tolerates
and lifts the fraction-length bound of the print test. Prints pytest's summary with
hypothesis statistics; exit code is pytest's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contoh", type=int, default=2000, help="max_examples per property")
    ap.add_argument("--ketat", type=int, default=1, help="1: known bugs fail the run")
    args, rest = ap.parse_known_args()
    env = dict(os.environ)
    env["IKI_FUZZ_CONTOH"] = str(args.contoh)
    env["IKI_FUZZ_KETAT"] = str(args.ketat)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, "-m", "pytest", "tests/fuzz", "-q", "-p", "no:cacheprovider",
           "--hypothesis-show-statistics", "--hypothesis-seed=20260107", *rest]  # fmt: skip
    return subprocess.run(cmd, cwd=REPO, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
