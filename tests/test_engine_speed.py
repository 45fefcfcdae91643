"""The engine's speed work (speed25) changes no finding.

- The engine runs the actions a fact makes ready with its own driver (``engine._do_actions``),
  not durable's ``Ruleset.do_actions``: the findings are the same on the bundled corpus.
- The join's indexes are built once per document and shared by every rule: the tuples of each
  rule are the same as with indexes of its own.
- ``freeze`` passes a fact's scalar values through: the same frozen form as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import engine as engine_module
from factcheck.document import load_path
from factcheck.engine import Engine
from factcheck.engine_facts import build_facts
from factcheck.engine_join import branch_plans, indexes, union_tuples
from factcheck.normalize import claims_for
from factcheck.rulebook import freeze, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted(p for sub in ("articles", "drafts") for p in (ROOT / "corpus" / sub).glob("*.*")
                if p.suffix in (".md", ".txt"))


@pytest.fixture(scope="module")
def book():
    return load_rulebook()


@pytest.fixture(scope="module")
def store():
    from factcheck.store import default_store

    try:
        return default_store()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no claims store: {exc}")


def _key(findings):
    return sorted((f.rule, f.facts, f.bindings, f.weak) for f in findings)


def test_the_engines_action_driver_finds_what_durables_do_actions_finds(book, store,
                                                                       monkeypatch):
    eng = Engine(book)
    docs = [load_path(p)[0] for p in CORPUS[:12]]
    inputs = []
    for doc in docs:
        claims = claims_for(doc)
        inputs.append((doc, claims, store.references_for(doc, claims)))
    ours = [eng.run(*x) for x in inputs]
    monkeypatch.setattr(engine_module, "_do_actions",
                        lambda rs, handle: rs.do_actions(handle, lambda e, state: None))
    durables = [eng.run(*x) for x in inputs]
    assert [_key(f) for f in ours] == [_key(f) for f in durables]
    assert sum(len(f) for f in ours) > 100    # the documents are flagged: not two empties
    assert eng.held_facts() == 0


def test_indexes_shared_by_every_rule_give_each_rule_its_own_tuples(book, store):
    total = 0
    for path in CORPUS[:8]:
        [doc] = load_path(path)
        claims = claims_for(doc)
        facts = build_facts(doc, claims, store.references_for(doc, claims), book.gazetteer).facts
        by_type: dict[str, list] = {}
        for f in facts:
            by_type.setdefault(f["t"], []).append(f)
        shared = indexes(by_type)
        for rule in book.active():
            plans = branch_plans(rule)
            own = [tuple(map(id, c)) for c in union_tuples(plans, by_type)]
            assert [tuple(map(id, c)) for c in union_tuples(plans, by_type, shared)] == own, \
                (path.name, rule.id)
            total += len(own)
    assert total > 100


def test_freeze_keeps_its_form():
    fact = {"t": "claim", "value": 1.5, "n": 3, "ok": True, "none": None,
            "list": [1, {"b": 2, "a": [3]}], "d": {"y": 1, "x": "s"}}
    assert freeze(fact) == (
        ("d", (("x", "s"), ("y", 1))), ("list", (1, (("a", (3,)), ("b", 2)))),
        ("n", 3), ("none", None), ("ok", True), ("t", "claim"), ("value", 1.5))
    assert freeze([{"a": 1}]) == ((("a", 1),),)
