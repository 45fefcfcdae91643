"""Issue 12, twelfth round (dates11): forms read in weather-record, market, survey, timetable,
parliamentary, crop-report, Indian, South African, Singapore, Irish and Canadian copy, in
wordings other than the batch's (benchmarks/suites, cases d12a*/n12a*), with the look-alikes
that must stay apart."""

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a bare split year: the sentence's cue first, then the story's opening
    ("The RBI cut its growth forecast for 2024-25 to 6.6 per cent.", "2024-12-06",
     "2024-04-01", "2025-03-31"),
    ("NHS waiting lists grew 8% in 2022-23.", "2023-11-01", "2022-04-01", "2023-03-31"),
    ("Irish exports rose 9% in 2021-22.", "2023-01-10", "2021-01-01", "2022-12-31"),
    ("England made 400 runs in 2017-18.", "2021-12-30", "2017-07-01", "2018-06-30"),
    ("Leeds won the league on Sunday. The club has signed 30 players since 2015-16.",
     "2023-05-02", "2015-07-01", "2023-05-02"),
    # "ending" before a bare month; a count of years before "to"/"ending"
    ("House prices rose 2.1% in the three months ending June.", "2024-08-01", "2024-04-01",
     "2024-06-30"),
    ("Inflation averaged 5 per cent over the five years to March 2024.", "2024-06-01",
     "2019-04-01", "2024-03-31"),
    ("Output must rise 10% over a three-year period ending December 2026.", "2024-06-01",
     "2024-01-01", "2026-12-31"),
    # "since" an event dated by a year or a part of one
    ("Some 900 firms have been fined since the rules came into force in 2018.", "2024-03-10",
     "2018-01-01", "2024-03-10"),
    ("Rents have risen 30% since the low in late 2020.", "2024-03-10", "2020-09-01",
     "2024-03-10"),
    ("He has scored 55 goals since joining in 2019.", "2024-03-10", "2019-01-01", "2024-03-10"),
    # a named day of a month
    ("The index closed at 8,100 on the last day of June.", "2024-07-10", "2024-06-30",
     "2024-06-30"),
    ("Some 40 flights left on the first day of March 2023.", "2024-07-10", "2023-03-01",
     "2023-03-01"),
    # a market session without its day is the publication day's
    ("The pound rose 0.4% in early trade.", "2024-06-12", "2024-06-12", "2024-06-12"),
    # weekdays before a range of days; bare days from one to another
    ("Walkouts are set for Monday-Tuesday, January 8-9, when 30% of trains will run.",
     "2024-01-03", "2024-01-08", "2024-01-09"),
    ("Rainfall from the 1st to the 20th was 80mm.", "2024-04-22", "2024-04-01",
     "2024-04-20"),
    # the end of the decade: its last day
    ("The utility plans 500 new chargers by the end of the decade.", "2024-05-01",
     "2029-12-31", "2029-12-31"),
])
def test_twelfth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_split_year_with_no_cue_anywhere_keeps_both_calendar_years():
    assert span("The charity housed 400 families in 2011-12.", d("2013-01-10")) == (
        d("2011-01-01"), d("2012-12-31"))


def test_a_session_with_its_day_after_it_takes_that_day():
    got = [(m.text, m.start_date) for m in find_dates(
        "Shares fell 3% in early trading on Monday.", d("2024-06-12")) if m.start_date]
    assert got == [("on Monday", d("2024-06-10"))]


def test_a_day_of_a_month_that_is_not_first_or_last_stays_the_month():
    assert span("Sales rose 2% on a busy day of May.", d("2024-07-10")) == (
        d("2024-05-01"), d("2024-05-31"))


@pytest.mark.parametrize("text,values", [
    # a decimal comma before percentage points (South African copy)
    ("The rate fell by 0,7 of a percentage point.", [(0.7, "percent")]),
    ("Unemployment rose 1,3 percentage points to 33,2%.", [(1.3, "percent"), (33.2, "percent")]),
    ("Yields slipped 0.4 of a percentage point.", [(0.4, "percent")]),
    # crop reports' "Mt": million tonnes
    ("Barley output is put at 10.8Mt.", [(10.8, "megatonne")]),
    # a bare million after a count's noun, and the figure joined to it
    ("The electorate has grown from 46.5m.", [(46_500_000, "")]),
    ("The waiting list fell from 7.7m to 7.5m.", [(7_700_000, ""), (7_500_000, "")]),
    # a bare "$" in a sentence that names another dollar's country
    ("Statistics Canada said wholesale sales rose to $82.1 billion.", [(82.1e9, "CAD")]),
    ("HDB resale flats sold for an average of $600,000.", [(600_000, "SGD")]),
])
def test_twelfth_round_numbers(text, values):
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(v), u) for v, u in values]


@pytest.mark.parametrize("text,unit", [
    ("Canada's exports to the US rose to $50 billion.", "USD"),
    ("The Toronto firm's US$3 billion deal closed.", "USD"),
    ("The deal is worth $2bn.", "USD"),
])
def test_dollars_that_stay_us(text, unit):
    assert [q.unit for q in find_quantities(text)] == [unit]


def test_a_length_stays_metres():
    assert [(q.value, q.unit) for q in find_quantities("Sea levels rose from 1.2m.")] == [
        (1.2, "meter")]


# the probe's (d12b, n12b) forms


@pytest.mark.parametrize("text,pub,start,end", [
    # a part and its whole share the date after them
    ("Twelve of the 20 cities saw gains in the year ending October 2019.", "2019-12-31",
     "2018-11-01", "2019-10-31"),
    # what was reported within a span of days is the span's, not a report's day before
    ("Over 9,000 cases were reported during the 14-day period from 1 March to 14 March.",
     "2024-03-20", "2024-03-01", "2024-03-14"),
    ("Twelve cities reported bigger gains in October.", "2019-12-31", "2019-10-01",
     "2019-10-31"),
])
def test_probe_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_part_keeps_its_own_date_when_another_figure_stands_before_it():
    # "317 of the 550 seats, 59 more than the 258 it took in the June 7 election": June is
    # the 258's
    got = span("The party won 317 of the 550 seats, 59 more than the 258 it took in the "
               "June 7 election.", d("2015-11-05"))
    assert got != (d("2015-06-07"), d("2015-06-07"))


@pytest.mark.parametrize("text,value", [
    ("Nine of Changi's top 10 markets grew.", 0.9),
    ("Seven of its 10 biggest clients left.", 0.7),
])
def test_a_share_of_a_named_ten(text, value):
    assert find_quantities(text)[0].value == pytest.approx(value)
