"""Helpers shared by the everyday-copy tests (test_everyday_arithmetic, test_everyday_entities7):
the claims of a short text and the error/warning flags the shipped consistency rules raise on
it, without a store. Each test module passes its own publication date."""

from __future__ import annotations

from datetime import date

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

# the rules that flag a figure restated with another value (conflicting-figures when both
# mentions give the period, restated-figure-mismatch otherwise)
RESTATED = {"restated-figure-mismatch", "conflicting-figures"}

_CHECK: list = []     # the rulebook and its engine, built once per test process


def claims(text: str, day: date):
    return claims_for(Document(id="t", text=text, date=day, title="t"))


def find(cs, words):
    return next(c for c in cs if c.text == words)


def flags(text: str, day: date) -> list[dict]:
    """The error and warning flags on ``text`` published on ``day``, as report dictionaries."""
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    book, engine = _CHECK[0]
    doc = Document(id="t", text=text + "\n", date=day, title="t")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [f.as_dict() for f in found if f.severity in ("error", "warning")]


def rules(text: str, day: date) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


def rule_names(found: list[dict]) -> set[str]:
    """The rules of ``found`` (report dictionaries, as ``flags`` gives them)."""
    return {f["rule"] for f in found}


def rule_set(text: str, day: date) -> set[str]:
    """The rules of the error and warning flags on ``text`` published on ``day``."""
    return rule_names(flags(text, day))


def only_wrong_flagged(text: str, wrong: str, right: str, day: date,
                       want: frozenset[str] = frozenset({"wrong-arithmetic"})) -> None:
    """``text`` with ``wrong`` in its slot raises one of ``want``, with ``right`` none."""
    assert set(rules(text.format(wrong), day)) & want
    assert not set(rules(text.format(right), day)) & want
