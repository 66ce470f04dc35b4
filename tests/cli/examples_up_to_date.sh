#!/usr/bin/env bash
# Fails when a committed example output differs from what the code produces now.
# Fix: scripts/regenerate-examples.sh, then review and commit the diff.
set -euo pipefail
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ex in "$root"/examples/*/; do
  ex=${ex%/}
  name=$(basename "$ex")
  "$CLAIMGRAPH" build "$ex/articles" -o "$tmp/$name.json"
  "$CLAIMGRAPH" build "$ex/articles" -o "$tmp/$name.dot"
  for f in json dot; do
    if ! cmp -s "$tmp/$name.$f" "$ex/graph.$f"; then
      echo "examples/$name/graph.$f is out of date (run scripts/regenerate-examples.sh):"
      diff "$ex/graph.$f" "$tmp/$name.$f" | head -20
      status=1
    fi
  done
  if command -v dot >/dev/null; then
    dot -Tsvg "$tmp/$name.dot" -o "$tmp/$name.svg" 2>"$tmp/dot.err"
    if [ -s "$tmp/dot.err" ]; then echo "dot warned on examples/$name:"; cat "$tmp/dot.err"; status=1; fi
    if ! cmp -s "$tmp/$name.svg" "$ex/graph.svg"; then
      echo "examples/$name/graph.svg is out of date (run scripts/regenerate-examples.sh)"
      status=1
    fi
  fi
done
[ $status -eq 0 ] && echo "examples up to date"
exit $status
