#!/usr/bin/env bash
# CI step: compile the Windows installer with the real Inno Setup compiler under wine and
# exercise it: silent per-user install, files, Start-menu shortcut, .ikipaket association,
# uninstall entry, reinstall, upgrade to a higher version (no stale file left), uninstall
# (user data kept). Runs on Debian bookworm (as root or with sudo); needs the frozen bundle
# from installer/ci_frozen.sh in "dist/IKI Desktop". Fails on any error or compiler warning.
#
#   bash installer/wine_check.sh             (after bash installer/ci_frozen.sh)
#   WINE_CHECK_SKIP_INSTALL=1 bash installer/wine_check.sh   (tools already installed)
#
# What wine cannot show (a real non-admin account, the real {autopf} folder, Explorer
# double-clicks, the Windows build of the program itself) is listed in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# The compiler is pinned: Indonesian.isl in this folder matches Inno Setup 6.4.1.
INNOSETUP_NPM="innosetup@6.4.1"
# Outside the repository: a wine prefix links drive Z: to /, and a tool walking the source
# tree (setuptools, linters) would then walk the whole file system.
WORK=${WINE_CHECK_WORK:-${TMPDIR:-/tmp}/iki-desktop-wine-check}
BUNDLE="$ROOT/dist/IKI Desktop"
APP_ID="{18026D07-77FE-4E3D-BFC0-46FB6A48CAB4}_is1"

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
start=$(date +%s)
step() { echo "== wine check: $* ($(( $(date +%s) - start )) s)"; }
fail() { echo "wine check FAILED: $*" >&2; exit 1; }

# -- tools ---------------------------------------------------------------------------------
apt_install() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# wine32:i386 is required: without it "wine ISCC.exe" prints nothing and exits 0.
install_wine() {
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    $SUDO dpkg --add-architecture i386
  fi
  # A half-synced mirror ("File has unexpected size") fails one index; apt keeps the old one.
  $SUDO apt-get update -qq || true
  if apt_install wine wine64 wine32:i386 >/dev/null; then return 0; fi
  # The i386 security index can lag behind amd64: then the amd64 and i386 copies of a
  # multi-arch library differ in revision and wine32 is uninstallable. Install from the
  # bookworm release with every such library pinned to one revision both have.
  echo "wine32 did not install directly; retrying from bookworm with matching revisions"
  local pins=() pkg version
  for pkg in libgstreamer-plugins-base1.0-0 libgstreamer1.0-0; do
    version=$(apt-cache madison "$pkg:i386" | awk -F'|' '/bookworm\/main/ {gsub(/ /, "", $2); print $2; exit}')
    if [ -n "$version" ]; then pins+=("$pkg:amd64=$version" "$pkg:i386=$version"); fi
  done
  apt_install -t bookworm --allow-downgrades "${pins[@]}" wine wine64 wine32:i386 >/dev/null
}

