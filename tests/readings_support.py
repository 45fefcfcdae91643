"""Checking a text with the store, engine and verdicts the phrasings benchmark uses: shared by
the readings tests (tests/test_readings.py, tests/test_readings_first_run.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any, Callable

from factcheck.document import read_text_document
from factcheck.normalize import claims_for, normalize

ROOT = Path(__file__).resolve().parents[1]

_RULES: list = []     # the rulebook and its engine, built once per test process, shared
_CASES: list = []     # the phrasing set's cases, read once per test process


def phrasing_cases() -> list[dict[str, Any]]:
    """``benchmarks/phrasings_accuracy.load_cases()``, read once per test process (the YAML of
    2,000 cases took 1.3 CPU seconds, and each of the phrasing-set test's parts read it all);
    the tests only read the cases."""
    if not _CASES:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from phrasings_accuracy import load_cases
        _CASES.append(load_cases())
    return _CASES[0]


def shared_rules() -> tuple[Any, Any]:
    """The rulebook and engine of ``benchmarks/phrasings_accuracy.Checker.rules()``, built once
    per test process and shared by every checker the tests make (an engine checks any number
    of documents, one after another)."""
    if not _RULES:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from phrasings_accuracy import Checker
        _RULES.append(Checker.rules())
    return _RULES[0]


def checker_for(folder: str) -> Callable[[str, date], tuple[Any, Any, Any, dict]]:
    """``run(text, pub)`` -> (document, claims, flags, verdicts by claim id), with a store
    of the bundled corpus in ``folder`` (``benchmarks/phrasings_accuracy.Checker``; the store
    a copy of the one built once per test process: ``store_support``; the rulebook and engine
    built once per process)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from phrasings_accuracy import Checker
    from store_support import bundled_store_copy

    from factcheck.verdicts import judge
    bundled_store_copy(folder)
    checker = Checker(folder, shared_rules())

    def run(text: str, pub: date):
        doc = read_text_document(text, "t.md", pub)
        cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
        refs = checker.store.references_for(doc, cs)
        flags, verdicts = judge(doc, cs, refs,
                                checker.engine.run(doc, cs, refs, mentions=mentions),
                                checker.book)
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


def claims_by_text(text: str, pub: date) -> dict[str, Any]:
    """The claims of ``text`` published on ``pub``, by their words."""
    return {c.text: c for c in claims_for(read_text_document(text, "t.md", pub))}


def basis_of(claim: Any) -> dict[str, str]:
    """How each key of a claim was decided (its ``basis`` extra)."""
    return dict(dict(claim.extra).get("basis", ()))


def statuses(run: Callable[[str, date], tuple[Any, Any, Any, dict]], text: str,
             pub: date) -> dict[str, str]:
    """Each claim's verdict status, by its words, from a ``checker_for`` run."""
    _, cs, _, verdicts = run(text, pub)
    return {c.text: verdicts[c.id].status for c in cs}


def statuses_rules_verdicts(run: Callable, text: str, pub: date
                            ) -> tuple[dict[str, str], dict[str, list[str]], dict[str, Any]]:
    """What ``run(text, pub)`` (a checker: claims, flags, verdicts) gives each figure by its
    text: its verdict's status, the rules of its error and warning flags, and its verdict."""
    _, cs, flags, verdicts = run(text, pub)
    by_span = {(c.start, c.end): c.text for c in cs}
    rules: dict[str, list[str]] = {c.text: [] for c in cs}
    for f in flags:
        if (f.start, f.end) in by_span and f.severity in ("error", "warning"):
            rules[by_span[(f.start, f.end)]].append(f.rule)
    return ({c.text: verdicts[c.id].status for c in cs}, rules,
            {c.text: verdicts[c.id] for c in cs})
