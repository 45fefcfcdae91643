"""The engine's facts come only from normalized claims and mentions (issue #13, item 4).

``engine_facts.build_facts`` prepares facts; what a figure counts ("noun"), which weekday a
date states, whether its sentence speaks of the future and which two dates make a range are
settled in normalization (``normalize.lexicon.counted_noun``, ``normalize.calendar``). Here
the same facts are built again from a document and mentions whose text has been blanked out:
if ``build_facts`` read the text anywhere, they would differ.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from factcheck.document import load_path
from factcheck.engine_facts import build_facts
from factcheck.model import Document
from factcheck.normalize import normalize
from factcheck.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted([*(ROOT / "rules").glob("*/*.md"), *(ROOT / "corpus" / "articles").glob("*.md"),
                   *(ROOT / "corpus" / "drafts").glob("*.md"),
                   *(ROOT / "corpus" / "liveblogs").glob("*-*.md")])


@pytest.fixture(scope="module")
def gazetteer():
    return load_rulebook().gazetteer


def _blanked(doc: Document, mentions):
    return replace(doc, text=""), replace(mentions, text="", words=None)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_facts_do_not_read_the_text(path, gazetteer):
    [doc] = load_path(path)
    claims, mentions = normalize(doc)
    full = build_facts(doc, claims, (), gazetteer, mentions=mentions).facts
    blank_doc, blank_mentions = _blanked(doc, mentions)
    assert build_facts(blank_doc, claims, (), gazetteer, mentions=blank_mentions).facts == full


def test_blanking_is_noticed_where_text_is_read(gazetteer):
    # the check above can fail: the mentions are what the date facts come from
    doc = Document(id="d", text="On Monday, 16 December 2024, Russia lost 1,200 troops.",
                   date=date(2024, 12, 17))
    claims, mentions = normalize(doc)
    facts = build_facts(doc, claims, (), gazetteer, mentions=mentions).facts
    dates = [f for f in facts if f["t"] == "date"]
    assert [(d["text"], d["weekday_name"], d["weekday_stated"]) for d in dates] == [
        ("Monday, 16 December 2024", "Monday", 0)]
    [claim] = [f for f in facts if f["t"] == "claim"]
    assert claim["noun"] == "troop"
    bare = build_facts(doc, claims, (), gazetteer, mentions=replace(mentions, stated_dates=()))
    assert not [f for f in bare.facts if f["t"] == "date"]
