#!/usr/bin/env bash
# The main job on the bundled example: the five kratom articles in
# examples/kratom/articles become out/graph.json, out/graph.dot and out/graph.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMGRAPH=${CLAIMGRAPH:-build/claimgraph}
mkdir -p out
"$CLAIMGRAPH" build examples/kratom/articles -o out/graph.json
"$CLAIMGRAPH" build examples/kratom/articles -o out/graph.dot
dot -Tsvg out/graph.dot -o out/graph.svg
echo "wrote out/graph.json, out/graph.dot and out/graph.svg"
