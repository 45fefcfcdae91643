"""Issue 12, dates22 round: dates as reporters write them.

- A day and month with no year in a present-tense sentence ("The cap falls 12% to £1,690 on 1
  April", "12 million people must file a return by 31 January") is read two ways, as a
  present-tense month or weekday is: the nearer of the last such day and the coming one first,
  the other kept (``DateMention.other`` -> ``period_readings`` labelled "date:" ->
  ``engine_updates.period_key``); after a schedule's verb the coming one first; "will" reads
  the coming one alone, a past sentence the latest.
- "from <date>" after a change's amount or new level in a sentence that is not past ("Fares
  will rise by up to 4.9% from 3 March") opens a span with no end (kind "onward"), unless the
  figure is compared with the day ("Shares are up 3% from Monday"); a past "rose ... from 1
  April to 30 June" stays a bounded span.
- An ordinal and a noun after a weekday ("Saturday, the third strike day this week",
  "Saturday, the first of two strike days") are no day of the month.
- A participle used as an adjective ("Aslef's planned strike", "Reduced timetables", "16,000
  planned appointments") makes no sentence past.
"""

from datetime import date

import pytest
from everyday_support import rules

from factcheck.engine_updates import period_key, weekday_spans
from factcheck.extract import find_dates
from factcheck.extract.dates import _present_tense
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _days(text: str, pub: str) -> list[tuple[str, date | None, date | None, date | None]]:
    return [(d.kind, d.start_date, d.end_date, d.other) for d in find_dates(text, D(pub))]


@pytest.mark.parametrize("text,pub,read,other", [
    # published before the day: the coming one is nearer
    ("The cap falls 12% to £1,690 on 1 April.", "2024-02-23", "2024-04-01", "2023-04-01"),
    ("Regulated fares in England go up 4.9% on 3 March.", "2024-01-10", "2024-03-03",
     "2023-03-03"),
    ("About 12 million people must file a return by 31 January.", "2025-11-20",
     "2026-01-31", "2025-01-31"),
    # published after it: the last one is nearer
    ("The cap falls 12% to £1,690 on 1 April.", "2024-05-10", "2024-04-01", "2025-04-01"),
    ("On 3 March regulated fares in England go up 4.9%.", "2024-04-10", "2024-03-03",
     "2025-03-03"),
    # a schedule's verb: the coming one first, however near the last
    ("The strike starts on 13 March, with 61,000 doctors out.", "2023-04-20", "2024-03-13",
     "2023-03-13"),
])
def test_a_present_tense_day_keeps_both_readings(text, pub, read, other):
    assert _days(text, pub) == [("date", D(read), D(read), D(other))]


@pytest.mark.parametrize("text,pub,read", [
    ("Fares will go up 4.9% on 3 March.", "2024-01-10", "2024-03-03"),     # a plan
    ("Fares went up 4.9% on 3 March.", "2024-04-10", "2024-03-03"),        # the past
    ("Fares go up 4.9% on 3 March 2024.", "2024-01-10", "2024-03-03"),     # its year
    ("Fares go up 4.9% on 3 March.", "2024-03-03", "2024-03-03"),          # the day itself
])
def test_a_day_with_one_reading(text, pub, read):
    assert _days(text, pub) == [("date", D(read), D(read), None)]


def test_the_day_readings_reach_the_claim_and_its_period_key():
    c, = claims_for(Document(id="d", date=D("2023-12-07"), text=(
        "The TV licence fee goes up to £169.50 on 1 April.")))
    assert (c.period.start, c.period.end) == (D("2024-04-01"), D("2024-04-01"))
    labels = [r[0] for r in c.extra_dict()["period_readings"]]
    assert labels == ["date: 2024-04-01, the day read", "date: 2023-04-01, a year earlier"]
    assert weekday_spans(c) == [(D("2023-04-01"), D("2023-04-01")),
                                (D("2024-04-01"), D("2024-04-01"))]
    assert period_key(c) == "2023-04-01/2023-04-01+2024-04-01/2024-04-01"


def test_a_day_read_one_way_elsewhere_without_a_year_fixes_the_other():
    got = _days("Fares will go up on 3 March. Regulated fares go up 4.9% on 3 March.",
                "2024-04-10")
    assert [g[1] for g in got] == [D("2025-03-03"), D("2025-03-03")]
    assert got[1][3] is None


@pytest.mark.parametrize("text,pub,day", [
    ("Regulated rail fares in England will rise by up to 4.9% from 3 March.", "2023-12-22",
     "2024-03-03"),
    ("Fares in England go up by as much as 5.9% from 5 March.", "2022-12-22", "2023-03-05"),
    ("The price cap rises 10% from 1 October, to £1,717.", "2024-08-23", "2024-10-01"),
    ("The National Living Wage will go up by £1.02 to £11.44 from 1 April.", "2023-11-21",
     "2024-04-01"),
    ("The cap will be £1,690 from 1 April.", "2024-02-23", "2024-04-01"),
    ("Prices rise 10% from Monday.", "2024-02-23", "2024-02-26"),
])
def test_a_change_from_a_day_opens_a_span_with_no_end(text, pub, day):
    got = [g for g in _days(text, pub) if g[0] == "onward"]
    assert [(g[1], g[2]) for g in got] == [(D(day), None)]


