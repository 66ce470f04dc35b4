#!/usr/bin/env bash
# Fails when a committed example output differs from what the code produces now,
# or when dot warns on the committed DOT.
# Fix: scripts/regenerate-examples.sh, then review and commit the diff.
set -euo pipefail
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ex in "$root"/examples/*/; do
  ex=${ex%/}
  name=$(basename "$ex")
  for f in json dot svg html graphml cyjs mmd; do
    "$CLAIMGRAPH" build "$ex/articles" -o "$tmp/$name.$f"
    if ! cmp -s "$tmp/$name.$f" "$ex/graph.$f"; then
      echo "examples/$name/graph.$f is out of date (run scripts/regenerate-examples.sh):"
      case $f in
        svg|html) echo "  (differs; $(wc -c <"$tmp/$name.$f") bytes now, $(wc -c <"$ex/graph.$f" 2>/dev/null || echo 0) committed)" ;;
        *) diff "$ex/graph.$f" "$tmp/$name.$f" | head -20 ;;
      esac
      status=1
    fi
  done
  if command -v dot >/dev/null; then
    dot -Tsvg "$ex/graph.dot" -o /dev/null 2>"$tmp/dot.err"
    if [ -s "$tmp/dot.err" ]; then echo "dot warned on examples/$name/graph.dot:"; cat "$tmp/dot.err"; status=1; fi
  fi
done
[ $status -eq 0 ] && echo "examples up to date"
exit $status
