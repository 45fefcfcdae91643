#!/usr/bin/env python
"""Verdict accuracy on the phrasing set (corpus/phrasings/*.yaml): real General Staff figures in
the constructions found in published copy, with planted errors.

Each case is checked in-process as `factcheck check` does (extraction, the default store built
from the bundled corpus into a temporary file, the engine, the judge). For every figure the
case lists:

  supported rate  figures that agree with the data and end `supported`
  false alarms    figures that agree with the data (or have nothing to check against) and end
                  `contradicted` or carry an error/warning flag of the prior pack
  recall          planted errors that end `contradicted`
  error recall    planted errors flagged at error level

Prints figures (and with --show every miss); asserts nothing.
Usage: python benchmarks/phrasings_accuracy.py [--show [--warnings]] [FILE.yaml ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml

# PyYAML's safe loader on libyaml's C parser where it is built (the same data as
# ``yaml.safe_load``, about eight times faster: the phrasing and everyday sets took 3 CPU
# seconds to read with the pure-Python one, in every test process and benchmark run)
SAFE_C = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.document import read_text_document  # noqa: E402
from factcheck.engine import Engine  # noqa: E402
from factcheck.normalize import claims_for, normalize  # noqa: E402
from factcheck.rulebook import load_rulebook  # noqa: E402
from factcheck.store import default_store  # noqa: E402
from factcheck.verdicts import judge  # noqa: E402


def load_cases(paths: list[Path] | None = None) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for p in paths or sorted((ROOT / "corpus" / "phrasings").glob("*.yaml")):
        for c in yaml.load(p.read_text(encoding="utf-8"), Loader=SAFE_C) or []:
            c["file"] = p.name
            cases.append(c)
    return cases


def case_text(case: dict[str, Any]) -> str:
    """The case's text as an article: a first line "# ..." is its headline."""
    return case["text"]


class Checker:
    def __init__(self, store_dir: str, rules: tuple[Any, Engine] | None = None) -> None:
        """A checker with the store in ``store_dir`` (built there from the bundled corpus if
        it is not); ``rules``: a (rulebook, engine) pair from ``rules()`` to share."""
        self.book, self.engine = rules or Checker.rules()
        self.store = default_store(path=Path(store_dir) / "store.sqlite")

    @staticmethod
    def rules() -> tuple[Any, Engine]:
        """The rulebook read from rules/ (no cache) and an engine of it: an engine checks any
        number of documents, one after another."""
        book = load_rulebook(use_cache=False)
        return book, Engine(book)

    def check(self, case: dict[str, Any]) -> list[dict[str, Any]]:
        """One row per listed figure: expected, got (verdict), flags, the claim."""
        pub = case["date"] if isinstance(case["date"], date) else \
            date.fromisoformat(str(case["date"]))
        doc = read_text_document(case_text(case), f"{case['id']}.md", pub)
        # the mentions the claims were read from go to the engine, as ``check`` passes them
        # (pipeline._Checker): without them the engine finds them again, a second extraction
        claims, mentions = normalize(doc)
        refs = self.store.references_for(doc, claims)
        flags, verdicts = judge(doc, claims, refs,
                                self.engine.run(doc, claims, refs, mentions=mentions),
                                self.book)
        status = {v.claim: v for v in verdicts}
        rows = []
        used: set[str] = set()
        pos = 0
        for words, expected in case["figures"].items():
            words = str(words)
            # the claim at the figure's words (the first occurrence not used yet)
            at = doc.text.find(words, pos)
            if at < 0:
                at = doc.text.find(words)
            claim = next((c for c in claims if c.id not in used and at >= 0 and
                          c.start < at + len(words) and c.end > at), None)
            row: dict[str, Any] = {"case": case["id"], "figure": words, "expected": expected,
                                   "claim": claim, "got": "missing", "flags": []}
            if claim is not None:
                pos = claim.end
                used.add(claim.id)
                row["verdict"] = status[claim.id]
                row["got"] = status[claim.id].status
                row["flags"] = [f for f in flags if claim.id in f.claims and
                                f.severity in ("error", "warning") and
                                self.book.rules[f.rule].pack == "prior"]
            rows.append(row)
        return rows


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    agree = [r for r in rows if r["expected"] == "supported"]
    clean = [r for r in rows if r["expected"] in ("supported", "unverified")]
    planted = [r for r in rows if r["expected"] == "contradicted"]
    alarms = [r for r in clean if r["got"] == "contradicted" or r["flags"]]
    caught = [r for r in planted if r["got"] == "contradicted"]
    err = [r for r in planted if any(f.severity == "error" for f in r["flags"])]
    return {
        "figures": len(rows), "agree": len(agree), "clean": len(clean), "planted": len(planted),
        "supported": sum(r["got"] == "supported" for r in agree) / max(1, len(agree)),
        "false_alarms": len(alarms) / max(1, len(clean)),
        "recall": len(caught) / max(1, len(planted)),
        "error_recall": len(err) / max(1, len(planted)),
        "alarms": alarms,
        "misses": [r for r in planted if r["got"] != "contradicted"],
        "unsupported": [r for r in agree if r["got"] != "supported"],
        "warned": [r for r in caught if not any(f.severity == "error" for f in r["flags"])],
    }


