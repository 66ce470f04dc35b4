#!/usr/bin/env bash
# Writes every format for the consumer tests into OUT, and checks the ones whose
# consumer is a command: dot must read every DOT without a single warning.
#   make_outputs.sh ROOT OUT   (CLAIMGRAPH and FIXTURE name the two programs)
set -euo pipefail
root=$1 out=$2
rm -rf "$out"
mkdir -p "$out"
articles="$root/examples/kratom/articles"
for ext in json dot svg png graphml cyjs mmd html; do
  "$CLAIMGRAPH" build "$articles" -q -o "$out/kratom.$ext"
done
"$CLAIMGRAPH" build "$articles" -q -o "$out/kratom-csv/"
# A subgraph, as a diagram would use it.
"$CLAIMGRAPH" build "$articles" -q --focus kratom --depth 1 --min-support 2 -o "$out/focus.json"
"$CLAIMGRAPH" build "$articles" -q --focus kratom --depth 1 --min-support 2 -o "$out/focus.mmd"
"$FIXTURE" "$out"

status=0
for dot in "$out"/*.dot; do
  if ! dot -Tsvg "$dot" -o /dev/null 2>"$out/dot.err" || [ -s "$out/dot.err" ]; then
    echo "dot warned or failed on $(basename "$dot"):"; cat "$out/dot.err"; status=1
  fi
done
for f in nodes.csv relationships.csv; do
  for d in "$out/kratom-csv" "$out/awkward-csv"; do [ -s "$d/$f" ] || { echo "missing $d/$f"; status=1; }; done
done
[ "$(head -1 "$out/kratom-csv/nodes.csv")" = "id:ID,name,type,aliases:string[],mentions:int,:LABEL" ] || status=1
head -1 "$out/kratom-csv/relationships.csv" | grep -q '^:START_ID,:END_ID,:TYPE,' || status=1
[ $status -eq 0 ] && echo "all formats written to $out; dot reads every DOT without a warning"
exit $status
