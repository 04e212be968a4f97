#!/usr/bin/env bash
# Makes SQLite's amalgamation (sqlite3.c, sqlite3.h) for the Windows build:
# Debian has no MinGW SQLite package, so it comes from Debian's `sqlite3`
# source package (with Debian's patches, so the same SQLite as the Linux
# executable's libsqlite3.a), fetched through the private apt configuration
# that fetch-deps.sh sets up, and generated with `make sqlite3.c` (tclsh).
# Result: build/_deps/sqlite3/. Idempotent: does nothing when already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/build/_deps"
apt="$deps/apt"
out="$deps/sqlite3"
[ -f "$out/sqlite3.c" ] && [ -f "$out/sqlite3.h" ] && exit 0

"$root/scripts/fetch-deps.sh"
A=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt/etc" -o Dir::State::Lists="$apt/lists"
   -o Debug::NoLocking=1)
cd "$deps/src"
if ! ls sqlite3_*.dsc >/dev/null 2>&1; then
  # The lists may be older than the mirror; refresh them once before giving up.
  apt-get "${A[@]}" source --download-only -qq sqlite3 ||
    { apt-get "${A[@]}" update -qq && apt-get "${A[@]}" source --download-only -qq sqlite3; }
fi

tree="$deps/sqlite-src"
rm -rf "$tree" "$out"
dpkg-source --no-check -x "$(ls sqlite3_*.dsc | head -n1)" "$tree" >/dev/null
mkdir -p "$tree/build" "$out"
cd "$tree/build"
../configure --quiet >/dev/null
make -s sqlite3.c >/dev/null
cp sqlite3.c sqlite3.h "$out/"
rm -rf "$tree"
