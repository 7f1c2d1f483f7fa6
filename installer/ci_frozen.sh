#!/usr/bin/env bash
# CI step: build the Linux onedir bundle with the same spec as Windows, run the frozen
# program's --self-test offscreen (it must also leave its own folder untouched), print
# the size report. Fails on any error. Called by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
# PyInstaller goes into the CI venv (the [build] extra); the spec's exclude list keeps the
# test tools of that venv out of the bundle.
.venv/bin/python -m pip install -q -e ".[build]"
QT_QPA_PLATFORM=offscreen .venv/bin/python installer/build.py --skip-venv --self-test
echo "frozen build step: $(( $(date +%s) - start )) s"
