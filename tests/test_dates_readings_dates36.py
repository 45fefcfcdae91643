"""Issue 12, dates36 round: dates and numbers as racing, ratings, results, poll, school-holiday,
festival and timetable copy writes them. Our own sentences, in forms read in that copy.

- Racing prices with no betting word: "won at 14/1", "Rocky Creek at 9/1", "the 66/1 Magic of
  Light", "won at 9-1", in a sentence with a race word (never "24/7", nor a score "at 2-1").
- A broadcast's audience: "drew 5.08m (23.5%)", "The ratings were 9.91m": millions of viewers,
  and a later bare "5.54m" of the sentence with them.
- "US10.0 cents", "A15 cents", "NZ5.5 cents": a dollar's country glued before its cents.
- "with Reform on 27 per cent and the Tories on 17": a poll's list carries the percent sign.
- "now seen up 5% to 7%", "expected ..., down 30.5% to 36%": a forecast's range of changes;
  "the jobless rate is forecast down 0.3% to 4.1%" stays a change and a level.
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


def _claims(text: str, pub: str = "2024-01-01") -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text, date=D(pub)))]


def _bounds(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(c.lower, c.upper, c.unit) for c in claims_for(Document(id="t", text=text,
                                                                   date=D("2024-06-14")))]


@pytest.mark.parametrize("text,expected", [
    ("Nick Rockett won the National at 33/1 for Willie Mullins.", [(33.0, "")]),
    ("Tiger Roll went off at 4/1 and beat the 66/1 Magic of Light.", [(4.0, ""), (66.0, "")]),
    ("The 15/2 favourite was well beaten, with Rocky Creek at 9/1 second.",
     [(7.5, ""), (9.0, "")]),
    ("Red Rum won at 9-1 under Tommy Stack.", [(9.0, "")]),
])
def test_racing_prices_with_no_betting_word(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "The shop they won is open 24/7 at the station.",     # no price
    "United won with the score at 2-1.",                   # a score
    "Tickets went on sale at 9/1 in the box office.",      # no race word: no price read
])
def test_no_price_without_a_race_and_a_price_form(text):
    assert not any(v in (24 / 7, 2.0, 9.0) for v, _ in _claims(text))


@pytest.mark.parametrize("text,expected", [
    ("The talent show drew 5.08m (23.5%), and the quiz 5.54m (24.5%).",
     [(5080000.0, ""), (23.5, "percent"), (5540000.0, ""), (24.5, "percent")]),
    ("The ratings were 9.91m (46.1%) overnight and 10.82m in the week's chart.",
     [(9910000.0, ""), (46.1, "percent"), (10820000.0, "")]),
    ("The drama launched with 1.7m, beaten by the soap.", [(1700000.0, "")]),
])
def test_an_audience_in_millions(text, expected):
    assert _claims(text) == expected


def test_a_length_stays_metres():
    assert _claims("The wall was built 5.08m high.") == [(5.08, "meter")]


@pytest.mark.parametrize("text,expected", [
    ("A first-half dividend of US10.0 cents per security will be paid.", [(10.0, "US_cent")]),
    ("The bank pays A15 cents a share, and NZ5.5 cents to holders in Auckland.",
     [(15.0, "AU_cent"), (5.5, "NZ_cent")]),
])
def test_cents_with_their_dollar_glued_before(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Labour's lead was 8 points, with Reform on 27 per cent and the Tories on 17.",
     [(8.0, ""), (27.0, "percent"), (17.0, "percent")]),
    ("Labour is on 40%, the Greens on 9 and the Lib Dems on 11, the poll found.",
     [(40.0, "percent"), (9.0, "percent"), (11.0, "percent")]),
    # a noun after the figure: its own unit, not the share's
    ("Labour on 40% and the Greens on 5 seats.", [(40.0, "percent"), (5.0, "")]),
])
def test_a_poll_list_carries_the_percent(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Full-year sales are now seen up 5% to 7% in local currency.", [(5.0, 7.0, "percent")]),
    ("Revenue is now expected at $34 million to $37 million, down 30.5% to 36%.",
     [(34e6, 37e6, "USD"), (30.5, 36.0, "percent")]),
    # a rate's change and the level it reaches, as before
    ("The jobless rate is forecast down 0.3% to 4.1%.",
     [(0.3, 0.3, "percent"), (4.1, 4.1, "percent")]),
    # no forecast: a change and a level
    ("Sales were down 5% to 7% of the market.", [(5.0, 5.0, "percent"), (7.0, 7.0, "percent")]),
])
def test_a_forecast_range_of_changes(text, expected):
    assert _bounds(text) == expected
