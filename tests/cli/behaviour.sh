#!/usr/bin/env bash
# The command line as cli.md documents it: exit codes, messages that name the
# file (and line), whole-or-nothing output, and -j not changing the bytes.
set -uo pipefail
source "$(dirname "$0")/harness.sh"
run() {  # run ARGS... ; sets rc, out, err
  "$cg" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
  out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}

run --help
check "--help exits 0" [ "$rc" -eq 0 ]
run build --help
check "build --help documents --lexicon" grep -q -- "--lexicon" "$tmp/out"
check "build --help documents exit codes" grep -q "Exit codes" "$tmp/out"

run build --no-such-option "$articles"
check "unknown option exits 2" [ "$rc" -eq 2 ]
run build "$articles" --format nonsense
check "bad --format exits 2" [ "$rc" -eq 2 ]
run
check "no subcommand exits 2" [ "$rc" -eq 2 ]

run build "$tmp/missing-dir"
check "nothing readable exits 3" [ "$rc" -eq 3 ]
check "the missing path is named" grep -q "missing-dir" "$tmp/err"

run build "$articles" "$tmp/also-missing.txt" -o "$tmp/partial.json"
check "a missing input among good ones exits 1" [ "$rc" -eq 1 ]
check "the skipped input is named" grep -q "also-missing.txt" "$tmp/err"
check "the good documents are still written" grep -q '"documents": 5' "$tmp/partial.json"

printf 'name\ttype\taliases\tids\nkratom\tplant\tx\t\n' >"$tmp/bad.tsv"
run build "$articles" --lexicon "$tmp/bad.tsv"
check "a bad lexicon exits 3" [ "$rc" -eq 3 ]
check "a bad lexicon is named with its line" grep -q "bad.tsv:2" "$tmp/err"

run build "$articles" -o "$tmp/no/such/dir/graph.json"
check "an unwritable output exits 3" [ "$rc" -eq 3 ]
check "no partial file is left" [ ! -e "$tmp/no/such/dir/graph.json" ]

run build "$articles"
check "json goes to standard output by default" [ "$rc" -eq 0 ]
check "standard output is valid JSON" python3 -c "import json,sys; json.load(open('$tmp/out'))"
check "nothing is logged to standard output" [ "${out:0:1}" = "{" ]

"$cg" build "$articles" -j 1 -o "$tmp/j1.json" && "$cg" build "$articles" -j 2 -o "$tmp/j2.json"
check "-j does not change the output" cmp -s "$tmp/j1.json" "$tmp/j2.json"

# More documents than the threads keep in flight (256), some of them skipped with
# a warning: output, warnings and their order do not depend on -j.
mkdir -p "$tmp/many"
python3 -c "
import os, sys
arts = sorted(os.listdir(sys.argv[1]))
for i in range(700):
    path = os.path.join(sys.argv[2], 'd%03d.txt' % i)
    if i % 97 == 5:
        open(path, 'wb').write(b'\\x00\\x01binary\\x00' * 20)
    else:
        text = open(os.path.join(sys.argv[1], arts[i % len(arts)]), encoding='utf-8').read()
        open(path, 'w', encoding='utf-8').write(text[(i * 37) % 500:][:3000])
" "$articles" "$tmp/many"
for j in 1 2 3; do
  "$cg" build "$tmp/many" -j $j -o "$tmp/many$j.json" 2>"$tmp/many$j.err"
  "$cg" extract "$tmp/many" -j $j >"$tmp/many$j.jsonl" 2>"$tmp/many$j.xerr"
done
check "700 documents: some are skipped, with warnings" grep -q "d005.txt" "$tmp/many1.err"
for j in 2 3; do
  check "700 documents: build -j $j writes the bytes -j 1 does" cmp -s "$tmp/many1.json" "$tmp/many$j.json"
  check "700 documents: build -j $j warns as -j 1 does, in order" cmp -s "$tmp/many1.err" "$tmp/many$j.err"
  check "700 documents: extract -j $j writes the bytes -j 1 does" cmp -s "$tmp/many1.jsonl" "$tmp/many$j.jsonl"
  check "700 documents: extract -j $j warns as -j 1 does, in order" cmp -s "$tmp/many1.xerr" "$tmp/many$j.xerr"
done

"$cg" build "$articles" -o "$tmp/g.dot"
check "-o FILE.dot writes DOT" grep -q "^digraph" "$tmp/g.dot"
"$cg" build "$articles" --format claims -o "$tmp/c.jsonl"
check "claims are JSON Lines" python3 -c "import json; [json.loads(l) for l in open('$tmp/c.jsonl')]"

echo "Kratom boosts dopamine levels." | "$cg" build - -o "$tmp/stdin.json"
check "- reads standard input" grep -q '"kratom|increases|dopamine"' "$tmp/stdin.json"

printf '{"id": "a", "text": "Kratom reduces anxiety."}\nnot json\n{"id": "b"}\n{"id": "c", "text": "Caffeine boosts alertness."}\n' >"$tmp/corpus.jsonl"
run build "$tmp/corpus.jsonl" -o "$tmp/corpus.json"
check "a bad JSONL line exits 1" [ "$rc" -eq 1 ]
check "the bad JSONL line is named file:line" grep -q "corpus.jsonl:2" "$tmp/err"
check "a JSONL line without text is named" grep -q "corpus.jsonl:3" "$tmp/err"
check "the lines after a bad one are read" grep -q '"documents": 2' "$tmp/corpus.json"

# --max-evidence caps the evidence and the document names of each edge; the counts stay.
"$cg" build "$articles" --max-evidence 1 --format cytoscape -o "$tmp/capped.cyjs"
"$cg" build "$articles" --format cytoscape -o "$tmp/full.cyjs"
check "--max-evidence caps evidence and document names, not the counts" python3 -c "
import json, sys
def edges(p):
    return {e['data']['key']: e['data'] for e in json.load(open(p))['elements']['edges']}
capped, full = edges('$tmp/capped.cyjs'), edges('$tmp/full.cyjs')
assert capped.keys() == full.keys()
assert any(len(e['doc_names']) > 1 for e in full.values())
for k, e in capped.items():
    f = full[k]
    assert len(e['evidence']) == 1 and e['doc_names'] == f['doc_names'][:1], k
    assert (e['support'], e['documents']) == (f['support'], f['documents']) == (f['support'], len(f['doc_names'])), k
"

finish
