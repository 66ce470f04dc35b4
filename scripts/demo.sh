#!/usr/bin/env bash
# The main job on the bundled example: the five kratom articles in
# examples/kratom/articles become out/graph.json, the diagram out/graph.svg
# (rendered in-process, no dot needed) and the interactive page out/graph.html.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMGRAPH=${CLAIMGRAPH:-build/claimgraph}
mkdir -p out
for ext in json dot svg html; do
  "$CLAIMGRAPH" build examples/kratom/articles -o "out/graph.$ext"
done
echo "wrote out/graph.json, out/graph.dot, out/graph.svg and out/graph.html (open it in a browser; it works offline)"
