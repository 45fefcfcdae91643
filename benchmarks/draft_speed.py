#!/usr/bin/env python
"""How long one ~1,000-word draft packed with loss figures takes to check, warm, by stage.

  .venv/bin/python benchmarks/draft_speed.py [--runs 7] [--draft packed|phrasings|both]

The drafts are the phrasing set's cases (corpus/phrasings/) joined as paragraphs until they
pass 1,000 words, checked in this process as `factcheck check` does (extraction and
normalization, the default store built from the bundled corpus into a temporary file, the
engine, the verdicts), dated 2025-02-03:

  packed     the first cases of general-staff-2, general-staff-3 and general-staff: the
             1,008-word draft with 85 figures the README's "cost of readings" row measured
             (7.3 s on 2026-12-03)
  phrasings  the first cases of the set in file order, as benchmarks/phrasings_accuracy.py
             times them ("checking a N-word draft of these phrasings")

The first run warms the caches (its time is printed as "first"); then each stage's CPU time
(``time.process_time``) is the best of ``--runs`` runs, and so is the whole check's wall time.
CPU time is what to compare on a shared machine: wall time counts the other processes too.
The engine is split into building the facts (``engine_facts.build_facts``) and running the
rules on them (``Engine.run_facts``). Prints one line per draft and a final JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from phrasings_accuracy import Checker, case_text, load_cases  # noqa: E402

from factcheck.document import read_text_document  # noqa: E402
from factcheck.engine_facts import build_facts  # noqa: E402
from factcheck.normalize import normalize  # noqa: E402
from factcheck.verdicts import judge  # noqa: E402

PHRASINGS = ROOT / "corpus" / "phrasings"
DRAFTS = {"packed": ["general-staff-2.yaml", "general-staff-3.yaml", "general-staff.yaml"],
          "phrasings": None}
PUB = date(2025, 2, 3)


def draft_text(files: list[str] | None) -> tuple[str, int]:
    """The cases of ``files`` (all, in file order, when None) as paragraphs, up to the first
    that takes the draft past 1,000 words; and its words."""
    cases = load_cases([PHRASINGS / f for f in files] if files else None)
    paras: list[str] = []
    words = 0
    for c in cases:
        if words >= 1000:
            break
        paras.append(" ".join(case_text(c).split()))
        words += len(paras[-1].split())
    return "\n\n".join(paras), words


def check_once(checker: Checker, text: str) -> tuple[dict[str, float], float, dict[str, int]]:
    """One check of ``text``: CPU seconds per stage, wall seconds, and sizes."""
    clock = time.process_time
    wall = time.perf_counter()
    t0 = clock()
    doc = read_text_document(text, "draft.md", PUB)
    claims, mentions = normalize(doc)
    t1 = clock()
    refs = checker.store.references_for(doc, claims)
    t2 = clock()
    engine = checker.engine
    factset = build_facts(doc, claims, refs, checker.book.gazetteer, engine._all_types,
                          mentions)
    t3 = clock()
    findings = engine.run_facts(factset.facts)
    t4 = clock()
    judge(doc, claims, refs, findings, checker.book)
    t5 = clock()
    cpu = {"normalize": t1 - t0, "references": t2 - t1, "facts": t3 - t2, "rules": t4 - t3,
           "verdicts": t5 - t4}
    cpu["total"] = t5 - t0
    sizes = {"claims": len(claims), "references": len(refs), "facts": len(factset.facts),
             "findings": len(findings)}
    return cpu, time.perf_counter() - wall, sizes


def measure(checker: Checker, text: str, runs: int) -> dict[str, Any]:
    first_cpu, first_wall, sizes = check_once(checker, text)
    best: dict[str, float] = {}
    best_wall = float("inf")
    for _ in range(runs):
        cpu, wall, _ = check_once(checker, text)
        best_wall = min(best_wall, wall)
        for k, v in cpu.items():
            best[k] = min(best.get(k, v), v)
    return {"first_cpu": round(first_cpu["total"], 4), "first_wall": round(first_wall, 4),
            "cpu": {k: round(v, 4) for k, v in best.items()}, "wall": round(best_wall, 4),
            **sizes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="warm runs (best of; default 7)")
    ap.add_argument("--draft", choices=["packed", "phrasings", "both"], default="both")
    a = ap.parse_args()
    names = list(DRAFTS) if a.draft == "both" else [a.draft]
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        checker = Checker(tmp)
        for name in names:
            text, words = draft_text(DRAFTS[name])
            r = out[name] = {"words": words, **measure(checker, text, a.runs)}
            c = r["cpu"]
            print(f"{name}: {words:,} words, {r['claims']} figures, {r['references']} "
                  f"reference facts, {r['facts']} facts, {r['findings']} findings; warm "
                  f"{c['total']:.3f} s CPU ({r['wall']:.3f} s wall): normalize "
                  f"{c['normalize']:.3f}, references {c['references']:.3f}, facts "
                  f"{c['facts']:.3f}, rules {c['rules']:.3f}, verdicts {c['verdicts']:.3f}; "
                  f"first run {r['first_cpu']:.3f} s CPU")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
