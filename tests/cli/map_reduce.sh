#!/usr/bin/env bash
# extract (the map step) and merge (the reduce step): merging the claims of any
# split of the documents, in any order, gives the bytes build gives; the map
# step runs under GNU parallel over shards.
set -uo pipefail
source "$(dirname "$0")/harness.sh"

mkdir -p "$tmp/all" "$tmp/a" "$tmp/b" "$tmp/c"
cp "$articles"/*.txt "$tmp/all/"
i=0
for f in "$articles"/*.txt; do
  shard=$(printf 'abc' | cut -c$((i % 3 + 1))); cp "$f" "$tmp/$shard/"; i=$((i + 1))
done
"$cg" build "$tmp/all" -o "$tmp/build.json"
"$cg" build "$tmp/all" -o "$tmp/build.dot"
for s in a b c; do "$cg" extract "$tmp/$s" >"$tmp/$s.jsonl"; done
"$cg" merge "$tmp/c.jsonl" "$tmp/a.jsonl" "$tmp/b.jsonl" -o "$tmp/merge1.json"
check "merge of three shards equals build" cmp -s "$tmp/build.json" "$tmp/merge1.json"
cat "$tmp/b.jsonl" "$tmp/c.jsonl" "$tmp/a.jsonl" | "$cg" merge - -o "$tmp/merge2.json"
check "merge from standard input, another order, equals build" cmp -s "$tmp/build.json" "$tmp/merge2.json"
"$cg" merge "$tmp/a.jsonl" "$tmp/b.jsonl" "$tmp/c.jsonl" -o "$tmp/merge.dot"
check "merge writes every format build does" cmp -s "$tmp/build.dot" "$tmp/merge.dot"

# extract - : a JSONL corpus on standard input, claims (and nothing else) on standard output
python3 -c "
import json, os, sys
d = sys.argv[1]
for n in sorted(os.listdir(d)):
    print(json.dumps({'id': n, 'text': open(os.path.join(d, n), encoding='utf-8').read()}))
" "$tmp/all" >"$tmp/corpus.jsonl"
"$cg" extract - <"$tmp/corpus.jsonl" >"$tmp/stdin-claims.jsonl" 2>"$tmp/err"
check "extract - exits 0" [ $? -eq 0 ]
check "extract writes only JSON Lines" python3 -c "import json; [json.loads(l) for l in open('$tmp/stdin-claims.jsonl')]"
"$cg" merge "$tmp/stdin-claims.jsonl" -o "$tmp/merge3.json"
check "extract - then merge equals build" cmp -s "$tmp/build.json" "$tmp/merge3.json"

# Two folders that both hold the same names: each file is a document of its own,
# for build and merge alike.
"$cg" build "$tmp/a" "$tmp/all" -o "$tmp/dup-build.json"
"$cg" extract "$tmp/a" "$tmp/all" >"$tmp/dup.jsonl"
"$cg" merge "$tmp/dup.jsonl" -o "$tmp/dup-merge.json"
check "documents of the same name in two folders: merge equals build" cmp -s "$tmp/dup-build.json" "$tmp/dup-merge.json"
n_all=$(ls "$tmp/all" | wc -l); n_a=$(ls "$tmp/a" | wc -l)
check "documents of the same name in two folders count apart" \
  grep -q "\"documents\": $((n_all + n_a))," "$tmp/dup-build.json"
"$cg" extract "$tmp/all" >"$tmp/all.jsonl"
"$cg" merge "$tmp/all.jsonl" "$tmp/a.jsonl" -o "$tmp/dup-merge2.json"
check "the same, split by folder and merged in another order" cmp -s "$tmp/dup-build.json" "$tmp/dup-merge2.json"

printf 'not json\n' >>"$tmp/a.jsonl"
"$cg" merge "$tmp/a.jsonl" "$tmp/b.jsonl" "$tmp/c.jsonl" -o "$tmp/merge4.json" 2>"$tmp/err"
check "a bad claims line exits 1" [ $? -eq 1 ]
check "the bad line is named file:line" grep -q "a.jsonl:" "$tmp/err"

# GNU parallel as the engine: the map step on each shard, in parallel, then merge.
if command -v parallel >/dev/null; then
  split -n l/3 -d "$tmp/corpus.jsonl" "$tmp/shard-"
  parallel --will-cite "'$cg' extract - < {} > {}.claims" ::: "$tmp"/shard-0?
  "$cg" merge "$tmp"/shard-0?.claims -o "$tmp/merge5.json"
  check "GNU parallel map, then merge, equals build" cmp -s "$tmp/build.json" "$tmp/merge5.json"
  parallel --will-cite --pipe -N 2 "'$cg' extract -" <"$tmp/corpus.jsonl" >"$tmp/piped.claims"
  "$cg" merge "$tmp/piped.claims" -o "$tmp/merge6.json"
  check "GNU parallel --pipe through extract -, then merge, equals build" cmp -s "$tmp/build.json" "$tmp/merge6.json"
else
  echo "GNU parallel is not installed (Debian's parallel): its checks skipped"
fi

finish
