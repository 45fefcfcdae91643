"""speed43: the test helpers that share or skip repeated work give what the work gave.

- tests/test_rules.py's per-rule article tests share one rulebook and store
  (rule_articles_support): they are the pair ``run_rule_tests`` builds itself for a shipped
  article, and an article's result is the same with either.
- warm_support.warm_parent warms a process once: a second call does nothing.
"""

from __future__ import annotations

import factcheck.cli.rules as rules_cli
from factcheck.engine import engine_key
from factcheck.resources import rules_dir
from factcheck.rulebook import rule_files
from rule_articles_support import shipped_rules


def _spy_on_testers(monkeypatch) -> list[tuple]:
    seen: list[tuple] = []
    real = rules_cli.RuleTester

    class Spy(real):
        def __init__(self, book, store=None):
            seen.append((engine_key(book), getattr(store, "url", store)))
            super().__init__(book, store)

    monkeypatch.setattr(rules_cli, "RuleTester", Spy)
    return seen


def test_the_shared_rules_are_those_run_rule_tests_builds(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "own"))
    seen = _spy_on_testers(monkeypatch)
    # an article of a rule over reference facts: the store is part of what is shared
    rule = next(f for f, _ in rule_files([rules_dir()]) if f.stem == "dataset-figure-mismatch")
    article = rule.with_suffix(".md")
    [own] = rules_cli.run_rule_tests([article])
    book, store = shipped_rules(tmp_path / "shared")
    [shared] = rules_cli.run_rule_tests([article], store=store, book=book)
    assert len(seen) == 2 and seen[0] == seen[1], "a different rulebook or store"
    assert seen[0][0] is not None and seen[0][1] is not None
    assert all(r.enabled for r in book.rules.values())      # every rule on, as the runner's
    assert (own.failures, own.todos, own.passed) == (shared.failures, shared.todos,
                                                     shared.passed)
    assert shared.passed >= 4


def test_warm_parent_warms_a_process_once(monkeypatch):
    import warm_support
    from factcheck import pipeline

    monkeypatch.setattr(warm_support, "_WARM", [])
    calls: list[int] = []
    monkeypatch.setattr(pipeline, "warm_check", lambda: calls.append(1))
    monkeypatch.setattr(pipeline._Checker, "check", lambda self, doc: calls.append(2))
    warm_support.warm_parent()
    warm_support.warm_parent()
    assert calls == [1, 2]
    monkeypatch.setattr(warm_support, "_WARM", [])   # a fresh process warms again
    warm_support.warm_parent()
    assert calls == [1, 2, 1, 2]
