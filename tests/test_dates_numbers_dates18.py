"""Issue 12, dates18 round: a month and day with the next day's number after "and" ("on
January 18 and 19") is the two days; "one" opening a range of spelled numbers ("one to two
inches") is its first bound; an amount of what falls "could fall in an hour" is a rate. With
the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities


def _dates(text: str, pub: str) -> list[tuple[str, str, str]]:
    return [(x.text, str(x.start_date), str(x.end_date))
            for x in find_dates(text, date.fromisoformat(pub))]


@pytest.mark.parametrize("text,pub,want", [
    ("The fair drew 12,000 visitors on January 18 and 19.", "2024-01-22",
     [("January 18 and 19", "2024-01-18", "2024-01-19")]),
    ("Snow fell on February 27 and 28, 2023 in the hills.", "2024-03-05",
     [("February 27 and 28, 2023", "2023-02-27", "2023-02-28")]),
    ("It shuts on January 30 and 31 in Leeds.", "2024-01-10",
     [("January 30 and 31", "2024-01-30", "2024-01-31")]),
    # not the next day, or a count after it: the first day alone
    ("Votes were held on January 5 and 19, 2024.", "2024-03-01",
     [("January 5", "2024-01-05", "2024-01-05"), ("19, 2024", "2024-01-19", "2024-01-19")]),
    ("Fighting on March 3 and 4 people were hurt.", "2024-03-10",
     [("March 3", "2024-03-03", "2024-03-03")]),
])
def test_next_day_pairs(text, pub, want):
    got = _dates(text, pub)
    assert [g for g in got if g[0] in {w[0] for w in want}] == \
        [w for w in want if w[0] in {g[0] for g in got}]
    assert want[0] in got


@pytest.mark.parametrize("text,want", [
    ("Forecasters expect one to two inches of snow.", ("one to two inches", 1.0, 2.0, "inch")),
    ("Between one and two inches of rain is expected.",
     ("Between one and two inches", 1.0, 2.0, "inch")),
    ("The work takes one to three days.", ("one to three days", 1.0, 3.0, "day")),
])
def test_one_opens_a_spelled_range(text, want):
    got = [(q.text, q.lower, q.upper, q.unit) for q in find_quantities(text)]
    assert got == [want]


@pytest.mark.parametrize("text,want", [
    ("He rose from one to three points.", [("three", 3.0)]),   # a change: "one" a pronoun
    ("One to one sessions resume.", []),
    ("Only one of them and two others came.", [("two", 2.0)]),
])
def test_one_stays_a_pronoun(text, want):
    assert [(q.text, q.value) for q in find_quantities(text)] == want


@pytest.mark.parametrize("text,unit", [
    ("Up to 15 mm of rain could fall in an hour on the hills.", "millimeter / hour"),
    ("Around 20 mm of rain may fall in an hour in places.", "millimeter / hour"),
    ("2 inches of snow fell in one hour.", "inch / hour"),
    # over a day or longer, or not "in an hour": an accumulation
    ("80 mm of rain fell in a day.", "millimeter"),
    ("30 mm of rain fell in the hour to 9am.", "millimeter"),
    ("40 mm of rain could fall overnight.", "millimeter"),
])
def test_rate_after_what_falls_and_its_verb(text, unit):
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize("text,pub,want", [
    ("The line will close for 9 days from Saturday.", "2016-02-15",
     ("for 9 days from Saturday", "2016-02-20", "2016-02-28")),
    ("The bridge shuts for two weeks from 3 March, officials said.", "2024-02-20",
     ("for two weeks from 3 March", "2024-03-03", "2024-03-16")),
])
def test_days_from_a_day(text, pub, want):
    assert want in _dates(text, pub)


def test_days_from_needs_a_count_of_days():
    # "for years from 2010" or a day with no span before it keeps its own period
    got = _dates("The ban ran for many days from Saturday.", "2016-02-15")
    assert all(g[1] == g[2] for g in got)
