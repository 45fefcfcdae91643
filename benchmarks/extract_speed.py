#!/usr/bin/env python3
"""Extraction throughput: warm characters per second per core, and cold start, on the corpus.

  .venv/bin/python benchmarks/extract_speed.py [--repeat N] [--no-quantulum]

Texts: the documents factcheck checks in the bundled corpus, corpus/articles/ and
corpus/drafts/ (.md and .txt, front matter removed by factcheck.document); the seed article from
../shared/seed when the corpus is empty. ``--with-readmes`` adds the corpus' README files
(documentation, mostly tables of figures: one figure per 42 characters, twice the articles'
density), as the script did before 2026-11-25. Warm throughput runs
``claims_for`` (the whole extract + normalize step) over all texts N times in this process,
single-threaded, after one warm-up pass, best of five rounds; it is characters per second of
CPU time on one core. The extraction step alone (``extract.find_mentions``: sentences, figures,
dates, names, updates, without normalization) is timed the same way and printed beside it.
Cold start is a fresh interpreter running ``factcheck extract`` on one draft, wall time, best of
three. quantulum3 parses the same texts in the same process for the ratio.
Prints a table and a final JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def load_texts(with_readmes: bool = False) -> list[tuple[str, object]]:
    from factcheck.document import read_text_document
    files = sorted(p for sub in ("articles", "drafts") for ext in ("md", "txt")
                   for p in (ROOT / "corpus" / sub).rglob(f"*.{ext}"))
    if with_readmes:
        files += sorted((ROOT / "corpus").rglob("README.md"))
    docs = [read_text_document(p.read_text(encoding="utf-8"), str(p)) for p in files]
    if not docs:
        seed = ROOT.parent / "shared" / "seed" / "pokrovsk-article.txt"
        from datetime import date

        from factcheck.model import Document
        docs = [Document(id="seed", text=seed.read_text(encoding="utf-8"),
                         date=date(2024, 12, 17), path=str(seed))]
    return [(d.text, d) for d in docs]


def _best_ms(fn, docs, rounds: int = 7, passes: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(passes):
            for d in docs:
                fn(d)
        best = min(best, time.process_time() - t0)
    return best / passes * 1000


def stage_times(docs: list) -> dict[str, float]:
    """CPU ms per pass over ``docs`` of each stage of ``claims_for``, for finding what to
    speed up (the stages are timed separately, so they add up only roughly)."""
    from factcheck.extract import find_mentions, text as T
    from factcheck.extract.dates import find_dates
    from factcheck.extract.numbers import find_quantities, with_qualifiers
    from factcheck.normalize import claims_for
    from factcheck.normalize.context import Context
    from factcheck.normalize.intervals import interval

    ws = {d.id: T.words(d.text) for d in docs}
    masked = {d.id: T.masked_spans(d.text) for d in docs}
    dates = {d.id: find_dates(d.text, d.date, ws[d.id]) for d in docs}
    mentions = {d.id: find_mentions(d.text, d.date, has_title=bool(d.title)) for d in docs}

    def structure(d):
        t = d.text
        T.sentences(t), T.paragraphs(t), T.sections(t), T.quotes(t), T.masked_spans(t)

    def figures(d):
        qs = find_quantities(d.text, [(x.start, x.end) for x in dates[d.id]], ws[d.id],
                             masked[d.id])
        with_qualifiers(d.text, qs)

    def describe(d):
        m = mentions[d.id]
        ctx = Context(d, m)
        return ctx, [ctx.describe(q, *interval(q)) for q in m.quantities]

    def relate(d):
        ctx, drafts = describe(d)
        ctx.relate(drafts)

    return {
        "words (extract.text.words)": _best_ms(lambda d: T.words(d.text), docs),
        "sentences, sections, quotes, masks": _best_ms(structure, docs),
        "dates (extract.dates)": _best_ms(lambda d: find_dates(d.text, d.date, ws[d.id]),
                                          docs),
        "figures (extract.numbers)": _best_ms(figures, docs),
        "context + describe (normalize.context)": _best_ms(describe, docs),
        "... + relations (normalize.relations)": _best_ms(relate, docs),
        "claims_for, all": _best_ms(claims_for, docs),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--with-readmes", action="store_true",
                    help="also time the corpus' README files (documentation, not articles)")
    ap.add_argument("--stages", action="store_true",
                    help="also print where the time goes, per stage (ms per corpus pass)")
    a = ap.parse_args()
    from factcheck.normalize import claims_for

    texts = load_texts(a.with_readmes)
    chars = sum(len(t) for t, _ in texts)
    for _, d in texts:  # warm-up: vocabularies, compiled patterns
        claims_for(d)
    # best of five rounds: the machine is shared, and the best round is the least disturbed
    nclaims = sum(len(claims_for(d)) for _, d in texts)
    dt = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for _ in range(a.repeat):
            for _, d in texts:
                claims_for(d)
        dt = min(dt, time.process_time() - t0)
    warm = chars * a.repeat / dt
    # the extraction step alone (extract.find_mentions: sentences, figures, dates, names,
    # updates), without normalization (context, relations, readings)
    from factcheck.extract import find_mentions
    dt_x = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for _ in range(a.repeat):
            for _, d in texts:
                find_mentions(d.text, d.date, has_title=bool(d.title))
        dt_x = min(dt_x, time.process_time() - t0)
    extract_only = chars * a.repeat / dt_x
    # the seed article, a news text of ordinary figure density, for comparison
    seed_rate = None
    seed = ROOT.parent / "shared" / "seed" / "pokrovsk-article.txt"
    if seed.is_file():
        from datetime import date

        from factcheck.model import Document
        sd = Document(id="seed", text=seed.read_text(encoding="utf-8"), date=date(2024, 12, 17))
        claims_for(sd)
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            for _ in range(a.repeat * 10):
                claims_for(sd)
            best = min(best, time.process_time() - t0)
        seed_rate = len(sd.text) * a.repeat * 10 / best
    q_rate = None
    if not a.no_quantulum:
        try:
            from quantulum3 import parser
            parser.parse("warm up 3 km")
            reps = max(1, a.repeat // 10)
            t0 = time.process_time()
            for _ in range(reps):
                for t, _ in texts:
                    parser.parse(t)
            q_rate = chars * reps / (time.process_time() - t0)
        except ImportError:
            q_rate = None
    paths = [d.path for _, d in texts if getattr(d, "path", None)]
    draft = next((p for p in paths if "draft" in p), None) or next(
        (p for p in paths if "README" not in p), None)
    exe = ROOT / ".venv" / "bin" / "factcheck"
    cold = None
    if draft and exe.exists():
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([str(exe), "extract", str(draft), "--format", "json"],
                           capture_output=True, check=False,
                           env={**os.environ, "PYTHONDONTWRITEBYTECODE": "0"})
            runs.append(time.perf_counter() - t0)
        cold = min(runs)
    print(f"texts: {len(texts)}  characters: {chars}  claims: {nclaims} "
          f"(one per {chars // max(1, nclaims)} characters)")
    print(f"factcheck claims_for, warm: {warm:,.0f} chars/s per core")
    print(f"  of which the extraction step alone (extract.find_mentions), warm: "
          f"{extract_only:,.0f} chars/s per core")
    if seed_rate:
        print(f"factcheck on the seed article (ordinary density), warm: {seed_rate:,.0f} "
              "chars/s per core")
    if q_rate:
        print(f"quantulum3 parse, warm:     {q_rate:,.0f} chars/s per core  "
              f"(factcheck is {warm / q_rate:.0f}x)")
    if cold is not None:
        print(f"cold `factcheck extract` on {Path(draft).name}: {cold:.2f} s wall (best of 3)")
    if a.stages:
        for name, ms in stage_times([d for _, d in texts]).items():
            print(f"  {name:<38s} {ms:6.2f} ms per corpus pass")
    print(json.dumps({"chars": chars, "warm_chars_per_s": round(warm),
                      "extract_only_chars_per_s": round(extract_only),
                      "quantulum3_chars_per_s": round(q_rate) if q_rate else None,
                      "ratio": round(warm / q_rate, 1) if q_rate else None,
                      "seed_chars_per_s": round(seed_rate) if seed_rate else None,
                      "cold_s": round(cold, 3) if cold is not None else None}))


if __name__ == "__main__":
    main()
