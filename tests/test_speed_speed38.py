"""speed38: the test helpers' cheaper ways, and that they change nothing they are used for.

- The helpers that check a text (``benchmarks/phrasings_accuracy.Checker``, ``readings_support``,
  ``everyday_support`` and the everyday tests' own copies) hand the engine the mentions the
  claims were normalized from, as ``check`` does (``pipeline._Checker``): without them the
  engine found every mention again, a second extraction of each text.
- The rulebook, engine and phrasing cases of the readings tests are built once per process.
- ``conftest.py`` freezes what collecting left out of the cycle collector's passes.
"""

from __future__ import annotations

import gc
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_collection_is_frozen_out_of_the_cycle_collector():
    # conftest's pytest_collection_finish: the suite's modules and items are frozen
    assert gc.get_freeze_count() > 10_000


def test_the_engine_finds_the_same_with_the_mentions_given_or_found_again():
    """On a seeded sample of phrasing cases and everyday drafts (planted and clean), the
    findings and verdicts with the normalizer's mentions given are those the engine gives
    when it finds them again itself."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from everyday_accuracy import load, planted_version
    from readings_support import phrasing_cases, shared_rules

    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for, normalize
    from factcheck.verdicts import judge

    book, engine = shared_rules()
    rng = random.Random(38)
    texts = [(c["text"], str(c["date"])) for c in rng.sample(phrasing_cases(), 40)]
    for d in rng.sample(load(), 40):
        text = d["text"]
        if d.get("planted"):
            text, _ = planted_version(d, 0, d["planted"][0])
        texts.append((text, str(d["date"])))
    flagged = 0
    for i, (text, day) in enumerate(texts):
        doc = read_text_document(f"---\ndate: {day}\n---\n{text}\n", "t.md")
        claims, mentions = normalize(doc)
        if i in (0, 40):    # one phrasing case, one draft: normalizing again costs a text's
            assert claims == claims_for(doc)   # extraction; the engine's runs are the test
        given = engine.run(doc, claims, [], mentions=mentions)
        again = engine.run(doc, claims, [])
        assert given == again and given.skipped == again.skipped, text[:80]
        f1, v1 = judge(doc, claims, [], given, book)
        f2, v2 = judge(doc, claims, [], again, book)
        assert [f.as_dict() for f in f1] == [f.as_dict() for f in f2]
        assert v1 == v2
        flagged += bool(f1)
    assert flagged >= 10     # the sample holds texts the rules flag, not only quiet ones


def test_the_phrasings_checker_extracts_each_case_once(monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import factcheck.normalize as N
    from phrasings_accuracy import Checker
    from readings_support import phrasing_cases, shared_rules
    from store_support import bundled_store_copy

    calls = []
    real = N.find_mentions
    monkeypatch.setattr(N, "find_mentions", lambda *a, **k: calls.append(1) or real(*a, **k))
    cases = phrasing_cases()[:6]
    with tempfile.TemporaryDirectory() as tmp:
        bundled_store_copy(tmp)
        checker = Checker(tmp, shared_rules())
        calls.clear()      # (building the store read the corpus' articles)
        rows = [r for c in cases for r in checker.check(c)]
    assert len(calls) == len(cases)
    assert rows and all(r["got"] != "missing" for r in rows)


def test_the_phrasing_cases_are_read_once_and_are_the_benchmark_s():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from phrasings_accuracy import load_cases
    from readings_support import phrasing_cases, shared_rules

    assert phrasing_cases() is phrasing_cases()
    assert phrasing_cases() == load_cases()
    assert shared_rules() is shared_rules()
