"""Issue 12, dates21 round: a month named without a year in a present-tense sentence that is
no plan and no past ("All 35 stations close at 11pm on Fridays and Saturdays in March") is read
two ways, as a present-tense weekday is: the nearer of the last such month and the coming one
first, the other kept (``DateMention.other`` -> ``period_readings`` labelled "month:" ->
``engine_updates.period_key``); the month under way is read alone, a past sentence keeps the
latest month, a plan the coming one. A rate's "a week" ("7 days a week from Monday") is no
"a week from Monday". A day that opens a span with no end ("From Monday, Merseyrail runs a
train every 30 minutes until further notice") is kind "onward" with no end date, and its
figure has no period (``extra.open_from``), neither that day alone nor a carried one. A bare
weekday in a present-tense timetable sentence (dates.yaml ``schedule_verbs``: "Chiltern runs
one train an hour to Marylebone on Saturday", published on a Tuesday) reads the coming day
first, the last kept."""

from datetime import date

import pytest
from everyday_support import rules

from factcheck.engine_updates import period_key, weekday_spans
from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _months(text: str, pub: str) -> list[tuple[date | None, date | None]]:
    return [(d.start_date, d.other) for d in find_dates(text, D(pub)) if d.kind == "month"]


@pytest.mark.parametrize("text,pub,read,other", [
    # published in January: the coming March is nearer than the last
    ("All 35 stations close at 11pm on Fridays and Saturdays in March.", "2018-01-19",
     "2018-03-01", "2017-03-01"),
    ("Three stations close at about 11pm on all Fridays and Saturdays in March.",
     "2019-12-20", "2020-03-01", "2019-03-01"),
    # published in October: the last May is nearer than the coming one
    ("Seven stations close at 11pm on Fridays and Saturdays in May.", "2018-10-02",
     "2018-05-01", "2019-05-01"),
])
def test_a_present_tense_month_keeps_both_readings_nearer_first(text, pub, read, other):
    assert _months(text, pub) == [(D(read), D(other))]


@pytest.mark.parametrize("text,pub,read", [
    # the month under way: one reading
    ("Seven stations close at 11pm on Fridays and Saturdays in March.", "2018-03-20",
     "2018-03-01"),
    # a past sentence: the latest March; a plan: the coming one
    ("In March, all 35 stations closed an hour early.", "2018-04-20", "2018-03-01"),
    ("All 35 stations will close at 11pm in March.", "2018-04-20", "2019-03-01"),
    ("Sales rose 4% last March.", "2018-01-19", "2017-03-01"),
])
def test_a_month_with_one_reading(text, pub, read):
    assert _months(text, pub) == [(D(read), None)]


def test_the_month_readings_reach_the_claim_and_its_period_key():
    c, = claims_for(Document(id="d", date=D("2018-01-19"), text=(
        "All 35 East-West Line stations close at 11pm on Fridays and Saturdays in March.")))
    assert (c.period.start, c.period.end) == (D("2018-03-01"), D("2018-03-31"))
    labels = [r[0] for r in c.extra_dict()["period_readings"]]
    assert labels[0].startswith("month: March 2018") and labels[1].startswith("month: March 2017")
    assert weekday_spans(c) == [(D("2017-03-01"), D("2017-03-31")),
                                (D("2018-03-01"), D("2018-03-31"))]
    assert period_key(c) == "2017-03-01/2017-03-31+2018-03-01/2018-03-31"


def test_february_of_the_other_year_ends_on_its_own_last_day():
    c, = claims_for(Document(id="d", date=D("2019-12-20"), text=(
        "Yishun and Khatib stations close at about 11pm on Fridays in February, 3 of them.")))
    assert (D("2019-02-01"), D("2019-02-28")) in weekday_spans(c)
    assert (D("2020-02-01"), D("2020-02-29")) in weekday_spans(c)


