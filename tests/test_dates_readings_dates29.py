"""Issue 12, dates29 round: run-ups to a holiday, the days between two holidays, a figure
"ahead of" a period, temperatures written with no scale, rate moves in points with the rate
named before them, precious metals' ounces. Our own sentences, in forms read in retail,
weather, central-bank, market and court copy.

- "the run-up to Christmas", "the lead-up", "the build-up", "the weeks before Christmas": the
  month before the holiday to its eve; "between Christmas and New Year": the first holiday's
  day to the second's (``extract.date_forms.near_holidays``, ``between_holidays``).
- "3% ahead of last year", "2% behind the same period last year": the period compared with,
  not the figure's (``normalize.context``).
- "25 degrees", "112-degree heat", "highs in the upper 90s" in a sentence on weather: a
  temperature in the scale the text gives; with nothing to say which, Celsius with Fahrenheit
  kept as a reading (``extract.temperature``, ``normalize.scales``); "turned 180 degrees"
  stays a plain number.
- "the Fed cut rates by half a point.": points of a percentage, the rate the verb's object,
  with no figure before it in its sentence (``extract.numbers._rate_move_alone``).
- "$3,365.59 an ounce" of gold: per troy ounce (``extract.numbers._troy_ounces``).
"""

from datetime import date

import pytest

from factcheck.extract import find_dates, find_quantities
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claims(text: str, pub: str = "2024-08-15"):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _spans(text: str, pub: str):
    return [(d.text, d.start_date, d.end_date) for d in find_dates(text, D(pub))]


def _period(c):
    return (c.period.start, c.period.end) if c.period is not None else None


def _only(text: str, pub: str = "2024-08-15"):
    got = _claims(text, pub)
    assert len(got) == 1, [(c.text, c.unit) for c in got]
    return got[0]


# ------------------------------------------------------------------------ holidays -----------

@pytest.mark.parametrize("text,pub,start,end", [
    ("Card spending rose 3.1% in the run-up to Christmas.", "2024-12-28",
     "2024-11-25", "2024-12-24"),
    ("Sales grew 4.2% in the run-up to Christmas.", "2025-01-09", "2024-11-25", "2024-12-24"),
    ("Footfall is expected to rise 2% in the run-up to Christmas.", "2025-11-03",
     "2025-11-25", "2025-12-24"),
    ("Toy sales jumped 9% in the weeks before Christmas.", "2024-01-12",
     "2023-11-25", "2023-12-24"),
    ("Online orders climbed 6% in the lead-up to Christmas.", "2024-01-15",
     "2023-11-25", "2023-12-24"),
    ("Prices rose 0.5% in the build up to Christmas.", "2024-01-04", "2023-11-25", "2023-12-24"),
    ("Sales should grow 1.5% in the run-up to Christmas 2024.", "2024-11-20",
     "2024-11-25", "2024-12-24"),
    ("Footfall fell 4% between Christmas and New Year.", "2025-01-06",
     "2024-12-25", "2025-01-01"),
    ("Footfall fell 4% between Christmas Day and New Year's Day.", "2025-01-06",
     "2024-12-25", "2025-01-01"),
    ("Trains will run 20% fewer services between Christmas and New Year.", "2025-01-06",
     "2025-12-25", "2026-01-01"),
])
def test_a_run_up_or_the_days_between_two_holidays_date_the_figure(text, pub, start, end):
    assert _period(_only(text, pub)) == (D(start), D(end))


@pytest.mark.parametrize("text", [
    "Sales rose 3% in the week to Christmas.",          # "to" only after a run-up
    "Sales rose 3% in the run-up before Christmas.",
    "Sales rose 3% in the run-up to christmas.",        # a holiday is capitalised
])
def test_no_run_up_without_its_own_words(text):
    assert not any(s[0].startswith("the run-up") or s[0].startswith("the week to")
                   for s in _spans(text, "2025-01-06"))


def test_the_week_before_christmas_is_still_seven_days():
    assert _period(_only("Sales fell 3% in the week before Christmas.", "2024-12-28")) == \
        (D("2024-12-18"), D("2024-12-24"))


# ------------------------------------------------------------------------ bases --------------

@pytest.mark.parametrize("text,start,end", [
    ("Sales for the first two weeks of December were 3% ahead of last year.",
     "2024-12-01", "2024-12-14"),
    ("Sales in November were 3% ahead of last year.", "2024-11-01", "2024-11-30"),
    ("Sales in November were 2 per cent behind the same period last year.",
     "2024-11-01", "2024-11-30"),
])
def test_a_period_after_ahead_of_or_behind_is_the_base(text, start, end):
    assert _period(_only(text, "2024-12-12")) == (D(start), D(end))


