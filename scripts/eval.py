#!/usr/bin/env python3
"""Measure claimgraph's extraction against annotated data.

  eval.py claims   --gold GOLD.jsonl --entities ENTITIES.json --docs DIR [--show N] [--floor F]
  eval.py claims   --set DIR [--set DIR ...] [--show N] [--floor F]
  eval.py chemprot --data DIR [--show N] [--floor F] [--max-opposite R]

claims: runs `claimgraph build DIR`, then compares its evidence with gold claims
in the form of shared/spec/claims.md ("Gold record"). A system claim matches a
gold claim when the document is the same, the sentences overlap, subject and
target name the same canonical entity (ENTITIES maps aliases to canonical
names) and the predicate is the same. Prints precision, recall, F1, the
accuracy of the hedged and negated flags on matched claims, and with --show the
first N misses and spurious claims. --set takes a folder holding gold.jsonl,
entities.json and docs/, and may be given more than once: each set is printed,
then the micro figures over all of them (which --floor applies to).

chemprot: DIR holds subset.jsonl and text/ID.txt (ChemProt sentences with a
marked chemical and protein). Each sentence is run with the two names as a
--lexicon; the claim from chemical to protein is mapped to a class (increases
up, decreases down, binds with an agonist mode agonist, with an antagonist
mode antagonist). Prints micro precision/recall/F1 over the four classes and
the share of examples given the opposite direction.

--floor F exits 1 when F1 is below F: the test suite uses it to fail when
extraction quality drops. Exit 77 when the data is not there (a skipped test).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP = 77


def canonical_key(name):
    """Aliases compare case-insensitively, apostrophes alike, plural 's' ignored."""
    s = name.lower().replace("\u2019", "'").replace("\u2018", "'")
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def squash(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def run_build(claimgraph, inputs, extra=()):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "graph.json")
        r = subprocess.run([claimgraph, "build", *inputs, "--format", "json", "-o", out, "--quiet", *extra],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1) or not os.path.exists(out):
            sys.exit(f"eval: claimgraph build failed ({r.returncode}): {r.stderr.strip()}")
        with open(out) as f:
            return json.load(f)


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score_claims(claimgraph, gold_path, entities_path, docs, show=0):
    """Counts of one annotated set: gold, system, matched, flags; None when a file is missing."""
    for path in (gold_path, entities_path, docs):
        if not os.path.exists(path):
            print(f"eval: {path} not found; skipped")
            return None
    entities = json.load(open(entities_path))
    alias = {}
    for canon, info in entities.items():
        for name in [canon, *info.get("aliases", [])]:
            alias.setdefault(canonical_key(name), canon)

    texts = {n: open(os.path.join(docs, n), "rb").read() for n in os.listdir(docs)
             if os.path.isfile(os.path.join(docs, n))}
    gold = []
    for line in open(gold_path):
        if line.strip():
            g = json.loads(line)
            start = texts[g["doc"]].find(g["sentence"].encode())
            g["span"] = (start, start + len(g["sentence"].encode()))
            gold.append(g)

    graph = run_build(claimgraph, [docs])
    nodes = {n["id"]: n for n in graph["nodes"]}

    def canon(node_id):
        node = nodes.get(node_id, {"id": node_id})
        for name in [node.get("id"), node.get("label"), *node.get("aliases", [])]:
            if name and canonical_key(name) in alias:
                return alias[canonical_key(name)]
        return "?" + node_id

    # One system claim per (doc, sentence, subject, predicate, target); a sentence
    # repeated in a document counts once, as in the gold set.
    system = {}
    for e in graph["edges"]:
        s, t, p = canon(e["source"]), canon(e["target"]), e["predicate"]
        for ev in e["evidence"]:
            key = (os.path.basename(ev["doc"]), squash(ev["sentence"]), s, p, t)
            hedged, negated, start, end = ev["hedged"], ev["negated"], ev["start"], ev["end"]
            if key in system:  # the first occurrence's offsets, the flags of all
                hedged, negated = hedged and system[key][0], negated or system[key][1]
                start, end = system[key][2], system[key][3]
            system[key] = (hedged, negated, start, end)

    by_doc = defaultdict(list)
    for key in system:
        by_doc[key[0]].append(key)
    used, misses, flags = set(), [], [0, 0, 0]
    for g in gold:
        hit = None
        for key in by_doc[g["doc"]]:
            if key in used or key[2:] != (g["subject"], g["predicate"], g["target"]):
                continue
            start, end = system[key][2], system[key][3]
            if (start < g["span"][1] and g["span"][0] < end) or key[1] == squash(g["sentence"]):
                hit = key
                break
        if hit is None:
            misses.append(g)
            continue
        used.add(hit)
        flags[0] += 1
        flags[1] += system[hit][0] == g["hedged"]
        flags[2] += system[hit][1] == g["negated"]
    if show:
        print("missed:")
        for g in misses[:show]:
            print(f"  {g['doc']}: {g['subject']} {g['predicate']} {g['target']} | {g['sentence'][:110]}")
        print("spurious:")
        for key in [k for k in system if k not in used][:show]:
            print(f"  {key[0]}: {key[2]} {key[3]} {key[4]} | {key[1][:110]}")
    return {"gold": len(gold), "system": len(system), "matched": len(used), "flags": flags}


def figures(counts):
    precision = counts["matched"] / counts["system"] if counts["system"] else 0.0
    recall = counts["matched"] / counts["gold"] if counts["gold"] else 0.0
    flags = counts["flags"]
    return {"gold": counts["gold"], "system": counts["system"], "matched": counts["matched"],
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1(precision, recall), 3),
            "hedged_accuracy": round(flags[1] / flags[0], 3) if flags[0] else 0.0,
            "negated_accuracy": round(flags[2] / flags[0], 3) if flags[0] else 0.0}


def eval_claims(a):
    # One set by its three paths, or several (--set DIR: DIR/gold.jsonl, DIR/entities.json,
    # DIR/docs), scored one by one and summed: micro precision, recall and F1 over all.
    sets = [(a.gold, a.entities, a.docs, None)] if a.gold else []
    for d in a.set or []:
        sets.append((os.path.join(d, "gold.jsonl"), os.path.join(d, "entities.json"), os.path.join(d, "docs"), d))
    if not sets or (a.gold and not (a.entities and a.docs)):
        print("eval: claims needs --gold, --entities and --docs, or --set DIR")
        return 2
    total = {"gold": 0, "system": 0, "matched": 0, "flags": [0, 0, 0]}
    for gold, entities, docs, name in sets:
        counts = score_claims(a.claimgraph, gold, entities, docs, a.show)
        if counts is None:
            return SKIP
        if name and len(sets) > 1:
            print(os.path.basename(os.path.normpath(name)) + ": " + " ".join(f"{k}={v}" for k, v in figures(counts).items()))
        for k in ("gold", "system", "matched"):
            total[k] += counts[k]
        total["flags"] = [x + y for x, y in zip(total["flags"], counts["flags"])]
    return report(figures(total), a)


OPPOSITE = {"up": {"down", "antagonist"}, "down": {"up", "agonist"},
            "agonist": {"down", "antagonist"}, "antagonist": {"up", "agonist"}}


def chemprot_classes(graph, chem, prot):
    found = set()
    for e in graph["edges"]:
        if e["source"] != chem or e["target"] != prot:
            continue
        if e["predicate"] == "increases":
            found.add("up")
        elif e["predicate"] == "decreases":
            found.add("down")
        elif e["predicate"] == "binds":
            for ev in e["evidence"]:
                mode = ev.get("mode") or ""
                if "antagonist" in mode:
                    found.add("antagonist")
                elif mode.endswith("agonist"):
                    found.add("agonist")
    return found


def eval_chemprot(a):
    subset = os.path.join(a.data, "subset.jsonl")
    if not os.path.exists(subset):
        print(f"eval: {subset} not found; skipped")
        return SKIP
    examples = [json.loads(line) for line in open(subset)]

    def one(ex, tmp):
        chem, prot = ex["chemical"].lower(), ex["protein"].lower()
        if chem == prot:
            return ex, set()
        lexicon = os.path.join(tmp, ex["id"] + ".tsv")
        with open(lexicon, "w") as f:
            f.write(f"name\ttype\taliases\tids\n{chem}\tsubstance\t{chem}\t\n{prot}\treceptor\t{prot}\t\n")
        graph = run_build(a.claimgraph, [os.path.join(a.data, "text", ex["id"] + ".txt")], ["--lexicon", lexicon])
        return ex, chemprot_classes(graph, chem, prot)

    tp = fp = fn = opposite = directional = 0
    wrong = []
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        for ex, found in pool.map(lambda ex: one(ex, tmp), examples):
            gold = ex["direction"]
            predicted = found & {"up", "down", "agonist", "antagonist"}
            if gold in OPPOSITE:
                directional += 1
                tp += gold in predicted
                fn += gold not in predicted
                fp += len(predicted - {gold})
                if predicted & OPPOSITE[gold]:
                    opposite += 1
                    wrong.append((ex, predicted))
            else:
                fp += len(predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    result = {"examples": len(examples), "precision": round(precision, 3), "recall": round(recall, 3),
              "f1": round(f1(precision, recall), 3),
              "opposite_rate": round(opposite / directional, 3) if directional else 0.0}
    for ex, predicted in wrong[: a.show]:
        print(f"  {ex['id']} gold={ex['direction']} got={sorted(predicted)} | {ex['text'][:110]}")
    status = report(result, a)
    if status == 0 and a.max_opposite is not None and result["opposite_rate"] > a.max_opposite:
        print(f"eval: opposite direction on {result['opposite_rate']} of examples, above {a.max_opposite}")
        return 1
    return status


def report(result, a):
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    if a.floor is not None and result["f1"] < a.floor:
        print(f"eval: F1 {result['f1']} is below the floor {a.floor}")
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description="Measure claimgraph's extraction against annotated data.")
    ap.add_argument("--claimgraph", default=os.path.join(ROOT, "build", "claimgraph"))
    sub = ap.add_subparsers(dest="mode", required=True)
    c = sub.add_parser("claims", help="gold claims in the claims.md record form")
    c.add_argument("--gold")
    c.add_argument("--entities")
    c.add_argument("--docs")
    c.add_argument("--set", action="append", help="a folder with gold.jsonl, entities.json and docs/ (repeatable)")
    p = sub.add_parser("chemprot", help="the ChemProt neurotransmission subset")
    p.add_argument("--data", required=True)
    p.add_argument("--max-opposite", type=float)
    for s in (c, p):
        s.add_argument("--show", type=int, default=0, help="print the first N errors")
        s.add_argument("--floor", type=float, help="exit 1 when F1 is below this")
    a = ap.parse_args()
    sys.exit(eval_claims(a) if a.mode == "claims" else eval_chemprot(a))


if __name__ == "__main__":
    main()
