#!/usr/bin/env bash
# Installs the Debian packages the monitor needs to build and test, and only
# those that are missing. As root it uses apt-get; otherwise sudo when it works
# without a password prompt failing; otherwise it names the packages to install.
set -euo pipefail
# Build: compilers, Emscripten, the libraries (static SQLite and zlib), the
# font embedded in the UI and fonttools to cut it to the glyphs used, terser
# to minify the page's scripts, zopfli for compressing the UI page at build
# time, and dpkg-dev/xz-utils for fetching source packages.
build=(build-essential cmake emscripten binaryen libsqlite3-dev zlib1g-dev zopfli
       nlohmann-json3-dev catch2 fonts-inter fonttools node-terser dpkg-dev xz-utils ca-certificates)
# Tests: Chromium for the browser tests (npm installs playwright-core; the
# machine's Node.js usually brings npm, Debian's npm package is the fallback);
# poppler-utils to count, read and render the printed report's PDF pages;
# clang-14 with its runtime libraries for the libFuzzer targets (tests/fuzz);
# python3-icalendar parses the calendar export back (RFC 5545) in a host test.
test=(chromium poppler-utils clang-14 libclang-rt-14-dev python3-icalendar)
# Windows executable (make windows, and its tests under Wine in make test):
# the MinGW-w64 cross compiler (posix threads), its static zlib, tclsh for
# making SQLite's amalgamation, Wine to run the result.
windows=(g++-mingw-w64-x86-64-posix libz-mingw-w64-dev tcl wine64)
want=("${build[@]}")
for arg in "$@"; do
  case "$arg" in
    --test)
      want+=("${test[@]}")
      command -v npm >/dev/null || want+=(npm) ;;
    --windows) want+=("${windows[@]}") ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Ontbrekende Debian-pakketten / missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
elif command -v sudo >/dev/null && [ -t 0 ]; then
  SUDO=(sudo)
else
  echo "Installeer ze als root met: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
