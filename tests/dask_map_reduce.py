#!/usr/bin/python3
"""The map step as tasks on a Dask distributed LocalCluster with several worker
processes: each task pipes its partition of a JSONL corpus through
`claimgraph extract -`; the claims are merged and compared with `build`.

  dask_map_reduce.py CLAIMGRAPH ARTICLES_DIR     (exit 77: Dask is not installed)

Run with /usr/bin/python3, which sees Debian's python3-distributed.
"""
import json
import os
import subprocess
import sys
import tempfile


def extract_partition(claimgraph, lines):
    """A Dask task: one partition of the corpus through the map step."""
    r = subprocess.run([claimgraph, "extract", "-", "--quiet"], input="".join(lines).encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.decode())
    return r.stdout.decode()


def main():
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("Dask distributed is not installed (Debian's python3-distributed): skipped")
        return 77
    claimgraph, articles = os.path.abspath(sys.argv[1]), sys.argv[2]
    names = sorted(n for n in os.listdir(articles) if n.endswith(".txt"))
    lines = [json.dumps({"id": n, "text": open(os.path.join(articles, n), encoding="utf-8").read()}) + "\n"
             for n in names]
    partitions = [lines[i::3] for i in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            futures = client.map(extract_partition, [claimgraph] * len(partitions), partitions, pure=False)
            claims = client.gather(futures)
            workers = len(client.scheduler_info()["workers"])
        shard_files = []
        for i, text in enumerate(claims):
            path = os.path.join(tmp, f"part-{i}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            shard_files.append(path)
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        for n in names:
            with open(os.path.join(corpus, n), "w", encoding="utf-8") as f:
                f.write(open(os.path.join(articles, n), encoding="utf-8").read())
        subprocess.run([claimgraph, "build", corpus, "-o", os.path.join(tmp, "build.json")], check=True)
        subprocess.run([claimgraph, "merge", *reversed(shard_files), "-o", os.path.join(tmp, "merge.json")], check=True)
        same = open(os.path.join(tmp, "build.json"), "rb").read() == open(os.path.join(tmp, "merge.json"), "rb").read()
    print(f"{workers} Dask worker processes, {len(partitions)} partitions: merge {'equals' if same else 'DIFFERS FROM'} build")
    print(f"{int(same)} passed, {int(not same)} failed")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
