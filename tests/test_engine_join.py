"""Pairing facts by the rule's own keys (factcheck.engine_join) loses no finding.

The engine asks durable_rules only about the tuples the rule's common literal tests,
equalities, inequality and range allow. These tests show that is the same as asking about every
assignment of facts: the findings with and without blocking are identical on every rule's test
article (both through durable_rules), and on the bundled corpus no tuple that some branch of a
rule accepts is left out (each branch's tests evaluated in Python over every assignment).
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from factcheck.document import load_path
from factcheck.engine import Engine
from factcheck.engine_facts import build_facts
from factcheck.engine_join import (
    _CMP, all_tuples, branch_plans, plan, post_value, tuples, union_tuples)
from factcheck.model import Document
from factcheck.normalize import claims_for
from factcheck.rulebook import FACT_TYPES, load_rulebook

ROOT = Path(__file__).resolve().parents[1]
RULE_ARTICLES = sorted((ROOT / "rules").glob("*/*.md"))
CORPUS = sorted(p for sub in ("articles", "drafts") for p in (ROOT / "corpus" / sub).glob("*.*")
                if p.suffix in (".md", ".txt"))


@pytest.fixture(scope="module")
def book():
    from dataclasses import replace

    b = load_rulebook()
    for rid, r in list(b.rules.items()):
        b.rules[rid] = replace(r, enabled=True)
    return b


@pytest.fixture(scope="module")
def store():
    from factcheck.store import default_store

    try:
        return default_store()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no claims store: {exc}")


def _doc(path: Path) -> Document:
    [doc] = load_path(path)
    return doc


def _key(findings):
    return sorted((f.rule, f.facts, f.bindings) for f in findings)


@pytest.mark.slow
def test_blocked_and_unblocked_findings_are_identical_on_rule_articles(book, store):
    blocked, every = Engine(book), Engine(book, blocking=False)
    total = 0
    for path in RULE_ARTICLES:
        doc = _doc(path)
        claims = claims_for(doc)
        refs = store.references_for(doc, claims)
        got = blocked.run(doc, claims, refs)
        assert _key(got) == _key(every.run(doc, claims, refs)), path.name
        assert not got.skipped
        total += len(got)
    assert total > 50      # the articles do flag things: the comparison is not of two empties


def _value(fact, fld, kind, coded):
    return post_value(fact[fld + ("_k" if coded and kind == "str" else "")])


def _branch_holds(rule, branch, combo) -> bool:
    """One alternative of a rule evaluated in Python (the oracle; the engine runs durable)."""
    facts = {a: f for (a, _), f in zip(rule.pattern, combo)}
    for alias, tests in branch.items():
        types = FACT_TYPES[rule.alias_type(alias)]
        for t in tests:
            kind = types[t.field]
            if t.ref is None:
                left, right = post_value(facts[alias][t.field]), t.value
            else:
                other, ofield, times, plus = t.ref
                left = _value(facts[alias], t.field, kind, True)
                right = _value(facts[other], ofield, FACT_TYPES[rule.alias_type(other)][ofield],
                               True)
                if times != 1.0:
                    right = right * times
                if plus:
                    right = right + plus
            if type(left) is str and type(right) is not str or \
                    type(right) is str and type(left) is not str:
                if t.op == "eq":
                    return False
                continue
            if not _CMP[t.op](left, right):
                return False
    return True


@pytest.mark.slow
def test_blocking_keeps_every_tuple_a_rule_can_match_on_the_corpus(book, store):
    checked = kept = everything = 0
    for path in CORPUS + RULE_ARTICLES:
        doc = _doc(path)
        claims = claims_for(doc)
        refs = store.references_for(doc, claims)
        facts = build_facts(doc, claims, refs, book.gazetteer).facts
        by_type: dict[str, list] = {}
        for f in facts:
            by_type.setdefault(f["t"], []).append(f)
        for rule in book.active():
            steps = plan(rule)
            # what the engine asserts: the union of the branches' plans
            chosen = {tuple(id(f) for f in c)
                      for c in union_tuples(branch_plans(rule), by_type)}
            for combo in all_tuples(steps, by_type):
                everything += 1
                if any(_branch_holds(rule, b, combo) for b in rule.branches):
                    checked += 1
                    assert tuple(id(f) for f in combo) in chosen, (path.name, rule.id)
            kept += len(chosen)
    assert checked > 100
    assert kept < everything / 4       # and it does leave most tuples out


def test_plans_name_the_keys_the_rules_state(book):
    steps = plan(book.get("conflicting-figures"))
    assert {own for own, _, _ in steps[1].keys} >= {"measure_k", "subject_k", "frame_k",
                                                      "dim_k"}
    assert steps[1].range is not None and steps[1].range.own == "n"     # b.n > a.n
    assert ("has_value", "eq", 1) in steps[0].literals
    dim = plan(book.get("dimension-mismatch"))
    assert dim[1].differ == ("dim_k", 0, "dim_k")


def _article(n_paragraphs: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    measures = ["tanks", "drones", "artillery systems", "armoured vehicles"]
    places = ["Pokrovsk", "Kurakhove", "Toretsk", "Kupiansk"]
    paras = ["Published: 17 December 2024"]
    for i in range(n_paragraphs):
        # longer copy covers a longer time (two days a paragraph), as an archive does: with a
        # fixed span the true matches (same day, same measure) would grow with the square
        d = date(2022, 3, 1).toordinal() + rng.randrange(2 * n_paragraphs)
        day = date.fromordinal(d)
        paras.append(
            f"On {day.day} {day.strftime('%B')} 2024, Russian forces lost "
            f"{rng.randint(900, 2000):,} troops and {rng.randint(2, 40)} "
            f"{rng.choice(measures)}, the General Staff said. They were "
            f"{rng.randint(2, 30)} km from {rng.choice(places)} on {day.day} "
            f"{day.strftime('%B')} 2024.")
    return "\n\n".join(paras)


def test_tuples_grow_with_the_matches_not_the_square_of_the_facts(book):
    """Operation count, not time: doubling the copy about doubles the tuples asserted."""
    def count(n):
        doc = Document(id="d", text=_article(n), date=date(2024, 12, 17))
        claims = claims_for(doc)
        facts = build_facts(doc, claims, (), book.gazetteer).facts
        by_type: dict[str, list] = {}
        for f in facts:
            by_type.setdefault(f["t"], []).append(f)
        pairs = sum(sum(1 for _ in union_tuples(branch_plans(r), by_type)) for r in book.active())
        return len(claims), pairs

    (c1, t1), (c2, t2) = count(150), count(300)
    assert c2 >= 1.9 * c1
    assert t2 <= 2.5 * t1, (t1, t2)
    assert t2 < c2 * c2 / 100       # far from the square of the claims


def test_a_rule_over_the_limit_is_skipped_and_named(book, monkeypatch):
    import factcheck.engine as engine_mod
    from factcheck.verdicts import judge

    text = ("Russia lost 1,200 troops on Monday, the ministry said. Russia lost 1,900 troops on "
            "Monday. It advanced 3 km on Monday, 17 December 2024.\n")
    doc = Document(id="d", text=text, date=date(2024, 12, 17))
    claims = claims_for(doc)
    eng = Engine(book)
    full = eng.run(doc, claims)
    assert "conflicting-figures" in {f.rule for f in full}
    monkeypatch.setattr(engine_mod, "MAX_TUPLES", 0)
    limited = eng.run(doc, claims)
    assert {s.rule for s in limited.skipped} >= {"conflicting-figures"}
    assert all(s.limit == "tuples" and "MAX_TUPLES" in s.reason for s in limited.skipped)
    assert eng.held_facts() == 0
    flags, _ = judge(doc, claims, [], limited, book)
    skipped = [f for f in flags if f.rule == "engine-limit"]
    assert skipped and all(f.severity == "warning" for f in skipped)
    assert any("conflicting-figures" in f.message and "MAX_TUPLES" in f.message
               for f in skipped)
    assert {c.id for c in claims} <= {c for f in flags for c in f.claims} | {
        c.id for c in claims}


def test_a_rule_past_the_deadline_is_skipped_and_the_finished_ones_kept(book):
    import time

    doc = Document(id="d", text="Russia lost 1,200 troops on Monday. Russia lost 1,900 troops "
                   "on Monday.", date=date(2024, 12, 17))
    claims = claims_for(doc)
    eng = Engine(book)
    got = eng.run(doc, claims, deadline=time.monotonic() - 1)
    assert {s.rule for s in got.skipped} == {r.id for r in book.active()}
    assert all(s.limit == "time" for s in got.skipped) and list(got) == []
    assert eng.held_facts() == 0


def test_cents_and_dollars_are_one_dimension(book):
    """Regression: the facts used a pint registry without currencies, so "95 cents" and
    "$2.90" of one thing were a false dimension-mismatch; now one registry (normalize.units)."""
    from factcheck.engine_facts import build_facts

    text = ("A stamp cost 95 cents of postage in 1990, the museum said. A stamp now costs "
            "$2.90 of postage.\n")
    doc = Document(id="d", text=text, date=date(2024, 12, 17))
    claims = claims_for(doc)
    assert [c.unit for c in claims] == ["US_cent", "USD"]
    facts = [f for f in build_facts(doc, claims).facts if f["t"] == "claim"]
    assert facts[0]["dim"] == facts[1]["dim"]
    assert facts[0]["value"] == pytest.approx(0.95)
    assert "dimension-mismatch" not in {f.rule for f in Engine(book).run(doc, claims)}
    # two currencies stay two dimensions: no exchange rate is known
    other = Document(id="e", text=text.replace("$2.90", "£2.90"), date=date(2024, 12, 17))
    oclaims = claims_for(other)
    assert [c.unit for c in oclaims] == ["US_cent", "GBP"]
    assert "dimension-mismatch" in {f.rule for f in Engine(book).run(other, oclaims)}
