"""Issue 12, eighth round (dates7): forms read in Japanese and Indian results, Canadian and
South African statistics, parliamentary recess notices, Christmas trading and religious
calendars, in wordings other than the batch's (benchmarks/suites, cases d8a*/n8a*), with the
look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a half or quarter of whatever period "of" names
    ("Revenue rose 4% in the second half of the fiscal year ending March 31, 2024.",
     "2024-05-10", "2023-10-01", "2024-03-31"),
    ("Orders fell 2% in the first quarter of the year to March 2025.", "2024-08-01",
     "2024-04-01", "2024-06-30"),
    ("Borrowing reached Rs 500 crore in the second half of the last financial year.",
     "2024-06-01", "2023-10-01", "2024-03-31"),
    ("Some 800 firms closed in the second half of the decade.", "2019-03-01",
     "2015-01-01", "2019-12-31"),
])
def test_a_half_or_quarter_of_the_period_named_after_of(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    # a day, week or weekend counted from a holiday; the occurrence is chosen on the span
    ("Footfall rose 9% on the Saturday before Christmas.", "2023-12-28",
     "2023-12-23", "2023-12-23"),
    ("Stores expect 3 million shoppers in the week before Christmas.", "2023-12-01",
     "2023-12-18", "2023-12-24"),
    ("Sales fell 6% in the week after Christmas.", "2024-01-10", "2023-12-26", "2024-01-01"),
    ("Some 400 people attended on the Monday after Easter 2019.", "2024-01-10",
     "2019-04-22", "2019-04-22"),
])
def test_spans_counted_from_a_holiday(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_christmas_alone_is_no_day():
    # "over Christmas" is a season: holiday_anchors are read only in the counted forms
    assert not [m for m in find_dates("Sales rose 4% over Christmas.", d("2024-01-05"))
                if "Christmas" in m.text]


@pytest.mark.parametrize("text,pub,start,end", [
    # a sitting body's present-tense calendar is a plan; a past one is past
    ("The Dail returns on Wednesday after 3 weeks away.", "2024-01-08",
     "2024-01-10", "2024-01-10"),
    ("The Senate adjourns on Friday with 12 bills pending.", "2024-01-08",
     "2024-01-12", "2024-01-12"),
    ("Parliament rose on Friday with 12 bills pending.", "2024-01-08",
     "2024-01-05", "2024-01-05"),
    # a weekday of a named week
    ("The board meets on Thursday next week to approve 2 deals.", "2024-01-08",
     "2024-01-18", "2024-01-18"),
    ("Shares fell 3% on Monday of last week.", "2024-01-10", "2024-01-01", "2024-01-01"),
])
def test_sitting_calendars_and_weekdays_of_a_named_week(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    ("Profit was $2bn in the April-to-June quarter, against $1.5bn in the same quarter a "
     "year earlier.", "2024-08-01", "2024-04-01", "2024-06-30"),
    ("The same period of 2022 brought 40 closures, against 55 in the first half of 2023.",
     "2023-08-01", "2022-01-01", "2022-06-30"),
    # a change counted from the same period takes the period stated with it
    ("Sales in the three months to June rose 4% on the same period last year.",
     "2024-08-01", "2024-04-01", "2024-06-30"),
    # a figure's own date after a compared value set off by commas
    ("Inflation eased to 2.9%, from 3.1%, in March.", "2024-04-20",
     "2024-03-01", "2024-03-31"),
    # the year to next March
    ("The group now expects profit of $4bn in the year to next June.", "2023-11-01",
     "2023-07-01", "2024-06-30"),
])
def test_same_period_asides_and_the_year_to_next_month(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_month_before_a_plural_noun_is_no_date():
    assert not find_dates("The fund wrote to May subscribers about 3 changes.", d("2024-02-01"))
    assert find_dates("Output in the year to May shows a 3% fall.", d("2024-07-01"))


def test_a_quarter_of_a_fiscal_year_is_reported_once_ended():
    # "Q1FY26" reported in October 2025: India's April-June, not an October-year quarter
    # nineteen days old; in forecast copy the October reading stands
    assert span("Profit grew 10.5% in Q1FY26.", d("2025-10-19")) == (
        d("2025-04-01"), d("2025-06-30"))
    assert span("Profit should grow 10.5% in Q1FY26.", d("2025-10-19")) == (
        d("2025-10-01"), d("2025-12-31"))


@pytest.mark.parametrize("text,value", [
    ("Cases rose sixfold.", 6.0),
    ("a twentyfold rise", 20.0),
    ("a hundredfold increase", 100.0),
    ("Demand grew twenty-five-fold.", 25.0),
])
def test_a_factor_written_as_one_word(text, value):
    assert [q.value for q in find_quantities(text)] == [value]


@pytest.mark.parametrize("text", ["The scaffold fell.", "a manifold gasket", "He folded."])
def test_fold_look_alikes(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,pub,start,end", [
    # the probe's causes (d8b*), in other wordings
    # a change and its new value share the date written after the value
    ("Exports fell 6.1% month-on-month to $40bn in May 2023.", "2023-07-01",
     "2023-05-01", "2023-05-31"),
    # a share of the equivalent period is no figure of that period
    ("Bookings in the April-June period were 82% of the corresponding period in 2019.",
     "2023-08-01", "2023-04-01", "2023-06-30"),
    # "due on" a day is a schedule
    ("Figures due on February 14 should show growth of 0.2%.", "2024-01-20",
     "2024-02-14", "2024-02-14"),
    # a month by its place in the year
    ("Sales hit 9,000 units in the third month of the year.", "2024-05-01",
     "2024-03-01", "2024-03-31"),
    ("Exports rose 4% in the eleventh month of 2023.", "2024-05-01",
     "2023-11-01", "2023-11-30"),
    # two relative days in a row are one span
    ("The summit runs today and tomorrow with 40 leaders.", "2024-06-17",
     "2024-06-17", "2024-06-18"),
    # the long weekend a holiday makes
    ("Some 2 million people flew over the Memorial Day weekend.", "2024-06-01",
     "2024-05-25", "2024-05-27"),
    ("Spending rose 7% over the Thanksgiving weekend.", "2023-12-01",
     "2023-11-23", "2023-11-26"),
])
def test_the_probes_causes(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_past_due_date_is_past():
    got = find_dates("The report was due on January 31 but came late.", d("2023-12-18"))
    assert [(m.start_date, m.end_date) for m in got] == [(d("2023-01-31"), d("2023-01-31"))]


@pytest.mark.parametrize("text,pub,start,end", [
    # the lead's probe: a count since the last report runs from that report's day
    ("Since the last brief on 31 March, 518,122 new confirmed cases have been reported.",
     "2020-04-07", "2020-03-31", "2020-04-07"),
    ("Since its previous update on Monday, the ministry has recorded 120 new cases.",
     "2020-04-07", "2020-04-06", "2020-04-07"),
    # the report's own figure is of its day
    ("The last brief on 31 March counted 693,839 cases.", "2020-04-07", "2020-03-31",
     "2020-03-31"),
])
def test_since_the_last_report_on_a_day(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))
