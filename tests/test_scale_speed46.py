"""The engine's literal tests read a document's facts in one pass per fact type (speed46).

``_Indexes`` kept the facts each set of literal tests allows with one pass over the facts per
set: ~170 passes over every claim of a document. On a long one (6,000 figures of '1% ') the
facts outgrew the processor's cache and each pass cost ~4 times more, so the engine's CPU time
grew faster than the document and test_scale's '1% ' and 'between 1 and ' cases went over the
bound (then recounted under callgrind, minutes in CI). Given the plans' sets of literal tests
(``engine_join.literal_sets``), the first set asked of a type keeps every set in one pass: each
fact is read by all its tests while it is in the cache. The sets kept are the same lists.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import engine_join as J
from factcheck.engine import Engine
from factcheck.engine_facts import build_facts
from factcheck.model import Document
from factcheck.normalize import normalize
from factcheck.rulebook import load_rulebook


class _Counted(list):
    """A list of facts that counts the passes over it."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


@pytest.fixture(scope="module")
def book():
    return load_rulebook()


def _by_type(book, text: str) -> dict[str, list]:
    doc = Document(id="s46", text=text, date=date(2024, 12, 17))
    claims, mentions = normalize(doc)
    facts = build_facts(doc, claims, (), book.gazetteer, None, mentions).facts
    by_type: dict[str, list] = {}
    for f in facts:
        by_type.setdefault(f["t"], []).append(f)
    return by_type


def test_every_set_of_literal_tests_is_kept_in_one_pass_per_type(book):
    plans = [J.branch_plans(r) for r in book.active()]
    sets = J.literal_sets(plans)
    steps = {s for p in plans for steps in p for s in steps}
    assert len(sets["claim"]) > 20          # the many sets that made the many passes
    by_type = _by_type(book, "Russia lost 1,200 troops and 12 tanks, up from 1,100, 40% of "
                             "the 3,000 in May. " * 20)
    counted = {t: _Counted(fs) for t, fs in by_type.items()}
    _Counted.passes = 0
    shared = J.indexes(counted, sets)
    for s in steps:
        shared(s)
    one_pass = _Counted.passes
    _Counted.passes = 0
    alone = J.indexes(counted)
    for s in steps:
        alone(s)
    # one pass per type asked (types without facts are not read), against one per set
    assert one_pass <= len(counted) < _Counted.passes
    assert shared.kept.keys() >= alone.kept.keys()
    for which, kept in alone.kept.items():
        assert [id(f) for f in shared.kept[which]] == [id(f) for f in kept], which
    assert sum(len(k) for k in alone.kept.values()) > 100     # the tests do keep facts


def test_a_step_whose_tests_are_not_in_the_sets_is_kept_alone(book):
    by_type = {"claim": [{"t": "claim", "has_value": k % 2, "value": k} for k in range(6)]}
    shared = J.indexes(by_type, {"claim": ((("has_value", "eq", 1),),)})
    step = J.Step("claim", (("value", "gt", 2),), ())
    got = shared(step)
    assert sorted(f["value"] for b in got.buckets.values() for f in b.group) == [3, 4, 5]
    assert ("claim", (("has_value", "eq", 1),)) in shared.kept     # the type's sets, kept too


def test_the_engine_finds_the_same_with_and_without_the_sets(book, monkeypatch):
    eng = Engine(book)
    doc = Document(id="s46", text="Russia lost 1,200 troops and 12 tanks on 17 December 2024, "
                   "up from 1,100 troops the day before. Ukraine said 1,300 troops. "
                   "Between 10 and 12 tanks, 40% of the 30 tanks seen.", date=date(2024, 12, 18))
    claims, mentions = normalize(doc)
    with_sets = eng.run(doc, claims, mentions=mentions)
    monkeypatch.setattr(eng, "_literal_sets", {})
    without = eng.run(doc, claims, mentions=mentions)
    assert [(f.rule, f.facts) for f in with_sets] == [(f.rule, f.facts) for f in without]
    assert len(with_sets) > 0