def test_ahead_of_a_holiday_is_still_no_base_period():
    assert _only("Sales rose 3% ahead of last year.", "2024-12-12").period is None
    assert _period(_only("Sales rose 3% in November, ahead of Christmas.", "2024-12-12")) == \
        (D("2024-11-01"), D("2024-11-30"))


# ------------------------------------------------------------------------ temperatures -------

@pytest.mark.parametrize("text,value,unit,why", [
    ("Temperatures could reach 25 degrees in London on Saturday, the Met Office said.", 25,
     "degree_Celsius", "London"),
    ("Highs around 94 degrees are forecast for Wednesday, the National Weather Service said.",
     94, "degree_Fahrenheit", "above 56.7"),
    ("The temperature dropped to 28 degrees in Chicago as snow fell.", 28,
     "degree_Fahrenheit", "Chicago"),
    ("Madrid expects a high of 23 degrees on Saturday, forecasters said.", 23,
     "degree_Celsius", "Madrid"),
    ("A hiker died in 112-degree heat in Arizona.", 112, "degree_Fahrenheit", "above"),
    ("Highs of 29C (84.2F) are expected, and 25 degrees by Sunday.", 25, "degree_Celsius",
     "29C"),
    ("Highs of 90F (32C) are expected, and 75 degrees by Sunday.", 75, "degree_Fahrenheit",
     "90F"),
])
def test_bare_degrees_take_the_scale_the_text_gives(text, value, unit, why):
    got = [c for c in _claims(text) if c.value == value]
    assert [c.unit for c in got] == [unit]
    scale = got[0].extra_dict()["temperature_scale"]
    assert scale["readings"] == [unit] and why in scale["basis"]


def test_bare_degrees_with_nothing_to_say_which_keep_both_scales():
    c = _only("Temperatures will reach 25 degrees on Saturday.")
    assert (c.value, c.unit) == (25, "degree_Celsius")
    assert c.extra_dict()["temperature_scale"]["readings"] == \
        ["degree_Celsius", "degree_Fahrenheit"]


@pytest.mark.parametrize("text,value", [
    ("The pilot turned the aircraft 180 degrees and landed safely.", 180),
    ("She earned 2 degrees in four years.", 2),
    ("The town lies 40 degrees north of the equator on a warm coast.", 40),
])
def test_degrees_that_are_no_temperature_stay_plain(text, value):
    got = [c for c in _claims(text) if c.value == value]
    assert [c.unit for c in got] == [""]


@pytest.mark.parametrize("text,lo,hi,unit", [
    ("Highs will reach the upper 90s in Memphis this weekend.", 97, 99, "degree_Fahrenheit"),
    ("Temperatures in the mid-20s are expected across southern England.", 24, 26,
     "degree_Celsius"),
])
def test_a_band_of_a_ten_in_weather_copy_is_a_temperature(text, lo, hi, unit):
    c = _only(text)
    assert (c.lower, c.upper, c.unit) == (lo, hi, unit)


def test_a_band_of_a_ten_elsewhere_is_no_temperature():
    assert not [q for q in find_quantities("She moved to Paris in her mid-30s.")
                if q.dim == "temperature"]


# ------------------------------------------------------------------------ rates and metals ---

@pytest.mark.parametrize("text,value", [
    ("The Fed cut rates by half a point.", 0.5),
    ("Policymakers raised interest rates by three-quarters of a point.", 0.75),
    ("The bank lowered its main rate by a quarter of a point.", 0.25),
])
def test_a_move_in_points_with_its_rate_named_before_it(text, value):
    c = _only(text)
    assert (c.value, c.unit) == (value, "percent")


@pytest.mark.parametrize("text", [
    # another rate's figure before it in its sentence: the move is an event of another rate
    "Four weeks ago it slid to 6.08%, after the Federal Reserve cut interest rates by half a "
    "point.",
    "He won the vote by half a point.",
])
def test_a_move_in_points_is_not_read_beside_another_rate_or_with_no_rate(text):
    assert not [c for c in _claims(text) if c.value == 0.5]


def test_a_precious_metal_is_priced_per_troy_ounce():
    got = {c.text: c.unit for c in _claims(
        "Silver fell 2% to $28.10 an ounce, while a 12-ounce steak cost $30.")}
    assert got["$28.10 an ounce"] == "USD / troy_ounce"
    assert got["12-ounce"] == "ounce"
    assert _only("The vault holds 12 ounces of gold.").unit == "troy_ounce"
