"""Issue 12, dates32 round: warnings that last until a day, a stated start before the end,
times of day given roughly, a day named from publication restated by its date, the night
before a day, a bank holiday as a range's end, and numbers reporters write beside them. Our
own sentences, in forms read in Met Office, Met Eireann and US weather-service warnings,
bank-holiday traffic, rail-strike, results, marathon and court copy.

- "The snow warning lasts until 9am on Thursday", "The amber alert will last until 6pm on
  Tuesday", "is in place for most of England until 10pm on Monday", "is valid until ...": a
  state in force now and until that day, the span from publication
  (``extract.dates._IN_FORCE_NOW``); "Trains run until 11pm on Saturday" stays the day (a
  timetable's day).
- "came into force on Friday and lasts until 31 March": the span from the stated start
  (``_stated_starts``); the second verb's present tense is the date's (``_AND_PRESENT``).
- "until 12 noon tomorrow, Tuesday, March 21": one day (``_weekday_then_date``); "12 noon" is
  no figure.
- "from 8pm Sunday until about 6pm Monday": one span (``_ABOUT`` in ``_RANGE_GAP``).
- "overnight into Wednesday": the night before that day, the coming one in a forecast.
- "between this Friday and Bank Holiday Monday": one span.
- "one in fifty": a share of 0.02; "57:32" (minutes past any clock hour) a time in seconds.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.extract import find_dates, find_quantities

from dates_support import figure_period, found_spans, suite_misses

D = date.fromisoformat
SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("The snow warning lasts until 9am on Thursday, and 2-5cm could settle on higher ground.",
     "2023-03-07", "2-5cm", "2023-03-07", "2023-03-09"),
    ("The amber alert will last until 6pm on Tuesday, and 34C is possible in London.",
     "2025-06-28", "34C", "2025-06-28", "2025-07-01"),
    ("The alert is in place for most of England until 10pm on Monday, with gusts of 50mph.",
     "2024-04-07", "50mph", "2024-04-07", "2024-04-08"),
    ("The warning is valid until 12 noon tomorrow, Tuesday, March 21, with lows of -5C.",
     "2017-03-20", "-5C", "2017-03-20", "2017-03-21"),
    ("The hosepipe ban came into force on Friday and lasts until 31 March, affecting 1.5 "
     "million customers.", "2023-01-16", "1.5 million", "2023-01-13", "2023-03-31"),
    ("A warning is in force from 8pm Sunday until about 6pm Monday, with gusts of 55mph.",
     "2025-09-13", "55mph", "2025-09-14", "2025-09-15"),
    ("About 5cm of snow could fall overnight into Wednesday.",
     "2015-02-16", "5cm", "2015-02-17", "2015-02-18"),
    ("Some 5cm of snow fell overnight into Monday.",
     "2015-02-16", "5cm", "2015-02-15", "2015-02-16"),
    ("The RAC expects 17.2 million leisure trips between this Friday and Bank Holiday Monday.",
     "2023-04-28", "17.2 million", "2023-04-28", "2023-05-01"),
])
def test_spans_as_warnings_and_holidays_write_them(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub,day", [
    # a timetable's day: the last train that day, not a span from publication
    ("Trains run until 11pm on Saturday, with 40% of services.", "2025-06-26", "2025-06-28"),
    # a state that ended: no span to the day
    ("The warning lasted until 9am on Thursday, when 5cm had fallen.", "2023-03-10",
     "2023-03-09"),
])
def test_a_day_after_until_stays_a_day(text, pub, day):
    days = [s for s in found_spans(text, pub) if s[1] == s[2] == day]
    assert days, found_spans(text, pub)


def test_a_past_start_alone_keeps_its_day():
    # "began on Friday" with no "and lasts until": the day, not a span
    assert found_spans("The ban began on Friday, affecting 1.5 million customers.", "2023-01-16") \
        == [("on Friday", "2023-01-13", "2023-01-13")]


def test_named_day_and_date_join_only_with_a_weekday():
    assert ("tomorrow, Tuesday, March 21", "2017-03-21", "2017-03-21") in \
        found_spans("Lows of -5C are likely tomorrow, Tuesday, March 21.", "2017-03-20")
    # "Starting today, 1st October": the day named twice, no weekday; left to the
    # open-span reading of "Starting" (dzb7)
    assert all(s[0] != "today, 1st October" for s in
               found_spans("Starting today, 1st October, the cap has risen to £1,717.", "2024-10-01"))


@pytest.mark.parametrize("text,value,unit", [
    ("Almost one in three sentences were suspended, up from one in fifty a decade earlier.",
     0.02, ""),
    ("The half marathon record fell to 57:32, 29 seconds inside the old mark.", 3452.0,
     "second"),
])
def test_numbers_as_reporters_write_them(text, value, unit):
    assert any(abs(q.value - value) < 1e-9 and q.unit == unit
               for q in find_quantities(text)), [(q.text, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text,absent", [
    ("Kick-off is at 19:45, with 40,000 expected.", 19 * 60 + 45.0),   # a clock time
    ("The warning is valid until 12 noon on Tuesday.", 12.0),            # a time of day
])
def test_times_of_day_are_no_figures(text, absent):
    assert all(q.value != absent for q in find_quantities(text))


def test_the_round_suite_reads_all_but_its_open_cases():
    path = SUITES / "dates-32.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    # open: "runs until noon" with no day written; "FY25" of a company whose year-end the
    # words do not give (read as the US federal year, as dollar copy is)
    open_cases = {"d32a11", "d32a25"}
    assert not suite_misses(cases, open_cases)


@pytest.mark.parametrize("text,pub,figure,period", [
    # a present perfect: the units named, up to publication
    ("Prices have risen 8% in the 12 months since the cap was introduced.", "2019-12-14", "8%",
     ("2018-12-14", "2019-12-13")),
    ("In the three years since it opened, the line has carried 9 million passengers.",
     "2019-12-14", "9 million", ("2016-12-14", "2019-12-13")),
    # past copy: the event's day is unknown, no window read from publication
    ("In the 12 months since the crash, sales fell 8%.", "2019-12-14", "8%", None),
])
def test_units_since_an_event(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


@pytest.mark.parametrize("text,pub,kind", [
    ("Changes from 15 December add 1,000 weekly services.", "2019-12-14", "onward"),
    ("Timetable changes from Sunday add 1,200 weekly services.", "2023-12-09", "onward"),
    # a change's base, not a start: the day alone
    ("Sales showed little change from Monday, at 5,000.", "2019-12-14", "date"),
])
def test_changes_as_a_noun_open_a_span(text, pub, kind):
    assert [d.kind for d in find_dates(text, D(pub))] == [kind]
