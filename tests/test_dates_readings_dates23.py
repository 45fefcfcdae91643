"""Issue 12, dates23 round: present-tense starts and the present perfect, as price-cap, fare,
wage and benefit copy writes them. Our own sentences.

- "from <month>" after a change's figure in present-tense copy ("The price cap rises 6.4% to
  £1,849 from April") opens a span with no end on the month's first day: the coming month, or
  the one under way when published in it (kind "onward", granularity month); in past copy
  with a new level before it and no other time in the sentence, the month of the change.
- A present-tense relative clause about an arrangement the sentence says is in force
  (dates.yaml ``in_force_cues``: "Under the cap that starts on 1 April, a typical bill is
  £1,690", "Under the current rates, which apply from 1 April, ...") reads its day as the
  last such day first, the coming one kept; a plan outside the clause keeps the coming one.
- A present perfect with a figure before "from <date>" ("Bills have gone up 6.4% from 1
  April") is the span from that date to publication, as "since 1 April" is.
- Words in -ed that are no verb (dates.yaml ``not_past_ed``: "aged 21", "unleaded") make no
  sentence past.
"""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.dates import _in_force, _perfect_before, _present_tense
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _dates(text: str, pub: str) -> list[tuple[str, date | None, date | None, str | None]]:
    return [(d.kind, d.start_date, d.end_date, d.granularity)
            for d in find_dates(text, D(pub))]


def _first(text: str, pub: str):
    return claims_for(Document(id="d", text=text, date=D(pub)))[0]


@pytest.mark.parametrize("text,pub,start", [
    # published before the month: the coming one
    ("The price cap rises 6.4% to £1,849 a year from April.", "2025-02-26", "2025-04-01"),
    ("The National Living Wage rises 6.7% to £12.21 an hour from April.", "2024-10-30",
     "2025-04-01"),
    ("ScotRail fares go up 3.8% from April.", "2025-01-21", "2025-04-01"),
    # published in the month: the one under way
    ("A typical bill goes up £111 to £1,849 from April.", "2025-04-02", "2025-04-01"),
])
def test_a_present_tense_change_from_a_month_opens_a_span(text, pub, start):
    assert _dates(text, pub) == [("onward", D(start), None, "month")]
    c = _first(text, pub)
    assert c.period is None and c.extra_dict()["open_from"] == start


def test_a_past_change_to_a_new_level_from_a_month_is_that_month():
    assert _dates("The price cap rose 6.4% to £1,849 from April.", "2025-05-14") == [
        ("month", D("2025-04-01"), D("2025-04-30"), "month")]


def test_a_past_month_after_from_keeps_the_base_reading():
    # "from March" may be the month of the change or a base: the month after it is read too
    c = _first("Retail sales rose 0.7% to $705bn from March.", "2025-05-10")
    got = [(r[1], r[2]) for r in c.extra_dict()["period_readings"]]
    assert got == [(D("2025-03-01"), D("2025-03-31")), (D("2025-04-01"), D("2025-04-30"))]


def test_an_in_force_month_opens_on_the_last_one():
    assert _dates("Under the current cap, which applies from October, a typical bill is "
                  "£1,717 a year.", "2024-12-02") == [("onward", D("2024-10-01"), None,
                                                       "month")]
    # without the cue, a schedule's month is the coming one
    assert _dates("The cap, which applies from October, puts a typical bill at £1,717 a "
                  "year.", "2024-12-02")[0][1] == D("2025-10-01")


def test_the_end_of_an_arrangement_in_force_is_still_to_come():
    # (dates24: the span from publication to that end, ``_until_spans``)
    got = [(d.start_date, d.end_date, d.kind) for d in find_dates(
        "Under the cap that runs until 30 June, a typical household pays £1,849 a year.",
        D("2025-05-12"))]
    assert got == [(D("2025-05-12"), D("2025-06-30"), "period")]


@pytest.mark.parametrize("text", [
    # ("Sales rose 5% from January", a base in past copy, is dated since dates24: the change
    # from January to publication, tests/test_dates_readings_dates24.py)
    "Prices are up 3% from January.",               # a figure compared with the month
    "Retail sales rose 0.7% to $705bn in April from March.",   # another time: a base
    "Data from April show 3,000 more claims.",      # a source
])
def test_a_base_month_stays_no_span(text):
    assert not [d for d in find_dates(text, D("2025-05-14"))
                if d.kind == "onward" or d.start_date == D("2025-03-01") or
                d.start_date == D("2025-01-01")]