def _draft_time(checker: Checker, cases: list[dict[str, Any]]) -> tuple[float, int]:
    """Seconds to check one ~1,000-word draft (the first cases' texts as paragraphs), warm."""
    import time

    paras, words = [], 0
    for c in cases:
        if words >= 1000:
            break
        paras.append(" ".join(case_text(c).split()))
        words += len(paras[-1].split())
    text = "\n\n".join(paras)
    best = float("inf")
    for _ in range(4):   # the first run warms the caches
        t = time.perf_counter()
        doc = read_text_document(text, "draft.md", date(2025, 2, 3))
        claims = claims_for(doc)
        refs = checker.store.references_for(doc, claims)
        judge(doc, claims, refs, checker.engine.run(doc, claims, refs), checker.book)
        best = min(best, time.perf_counter() - t)
    return best, words


def _describe(r: dict[str, Any]) -> str:
    c = r["claim"]
    if c is None:
        return f"  {r['case']}: {r['figure']!r} not extracted"
    p = f"{c.period.start}..{c.period.end}" if c.period else "no period"
    ev = r["verdict"].evidence[0].detail if r.get("verdict") and r["verdict"].evidence else ""
    return (f"  {r['case']}: {r['figure']!r} expected {r['expected']}, got {r['got']} "
            f"({c.measure}, {c.subject}, {p}, cumulative={int(c.cumulative)}) {ev}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--warnings", action="store_true",
                    help="also list planted errors contradicted without an error-level flag")
    a = ap.parse_args()
    cases = load_cases(a.files or None)
    with tempfile.TemporaryDirectory() as tmp:
        checker = Checker(tmp)
        rows = [r for c in cases for r in checker.check(c)]
        draft_s, words = _draft_time(checker, cases)
    s = score(rows)
    print(f"phrasing set: {len(cases)} cases, {s['figures']} figures "
          f"({s['agree']} agree with the data, {s['planted']} planted errors)")
    print(f"supported rate  {s['supported']:.1%}  (agreeing figures marked supported)")
    print(f"false alarms    {s['false_alarms']:.1%}  (figures that are right, contradicted or "
          f"flagged)")
    print(f"recall          {s['recall']:.1%}  (planted errors contradicted; "
          f"at error level {s['error_recall']:.1%})")
    print(f"checking a {words:,}-word draft of these phrasings, warm: {draft_s:.2f} s "
          f"(extraction, store look-ups, engine, verdicts; best of 3)")
    if a.show:
        for title, key in (("not supported", "unsupported"), ("false alarms", "alarms"),
                           ("missed errors", "misses")) + \
                (("caught at warning level only", "warned"),) * a.warnings:
            if s[key]:
                print(f"{title}:")
                for r in s[key]:
                    print(_describe(r))


if __name__ == "__main__":
    main()
