"""Checking a text with the store, engine and verdicts the phrasings benchmark uses: shared by
the readings tests (tests/test_readings.py, tests/test_readings_first_run.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from factcheck.document import read_text_document
from factcheck.normalize import claims_for

ROOT = Path(__file__).resolve().parents[1]

_RULES: list = []     # the rulebook and its engine, built once per test process, shared


def checker_for(folder: str) -> Callable[[str, date], tuple[Any, Any, Any, dict]]:
    """``run(text, pub)`` -> (document, claims, flags, verdicts by claim id), with a store
    of the bundled corpus in ``folder`` (``benchmarks/phrasings_accuracy.Checker``; the store
    a copy of the one built once per test process: ``store_support``; the rulebook and engine
    built once per process)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from phrasings_accuracy import Checker
    from store_support import bundled_store_copy

    from factcheck.verdicts import judge
    if not _RULES:
        _RULES.append(Checker.rules())
    bundled_store_copy(folder)
    checker = Checker(folder, _RULES[0])

    def run(text: str, pub: date):
        doc = read_text_document(text, "t.md", pub)
        cs = claims_for(doc)
        refs = checker.store.references_for(doc, cs)
        flags, verdicts = judge(doc, cs, refs, checker.engine.run(doc, cs, refs), checker.book)
        return doc, cs, flags, {v.claim: v for v in verdicts}
    return run


def status_checker(folder: str) -> Callable[[str, date], tuple[dict[str, str], list]]:
    """``go(text, pub)`` -> (verdict status by figure text, error and warning flags): what the
    first-run tests assert on, with a store built in ``folder``."""
    run = checker_for(folder)

    def go(text: str, pub: date):
        _, cs, flags, verdicts = run(text, pub)
        status = {c.text: verdicts[c.id].status for c in cs}
        return status, [f for f in flags if f.severity in ("error", "warning")]
    return go
