"""Everyday copy, everyday76 (issue 11): a restatement (a headline's, standfirst's or key
point's figure, or a body figure given again) is judged over every reading: it is contradicted
only when no figure of its key the body gives before it agrees (restated-figure-agrees, a rule
that raises no flag, cancels restated-figure-mismatch through ``unless``); and a text's first
line under a front-matter title that is a slug, not a headline, is read as its headline when it
reads as one. Our own sentences."""

from __future__ import annotations

from datetime import date

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.rulebook.checks.conflict import CHECK
from factcheck.verdicts import judge

DAY = date(2016, 3, 21)
_BOOK: list = []


def _check(text: str, title: str | None = None):
    if not _BOOK:
        book = load_rulebook()
        _BOOK.append((book, Engine(book)))
    book, engine = _BOOK[0]
    doc = Document(id="t", text=text, date=DAY, title=title)
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found = engine.run(doc, cs, [], mentions=mentions)
    flags, verdicts = judge(doc, cs, [], found, book)
    return cs, found, flags, verdicts


def _flags(text: str, title: str | None = None) -> list:
    return [f for f in _check(text, title)[2] if f.severity in ("error", "warning")]


APPEAL = ("Flood appeal passes £{head} million\n\n"
          "The flood appeal has raised £8.2 million so far, with a further £2.3 million "
          "pledged by companies, organisers said.\n\n"
          "Counting the pledges, the appeal stands at £10.5 million.\n")


def test_a_headline_agreeing_with_one_reading_of_the_body_is_not_contradicted():
    # "passes £10 million" is the £10.5 million with pledges, not the £8.2 million in hand
    assert _flags(APPEAL.format(head="10")) == []


def test_a_headline_no_body_figure_agrees_with_is_flagged_with_the_figures_compared():
    got = [f for f in _flags(APPEAL.format(head="12")) if f.rule == "restated-figure-mismatch"]
    assert got, "a headline figure every body figure disagrees with is a contradiction"
    assert all("passes £12 million" in f.message and "(headline)" in f.message for f in got)
    assert any("£8.2 million" in f.message for f in got)


def test_the_agreement_raises_no_flag_and_gives_no_verdict():
    cs, found, flags, verdicts = _check(APPEAL.format(head="10"))
    assert any(f.rule == "restated-figure-agrees" for f in found)
    assert not any(f.rule == "restated-figure-agrees" for f in flags)
    head = next(c for c in cs if c.section == "headline")
    assert next(v for v in verdicts if v.claim == head.id).status == "unverified"


REVENUE = ("Revenue was $45.6 billion in the quarter, the company said.\n\n"
           "Sales in the Americas made up half of it.\n\n"
           "Revenue of ${second} billion beat forecasts.\n\n"
           "The ${third} billion of revenue was a record.\n")


def test_a_body_figure_restated_twice_is_flagged_once_where_it_goes_wrong():
    assert _flags(REVENUE.format(second="45.6", third="45.6")) == []
    # the odd one out in the middle: its pair with the first figure flags it; the third
    # agrees with the first, so its pair with the middle one is not a second contradiction
    got = [f for f in _flags(REVENUE.format(second="46.5", third="45.6"))
           if f.rule in ("restated-figure-mismatch", "conflicting-figures")]
    assert len(got) == 1 and "$46.5 billion" in got[0].message


def test_the_odd_figure_first_is_still_flagged():
    got = [f for f in _flags(REVENUE.replace("$45.6 billion in", "$46.5 billion in")
                             .format(second="45.6", third="45.6"))
           if f.rule in ("restated-figure-mismatch", "conflicting-figures")]
    assert got


def _sections(text: str, title: str | None) -> dict[str, str]:
    return {c.text: c.section for c in claims_for(Document(id="t", text=text, date=DAY,
                                                            title=title))}


HEADED = "Flood appeal passes £10 million\n\nThe appeal has raised £8.2 million so far.\n"
SENTENCE_FIRST = ("The appeal has raised £8.2 million so far.\n\n"
                  "Organisers hope to reach £10 million by May.\n")


def test_the_first_line_under_a_slug_title_is_the_headline_when_it_reads_as_one():
    assert _sections(HEADED, "flood-appeal-2016")["passes £10 million"] == "headline"
    assert _sections(HEADED, None)["passes £10 million"] == "headline"


def test_under_a_headline_title_or_when_it_ends_a_sentence_the_first_line_is_body():
    assert _sections(HEADED, "Flood appeal tops target")["passes £10 million"] == "body"
    assert _sections(SENTENCE_FIRST, "flood-appeal-2016")["£8.2 million"] == "body"


def test_the_agree_pattern_tests_earlier_on_a_only_and_orders_by_the_given_field():
    p = dict(CHECK.params, same=["measure"], agree=True, order="rn",
             earlier={"lead": 0}, open_earlier=["measure"])
    pat = CHECK.build(p, {"level": 1})
    a, b = pat["facts"]
    assert a["where"]["lead"] == 0 and "lead" not in b["where"]
    assert b["where"]["rn"] == {"gt": {"field": "a.rn"}}
    # a may lack the measure (its words leave it open), b may not
    assert "measure" not in a["where"] and b["where"]["measure"] == {"ne": ""}
    assert any("has_measure" in alt for alt in b["any"])


def test_an_excerpt_in_the_front_matter_is_read_as_the_standfirst():
    from factcheck.document import read_text_document
    text = ("---\ntitle: Flood appeal passes its target\nexcerpt: The appeal has now raised "
            "£12 million for families\n---\nThe flood appeal has raised £8.2 million so far, "
            "organisers said.\n")
    doc = read_text_document(text, "a.md")
    cs = claims_for(doc)
    assert {c.text: c.section for c in cs}.get("£12 million") == "headline"


def test_a_pair_the_war_desk_rule_flags_is_not_flagged_again_from_the_key_points():
    # the key points' "1,600" and the body's "1,900": conflicting-figures points at the body
    # figure, restated-figure-mismatch at the key point; its unless drops it for the same pair
    from pathlib import Path

    from factcheck.document import read_text_document
    path = Path(__file__).resolve().parents[1] / "corpus" / "drafts" / "pokrovsk-draft.md"
    doc = read_text_document(path.read_text(encoding="utf-8"), str(path))
    if not _BOOK:
        _check("x")
    book, engine = _BOOK[0]
    cs = claims_for(doc)
    found = engine.run(doc, cs, [])
    assert any(f.rule == "restated-figure-mismatch" for f in found)
    flags, _ = judge(doc, cs, [], found, book)
    rules = [f.rule for f in flags if "1,600" in f.message and "1,900" in f.message]
    assert rules == ["conflicting-figures"]
