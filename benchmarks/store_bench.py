#!/usr/bin/env python
"""Claims-store benchmark: ingest rate, a draft's look-up time and peak memory at 1M+ rows.

Builds a fresh SQLite store (WAL) in a temporary folder with ``store_data.py``:
  1. the bundled General Staff dataset plus N synthetic datasets (15 cumulative measures and a
     derived sum, 1,600 report days each): ingest time and data points per second;
  2. an archive of synthetic articles (default 50,000 x 20 = 1,000,000 claims), ingested in
     batches of --batch documents per transaction: claims per second. A second, smaller run
     ingests one document per transaction (``ingest_document``) for comparison;
  3. a 1,000-word draft (60 claims: daily figures, weekly sums, cumulative totals, distances;
     mixed subjects): ``references_for`` time, cold (first call) and warm (median and worst
     of --repeat calls), and how many references each role returned;
  4. peak resident memory of the process (ru_maxrss).

Prints the figures; it asserts nothing. Targets (issue 5): >= 20,000 claims/s, < 50 ms per
draft, < 500 MB. Usage: python benchmarks/store_bench.py [--claims 1000000] [--keep PATH]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_data import articles, draft_claims, write_datasets  # noqa: E402

from factcheck.model import Document  # noqa: E402
from factcheck.resources import corpus_dir  # noqa: E402
from factcheck.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000, help="claims in the archive")
    ap.add_argument("--per-doc", type=int, default=20, help="claims per article")
    ap.add_argument("--datasets", type=int, default=10, help="synthetic datasets")
    ap.add_argument("--batch", type=int, default=1_000, help="articles per transaction")
    ap.add_argument("--single", type=int, default=2_000, help="articles ingested one by one")
    ap.add_argument("--repeat", type=int, default=20, help="warm look-up repetitions")
    ap.add_argument("--keep", type=Path, help="store file to keep (default: a temp file)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    path = args.keep or tmp / "store.sqlite"
    if path.exists():
        sys.exit(f"{path} exists; give a new --keep path")
    store = Store.open(path)
    print(f"store: {store.url}")

    folders = [corpus_dir() / "datasets" / "ukraine-general-staff-losses"]
    folders += write_datasets(tmp / "datasets", args.datasets)
    t = time.perf_counter()
    points = sum(store.ingest_dataset(f) for f in folders)
    dt = time.perf_counter() - t
    print(f"datasets: {len(folders)} folders, {points:,} data points in {dt:.2f} s "
          f"({points / dt:,.0f} points/s, parsing and validation included)")

    n_docs = args.claims // args.per_doc
    t_store = 0.0
    stored = 0
    batch = []
    t_all = time.perf_counter()
    for item in articles(n_docs, args.per_doc, n_subjects=args.datasets):
        batch.append(item)
        if len(batch) == args.batch:
            t = time.perf_counter()
            stored += store.ingest_documents(batch)
            t_store += time.perf_counter() - t
            batch = []
    if batch:
        t = time.perf_counter()
        stored += store.ingest_documents(batch)
        t_store += time.perf_counter() - t
    wall = time.perf_counter() - t_all
    print(f"articles: {n_docs:,} documents, {stored:,} claims; store time {t_store:.1f} s = "
          f"{stored / t_store:,.0f} claims/s ({args.batch} documents per transaction; "
          f"{wall:.1f} s wall with generation)")

    singles = list(articles(args.single, args.per_doc, n_subjects=args.datasets, seed=99))
    singles = [(Document(id=f"single/{i}", text=f"single {i}", date=d.date, outlet=d.outlet,
                         title=d.title), c) for i, (d, c) in enumerate(singles)]
    t = time.perf_counter()
    n_single = sum(store.ingest_document(d, c) for d, c in singles)
    dt = time.perf_counter() - t
    print(f"one document per transaction: {len(singles):,} documents, {n_single:,} claims in "
          f"{dt:.2f} s = {n_single / dt:,.0f} claims/s")
    del singles

    counts = store.counts()
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
          + f"; claims + data points = {counts['claims'] + counts['data_points']:,}")
    size = sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*"))
    print(f"store file: {size / 1e6:,.0f} MB")

    # dated the day after the archive's articles of 2024-12-17, about the same day, so that
    # every daily figure has prior articles as well as dataset values
    pub = date(2024, 12, 18)
    claims = draft_claims(pub, 60, n_subjects=args.datasets, seed=5, about=date(2024, 12, 17))
    draft = Document(id="draft", text="the draft being checked", date=pub)
    store.close()
    store = Store.open(path)  # a fresh process-like start: new connections, cold caches
    t = time.perf_counter()
    refs = store.references_for(draft, claims)
    cold = time.perf_counter() - t
    warm = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        again = store.references_for(draft, claims)
        warm.append(time.perf_counter() - t)
    assert again == refs
    roles = Counter(r.role for r in refs)
    print(f"draft look-ups: {len(claims)} claims -> {len(refs)} references "
          f"({', '.join(f'{k} {v}' for k, v in sorted(roles.items()))}); "
          f"cold {cold * 1000:.1f} ms, warm median {statistics.median(warm) * 1000:.1f} ms, "
          f"worst {max(warm) * 1000:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
