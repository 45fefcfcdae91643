"""Everyday copy (issue 11): entities, open measures, arithmetic in the wire orders, parts across
sentences, shares of one vote, conversions, messages in the article's terms. Each test is a
sentence or two in our own words with the construction of published copy; checks run the
shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for
from factcheck.normalize.figures import written_like
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

_CHECK: list = []


def _checker():
    """The shipped rules in one in-process engine (no store: consistency rules only)."""
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    return _CHECK[0]


def claims(text: str, day: date = date(2024, 11, 14)):
    return claims_for(Document(id="t", text=text, date=day, title="t"))


def find(cs, words):
    return next(c for c in cs if c.text == words)


def flags(tmp_path: Path, text: str, day: str = "2024-11-14") -> list[dict]:
    book, engine = _checker()
    doc = Document(id="t", text=text + "\n", date=date.fromisoformat(day), title="t")
    cs = claims_for(doc)
    found, _ = judge(doc, cs, [], engine.run(doc, cs, []), book)
    return [f.as_dict() for f in found if f.severity in ("error", "warning")]


# -- entities and open measures ----------------------------------------------------------------

def test_an_entity_the_text_names_is_the_subject_and_carries():
    cs = claims("Volkswagen said revenue was €78.5 billion. The carmaker's revenue of €78.5 "
                "billion was flat.")
    assert {c.subject for c in cs} == {"volkswagen"}


def test_a_name_tied_to_the_figure_wins_over_the_sentence_subject():
    cs = claims("Russian missile strikes killed 12 civilians in Kharkiv. In Texas, 211 cases "
                "are in Gaines County.")
    assert find(cs, "12").subject == "kharkiv"            # not the attacker's forces
    assert find(cs, "211").subject == "gaines county"


def test_a_short_name_is_the_long_one_named_before():
    cs = claims("Sadiq Khan won with 1,088,225 votes and Susan Hall got 812,397 votes. "
                "Khan's margin over Hall was 275,828 votes.")
    assert find(cs, "275,828").subject == "sadiq khan"


def test_open_measures_are_the_counted_noun_or_the_verb_of_a_generic_one():
    cs = claims("Ryanair carried 183.7 million passengers. The outbreak infected 166 people "
                "and killed 11.")
    assert find(cs, "183.7 million").measure == "passenger"       # travellers, too
    assert find(cs, "166").measure == "cases"
    assert find(cs, "11").measure == "deaths"


def test_more_than_three_is_no_inverted_interval():
    c = find(claims("The outbreak is more than three times as large as last year's."),
             "more than three")
    assert c.upper is None or c.lower <= c.upper


# -- restated figures --------------------------------------------------------------------------

def test_a_restated_figure_that_differs_is_flagged_with_the_first_as_suggestion(tmp_path):
    got = flags(tmp_path, "Volkswagen said revenue was €78.5 billion in the quarter.\n\n"
                          "The carmaker's revenue of €87.5 billion was broadly flat.")
    f = next(f for f in got if f["rule"] == "restated-figure-mismatch")
    assert "€87.5 billion" in f["message"] and f["suggestion"] == "€78.5 billion"


def test_figures_of_two_periods_or_two_entities_are_no_restatement(tmp_path):
    assert flags(tmp_path, "Heathrow handled 79.2 million passengers in 2023, up from 61.6 "
                           "million in 2022. Gatwick handled 40.9 million passengers.\n\n"
                           "The airport's 79.2 million passengers were short of the 80.9 "
                           "million of 2019.", "2024-01-11") == []


# -- arithmetic in every order -----------------------------------------------------------------

@pytest.mark.parametrize("text,right", [
    ("Revenue rose 12% to €4.2 billion from €3.5 billion.", "20%"),
    ("Revenue rose from €3.5 billion to €4.2 billion, up 12%.", "20%"),
    ("Turnout rose by 2.5 percentage points from 38.1% to 41.6%.", "3.5 percentage points"),
    ("Ortiz won 54.2% of the vote and Hale 41.3%, a margin of 9.9 points.", "12.9"),
    ("Fans numbered 14.7 million, an average of 48,700 a game over 380 games.", "38,700"),
])
def test_wrong_arithmetic_says_what_the_figures_give(tmp_path, text, right):
    got = [f for f in flags(tmp_path, text) if f["rule"] == "wrong-arithmetic"]
    assert got and right in got[0]["message"], got


@pytest.mark.parametrize("text", [
    "Revenue rose 20% to €4.2 billion from €3.5 billion.",
    "Revenue rose 2% to €75.9 billion from €74.2 billion.",      # 2.3%: "2%" as written
    "Ortiz won 54.2% of the vote and Hale 41.3%, a margin of 12.9 points.",
    "Some 2.4 million homes were still without power, down from 3 million.",
])
def test_right_arithmetic_passes(tmp_path, text):
    assert [f for f in flags(tmp_path, text) if f["rule"] == "wrong-arithmetic"] == []


def test_a_fall_written_as_a_rise_is_flagged(tmp_path):
    got = flags(tmp_path, "Some 2.4 million homes were without power, up from 3 million.")
    assert any("is a fall" in f["message"] for f in got)


# -- parts, shares, conversions ----------------------------------------------------------------

def test_parts_in_the_next_sentence_exceed_their_total(tmp_path):
    got = flags(tmp_path, "The county has confirmed 58 measles cases. Of these, 41 were "
                          "children under 10, 12 were teenagers and 9 were adults.")
    assert [f["rule"] for f in got] == ["parts-exceed-total"]
    assert "62" in got[0]["message"]


def test_two_sides_of_one_vote_cannot_pass_100(tmp_path):
    got = flags(tmp_path, "Menino won, beating Flaherty by 57% to 52%.")
    assert [f["rule"] for f in got] == ["shares-over-100"]
    assert flags(tmp_path, "Menino won, beating Flaherty by 57% to 42%.") == []


def test_shares_of_different_wholes_are_not_added(tmp_path):
    assert flags(tmp_path, "Children account for about 70% of cases and 85% of deaths.") == []


def test_temperatures_convert_with_their_rounding(tmp_path):
    assert flags(tmp_path, "It reached 45.7C (114.3F). It fell to -15.2C (4.6F).") == []
    got = flags(tmp_path, "It reached 45.7C (104.3F).")
    assert [f["rule"] for f in got] == ["wrong-conversion"] and "114.3F" in got[0]["message"]


def test_a_weekday_with_a_day_and_month_but_no_year_is_checked(tmp_path):
    got = flags(tmp_path, "The figures were published on Tuesday, 18 December.", "2024-12-18")
    assert [f["rule"] for f in got] == ["weekday-mismatch"]


# -- figures written as the article writes them -------------------------------------------------

@pytest.mark.parametrize("value,unit,sample,shown", [
    (3.92e9, "EUR", "€4.2 billion", "€3.92 billion"),
    (2.18e9, "USD", "$2.5bn", "$2.18bn"),
    (22239.0, "acre", "12,200 acres", "22,200 acres"),
    (2.3, "percent", "2%", "2.3%"),
    (7.6, "percent", "6.7 percentage points", "7.6 percentage points"),
])
def test_written_like(value, unit, sample, shown):
    assert written_like(value, unit, sample) == shown
