#!/usr/bin/env bash
# Installs the build into a temporary prefix and builds a separate CMake
# project against it with find_package(claimgraph).
set -euo pipefail
src=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
cmake -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
"$tmp/consumer/app" "$tmp/prefix/share/claimgraph" | grep -q '"kratom|increases|dopamine"'
echo "find_package(claimgraph) works from an installed prefix"
