#!/usr/bin/env python3
"""Generate a deterministic benchmark corpus from articles.

  make_corpus.py --size-mb 100 --out DIR [--jsonl FILE] [--articles DIR] [--seed N]

Each output document is one article with its sentences shuffled by a seeded
generator, so no two files are equal and the same arguments always give the
same bytes. Writes DIR/NNNNNN.txt and, with --jsonl, the same documents as one
JSON Lines file ({"id": ..., "text": ...}).
"""
import argparse
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentences(text):
    out = []
    for line in text.splitlines():
        out.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", line.strip()) if s)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jsonl")
    ap.add_argument("--articles", default=os.path.join(ROOT, "examples", "kratom", "articles"))
    ap.add_argument("--seed", type=int, default=20261122)
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.articles) if n.endswith(".txt"))
    articles = [sentences(open(os.path.join(a.articles, n), encoding="utf-8").read()) for n in names]
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    jsonl = open(a.jsonl, "w", encoding="utf-8") if a.jsonl else None
    target, written, i = int(a.size_mb * 1_000_000), 0, 0
    while written < target:
        sents = list(articles[i % len(articles)])
        rng.shuffle(sents)
        # a paragraph break every few sentences, as articles have
        text = "".join(s + ("\n" if k % 4 == 3 else " ") for k, s in enumerate(sents)).strip() + "\n"
        name = f"{i:06d}.txt"
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        if jsonl:
            jsonl.write(json.dumps({"id": name, "text": text}) + "\n")
        written += len(text.encode())
        i += 1
    if jsonl:
        jsonl.close()
    print(f"{i} documents, {written / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