@pytest.mark.parametrize("text,pub", [
    ("Shares are up 3% from Monday.", "2024-02-23"),           # a base
    ("Shares up 3% from Monday.", "2024-02-23"),
    ("Prices are 5% lower from Monday.", "2024-02-23"),
    ("Fares rose 4.9% from 3 March.", "2024-04-10"),           # the past
    ("The cap stood at £1,690 from 1 April to 30 June.", "2024-08-27"),   # an end written
])
def test_a_figure_compared_with_a_day_or_a_past_one_opens_no_span(text, pub):
    assert all(g[0] != "onward" for g in _days(text, pub))


def test_a_past_span_from_one_day_to_another_stays_bounded():
    c, = claims_for(Document(id="d", date=D("2024-08-27"), text=(
        "The cap stood at £1,690 from 1 April to 30 June.")))
    assert (c.period.start, c.period.end) == (D("2024-04-01"), D("2024-06-30"))


def test_a_figure_of_a_change_from_a_day_has_no_period_and_records_the_day():
    c, = [c for c in claims_for(Document(id="d", date=D("2023-12-22"), text=(
        "Regulated rail fares in England will rise by up to 4.9% from 3 March.")))]
    assert c.period is None and c.extra_dict().get("open_from") == "2024-03-03"


@pytest.mark.parametrize("text,pub,day", [
    ("Only about 20% of trains run on Saturday, the third strike day this week.",
     "2022-10-06", "2022-10-08"),
    ("LNER runs about 26% of its timetable on Thursday, the third strike day of the week.",
     "2024-05-07", "2024-05-09"),
    ("Up to 61,000 junior doctors stay away on Wednesday, the third day of the walkout.",
     "2023-03-14", "2023-03-15"),
    ("Drivers at 16 companies walk out on Saturday, the first of two strike days.",
     "2023-09-28", "2023-09-30"),
    ("Sunday, the 2nd day of the strike, brings 30 pickets.", "2023-09-28", "2023-10-01"),
])
def test_an_ordinal_heading_a_noun_after_a_weekday_is_no_day_of_the_month(text, pub, day):
    got = [(d.text, d.start_date) for d in find_dates(text, D(pub)) if d.weekday]
    assert len(got) == 1 and got[0][1] == D(day) and ", the" not in got[0][0]


@pytest.mark.parametrize("text,pub,day", [
    ("Friday the 13th was busy, with 400 calls.", "2025-06-20", "2025-06-13"),
    ("Trains run every 20 minutes on Saturday the 14th.", "2025-06-20", "2025-06-14"),
    ("On Tuesday, the 4th of March, 30 flights left.", "2025-06-20", "2025-03-04"),
    ("Some 40 flights left on Friday, the 13th of this month.", "2025-06-20", "2025-06-13"),
])
def test_a_weekday_and_a_day_of_the_month_stay_one_date(text, pub, day):
    assert any(d.start_date == D(day) and ", the" in d.text or " the " in d.text
               for d in find_dates(text, D(pub)))


@pytest.mark.parametrize("text", [
    "Aslef's planned strike takes about 6,000 drivers off the rails on Saturday.",
    "Reduced timetables leave just 20% of trains running on Saturday.",
    "About 16,000 planned appointments are put off on Thursday.",
    "Two delayed trains carry 300 passengers on Saturday.",
    "The long-delayed line opens on Saturday with 12 trains an hour.",
    "Closed roads reopen on Saturday, with 30 lanes.",
])
def test_a_participle_as_an_adjective_is_no_past(text):
    assert _present_tense(text, text.index("Saturday") if "Saturday" in text else
                          text.index("Thursday"), len(text) - 1)


@pytest.mark.parametrize("text", [
    "About 5,000 attended the rally on Saturday.",
    "Police arrested 5 men on Saturday.",
    "The storm closed 30 roads on Saturday.",
    "Operators reduced timetables on Saturday.",
])
def test_a_past_verb_stays_past(text):
    assert not _present_tense(text, text.index("Saturday"), len(text) - 1)


def test_a_planned_strike_reads_the_coming_saturday_first():
    got = [(d.start_date, d.other) for d in find_dates(
        "Aslef's planned strike takes about 6,000 drivers off the rails on Saturday.",
        D("2022-07-28"))]
    assert got == [(D("2022-07-30"), D("2022-07-23"))]


def test_two_figures_of_one_present_tense_day_are_compared():
    pub = D("2024-02-23")
    assert "conflicting-figures" in rules(
        "Russia loses 1,200 troops on 3 March. On 3 March, Russia loses 1,500 troops.", pub)
    assert "conflicting-figures" not in rules(
        "Russia loses 1,200 troops on 3 March. On 3 March, Russia loses 1,200 troops.", pub)
    # one of them with its year is of one reading only: not held to the same day
    assert "conflicting-figures" not in rules(
        "Russia loses 1,200 troops on 3 March. On 3 March 2023, Russia lost 1,500 troops.",
        pub)
