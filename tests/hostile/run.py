#!/usr/bin/env python3
"""Hostile input, faults and interruptions, through the command line.

    run.py CLAIMGRAPH SUITE [--scale F]

SUITE is one of:
  inputs     hostile files (invalid UTF-8, binary, NUL bytes, empty, BOM, CRLF,
             HTML, bad JSONL lines, missing/unreadable paths, symlink loops,
             bad lexicons) mixed with good ones: exit codes, every problem named
             on standard error with a count at the end, and every claim of the
             good documents still there
  offsets    every evidence item's start/end point into the original bytes
             (HTML, repaired UTF-8, JSONL, CRLF, BOM)
  outputs    unwritable destinations, a directory, a symlink, a read-only folder
  full-disk  a full disk (a 256 KB tmpfs in a private mount namespace): exit 3,
             nothing left behind
  signals    SIGINT/SIGTERM while extracting and while writing a large output:
             no partial or temporary file; an existing output stays as it was

Exit 0: all checks passed; 1: some failed; 77: the suite cannot run here (skipped).
The files are generated (see make_*() below) into a temporary directory.
"""
import argparse
import collections
import glob
import html
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTICLES = sorted(glob.glob(os.path.join(ROOT, "examples", "kratom", "articles", "*.txt")))
SKIP = 77