def test_a_rate_a_week_is_no_week_from_a_weekday():
    pub = D("2020-03-21")
    got = [(d.text, d.start_date) for d in find_dates(
        "Transport for Wales runs a Sunday service 7 days a week from Monday.", pub)]
    assert got == [("Monday", D("2020-03-23"))]
    got = [(d.text, d.start_date) for d in find_dates(
        "The line reopens a week from Monday with 4 trains an hour.", pub)]
    assert got == [("a week from Monday", D("2020-03-30"))]


def _onward(text: str, pub: str) -> list[tuple[str, date | None, date | None]]:
    return [(d.kind, d.start_date, d.end_date) for d in find_dates(text, D(pub))]


@pytest.mark.parametrize("text,pub,day", [
    ("From Monday, Merseyrail runs a train every 30 minutes until further notice.",
     "2020-03-27", "2020-03-30"),
    ("Merseyrail cuts its service to a train every 30 minutes from Monday until further "
     "notice.", "2020-03-27", "2020-03-30"),
    ("Transport for Wales runs a Sunday service from Monday.", "2020-03-21", "2020-03-23"),
    ("Starting Monday, 14 June 2004, a West Rail train leaves every 3.5 minutes.",
     "2004-06-11", "2004-06-14"),
])
def test_a_day_that_opens_a_span_with_no_end(text, pub, day):
    assert _onward(text, pub) == [("onward", D(day), None)]


@pytest.mark.parametrize("text", [
    "Shares are up 3% from Monday.",                      # a base
    "Figures from Monday show 40 cases.",                 # a source
    "The strike runs from Monday to Friday, with 40% of trains.",   # an end written
    "Sales rose 3% from Monday.",                         # past
    "The line reopens from Monday until 4 April, with 4 trains an hour.",
])
def test_a_from_day_with_an_end_a_base_or_a_source_is_no_open_span(text):
    assert all(k != "onward" for k, _, _ in _onward(text, "2020-03-21"))


def test_a_figure_of_an_open_span_has_no_period_and_records_its_first_day():
    doc = Document(id="d", date=D("2020-03-27"), text=(
        "On Saturday, 40 trains ran. From Monday, Merseyrail runs 20 trains a day until "
        "further notice."))
    a, b = claims_for(doc)
    assert a.period is not None and b.period is None
    assert b.extra_dict().get("open_from") == "2020-03-30"


def test_a_wrong_weekday_on_the_day_an_open_span_opens_is_flagged():
    pub = D("2020-03-21")
    assert "weekday-mismatch" in rules(
        "West Midlands Railway cuts 1 in 4 trains from Tuesday 23 March.", pub)
    assert "weekday-mismatch" not in rules(
        "West Midlands Railway cuts 1 in 4 trains from Monday 23 March.", pub)


@pytest.mark.parametrize("text,read,other", [
    # a timetable's weekday on a Tuesday: the coming Saturday, the last kept
    ("Chiltern runs one train an hour to Marylebone on Saturday.", "2022-08-13", "2022-08-06"),
    ("Red Line trains run every 18 minutes on Saturday.", "2022-08-13", "2022-08-06"),
    # no timetable: the nearer, the last one
    ("Russia loses 1,200 troops on Saturday, Kyiv says.", "2022-08-06", "2022-08-13"),
])
def test_a_timetable_weekday_reads_the_coming_day_first(text, read, other):
    got = [(d.start_date, d.other) for d in find_dates(text, D("2022-08-09")) if d.weekday]
    assert got == [(D(read), D(other))]


def test_one_month_name_is_one_month_in_a_document():
    # the headline's present tense would read May two ways; the past sentence fixes it
    text = ("# Ryanair carries 13.5 million passengers in May\n\n"
            "Ryanair carried 13.5 million passengers in May, 8% more than a year earlier.")
    assert _months(text, "2019-06-04") == [(D("2019-05-01"), None)] * 2
    # alone, the headline keeps both readings
    assert _months("# Ryanair carries 13.5 million passengers in May", "2019-06-04") == \
        [(D("2019-05-01"), D("2020-05-01"))]


def test_a_short_verb_in_ed_is_past():
    assert _months("A record 7.05 million passengers used Heathrow in August.",
                   "2014-09-12") == [(D("2014-08-01"), None)]
