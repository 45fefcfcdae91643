"""Issue 12, dates28 round: spans ahead of publication, recent spans, the turn of the year,
Christmas after Christmas, rate moves in points written in words, "half" as a share. Our own
sentences, in forms read in rate, retail, school-admissions and weather copy.

- "in the coming weeks", "over the next few months", "in the months ahead": a span from
  publication whose end the words leave open (kind "onward", no end: the figure is held to no
  period, the day it opens on is recorded); "over the next two months", "in the next 48
  hours": so many units from publication; "in recent weeks": the past few weeks
  (``extract.dates._windows_ahead``). A span ahead in past copy tells of a time after an
  earlier event, not after publication, and is not read.
- "at the turn of the year": December and the January after it, the latest begun in past
  copy, the coming one else (``extract.dates._turn_of_year``).
- "half a point", "another half point", "a point and a half" after a rate's verb, with the
  rate it leads to right after it: points of a percentage (``extract.numbers._word_points``).
- "Half the 420 jobs", "About half said": "half" a share (``extract.numbers._half_share``).
"""

from datetime import date

import pytest

from factcheck.extract import find_dates, find_quantities
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claims(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _spans(text: str, pub: str):
    return [(d.text, d.start_date, d.end_date, d.kind) for d in find_dates(text, D(pub))]


@pytest.mark.parametrize("text,expr", [
    ("Shoppers face a 5% rise in supermarket prices in the coming weeks.", "in the coming weeks"),
    ("Energy firms expect bills to fall 10% in the coming months.", "in the coming months"),
    ("Retailers will raise prices by 4% over the next few weeks.", "over the next few weeks"),
    ("Prices will rise 4% over the next couple of weeks.", "over the next couple of weeks"),
    ("Rents are expected to rise 5% in the months ahead.", "in the months ahead"),
])
def test_a_vague_span_ahead_opens_at_publication_with_no_end(text, expr):
    assert _spans(text, "2024-05-15") == [(expr, D("2024-05-15"), None, "onward")]
    claim = next(c for c in _claims(text, "2024-05-15") if c.unit == "percent")
    assert claim.period is None
    assert claim.extra_dict().get("open_from") == "2024-05-15"


@pytest.mark.parametrize("text,end", [
    ("Sales are forecast to grow 6% over the next two months.", "2024-07-14"),
    ("Suppliers expect 5% increases across the next six to eight weeks.", "2024-07-09"),
    ("The council will recruit 40 wardens over the next 12 months.", "2025-05-14"),
    ("Temperatures will fall to minus 4C over the next 48 hours.", "2024-05-16"),
    ("Up to 15cm of snow could fall in the next 24 hours.", "2024-05-15"),
])
def test_a_counted_span_ahead_runs_so_many_units_from_publication(text, end):
    got = [s for s in _spans(text, "2024-05-15") if s[3] == "period"]
    assert [(s[1], s[2]) for s in got] == [(D("2024-05-15"), D(end))]


@pytest.mark.parametrize("text", [
    "The next day, 500 more people arrived.",
    "After the launch, sales rose 5% over the next two years.",
    "The coming week brings 3 strikes.",
])
def test_no_span_ahead_in_narrative_or_for_a_named_unit(text):
    assert not [s for s in _spans(text, "2024-05-15") if s[3] in ("onward", "period")
                and s[1] == D("2024-05-15")]


@pytest.mark.parametrize("text,start", [
    ("Food prices rose 1.3% in recent weeks.", "2024-05-16"),
    ("Fuel prices have climbed 8p a litre in recent months.", "2024-01-20"),
    ("Wholesale gas prices have jumped 12% in recent days.", "2024-06-15"),
])
def test_recent_units_are_the_past_few(text, start):
    claim = _claims(text, "2024-06-20")[0]
    assert (claim.period.start, claim.period.end) == (D(start), D("2024-06-19"))


@pytest.mark.parametrize("text,pub,span", [
    ("House prices dipped 1.2% at the turn of the year.", "2024-03-15",
     ("2023-12-01", "2024-01-31")),
    ("Economists expect inflation to peak at 4% around the turn of the year.", "2024-10-10",
     ("2024-12-01", "2025-01-31")),
    # in January, the turn under way
    ("Inflation should peak at 4% around the turn of the year.", "2025-01-08",
     ("2024-12-01", "2025-01-31")),
])
def test_the_turn_of_the_year(text, pub, span):
    claim = _claims(text, pub)[0]
    assert (claim.period.start, claim.period.end) == (D(span[0]), D(span[1]))


def test_since_the_turn_of_the_year_stays_the_year_to_date():
    claim = _claims("Prices have risen 3% since the turn of the year.", "2024-03-15")[0]
    assert (claim.period.start, claim.period.end) == (D("2024-01-01"), D("2024-03-15"))


@pytest.mark.parametrize("pub,end", [("2023-12-28", "2024-12-25"), ("2024-11-20", "2024-12-25")])
def test_between_now_and_christmas_after_christmas_is_next_years(pub, end):
    claim = _claims("The charity expects 2,000 more calls between now and Christmas.", pub)[0]
    assert (claim.period.start, claim.period.end) == (D(pub), D(end))


@pytest.mark.parametrize("text,words,value", [
    ("The central bank cut its main rate by half a point to 4.25%.", "half a point", 0.5),
    ("The Fed then lowered rates by another half point to 1.75%.", "half point", 0.5),
    ("Mortgage rates fell by three-quarters of a point, to 5.1%.",
     "three-quarters of a point", 0.75),
    ("Bond yields jumped a point and a half to 6.4%.", "a point and a half", 1.5),
    ("Inflation fell a full point to 2.1%.", "a full point", 1.0),
])
def test_rate_moves_in_points_written_in_words(text, words, value):
    got = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert (words, value, "percent") in got


@pytest.mark.parametrize("text", [
    "At one point the index was up 2%.",
    "He made a point of saying inflation was 3%.",
    "They cut the fee by half a point.",     # no percentage: no rate's points
    "Rates rose a point in March to 3%.",
    # no rate right after it: the move may be another rate's than the figures beside it
    "Mortgage rates fell to 6.08% after the Fed cut rates by half a point.",
    "Joblessness fell from 4.9% to 4.3%, down half a point on the year.",
])
def test_no_points_without_a_rate_move(text):
    assert not [q for q in find_quantities(text) if q.unit == "percent" and q.value in (
        0.5, 1.0)]


@pytest.mark.parametrize("text", [
    "Half the 420 jobs at the plant will go.",
    "Just under half of the 1,900 staff voted to strike.",
    "Around half said they had cut back on heating.",
    "About half got a place at their first-choice school.",
])
def test_half_as_a_share(text):
    assert 0.5 in [q.value for q in find_quantities(text) if q.unit == ""]


@pytest.mark.parametrize("text", [
    "Output was half the previous day's 800.",   # a multiple of a figure
    "Russia lost 1,816 tanks in 2025, about half the 3,689 it lost in 2024.",
    "The bridge is half finished.",
    "The second half was dull.",
])
def test_half_that_is_no_share(text):
    assert 0.5 not in [q.value for q in find_quantities(text)]


def test_a_bare_quarter_in_a_us_dollar_report_keeps_the_company_quarter_as_a_reading():
    # Nvidia's year begins in February: its second quarter, reported in late August, is May
    # to July. The story does not say so: the calendar quarter stays the reading, the quarter
    # a company would report then is listed beside it
    claim = _claims("Nvidia reported revenue of $30 billion for the second quarter.",
                    "2024-08-28")[0]
    assert (claim.period.start, claim.period.end) == (D("2024-04-01"), D("2024-06-30"))
    readings = claim.extra_dict()["period_readings"]
    assert [(r[1], r[2]) for r in readings] == [(D("2024-04-01"), D("2024-06-30")),
                                                (D("2024-05-01"), D("2024-07-31"))]


@pytest.mark.parametrize("text,pub", [
    ("Apple sold 40 million phones in the second quarter.", "2024-08-01"),   # no money
    ("Revenue rose 5% to $2.1 billion in the second quarter.", "2024-07-25"),  # the same
    ("Nvidia expects revenue of $32.5 billion in the third quarter.", "2024-08-28"),  # forecast
])
def test_no_company_reading_when_it_is_the_calendar_quarter_or_no_report(text, pub):
    assert all(c.extra_dict().get("period_readings") is None for c in _claims(text, pub))


@pytest.mark.parametrize("text,pub,span", [
    ("Monday and Tuesday will bring 30mm of rain.", "2022-11-04", ("2022-11-07", "2022-11-08")),
    ("Sales rose 4% on Tuesday and Wednesday.", "2022-11-04", ("2022-11-01", "2022-11-02")),
    ("Saturday and Sunday will be dry, with highs of 14C.", "2022-11-04",
     ("2022-11-05", "2022-11-06")),
])
def test_a_weekday_after_and_is_the_day_after_the_first(text, pub, span):
    claim = _claims(text, pub)[0]
    assert (claim.period.start, claim.period.end) == (D(span[0]), D(span[1]))
