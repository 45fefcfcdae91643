"""Issue 12, dates24 round: dates in force, as price-cap, council-tax, fare and price copy
writes them. Our own sentences.

- A day after "until" in a present-tense sentence with no plan and no start of its own
  ("Under the cap that runs until 30 June, a typical household pays £1,849 a year") is the
  span from publication to that day (``_until_spans``); a deadline ("have until June 16 to
  send") stays the day.
- A participle of dates.yaml ``in_force_participles`` opens a reduced relative clause as
  "that"/"which" opens a full one ("Under the settlement starting on 1 April" in November:
  the arrangement in force, the last 1 April first).
- A change announced (dates.yaml ``announce_verbs`` before one of ``announced_change_nouns``:
  "has announced a 4.99% rise in council tax from April") is a plan: its month is the nearer
  such month to publication, its day opens a span with no end.
- In past copy a month after a change's amount or a compared figure ("Average pump prices rose
  3% from March") is the change's base: the span from its first day to publication.
"""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _period(text: str, pub: str):
    claims = claims_for(Document(id="t", text=text, date=D(pub)))
    return claims[0].period, claims[0].extra_dict().get("open_from")


@pytest.mark.parametrize("text,pub,start,end", [
    ("Under the cap that runs until 30 June, a typical household pays £1,849 a year.",
     "2025-05-19", "2025-05-19", "2025-06-30"),
    ("The band D bill of £2,171 applies until 31 March.", "2024-11-05", "2024-11-05",
     "2025-03-31"),
    ("Gas is capped at 7.51p per kWh until 30 September.", "2023-08-30", "2023-08-30",
     "2023-09-30"),
])
def test_a_level_in_force_until_a_day_holds_from_publication(text, pub, start, end):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(start), D(end))


@pytest.mark.parametrize("text,pub,day", [
    ("Self-employed filers have until June 16 to send 3 forms.", "2025-02-10", "2025-06-16"),
    ("The cap ran until 30 September at £1,568.", "2024-10-10", "2024-09-30"),
    ("The cap will be £1,928 until 31 March.", "2024-02-10", "2024-03-31"),
])
def test_a_deadline_a_past_end_and_a_plan_keep_the_day(text, pub, day):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(day), D(day))


@pytest.mark.parametrize("text,pub,opens", [
    ("Under the settlement starting on 1 April, the average band D bill in England is "
     "£2,171.", "2024-11-28", "2024-04-01"),
    ("Under the cap starting on 1 October, a typical household pays £1,755 a year.",
     "2025-11-10", "2025-10-01"),
    # a plan's noun after "under": not yet in force, the nearer day
    ("Under the deal starting on 1 April, nurses get a 5.5% rise.", "2024-11-28",
     "2025-04-01"),
])
def test_a_reduced_relative_clause_reads_as_a_full_one(text, pub, opens):
    assert _period(text, pub) == (None, opens)


@pytest.mark.parametrize("text,pub,start,end", [
    ("Hull City Council has announced a 4.99% rise in council tax from April.", "2025-02-14",
     "2025-04-01", "2025-04-30"),
    ("Transport Scotland has announced an 8.7% rise in ScotRail fares from April.",
     "2023-12-21", "2024-04-01", "2024-04-30"),
    # written after it: the April that was nearer
    ("In February the council announced a 4.99% rise in council tax from April.",
     "2025-06-30", "2025-04-01", "2025-04-30"),
])
def test_an_announced_change_dates_a_plans_month(text, pub, start, end):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(start), D(end))


def test_an_announced_change_from_a_day_opens_a_span_on_the_coming_one():
    got = [(d.start_date, d.end_date, d.kind, d.other) for d in find_dates(
        "The Department for Transport has announced a 4.9% rise in regulated fares from 3 "
        "March.", D("2023-12-22"))]
    assert got == [(D("2024-03-03"), None, "onward", D("2023-03-03"))]


def test_an_announcement_that_is_no_change_dates_nothing_to_come():
    # no change's noun: the month stays as the past sentence reads it (no plan)
    got = [d for d in find_dates("The council announced its budget from April.",
                                 D("2025-02-14")) if d.start_date == D("2025-04-01")]
    assert got == []


@pytest.mark.parametrize("text,pub,start", [
    ("Average pump prices rose 3% from March, the RAC said.", "2025-06-18", "2025-03-01"),
    ("Petrol prices fell 7p a litre from October.", "2024-01-10", "2023-10-01"),
    ("Sales rose 5% from January.", "2025-05-14", "2025-01-01"),
    ("Prices were up 3 per cent from January.", "2025-05-14", "2025-01-01"),
])
def test_a_base_month_in_past_copy_runs_to_publication(text, pub, start):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(start), D(pub))


@pytest.mark.parametrize("text", [
    "Retail sales rose 0.7% to $705bn in April from March.",   # another time: the figure's
    "Data from April showed 3,000 more claims.",               # a source
    "Prices are up 3% from January.",                          # present copy: left open
])
def test_a_base_month_with_another_time_or_no_change_is_no_span(text):
    assert not [d for d in find_dates(text, D("2025-05-14")) if d.kind == "since"]


@pytest.mark.parametrize("text,pub,start,end", [
    # a present-tense range of days under way at publication is that one
    ("The cap is £1,928 from 1 January until 31 March.", "2024-02-10", "2024-01-01",
     "2024-03-31"),
    ("The cap is £1,928 from January 1 to March 31.", "2024-02-10", "2024-01-01",
     "2024-03-31"),
    # in past copy the last one that has ended
    ("The cap was £1,928 from 1 January until 31 March.", "2024-02-10", "2023-01-01",
     "2023-03-31"),
    # "until the end of" a month: from publication to its last day
    ("The typical bill stays at £1,568 until the end of September.", "2024-08-10",
     "2024-08-10", "2024-09-30"),
])
def test_a_span_in_force_at_publication(text, pub, start, end):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(start), D(end))


@pytest.mark.parametrize("text,pub,opens", [
    # participles that open a span as "starting on" does
    ("Under the cap beginning on 1 October, the typical bill is £1,717 a year.", "2024-11-27",
     "2024-10-01"),
    ("Under the uprating taking effect on 7 April, the full state pension is £230.25 a week.",
     "2025-12-02", "2025-04-07"),
])
def test_beginning_on_and_taking_effect_on_open_a_span(text, pub, opens):
    assert _period(text, pub) == (None, opens)


@pytest.mark.parametrize("text,pub,start,end", [
    # a full relative clause keeps the day; "the week beginning" is a week
    ("Under the rise that takes effect on 1 April, the living wage will be £12.21 an hour.",
     "2024-11-20", "2025-04-01", "2025-04-01"),
    ("The rate for the week beginning 1 December was 4.5%.", "2025-12-02", "2025-12-01",
     "2025-12-07"),
    # a compared figure's word after it, in past copy
    ("Prices were 0.3% lower from June, the Halifax index showed.", "2019-08-07",
     "2019-06-01", "2019-08-07"),
])
def test_days_and_bases_beside_the_new_openers(text, pub, start, end):
    period, _ = _period(text, pub)
    assert (period.start, period.end) == (D(start), D(end))
