#!/usr/bin/env bash
# Fetches the third-party sources that Debian ships only as source packages:
# Dear ImGui (.cpp files and backends) and the full header-only cpp-httplib.
# They go to build/_deps (ignored by git) through a private apt configuration
# that reads the machine's own Debian mirror as deb-src; the system's apt
# configuration is not touched. Idempotent: does nothing when already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/build/_deps"
apt="$deps/apt"
stamp="$deps/.fetched-v1"
[ -f "$stamp" ] && exit 0

mkdir -p "$apt/etc" "$apt/lists/partial" "$deps/src"
src_list=$(ls /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [ -n "$src_list" ]; then
  sed 's/^Types: deb$/Types: deb-src/' "$src_list" > "$apt/etc/src.sources"
else
  # Older layout: one-line sources.list entries.
  grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' > "$apt/etc/src.list"
fi
A=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt/etc" -o Dir::State::Lists="$apt/lists"
   -o Debug::NoLocking=1)
apt-get "${A[@]}" update -qq
cd "$deps/src"
for pkg in imgui cpp-httplib; do
  apt-get "${A[@]}" source --download-only -qq "$pkg"
done

# Unpack the upstream tarballs into stable folder names.
rm -rf "$deps/imgui" "$deps/cpp-httplib"
mkdir -p "$deps/imgui" "$deps/cpp-httplib"
tar -xf "$(ls imgui_*.orig.tar.* | head -n1)" -C "$deps/imgui" --strip-components=1
tar -xf "$(ls cpp-httplib_*.orig.tar.* | head -n1)" -C "$deps/cpp-httplib" --strip-components=1

# nlohmann-json is header-only; the wasm build must not see /usr/include as a
# whole (glibc headers would shadow Emscripten's), so give it a private copy.
mkdir -p "$deps/include"
cp -r /usr/include/nlohmann "$deps/include/"
touch "$stamp"
