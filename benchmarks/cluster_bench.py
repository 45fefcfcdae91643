#!/usr/bin/env python
"""Archive checks on a Dask cluster: throughput with 1 and 2 workers on this machine.

Builds an archive of N documents (default 300) from the bundled articles and drafts (copies
with their own ids, as `corpus_run.py` does), then for W = 1 and 2 starts a real cluster of
separate processes on loopback (`dask scheduler`, W x `dask worker --nthreads 1`, workers
allowed to start the engine's process) and times `factcheck check ARCHIVE --dask tcp://...`
through the real CLI against the default store (the bundled reference data and articles).
Each cluster first checks a few documents, so the timed run measures warm workers (the
cold start, each worker's engine process starting and registering the rules, is printed
apart). For comparison it times `--jobs 1` and `--jobs 2` on the same archive and checks that
every run's JSON is identical. Prints the figures; asserts nothing.

Usage: python benchmarks/cluster_bench.py [--docs 300]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus_run import build_corpus, run  # the same archive and CLI runner
from dask_support import dask_cluster  # the local cluster the tests start

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archive = tmp / "archive"
        build_corpus(archive, a.docs)
        warmup = sorted((archive / "00").glob("*.md"))[:4]
        outputs = {}
        times = {}
        run(["check", str(warmup[0]), "--format", "json"], ROOT)  # the default store, built
        for jobs in (1, 2):
            t, p = run(["check", str(archive), "--jobs", str(jobs), "--format", "json", "-o",
                        str(tmp / f"jobs{jobs}.json")], ROOT)
            times[f"--jobs {jobs}"] = t
            outputs[f"--jobs {jobs}"] = (tmp / f"jobs{jobs}.json").read_bytes()
        for workers in (1, 2):
            t0 = time.perf_counter()
            with dask_cluster(workers) as address:
                up = time.perf_counter() - t0
                t_warm, _ = run(["check", *map(str, warmup), "--dask", address, "--format",
                                 "json"], ROOT)
                t, p = run(["check", str(archive), "--dask", address, "--format", "json",
                            "-o", str(tmp / f"dask{workers}.json")], ROOT)
                if p.returncode not in (0, 1):
                    print(p.stderr.strip().splitlines()[-1:])
            key = f"--dask, {workers} worker{'s' if workers > 1 else ''}"
            times[key] = t
            outputs[key] = (tmp / f"dask{workers}.json").read_bytes()
            print(f"{key}: cluster up in {up:.1f} s; first {len(warmup)} documents (engine "
                  f"processes starting) {t_warm:.1f} s")
        summary = json.loads(outputs["--jobs 1"])["summary"]
        print(f"archive: {a.docs} documents, {summary['claims']} claims; "
              f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for key, t in times.items():
            print(f"{key:>22}: {t:6.1f} s  {a.docs / t:6.1f} documents/s  "
                  f"identical to --jobs 1: {outputs[key] == outputs['--jobs 1']}")


if __name__ == "__main__":
    main()