class Suite:
    def __init__(self, cg, tmp):
        self.cg, self.tmp = cg, tmp
        self.passed, self.failed = 0, 0

    def check(self, name, cond, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: %s%s" % (name, (" -- " + str(detail)) if detail else ""))

    def run(self, *args, stdin=None, as_nobody=False, timeout=600):
        cmd = [self.cg] + list(args)
        if as_nobody:
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + cmd
        p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", errors="replace")


def articles():
    return [open(p, "rb").read() for p in ARTICLES]


def claim_keys(claims):
    """The multiset of what a document claims, offsets and sentence text aside."""
    return collections.Counter((c["subject"], c["predicate"], c["target"], c["hedged"], c["negated"],
                                c.get("mode")) for c in claims)


def claims_by_doc(path):
    by_doc = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            by_doc[c["doc"]].append(c)
    return by_doc


# --- The hostile corpus ------------------------------------------------------------

def to_html(text):
    """An article as a hostile web page: every line a block, markup and entities
    everywhere, scripts and comments full of claim-like text, 5,000-deep nesting,
    an unclosed tag at the end. Its prose is the article, line for line."""
    out = ["<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Kratom boosts titles</title>",
           "<style>p > b { content: 'Kratom boosts styles.' }</style>",
           "<script>if (a < b && c) { document.write('<p>Kratom boosts scripts.</p>'); }</script>",
           "</head><body>", "<div>" * 5000]
    for i, line in enumerate(text.decode("utf-8").split("\n")):
        if not line.strip():
            out.append("\n")
            continue
        esc = html.escape(line, quote=False).replace("\u2019", "&rsquo;").replace("\u2026", "&hellip;")
        esc = esc.replace("\u201c", "&#8220;").replace("\u201d", "&#x201D;")
        # An inline tag around the first word, a comment, and source line breaks inside the paragraph.
        first, _, rest = esc.partition(" ")
        block = "<li>" if line.startswith("- ") else "<p class=\"c > d\">"
        if line.startswith("- "):
            first, _, rest = esc[2:].partition(" ")
        out.append("%s<b>%s</b>%s<!-- Kratom boosts comments. -->\n" % (block, first, (" " + rest.replace(", ", ",\n  ")) if rest else ""))
        out.append("</li>" if block == "<li>" else "</p>")
        if i % 7 == 3:
            out.append("<!-- a comment with <p>tags</p> and Kratom boosts comments -->")
    out.append("</div>" * 4000)
    out.append("</body></html><span class='never closed")
    return "".join(out).encode("utf-8")


def make_inputs(d):
    """The hostile directory. Returns {doc name: index of the article it holds}."""
    arts = articles()
    os.makedirs(d)
    holds = {}

    def write(name, data, art=None):
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        if art is not None:
            holds[name] = art

    write("crlf.txt", arts[0].replace(b"\n", b"\r\n"), 0)
    write("bom.md", b"\xef\xbb\xbf" + arts[1], 1)
    # Latin-1 and broken sequences on lines of their own: repaired, the article's claims intact.
    lat = arts[2].split(b"\n")
    lat.insert(1, b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e \xe2\x80 and \xf0\x80\x80 na\xefve.")
    lat.insert(len(lat) // 2, b"\xff\xfe stray bytes \xc0\xaf here")
    write("latin1.txt", b"\n".join(lat), 2)
    # NUL bytes in place of a few spaces: they read as spaces.
    nul = bytearray(arts[3])
    spaces = [i for i, c in enumerate(nul) if c == 0x20]
    for i in spaces[5::40]:
        nul[i] = 0
    write("nul.txt", bytes(nul), 3)
    write("sub/page.html", to_html(arts[4]), 4)
    # A file name that is not UTF-8: read, and named with U+FFFD in the (UTF-8) output.
    with open(os.path.join(os.fsencode(d), b"caf\xe9.md"), "wb") as f:
        f.write(arts[0])
    holds["caf\ufffd.md"] = 0
    write("empty.txt", b"")
    write("only-bom.txt", b"\xef\xbb\xbf")

    # Binary: an image, random bytes, an ELF-like header, UTF-16: skipped by name.
    png = b"\x89PNG\r\n\x1a\n" + bytes((i * 7919 + 13) % 256 for i in range(20000))
    write("image.txt", png)
    write("random.md", bytes((i * 2654435761 >> 7) % 256 for i in range(50000)))
    write("program.html", b"\x7fELF\x02\x01\x01" + b"\x00" * 5000 + b"<p>Kratom boosts dopamine.</p>")
    write("utf16.txt", "Kratom boosts dopamine.\n".encode("utf-16"))

    # JSONL: every article as a record, bad lines between them.
    lines = []
    for i, a in enumerate(arts):
        lines.append(json.dumps({"id": "jsonl-%d" % i, "text": a.decode("utf-8")}).encode())
        holds["jsonl-%d" % i] = i
        lines.append([b"not json at all", b'{"id": "no-text"}', b'{"text": 42}', b'["text", "array"]',
                      b'{"text": "unterminated', b""][i])
    lines.insert(3, b'{"id": "latin", "text": "Caf\xe9 culture."}')  # invalid UTF-8 in a record: repaired
    write("corpus.jsonl", b"\n".join(lines) + b"\n")

    # Paths: a symlink loop, a directory reached twice, a dangling link, a chain loop.
    os.symlink(".", os.path.join(d, "sub", "loop"))
    os.symlink("sub", os.path.join(d, "again"))
    os.symlink("nowhere.txt", os.path.join(d, "dangling.txt"))
    os.symlink("chain-b.txt", os.path.join(d, "chain-a.txt"))
    os.symlink("chain-a.txt", os.path.join(d, "chain-b.txt"))
    # Not documents by extension: ignored without a word.
    write("notes.pdf", png)
    return holds


# --- Suites --------------------------------------------------------------------------

def suite_inputs(s):
    good = os.path.join(s.tmp, "good")
    os.makedirs(good)
    for p in ARTICLES:
        shutil.copy(p, good)
    rc, _, err = s.run("build", good, "--format", "claims", "-o", os.path.join(s.tmp, "ref.jsonl"))
    s.check("the clean articles build", rc == 0, err)
    ref = claims_by_doc(os.path.join(s.tmp, "ref.jsonl"))
    ref_keys = [claim_keys(ref[os.path.basename(p)]) for p in ARTICLES]

    d = os.path.join(s.tmp, "hostile")
    holds = make_inputs(d)
    out = os.path.join(s.tmp, "hostile.jsonl")
    rc, _, err = s.run("build", d, "--format", "claims", "-o", out)
    s.check("hostile inputs among good ones exit 1", rc == 1, "exit %d\n%s" % (rc, err))
    for name in ["image.txt: not text", "random.md: not text", "program.html: not text", "utf16.txt: not text",
                 "dangling.txt: a broken symbolic link", "chain-a.txt: a broken symbolic link (a symbolic link loop",
                 "chain-b.txt: a broken symbolic link", "corpus.jsonl:2: not a JSON object",
                 "corpus.jsonl:5: not a JSON object", "corpus.jsonl:7: not a JSON object",
                 "corpus.jsonl:9: not a JSON object", "corpus.jsonl:11: not a JSON object",
                 "latin1.txt: invalid UTF-8 at byte offset %d" % (articles()[2].index(b"\n") + 4),
                 "corpus.jsonl:4: invalid UTF-8 at byte offset",
                 "a symbolic link to a directory already read; not followed"]:
        s.check("standard error names " + name, name in err, err)
    s.check("no .pdf is read", "notes.pdf" not in err)
    skipped = 4 + 3 + 5  # binary files, broken links, bad JSONL lines (the blank line is not one)
    s.check("a count at the end: %d skipped" % skipped,
            re.search(r"%d input\(s\) skipped\s*$" % skipped, err) is not None, err[-300:])
    s.check("every message on standard error names its file",
            all(re.match(r"claimgraph: (warning|error): (/|\d+ input)", l) for l in err.splitlines() if l), err)

    got = claims_by_doc(out)
    for doc, art in sorted(holds.items()):
        s.check("%s: every claim of article %d is there" % (doc, art), claim_keys(got.get(doc, [])) == ref_keys[art],
                "missing %s; extra %s" % (dict(ref_keys[art] - claim_keys(got.get(doc, []))),
                                          dict(claim_keys(got.get(doc, [])) - ref_keys[art])))
    for doc in ("empty.txt", "only-bom.txt", "latin"):
        s.check("%s: read, no claims" % doc, doc not in got)
    for doc, claims in got.items():
        for c in claims:
            for junk in ("scripts", "styles", "comments", "titles", "\ufffd\ufffd"):
                s.check("%s: no claim from %s" % (doc, junk), junk not in c["sentence"], c["sentence"])
    rc, _, _ = s.run("build", d, "-o", os.path.join(s.tmp, "hostile.json"))
    graph = json.load(open(os.path.join(s.tmp, "hostile.json")))
    # 5 text files with articles, the page, 2 near-empty files, 6 JSONL records.
    s.check("the graph counts every readable document", graph["graph"]["documents"] == 14, graph["graph"])

    # Nothing readable at all: exit 3, each input named.
    only_bad = os.path.join(s.tmp, "only-bad")
    os.makedirs(only_bad)
    for f in ("image.txt", "random.md", "utf16.txt"):
        shutil.copy(os.path.join(d, f), only_bad)
    rc, _, err = s.run("build", only_bad, os.path.join(s.tmp, "missing.txt"))
    s.check("nothing readable exits 3", rc == 3, "exit %d" % rc)
    s.check("... naming every input", all(f in err for f in ("image.txt", "random.md", "utf16.txt", "missing.txt")),
            err)
    rc, _, err = s.run("build", "-", stdin=b"\x00\x01\x02" * 5000)
    s.check("binary on standard input exits 3", rc == 3 and "-: not text" in err, "exit %d: %s" % (rc, err))
    # Devices given by name: read until they show what they are, not forever.
    for dev in ("/dev/zero", "/dev/urandom"):
        if os.path.exists(dev):
            rc, _, err = s.run("build", dev, timeout=60)
            s.check("%s given by name: skipped as binary, exit 3" % dev, rc == 3 and dev + ": not text" in err,
                    "exit %d: %s" % (rc, err))
    rc, out_bytes, err = s.run("build", os.path.join(d, "empty.txt"))
    s.check("an empty file alone is an empty graph, exit 0",
            rc == 0 and json.loads(out_bytes)["graph"]["documents"] == 1, "exit %d: %s" % (rc, err))
    rc, out_bytes, err = s.run("build", os.path.join(d, "latin1.txt"))
    s.check("a repaired file alone exits 0 (a warning, nothing skipped)", rc == 0 and "invalid UTF-8" in err,
            "exit %d: %s" % (rc, err))
    rc, _, err = s.run("build", os.path.join(d, "chain-a.txt"), os.path.join(d, "crlf.txt"))
    s.check("a symlink loop given by name is named and skipped", rc == 1 and "symbolic link loop" in err, err)

    # Unreadable paths. Root reads everything, so as root this runs as nobody.
    locked = os.path.join(s.tmp, "locked")
    os.makedirs(os.path.join(locked, "closed"))
    shutil.copy(ARTICLES[0], os.path.join(locked, "open.txt"))
    shutil.copy(ARTICLES[1], os.path.join(locked, "secret.txt"))
    shutil.copy(ARTICLES[2], os.path.join(locked, "closed", "inside.txt"))
    os.chmod(os.path.join(locked, "secret.txt"), 0)
    os.chmod(os.path.join(locked, "closed"), 0)
    as_nobody = os.geteuid() == 0
    if as_nobody:
        for p in (s.tmp, locked):
            os.chmod(p, 0o755)
        os.chmod(os.path.join(locked, "open.txt"), 0o644)
    if as_nobody and shutil.which("setpriv") is None:
        print("note: unreadable files not checked (root, and no setpriv to drop privileges)")
    else:
        rc, out_bytes, err = s.run("build", locked, as_nobody=as_nobody)
        s.check("unreadable file and directory: exit 1", rc == 1, "exit %d: %s" % (rc, err))
        s.check("... the file is named", "secret.txt: cannot read: Permission denied; skipped" in err, err)
        s.check("... the directory is named", "closed: cannot read the directory: Permission denied; skipped" in err,
                err)
        s.check("... the readable one is read", rc == 1 and json.loads(out_bytes)["graph"]["documents"] == 1)
    os.chmod(os.path.join(locked, "closed"), 0o755)

    # Lexicons: malformed, binary, missing: exit 3, named (file:line where there is one).
    lex = os.path.join(s.tmp, "lex")
    os.makedirs(lex)
    cases = {
        "columns.tsv": (b"name\ttype\taliases\tids\nfoo\tsubstance\n", "columns.tsv:2"),
        "type.tsv": (b"# comment\n\nfoo\tsubstance\tf\t\nbar\tplanet\tb\t\n", "type.tsv:4"),
        "binary.tsv": (b"\x00\x01\x02\x03" * 100, "binary.tsv"),
        "missing.tsv": (None, "missing.tsv"),
    }
    for name, (data, where) in cases.items():
        p = os.path.join(lex, name)
        if data is not None:
            open(p, "wb").write(data)
        rc, _, err = s.run("build", good, "--lexicon", p)
        s.check("--lexicon %s exits 3" % name, rc == 3, "exit %d: %s" % (rc, err))
        s.check("--lexicon %s is named %s" % (name, where), where in err, err)
    open(os.path.join(lex, "latin1.tsv"), "wb").write(b"caf\xe9ine\tsubstance\tcaf\xe9\t\n")
    rc, _, err = s.run("build", good, "--lexicon", os.path.join(lex, "latin1.tsv"))
    s.check("--lexicon with invalid UTF-8 does not crash", rc in (0, 3), "exit %d: %s" % (rc, err))


def decode_like_claimgraph(raw, kind):
    """What the sentence text should be for doc[start:end] of a document of this kind."""
    if kind == "html":
        t = re.sub(r"<!--.*?-->", "", raw.decode("utf-8", errors="replace"), flags=re.S)
        t = re.sub(r"<[^>]*>", "", t)
        t = html.unescape(t).replace("\u00a0", " ")
        return re.sub(r"[ \t\r\n\f]+", " ", t).strip()
    t = raw.decode("utf-8", errors="replace")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", t)


def suite_offsets(s):
    # Is cli/main.cpp mapping offsets yet? A probe: in "<p><b>Kratom</b> boosts dopamine.</p>"
    # the sentence starts at byte 6 of the file, at 0 of the decoded text.
    probe = os.path.join(s.tmp, "probe.html")
    open(probe, "wb").write(b"<p><b>Kratom</b> boosts dopamine.</p>")
    rc, out_bytes, err = s.run("build", probe, "--format", "claims")
    claims = [json.loads(l) for l in out_bytes.splitlines()]
    if rc != 0 or not claims:
        s.check("the offsets probe yields a claim", False, err)
        return
    if claims[0]["start"] == 0:
        print("SKIP: claimgraph reports offsets into the decoded text, not the original bytes: cli/main.cpp must "
              "call extract::extract_document(ex, doc) instead of ex.extract(doc.name, doc.text)")
        return SKIP
    s.check("the probe's offsets point into the original bytes", claims[0]["start"] == 6 and claims[0]["end"] == 33,
            claims[0])

    d = os.path.join(s.tmp, "hostile")
    make_inputs(d)
    out = os.path.join(s.tmp, "hostile.jsonl")
    rc, _, err = s.run("build", d, "--format", "claims", "-o", out)
    records = {}
    for line in open(os.path.join(d, "corpus.jsonl"), "rb"):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if isinstance(r, dict) and isinstance(r.get("text"), str):
            records[r.get("id")] = r["text"].encode("utf-8")
    # Documents by the name the output gives them (file names that are not UTF-8 get U+FFFD).
    files = {}
    for root, _, names in os.walk(os.fsencode(d)):
        for n in names:
            path = os.path.join(root, n)
            files[os.path.relpath(path, os.fsencode(d)).decode("utf-8", errors="replace")] = path
    checked = collections.Counter()
    for doc, claims in claims_by_doc(out).items():
        if doc in records:
            source, kind = records[doc], "jsonl"
        else:
            source = open(files[doc], "rb").read()
            kind = "html" if doc.endswith(".html") else "text"
        for c in claims:
            raw = source[c["start"]:c["end"]]
            want = decode_like_claimgraph(raw, kind)
            s.check("%s: doc[%d:%d] is the sentence" % (doc, c["start"], c["end"]), want == c["sentence"],
                    "\n  doc[start:end]: %r\n  decoded:        %r\n  sentence:       %r" % (raw[:200], want[:200],
                                                                                          c["sentence"][:200]))
            checked[kind] += 1
    s.check("offsets were checked for text, HTML and JSONL documents",
            all(checked[k] > 10 for k in ("text", "html", "jsonl")), dict(checked))
    print("offsets checked: %s" % dict(checked))


def suite_outputs(s):
    good = os.path.join(s.tmp, "good")
    os.makedirs(good)
    for p in ARTICLES:
        shutil.copy(p, good)
    out_dir = os.path.join(s.tmp, "out")
    os.makedirs(out_dir)

    rc, _, err = s.run("build", good, "-o", os.path.join(out_dir, "no", "such", "graph.json"))
    s.check("a missing folder exits 3", rc == 3 and "graph.json" in err, err)
    os.makedirs(os.path.join(out_dir, "taken.json"))
    rc, _, err = s.run("build", good, "--format", "json", "-o", os.path.join(out_dir, "taken.json"))
    s.check("a directory as the JSON output exits 3", rc == 3 and "taken.json" in err, err)
    s.check("... and stays a directory", os.path.isdir(os.path.join(out_dir, "taken.json")))
    s.check("no temporary file is left", not [f for f in os.listdir(out_dir) if ".tmp." in f], os.listdir(out_dir))

    target = os.path.join(out_dir, "real.json")
    open(target, "w").write("old")
    os.symlink("real.json", os.path.join(out_dir, "link.json"))
    rc, _, err = s.run("build", good, "-o", os.path.join(out_dir, "link.json"))
    s.check("a symlinked output keeps its link", rc == 0 and os.path.islink(os.path.join(out_dir, "link.json")), err)
    s.check("... and its target gets the graph", open(target).read().startswith("{"))

    # A FIFO (as for `-o >(gzip > graph.json.gz)`) is written through, and stays a FIFO.
    fifo = os.path.join(out_dir, "pipe")
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
    rc, _, err = s.run("build", good, "--format", "json", "-o", fifo)
    got = reader.communicate(timeout=60)[0]
    s.check("a FIFO output gets the graph", rc == 0 and json.loads(got)["graph"]["documents"] == 5, err)
    s.check("... and stays a FIFO", os.path.exists(fifo) and not os.path.isfile(fifo))

    ro = os.path.join(s.tmp, "readonly")
    os.makedirs(ro)
    os.chmod(ro, 0o555)
    os.chmod(s.tmp, 0o755)
    as_nobody = os.geteuid() == 0
    if as_nobody and shutil.which("setpriv") is None:
        print("note: read-only folder not checked (root, and no setpriv to drop privileges)")
    else:
        if as_nobody:
            os.chmod(good, 0o755)
        rc, _, err = s.run("build", good, "-o", os.path.join(ro, "graph.json"), as_nobody=as_nobody)
        s.check("a read-only folder exits 3", rc == 3, "exit %d: %s" % (rc, err))
        s.check("... naming the output", "graph.json" in err and "Permission denied" in err, err)
        s.check("... nothing left in it", os.listdir(ro) == [], os.listdir(ro))
    os.chmod(ro, 0o755)


def suite_full_disk(s):
    """A 256 KB tmpfs, mounted in a private mount namespace (nothing leaks out)."""
    good = os.path.join(s.tmp, "good")
    os.makedirs(good)
    for p in ARTICLES:
        shutil.copy(p, good)
    mnt = os.path.join(s.tmp, "small")
    os.makedirs(mnt)
    unshare = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "--mount", "--map-root-user"]
    if shutil.which("unshare") is None:
        print("SKIP: no unshare(1) to mount a small tmpfs")
        return SKIP
    script = """
set -u
mount -t tmpfs -o size=256k tmpfs "$1" || exit 77
printf 'old' > "$1/graph.json"
dd if=/dev/zero of="$1/filler" bs=1k count=200 2>/dev/null
"$2" build "$3" --format claims -o "$1/graph.json" 2>"$1/../err"; echo "rc=$?"
"$2" build "$3" --format claims -o "$1/new.jsonl" 2>>"$1/../err"; echo "rc=$?"
ls -A "$1"; echo "old=$(cat "$1/graph.json")"
"""
    p = subprocess.run(unshare + ["sh", "-c", script, "sh", mnt, s.cg, good], capture_output=True, text=True)
    if p.returncode == SKIP or "rc=" not in p.stdout:
        print("SKIP: cannot mount a tmpfs here (%s)" % (p.stderr.strip() or p.returncode))
        return SKIP
    err = open(os.path.join(s.tmp, "err")).read()
    out = p.stdout.split()
    s.check("a full disk exits 3 (replacing a file)", out[0] == "rc=3", p.stdout + err)
    s.check("a full disk exits 3 (a new file)", out[1] == "rc=3", p.stdout + err)
    s.check("... saying why", "No space left on device" in err, err)
    s.check("... leaving no partial or temporary file", sorted(out[2:-1]) == ["filler", "graph.json"], p.stdout)
    s.check("... and the old output as it was", out[-1] == "old=old", p.stdout)


def suite_signals(s, scale):
    """SIGINT and SIGTERM during a run: no partial file, ever."""
    corpus = os.path.join(s.tmp, "big")
    os.makedirs(corpus)
    arts = articles()
    copies = max(10, int(60 * scale))
    for i in range(copies):
        for j, a in enumerate(arts):
            open(os.path.join(corpus, "%04d-%d.txt" % (i, j)), "wb").write(a)
    out_dir = os.path.join(s.tmp, "out")
    os.makedirs(out_dir)

    def leftovers():
        return [f for f in os.listdir(out_dir) if ".tmp." in f]

    def run_and_signal(sig, when, out, old=None):
        """Starts a build, sends `sig` when the temporary file appears ("write")
        or after `when` seconds; returns (how it ended, whether the signal hit the write)."""
        if old is not None:
            open(out, "wb").write(old)
        p = subprocess.Popen([s.cg, "build", corpus, "--format", "claims", "-o", out],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        hit_write = False
        if when == "write":
            while p.poll() is None:
                if leftovers():
                    p.send_signal(sig)
                    hit_write = True
                    break
                time.sleep(0.0005)
        else:
            time.sleep(when)
            p.send_signal(sig)
        _, err = p.communicate()
        return p.returncode, hit_write, err.decode(errors="replace")

    out = os.path.join(out_dir, "claims.jsonl")
    t0 = time.monotonic()
    rc, _, err = s.run("build", corpus, "--format", "claims", "-o", out)
    full_run = time.monotonic() - t0
    s.check("the big corpus builds", rc == 0, err)
    complete = open(out, "rb").read()
    os.remove(out)
    print("corpus: %d documents, %.1f MB of claims, %.2f s" % (copies * len(arts), len(complete) / 1e6, full_run))

    # While extracting: killed by the signal, nothing written.
    for sig in (signal.SIGINT, signal.SIGTERM):
        rc, _, _ = run_and_signal(sig, min(0.3, full_run / 4), out)
        s.check("%s while extracting ends the run by that signal" % sig.name, rc == -sig, "exit %d" % rc)
        s.check("... and writes nothing", not os.path.exists(out) and not leftovers(), os.listdir(out_dir))

    # While writing: the temporary file is removed, nothing partial, an old output untouched.
    hits = collections.Counter()
    for attempt in range(8):
        sig = (signal.SIGTERM, signal.SIGINT)[attempt % 2]
        old = b"the previous output\n" if attempt % 4 >= 2 else None
        if os.path.exists(out):
            os.remove(out)
        rc, hit, err = run_and_signal(sig, "write", out, old)
        data = open(out, "rb").read() if os.path.exists(out) else None
        s.check("no temporary file after %s" % sig.name, not leftovers(), os.listdir(out_dir))
        s.check("the output is the old one (or none) or complete, never partial", data in (old, complete),
                "%d bytes" % len(data or b""))
        s.check("the run ends by the signal, or it had just finished", rc in (0, -sig), "exit %d: %s" % (rc, err))
        # The usual case: the signal came while the temporary file existed and stopped the write.
        # (It may also come just after the rename: then the output is complete, which is fine too.)
        if hit and rc == -sig and data == old:
            hits[sig.name] += 1
    print("runs stopped while the output was being written: %s" % dict(hits))
    s.check("a signal stopped at least one run while the output was being written", sum(hits.values()) > 0,
            dict(hits))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claimgraph")
    ap.add_argument("suite", choices=["inputs", "offsets", "outputs", "full-disk", "signals"])
    ap.add_argument("--scale", type=float, default=1.0, help="corpus size for the signals suite")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="claimgraph-hostile-")
    s = Suite(os.path.abspath(args.claimgraph), tmp)
    try:
        status = {"inputs": lambda: suite_inputs(s), "offsets": lambda: suite_offsets(s),
                  "outputs": lambda: suite_outputs(s), "full-disk": lambda: suite_full_disk(s),
                  "signals": lambda: suite_signals(s, args.scale)}[args.suite]()
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", tmp])
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (s.passed, s.failed))
    if s.failed:
        return 1
    return status or 0


if __name__ == "__main__":
    sys.exit(main())
