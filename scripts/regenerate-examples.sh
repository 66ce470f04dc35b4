#!/usr/bin/env bash
# Rewrites the committed outputs under examples/ from the current code.
# tests/cli/examples_up_to_date.sh fails when they differ from what the code produces.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMGRAPH=${CLAIMGRAPH:-build/claimgraph}
for ex in examples/*/; do
  ex=${ex%/}
  "$CLAIMGRAPH" build "$ex/articles" -o "$ex/graph.json"
  "$CLAIMGRAPH" build "$ex/articles" -o "$ex/graph.dot"
  dot -Tsvg "$ex/graph.dot" -o "$ex/graph.svg"
done
