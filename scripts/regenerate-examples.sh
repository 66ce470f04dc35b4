#!/usr/bin/env bash
# Rewrites the committed outputs under examples/ from the current code, and the
# viewer screenshot docs/viewer.png. tests/cli/examples_up_to_date.sh fails when
# an example differs from what the code produces.
#   CLAIMGRAPH=build/claimgraph BUILD_DIR=build scripts/regenerate-examples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
CLAIMGRAPH=${CLAIMGRAPH:-$BUILD_DIR/claimgraph}
for ex in examples/*/; do
  ex=${ex%/}
  # json dot svg (rendered in-process) html graphml cyjs (cytoscape) mmd (mermaid)
  for ext in json dot svg html graphml cyjs mmd; do
    "$CLAIMGRAPH" build "$ex/articles" -o "$ex/graph.$ext"
  done
done

# The screenshot of the seed graph's page, taken by the viewer's browser test.
modules=$BUILD_DIR/browser-tests/node_modules
if [ -d "$modules/playwright-core" ] && [ -x /usr/bin/chromium ]; then
  CG_TEST_MODULES=$modules node tests/browser/viewer.test.cjs examples/kratom/graph.html examples/kratom/graph.json \
    docs/viewer.png
else
  echo "regenerate-examples: docs/viewer.png not updated ($modules or chromium missing: build with tests first)" >&2
fi
