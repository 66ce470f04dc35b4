#!/usr/bin/env python3
"""claimgraph's benchmark: throughput against `wc -w`, scaling with -j, memory.

  bench/run.py [--claimgraph build/claimgraph] [--size-mb 100] [--work bench/work]

Reports ratios against a reference measured in the same run on the same
files, never absolute timings alone:
  - MB/s of `claimgraph build -j 1` (a folder and one JSONL file) and of
    `LC_ALL=C.UTF-8 wc -w` over the same files: the speed ratio;
  - the speed-up of -j 2 over -j 1;
  - peak RSS on the full corpus against a quarter of it, with --max-evidence;
  - that the output bytes do not depend on -j.
Prints a Markdown table for bench/RESULTS.md.
"""
import argparse
import filecmp
import os
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, env=None, stdout=subprocess.DEVNULL, cpu=None):
    """Runs cmd; returns (seconds, peak RSS in MB), and appends its CPU seconds (user + sys) to `cpu`.

    The peak RSS comes from GNU time when there is one: the ru_maxrss wait4 gives
    for a child of this process counts the Python process it was forked (or
    vforked) from, about 17 MB, which hides anything smaller."""
    gnu_time = "/usr/bin/time"
    rss_file = None
    if os.access(gnu_time, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        cmd = [gnu_time, "-f", "%M", "-o", rss_file] + cmd
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} exited {code}: {err}")
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    rss_mb = usage.ru_maxrss / 1024
    if rss_file:
        with open(rss_file) as f:
            last = f.read().split()
        os.unlink(rss_file)
        if last and last[-1].isdigit():  # GNU time writes a note before it if the command failed
            rss_mb = int(last[-1]) / 1024
    return seconds, rss_mb


def size_mb(path):
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs) / 1e6


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claimgraph", default=os.path.join(ROOT, "build", "claimgraph"))
    ap.add_argument("--size-mb", type=float, default=100)
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--max-evidence", type=int, default=20)
    a = ap.parse_args()
    cg = a.claimgraph
    full, quarter = os.path.join(a.work, "full"), os.path.join(a.work, "quarter")
    jsonl = os.path.join(a.work, "full.jsonl")
    if not os.path.isdir(full):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--size-mb", str(a.size_mb),
                        "--out", full, "--jsonl", jsonl], check=True)
    if not os.path.isdir(quarter):
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), "--size-mb", str(a.size_mb / 4),
                        "--out", quarter], check=True)
    mb = size_mb(full)
    files = sorted(os.path.join(full, f) for f in os.listdir(full))
    env = dict(os.environ, LC_ALL="C.UTF-8")

    # One untimed pass first, so that every timed run reads from the page cache: a
    # cold first read made `wc -w` look three times slower and the ratio meaningless.
    wc = ["sh", "-c", f"find '{full}' -type f -print0 | xargs -0 wc -w"]
    run(wc, env=env)
    run(["sh", "-c", f"cat '{jsonl}' '{quarter}'/* > /dev/null"])
    wc_s, _ = run(wc, env=env)
    out = lambda name: os.path.join(a.work, name)
    cpu1, cpu2 = [], []
    j1_s, _ = run([cg, "build", full, "-j", "1", "--quiet", "--max-evidence", str(a.max_evidence), "-o", out("j1.json")],
                  cpu=cpu1)
    j2_s, _ = run([cg, "build", full, "-j", "2", "--quiet", "--max-evidence", str(a.max_evidence), "-o", out("j2.json")],
                  cpu=cpu2)
    load = os.getloadavg()[0]
    jl_s, _ = run([cg, "build", jsonl, "-j", "1", "--quiet", "--max-evidence", str(a.max_evidence), "-o", out("jl.json")])
    _, rss_q = run([cg, "build", quarter, "-j", "1", "--quiet", "--max-evidence", str(a.max_evidence), "-o", out("q.json")])
    _, rss_f = run([cg, "build", full, "-j", "1", "--quiet", "--max-evidence", str(a.max_evidence), "-o", out("f.json")])
    same = filecmp.cmp(out("j1.json"), out("j2.json"), shallow=False)

    rows = [
        ("corpus", f"{mb:.1f} MB, {len(files)} documents"),
        ("`wc -w` (LC_ALL=C.UTF-8)", f"{mb / wc_s:.1f} MB/s"),
        ("`claimgraph build -j 1` (folder)", f"{mb / j1_s:.2f} MB/s = {wc_s / j1_s:.3f}x wc -w (target >= 0.5x)"),
        ("`claimgraph build -j 1` (one JSONL file)", f"{mb / jl_s:.2f} MB/s = {wc_s / jl_s:.3f}x wc -w"),
        ("`claimgraph build -j 2` (folder)", f"{mb / j2_s:.2f} MB/s, speed-up {j1_s / j2_s:.2f}x over -j 1 (target >= 1.8x)"),
        # Wall-clock speed-up needs two idle cores; the CPU time shows what -j 2 costs
        # in work, and the load average whether the cores were free.
        ("CPU time (user + sys), -j 1 / -j 2", f"{cpu1[0]:.2f} s / {cpu2[0]:.2f} s; "
                                               f"-j 2 wall = {j2_s / (cpu2[0] / 2):.2f}x its CPU time / 2; "
                                               f"1-min load average after: {load:.2f}"),
        (f"peak RSS, --max-evidence {a.max_evidence}", f"{rss_f:.0f} MB on {mb:.0f} MB vs {rss_q:.0f} MB on {mb / 4:.0f} MB: "
                                                  f"{rss_f / rss_q:.2f}x (target <= 1.5x)"),
        ("output identical for -j 1 and -j 2", "yes" if same else "NO"),
    ]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print("| measure | result |\n| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