install_tools() {
  step "installing wine, wine32, Xvfb, node and $INNOSETUP_NPM"
  local missing=()
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v npm >/dev/null || missing+=(nodejs npm)
  command -v xauth >/dev/null || missing+=(xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update -qq || true
    apt_install "${missing[@]}" >/dev/null
  fi
  if ! { command -v wine >/dev/null && dpkg -s wine32:i386 >/dev/null 2>&1; }; then
    install_wine
  fi
}

# -- wine prefix and compiler ------------------------------------------------------------------
XVFB_PID=""
cleanup() {
  if [ -n "${WINEPREFIX:-}" ] && command -v wineserver >/dev/null; then wineserver -k 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  # The prefix (1.2 GB) and the staged bundles go, pass or fail; the logs stay for reading.
  if [ -z "${WINE_CHECK_KEEP:-}" ]; then rm -rf "$WORK/prefix" "$WORK/stage" "$WORK/out"; fi
}
trap cleanup EXIT

start_display() {
  # Before the first wine start: a wineserver that began without a display makes Setup
  # fail later (FPreparingMemo error). -displayfd picks a free display number.
  local fifo="$WORK/xvfb-display"
  rm -f "$fifo"
  Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$fifo" 2>"$WORK/xvfb.log" &
  XVFB_PID=$!
  for _ in $(seq 50); do
    if [ -s "$fifo" ]; then break; fi
    sleep 0.2
  done
  [ -s "$fifo" ] || fail "Xvfb did not start (see $WORK/xvfb.log)"
  export DISPLAY=":$(head -n1 "$fifo")"
}

make_prefix() {
  step "wine prefix (Windows 10) on display $DISPLAY"
  export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
  # No Mono/Gecko download prompts: the installer needs neither .NET nor a browser engine.
  export WINEDLLOVERRIDES="mscoree,mshtml="
  rm -rf "$WINEPREFIX"
  wine wineboot --init >/dev/null 2>&1
  # wine 8 defaults to Windows 7, which the installer (MinVersion 10.0.17763) refuses.
  wine winecfg -v win10 >/dev/null 2>&1
  # wine marks Unix dot files hidden, and ISCC leaves hidden files out: python-docx's
  # template part "_rels/.rels" would be missing. On Windows the file carries no such mark.
  wine reg add 'HKCU\Software\Wine' /v ShowDotFiles /d Y /f >/dev/null 2>&1
  wineserver -w
  LOCALAPPDATA_WIN=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
  APPDATA_WIN=$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')
  LOCALAPPDATA_UNIX=$(winepath -u "$LOCALAPPDATA_WIN" 2>/dev/null)
  APPDATA_UNIX=$(winepath -u "$APPDATA_WIN" 2>/dev/null)
  [ -d "$LOCALAPPDATA_UNIX" ] || fail "no %LOCALAPPDATA% in the wine prefix ($LOCALAPPDATA_WIN)"
  APP_DIR="$LOCALAPPDATA_UNIX/Programs/IKI Desktop"
}

install_compiler() {
  mkdir -p "$WORK/npm"
  npm install --silent --no-audit --no-fund --prefix "$WORK/npm" "$INNOSETUP_NPM" >/dev/null
  ISCC="$WORK/npm/node_modules/innosetup/bin/ISCC.exe"
  [ -f "$ISCC" ] || fail "$INNOSETUP_NPM has no bin/ISCC.exe"
}

# A Windows-shaped copy of the Linux bundle: the same files, with the executables under
# their Windows names (what Setup installs is checked, not run: wine has no Windows Python).
stage_bundle() { # stage_bundle DIR [EXTRA_FILE]
  local dir=$1
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  cp -al "$BUNDLE" "$dir" 2>/dev/null || cp -a "$BUNDLE" "$dir"
  mv "$dir/IKI Desktop" "$dir/IKI Desktop.exe"
  cp "$dir/IKI Desktop.exe" "$dir/iki-desktop-cli.exe"
  if [ $# -gt 1 ]; then echo "only in the old version" >"$dir/_internal/$2"; fi
}

compile_setup() { # compile_setup VERSION STAGE_DIR -> prints the setup path
  local version=$1 stage=$2 out="$WORK/out" log="$WORK/iscc-$1.log"
  mkdir -p "$out"
  if ! wine "$ISCC" "/DAppVersion=$version" "/DBundleDir=$(winepath -w "$stage")" \
      "/DDefaultDir={localappdata}\\Programs\\IKI Desktop" "/DCompression=lzma2/fast" \
      "/O$(winepath -w "$out")" "$(winepath -w "$ROOT/installer/iki_desktop.iss")" >"$log" 2>&1; then
    cat "$log" >&2
    fail "ISCC failed for version $version"
  fi
  # ISCC without wine32 prints nothing and exits 0: require its success line.
  grep -q "Successful compile" "$log" || { cat "$log" >&2; fail "no 'Successful compile' for $version"; }
  if grep -q "Warning:" "$log"; then grep "Warning:" "$log" >&2; fail "compiler warnings for $version"; fi
  SETUP="$out/iki-desktop-$version-setup.exe"
  [ -f "$SETUP" ] || fail "ISCC did not write $SETUP"
}

# -- install, check, upgrade, uninstall ----------------------------------------------------------
run_setup() { # run_setup SETUP LOGNAME
  local log="$WORK/$2.log"
  rm -f "$log"
  wine "$1" /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART "/LOG=$(winepath -w "$log")" \
    >/dev/null 2>&1 || { cat "$log" >&2 || true; fail "$2: setup exited with an error"; }
  wineserver -w
  grep -q "Installation process succeeded" "$log" || { cat "$log" >&2; fail "$2: no success in the setup log"; }
  # Per user, without administrator rights: the root key is HKCU.
  grep -q "Administrative install mode: No" "$log" || fail "$2: not a per-user install"
}

reg_value() { # reg_value KEY [VALUE] -> the data of the value (default value without VALUE)
  local args=(/ve)
  if [ $# -gt 1 ]; then args=(/v "$2"); fi
  wine reg query "$1" "${args[@]}" 2>/dev/null | tr -d '\r' | awk -F'    ' '/REG_/ {print $NF; exit}'
}

files_of() { (cd "$1" && find -L . -type f ! -name 'unins000.*' | LC_ALL=C sort); }

check_installed() { # check_installed VERSION STAGE_DIR
  local version=$1 stage=$2
  [ -f "$APP_DIR/IKI Desktop.exe" ] || fail "$version: IKI Desktop.exe not installed in $APP_DIR"
  [ -f "$APP_DIR/unins000.exe" ] || fail "$version: no uninstaller"
  # Exactly the bundle's files: nothing missing, nothing left from an earlier version.
  if ! diff <(files_of "$stage") <(files_of "$APP_DIR") >"$WORK/files.diff"; then
    head -20 "$WORK/files.diff" >&2
    fail "$version: installed files differ from the bundle"
  fi
  [ -f "$APPDATA_UNIX/Microsoft/Windows/Start Menu/Programs/IKI Desktop.lnk" ] ||
    fail "$version: no Start-menu shortcut"
  local classes='HKCU\Software\Classes'
  [ "$(reg_value "$classes\\.ikipaket")" = "IKIDesktop.Paket" ] || fail "$version: .ikipaket not associated"
  local command
  command=$(reg_value "$classes\\IKIDesktop.Paket\\shell\\open\\command")
  case "$command" in
    *'IKI Desktop\IKI Desktop.exe" terima "%1"') ;;
    *) fail "$version: open command is '$command'" ;;
  esac
  local uninstall="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"
  [ "$(reg_value "$uninstall" DisplayVersion)" = "$version" ] || fail "$version: uninstall entry has the wrong version"
  [ "$(reg_value "$uninstall" DisplayName)" = "IKI Desktop" ] || fail "$version: uninstall entry has the wrong name"
}

check_uninstalled() {
  [ ! -e "$APP_DIR/IKI Desktop.exe" ] || fail "uninstall left the program"
  [ ! -d "$APP_DIR/_internal" ] || fail "uninstall left _internal"
  [ ! -e "$APPDATA_UNIX/Microsoft/Windows/Start Menu/Programs/IKI Desktop.lnk" ] || fail "uninstall left the shortcut"
  if wine reg query 'HKCU\Software\Classes\IKIDesktop.Paket' >/dev/null 2>&1; then fail "uninstall left the ProgID"; fi
  if [ -n "$(reg_value 'HKCU\Software\Classes\.ikipaket')" ]; then fail "uninstall left the .ikipaket association"; fi
  if wine reg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID" >/dev/null 2>&1; then
    fail "uninstall left its entry"
  fi
  # The office's data is kept: uninstalling must never take the database with it.
  cmp -s "$USER_DATA/iki-desktop.sqlite" "$WORK/user-data.expected" || fail "uninstall touched the user's data"
}

main() {
  [ -f "$BUNDLE/IKI Desktop" ] || fail "no frozen bundle in $BUNDLE: run installer/ci_frozen.sh first"
  mkdir -p "$WORK"
  if [ -z "${WINE_CHECK_SKIP_INSTALL:-}" ]; then install_tools; fi
  install_compiler
  start_display
  make_prefix

  local version upgrade
  version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -n1)
  # The upgrade is a pre-release of the next minor version: it also proves that a version
  # like 0.2.0rc1 compiles (VersionInfoVersion takes only its numbers).
  upgrade=$(echo "$version" | awk -F. '{printf "%d.%d.0rc1", $1, $2 + 1}')
  local stale="hanya-di-versi-lama.txt"
  stage_bundle "$WORK/stage/$version" "$stale"
  stage_bundle "$WORK/stage/$upgrade"

  step "compiling setup $version and $upgrade with ISCC (Inno Setup 6.4.1)"
  compile_setup "$version" "$WORK/stage/$version"
  local setup_old=$SETUP
  compile_setup "$upgrade" "$WORK/stage/$upgrade"
  local setup_new=$SETUP
  ls -l "$setup_old" "$setup_new"

  step "install $version"
  run_setup "$setup_old" install
  check_installed "$version" "$WORK/stage/$version"
  [ -f "$APP_DIR/_internal/$stale" ] || fail "the old version's own file is missing"
  # The user's data folder as the program leaves it: a database that must survive everything.
  USER_DATA="$LOCALAPPDATA_UNIX/IKI Desktop"
  mkdir -p "$USER_DATA"
  head -c 65536 /dev/urandom >"$USER_DATA/iki-desktop.sqlite"
  cp "$USER_DATA/iki-desktop.sqlite" "$WORK/user-data.expected"

  step "reinstall $version"
  run_setup "$setup_old" reinstall
  check_installed "$version" "$WORK/stage/$version"

  step "upgrade to $upgrade"
  run_setup "$setup_new" upgrade
  check_installed "$upgrade" "$WORK/stage/$upgrade"
  [ ! -e "$APP_DIR/_internal/$stale" ] || fail "the upgrade left $stale from $version"
  cmp -s "$USER_DATA/iki-desktop.sqlite" "$WORK/user-data.expected" || fail "the upgrade touched the user's data"

  step "uninstall"
  wine "$APP_DIR/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >/dev/null 2>&1 ||
    fail "the uninstaller exited with an error"
  wineserver -w
  # The uninstaller finishes from a copy of itself in %TEMP%; give it a moment to end.
  for _ in $(seq 30); do [ -e "$APP_DIR/unins000.exe" ] || break; sleep 1; done
  check_uninstalled

  step "all checks passed"
  echo "wine check: $(( $(date +%s) - start )) s"
}

main "$@"
