"""Engines kept idle for a later checker of the same rules (``engine.keep_engine`` /
``borrow_engine``), the supervisor that keeps one for the workers it forks, ``rules test``
giving its engine back, and the rulebook cache files read once a process (speed40)."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factcheck import engine as engine_mod
from factcheck import pipeline
from factcheck.engine import Engine, borrow_engine, engine_key, has_idle_engine, keep_engine
from factcheck.model import Document
from factcheck.rulebook import Rulebook, cache, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
# two figures for the same day that disagree: a conflicting-figures flag
TEXT = ("Ukraine's General Staff said Russia lost 1,600 personnel over the past day. In its "
        "Tuesday report the General Staff put Russian personnel losses over the past day at "
        "1,900.")


@pytest.fixture
def pool(monkeypatch):
    """An empty pool of idle engines for this test alone."""
    monkeypatch.setattr(engine_mod, "_IDLE", {})
    return engine_mod._IDLE


def _some_rule(book: Rulebook) -> str:
    return sorted(r.id for r in book.active())[0]


def test_a_kept_engine_goes_to_the_next_borrower_of_the_same_rules_once(pool):
    built = Engine(load_rulebook())
    keep_engine(built)
    assert has_idle_engine(load_rulebook())
    assert borrow_engine(load_rulebook()) is built
    assert not has_idle_engine(load_rulebook())          # taken: no one else gets it
    assert borrow_engine(load_rulebook()) is not built


def test_other_rules_or_severities_get_an_engine_of_their_own(pool):
    book = load_rulebook()
    built = Engine(book)
    keep_engine(built)
    rid = _some_rule(book)
    off = load_rulebook(overrides={"rules": {rid: "off"}})
    louder = load_rulebook(overrides={"rules": {rid: "info"}})
    assert engine_key(off) != engine_key(book) != engine_key(louder)
    assert borrow_engine(off) is not built and borrow_engine(louder) is not built
    assert has_idle_engine(book)


def test_an_engine_changed_after_it_was_built_is_kept_for_the_rules_it_runs(pool):
    book = load_rulebook()
    built = Engine(book)
    rid = _some_rule(book)
    book.rules[rid] = replace(book.rules[rid], enabled=False)
    keep_engine(built)
    assert has_idle_engine(load_rulebook())
    assert not has_idle_engine(book)


def test_unusable_or_unnamed_engines_are_not_kept(pool):
    poisoned = Engine(load_rulebook())
    poisoned._poisoned = "could not empty the session"
    keep_engine(poisoned)
    assert not has_idle_engine(load_rulebook())
    loaded = load_rulebook()
    unnamed = Rulebook(rules=dict(loaded.rules), gazetteer=loaded.gazetteer)   # no digest
    assert engine_key(unnamed) is None
    keep_engine(Engine(unnamed))
    assert not pool
    keep_engine(Engine(load_rulebook(), blocking=False))
    assert not pool


def _flags(checker: pipeline._Checker, text: str) -> list[dict]:
    doc = Document(id="d", text=text, date=date(2024, 12, 17))
    return [f.as_dict() for f in checker.check(doc).flags]


def test_a_borrowed_engine_finds_what_a_new_engine_finds(pool):
    own = pipeline._Checker(pipeline.Options(store=None))
    want = _flags(own, TEXT)
    assert "conflicting-figures" in [f["rule"] for f in want]
    used = pipeline._Checker(pipeline.Options(store=None))
    _flags(used, "Russia lost 1,200 troops over the past 24 hours, the ministry said.")
    keep_engine(used.engine)                          # it has checked a document before
    again = pipeline._Checker(pipeline.Options(store=None))
    assert again.engine is used.engine
    assert _flags(again, TEXT) == want
    assert again.engine.held_facts() == 0


def _refuse_new_engines(monkeypatch) -> None:
    def refuse(self, *args, **kwargs):
        raise RuntimeError("a new engine was built")
    monkeypatch.setattr(Engine, "__init__", refuse)


def test_a_second_check_run_keeps_an_engine_its_workers_take(pool, tmp_path, monkeypatch):
    path = tmp_path / "d.md"
    path.write_text(f"---\ndate: 2024-12-17\n---\n{TEXT}\n", encoding="utf-8")
    options = pipeline.Options(store=None)
    monkeypatch.setattr(pipeline, "_RUNS", itertools.count())
    first = pipeline.check([str(path)], options)      # the process's first run: none kept
    assert not pool
    second = pipeline.check([str(path)], options)
    assert has_idle_engine(load_rulebook())
    # the worker forked from here takes the kept engine: it builds none of its own
    _refuse_new_engines(monkeypatch)
    third = pipeline.check([str(path)], options)
    runs = [[f.as_dict() for r in run.documents for f in r.flags] for run in (first, second,
                                                                               third)]
    assert "conflicting-figures" in [f["rule"] for f in runs[0]]
    assert runs[0] == runs[1] == runs[2]
    assert all(r.error is None for run in (first, second, third) for r in run.documents)


def test_a_run_of_several_documents_on_several_workers_keeps_one_at_once(pool, tmp_path,
                                                                        monkeypatch):
    for k in range(2):
        (tmp_path / f"d{k}.md").write_text(f"---\ndate: 2024-12-17\n---\n{TEXT}\n",
                                           encoding="utf-8")
    monkeypatch.setattr(pipeline, "_RUNS", itertools.count())
    run = pipeline.check([str(tmp_path)], pipeline.Options(store=None), jobs=2)
    assert len(run.documents) == 2 and all(r.error is None for r in run.documents)
    assert has_idle_engine(load_rulebook())


def test_a_rule_pack_that_fails_is_still_reported_by_the_worker(pool, tmp_path, monkeypatch):
    path = tmp_path / "d.md"
    path.write_text(f"---\ndate: 2024-12-17\n---\n{TEXT}\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "_RUNS", itertools.count(1))
    _refuse_new_engines(monkeypatch)
    with pytest.raises(pipeline.WorkerInitError, match="a new engine was built"):
        pipeline.check([str(path)], pipeline.Options(store=None))
    assert not pool


def test_rules_test_gives_its_engine_back_and_the_next_run_takes_it(pool, monkeypatch):
    from factcheck.cli.rules import run_rule_tests

    article = sorted((ROOT / "rules").rglob("*.md"))[0]
    [first] = run_rule_tests([article])
    assert first.ok and len(pool) == 1
    _refuse_new_engines(monkeypatch)
    [second] = run_rule_tests([article])
    assert second.ok and second.passed == first.passed


def test_a_cache_file_is_parsed_once_and_read_again_when_it_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_READ", {})
    book = load_rulebook()
    path = tmp_path / "rulebook-x.json"
    cache.write(path, book.rules, book.gazetteer)
    rules, gaz = cache.read(path)
    again, _ = cache.read(path)
    assert rules == again == book.rules and gaz == book.gazetteer
    assert rules is not again                       # each load changes a dict of its own
    rules.clear()
    assert cache.read(path)[0] == book.rules
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["rules"] = raw["rules"][:1]
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert list(cache.read(path)[0]) == [raw["rules"][0]["id"]]
    path.write_text("{not json", encoding="utf-8")
    assert cache.read(path) is None
    path.unlink()
    assert cache.read(path) is None
