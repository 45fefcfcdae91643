"""Issue 12, dates35 round: dates and numbers as results, AA traffic, NHS, weather-warning,
festival-trade, court and poll copy writes them. Our own sentences, in forms read in that copy.

- "whose financial year ends in March", "whose fiscal year starts in April", "whose financial
  year ends on 30 June": the halves and quarters of that sentence or paragraph ("the second
  quarter", "the first half", "H1", "Q2", "1H23") are of that year (extract.fiscal_parts);
  without such a statement they stay the calendar's.
- "the Easter holidays", "the Easter fortnight to 7 April", "Diwali week": a feast's name
  opening a season of days around it dates nothing by itself (not Easter Sunday); "the
  Easter weekend" and "over Easter" keep their readings.
- "in Christmas week": the Monday-to-Sunday week holding Christmas Day; "the festive
  quarter": October to December.
- "The AA predicts 18 million trips on the August bank holiday": "predicts" is forecast copy
  (the coming holiday, not last year's).
- "an interim dividend of 8.8c a share", "shares fell 14c": cents, in a sentence on shares
  or dividends ("minus 10c overnight" in weather copy stays Celsius).
- "-7C in rural Scotland, and minus 12 in the glens": a "minus" figure with no unit takes the
  scale of the temperature its sentence writes.
- "rated 7/2 by most firms, was backed down to 9/4", "drifted out to 11/2", "sent off at
  5/1": racing copy's market words make the sentence one about odds (the prices are odds and
  "to 9/4" is no 4 September).
"""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

from dates_support import figure_period, found_spans, suite_misses

D = date.fromisoformat
SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("Infosys, whose financial year ends in March, added 2,400 staff in the second quarter.",
     "2024-11-10", "2,400", "2024-07-01", "2024-09-30"),
    ("The exporter, whose fiscal year starts in April, grew revenue 5% in the first half.",
     "2024-10-20", "5%", "2024-04-01", "2024-09-30"),
    ("The exchange, whose financial year ends on 30 June, earned $250.0m in 1H23.",
     "2023-02-16", "$250.0m", "2022-07-01", "2022-12-31"),
    # stated in the sentence before, in the same paragraph
    ("The group's financial year ends on 30 September. Sales rose 7% in Q2.",
     "2024-06-20", "7%", "2024-01-01", "2024-03-31"),
    # a year that begins in January changes nothing
    ("The firm, whose financial year ends in December, grew 3% in the second quarter.",
     "2024-08-10", "3%", "2024-04-01", "2024-06-30"),
])
def test_a_stated_year_end_gives_the_halves_and_quarters(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub,figure,start,end", [
    # no statement: the calendar's, as before
    ("Revenue grew 5% in the first half.", "2024-10-20", "5%", "2024-01-01", "2024-06-30"),
    # a statement in another paragraph is another company's: the calendar's quarter
    ("Its financial year ends in March.\n\nRival sales rose 4% in the second quarter.",
     "2024-11-10", "4%", "2024-04-01", "2024-06-30"),
])
def test_no_statement_keeps_the_calendar_halves(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub", [
    ("Some 2.1 million trips were made during the Easter holidays.", "2024-04-15"),
    ("Firecracker sales rose 15% in Diwali week.", "2023-11-20"),
    ("Shops reported 8% more visits over the Thanksgiving getaway.", "2024-12-02"),
])
def test_a_season_named_after_a_feast_is_not_its_day(text, pub):
    # (dates36: "the Easter holidays" is read as the fortnight around Easter, no one day)
    assert all(s != e for _, s, e in found_spans(text, pub))


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("Sales fell 3% in the Easter fortnight to 7 April.", "2024-04-12", "3%",
     "2024-03-25", "2024-04-07"),
    ("Rail journeys fell 8% over the Easter weekend.", "2024-04-03", "8%",
     "2024-03-29", "2024-04-01"),
    ("Some 2.1 million trips were made over Easter.", "2024-04-15", "2.1 million",
     "2024-03-31", "2024-03-31"),
    ("Only 58% of A&E patients were seen within four hours in Christmas week.", "2024-01-05",
     "58%", "2023-12-25", "2023-12-31"),
    # future copy: the coming one
    ("Hospitals expect 9,000 admissions in Christmas week.", "2024-12-01", "9,000",
     "2024-12-23", "2024-12-29"),
    ("Card spending in the festive quarter was £2.1bn higher.", "2025-03-06", "£2.1bn",
     "2024-10-01", "2024-12-31"),
    ("The AA predicts 18 million trips on the August bank holiday.", "2023-08-24",
     "18 million", "2023-08-28", "2023-08-28"),
])
def test_feasts_weeks_and_quarters(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


def _claims(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text,
                                                           date=D("2024-01-01")))]


@pytest.mark.parametrize("text,expected", [
    ("The board declared an interim dividend of 8.8c a share.", [(8.8, "US_cent")]),
    ("Shares in the appliance maker fell 14c after the results.", [(14.0, "US_cent")]),
    ("The miner lifted its final dividend to 51.5c a share.", [(51.5, "US_cent")]),
    # weather copy: Celsius, as before
    ("Forecasters say minus 10c is possible overnight in the Highlands.",
     [(-10.0, "degree_Celsius")]),
    # neither shares nor weather: no unit is guessed
    ("Form 4c was filed on time, with 12 pages.", [(12.0, "")]),
])
def test_a_glued_c_is_cents_in_copy_on_shares(text, expected):
    assert [x for x in _claims(text) if x[1] or x[0] == 12.0] == expected


@pytest.mark.parametrize("text,expected", [
    ("Temperatures could drop to -7C in rural Scotland, and minus 12 in the glens.",
     [(-7.0, "degree_Celsius"), (-12.0, "degree_Celsius")]),
    ("Lows of 14F in Minneapolis, and minus 3 in Duluth.",
     [(14.0, "degree_Fahrenheit"), (-3.0, "degree_Fahrenheit")]),
    # no temperature with its scale in the sentence: the figure keeps no unit
    ("The index closed at minus 12 on Friday.", [(-12.0, "")]),
])
def test_minus_after_a_temperature_takes_its_scale(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    # racing copy's market moves make a sentence about odds: "to 9/4" is a price, no date
    ("The horse, rated 7/2 by most firms, was backed down to 9/4.", [(3.5, ""), (2.25, "")]),
    ("The mare drifted out to 11/2 and was sent off at 5/1.", [(5.5, ""), (5.0, "")]),
])
def test_racing_prices_are_odds(text, expected):
    assert _claims(text) == expected
    assert not found_spans(text, "2024-03-12")


def test_a_slashed_day_outside_betting_copy_stays_a_date():
    assert found_spans("The meeting was moved to 9/4 after the strike.", "2024-03-12") == \
        [("9/4", "2023-09-04", "2023-09-04")]


def test_the_round_suite_reads_all_its_cases():
    path = SUITES / "dates-35.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert not suite_misses(cases, set())
