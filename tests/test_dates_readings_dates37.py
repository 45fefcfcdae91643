"""Issue 12, dates37 round: dates and numbers as US court, police, budget, weather-record and
results copy writes them. Our own sentences, in forms read in that copy.

- "$(134.3) million", "£(2.1)m": an accountant's negative written inside the currency sign,
  the scale after the bracket ("($99.99)" was read already); a bracket with no currency sign
  right before it stays an aside.
- "take exactly half of the £1 million purse", "cut half the 420 jobs": "half" after a bound
  or a verb of taking, before a whole written as an amount or a count and its noun, is a share
  ("the first half of the 2024 season" stays a period).
- "This winter averaged 38.4 degrees", written in March: the winter that ended in the last
  month; in future copy ("This winter will be colder") the next one.
- "Last year the record fell between 3 and 6 July": a yearless day or month after "last year"
  in its sentence is of that year, unless a contrast or a plan stands between ("fell last
  year but rose in March": March keeps its own reading).
- "The December-February average was 36.8 degrees", "The 2015 average was ...": a period
  opening its sentence's subject dates the average; "2C above the 1991-2020 average" stays a
  baseline of no figure.
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
    return [(round(c.value, 4), c.unit)
            for c in claims_for(Document(id="t", text=text, date=D(pub)))]


@pytest.mark.parametrize("text,expected", [
    ("Net loss was $(134.3) million, against income of $280.9 million.",
     [(-134300000.0, "USD"), (280900000.0, "USD")]),
    ("The quarter's loss was $(12.7) million and a year ago $(4.1) million.",
     [(-12700000.0, "USD"), (-4100000.0, "USD")]),
    ("Operating loss: £(2.1)m.", [(-2100000.0, "GBP")]),
    ("The fee, $(5), is waived.", [(-5.0, "USD")]),
])
def test_accounting_bracket_inside_the_currency_sign(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "He paid $ (5) more than the rest.",        # a space: no accountant's cell
    "Prices (5) rose by a small amount.",       # no currency sign
])
def test_a_bracket_without_a_glued_sign_is_no_negative(text):
    assert all(v >= 0 for v, _ in _claims(text))


@pytest.mark.parametrize("text,share", [
    ("The winner's owners take exactly half of the £1 million purse, £500,000.", 0.5),
    ("The owners take half of the £1 million purse.", 0.5),
    ("The firm cut half the 420 jobs at the plant.", 0.5),
    ("Half of the $2 million settlement goes to the families.", 0.5),
])
def test_half_of_an_amount_is_a_share(text, share):
    assert (share, "") in _claims(text)


@pytest.mark.parametrize("text", [
    "In the first half of the 2024 season he scored 12 goals.",
    "It was half the $5m it spent in 2020.",          # a multiple of another figure
])
def test_half_that_is_no_share_of_the_whole_after_it(text):
    assert (0.5, "") not in _claims(text)


def test_this_winter_just_after_it_ended():
    assert found_spans("This winter averaged 38.4 degrees.", "2000-03-12") == [
        ("This winter", "1999-12-01", "2000-02-29")]
    # future copy: the coming winter
    assert found_spans("This winter will be colder, forecasters say.", "2000-03-12") == [
        ("This winter", "2000-12-01", "2001-02-28")]
    # a season under way, or one that ended longer ago, as before
    assert found_spans("Typical bills are about £1,925 this winter.", "2023-08-24") == [
        ("this winter", "2023-12-01", "2024-02-29")]
    assert found_spans("Hotel bookings rose 9% this summer.", "2025-09-17") == [
        ("this summer", "2025-06-01", "2025-08-31")]


def test_last_year_carries_its_year_to_a_yearless_day():
    spans = found_spans("Last year the record of 17.08C fell between 3 and 6 July.", "2024-07-23")
    assert spans[-1][1:] == ("2023-07-03", "2023-07-06")
    assert figure_period("Last year the record of 17.08C fell between 3 and 6 July.",
                         "2024-07-23", "17.08") == ("2023-07-03", "2023-07-06")


@pytest.mark.parametrize("text,month", [
    ("Sales fell 3% last year but rose 2% in March.", ("2024-03-01", "2024-03-31")),
    ("Inflation fell last year, and the Bank expects it to reach 2% by March.",
     ("2025-03-01", "2025-03-31")),
    ("Last year it sold 300 homes; in March it sold 20.", ("2024-03-01", "2024-03-31")),
    # "last year" as the base of a change, not opening the sentence: the later month is this
    # year's (the record phrase "the biggest January rise")
    ("Its figure was 5.74 million, 4.2% up on January last year, the biggest January rise.",
     ("2024-01-01", "2024-01-31")),
])
def test_last_year_carries_nothing_past_a_contrast_or_a_plan(text, month):
    assert found_spans(text, "2024-07-23")[-1][1:] == month


@pytest.mark.parametrize("text,period", [
    ("The December-February average for the Lower 48 was 36.8F.",
     ("2015-12-01", "2016-02-29")),
    ("The 2015 average was 36.8F.", ("2015-01-01", "2015-12-31")),
])
def test_a_period_opening_the_subject_dates_its_average(text, period):
    assert figure_period(text, "2016-03-08", "36.8") == period


def test_a_baseline_period_still_dates_no_figure():
    assert figure_period("Temperatures were 2C above the 1991-2020 average.", "2016-03-08",
                         "2C") is None


# d37a12 is found right, but its claim, the count "four days in a row", keeps the year;
# d37a31: "FY 2022-23" beside dollars is read April to March, where a US city's year
# (October to September, or July to June) is another reading: open
OPEN_37 = {"d37a31"}


def test_dates_37_suite():
    cases = [json.loads(x) for x in (SUITES / "dates-37.jsonl").read_text().splitlines()
             if x.strip()]
    assert not suite_misses(cases, OPEN_37)