@pytest.mark.parametrize("text,pub,read,other", [
    # in force: the last one first, however near the coming one
    ("Under the current settlement, which starts on 1 April, the average band D bill is "
     "£2,171.", "2024-11-28", "2024-04-01", "2025-04-01"),
    ("Under the uprating that takes effect on 8 April, the full new state pension is £221.20 "
     "a week.", "2024-12-10", "2024-04-08", "2025-04-08"),
    ("Under the cap that starts on 1 April, a typical household pays £1,849 a year.",
     "2025-05-19", "2025-04-01", "2026-04-01"),
    # a plan outside the clause: the coming one
    ("Under the rise that takes effect on 1 April, the living wage will be £12.21 an hour.",
     "2024-11-20", "2025-04-01", "2024-04-01"),
    # "under" a plan's noun: perhaps to come, the schedule's coming one first
    ("Under the deal that starts on 1 April, nurses get a 5.5% rise.", "2024-11-20",
     "2025-04-01", "2024-04-01"),
    # ... unless another cue says it is in force
    ("Under the current deal, which starts on 1 April, nurses get £30,000.", "2024-11-20",
     "2024-04-01", "2025-04-01"),
    # no cue of a thing in force: a schedule's verb reads the coming one first
    ("The cap that starts on 1 April puts a typical bill at £1,849.", "2024-11-20",
     "2025-04-01", "2024-04-01"),
])
def test_an_arrangement_in_force_reads_its_day_as_the_last(text, pub, read, other):
    got = [(d.start_date, d.other) for d in find_dates(text, D(pub)) if d.kind == "date"]
    assert got == [(D(read), D(other))]


def test_in_force_needs_the_cue_before_the_relative_clause():
    t = "Under the current rates, which apply from 1 April, workers earn £11.44 an hour."
    assert _in_force(t, t.index("1 April"), t.index("1 April") + 7)
    t = "The rates, which apply from 1 April, are set under the current law."
    assert not _in_force(t, t.index("1 April"), t.index("1 April") + 7)


def test_an_open_span_in_force_opens_on_the_last_day():
    t = ("Under the current rates, which apply from 1 April, workers aged 21 and over earn at "
         "least £11.44 an hour.")
    c = [x for x in claims_for(Document(id="d", text=t, date=D("2024-11-20")))
         if x.value == 11.44][0]
    assert c.period is None and c.extra_dict()["open_from"] == "2024-04-01"


@pytest.mark.parametrize("text,pub,start", [
    ("Typical household bills have gone up 6.4% from 1 April.", "2025-05-20", "2025-04-01"),
    ("The average price of unleaded has risen 1.86p a litre from 1 March, to 146.48p.",
     "2024-04-05", "2024-03-01"),
    ("Universal credit payments have risen 6.2% from April.", "2026-04-20", "2026-04-01"),
    ("The typical bill has climbed 2% from 1 October, to £1,755 a year.", "2025-10-21",
     "2025-10-01"),
])
def test_a_present_perfect_from_a_date_runs_to_publication(text, pub, start):
    c = _first(text, pub)
    assert (c.period.start, c.period.end) == (D(start), D(pub))


@pytest.mark.parametrize("text,at,expect", [
    ("Bills have gone up 6.4% from 1 April.", "from", True),
    ("Bills have to go up from 1 April.", "from", False),          # "have to": no perfect
    ("Bills have gone up from 1 April.", "from", False),           # no figure before "from"
    ("Firms have 300 staff from 1 April.", "from", False),         # "have" as a verb
    # a decision, whose day may be to come: an object, or "agreed to raise"
    ("The council has raised council tax by 4.99% from April.", "from", False),
    ("The council has agreed to raise council tax by 4.99% from April.", "from", False),
    ("Fares have risen by about 4.9% from 3 March.", "from", True),
])
def test_perfect_before(text, at, expect):
    assert _perfect_before(text, text.index(at)) is expect


def test_a_perfect_range_stays_a_range():
    got = _dates("Prices have risen 3% from 1 March to 30 June.", "2024-08-01")
    assert ("since", D("2024-03-01"), D("2024-08-01"), "day") not in got


@pytest.mark.parametrize("text", [
    "Workers aged 21 and over earn £11.44 an hour on Saturday.",
    "The price of unleaded is 146p a litre on Saturday.",
])
def test_words_in_ed_that_are_no_verb(text):
    assert _present_tense(text, text.index("Saturday"), text.index("Saturday") + 8)
    past = text.replace("earn ", "earned ").replace(" is ", " jumped to ")
    assert not _present_tense(past, past.index("Saturday"), past.index("Saturday") + 8)


@pytest.mark.parametrize("text,start,end", [
    # a decision to change: a plan, its month to come
    ("The council has agreed to raise council tax by 4.99% from April.", "2025-04-01",
     "2025-04-30"),
    # ... and a day after "from" opens its span, as "will rise 4.9% from 3 March" does
    ("MPs voted to cut the levy by 2p from 1 July.", "2025-07-01", None),
    ("MPs voted to cut the levy by 2p on 1 July.", "2025-07-01", "2025-07-01"),
])
def test_a_decision_to_change_dates_a_plan(text, start, end):
    got = [(d.start_date, d.end_date) for d in find_dates(text, D("2025-03-05"))]
    assert got == [(D(start), end and D(end))]


def test_a_decision_before_a_noun_is_no_plan():
    # "agreed to a 5% rise in February": the month past, not the coming one
    got = [d.start_date for d in find_dates("The union agreed to a 5% rise in February.",
                                            D("2025-03-05"))]
    assert got == [D("2025-02-01")]
