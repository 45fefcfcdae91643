"""Issue 12, dates26 round: event ends holding a figure or a weekday, "until the end of the
month", "than it was in <month>", levels written beside their base month, company fiscal
quarters with both readings, temperature bands. Our own sentences.

- "until" before an event that holds a figure or whose day is a weekday ("is £11.44 an hour
  until the rise to £12.21 on Tuesday") is the span from publication to that day
  (``extract.dates._until_spans``); the event's own figure takes no period of the sentence.
- "until the end of the month (year)" in present copy with no other month or year named:
  from publication to the end of the month (year) of publication.
- "than it was in March" is read as "than in March": the main clause's tense decides.
- A level written beside its base month ("Inflation was 3.8%, up from 3.6% in June",
  "rose 10.4% to 317,786, compared with the same month last year") is the latest month
  ended by publication; its base keeps its month.
- A fiscal quarter in US dollars keeps two readings (``period_readings``): in a forecast the
  quarter under way that began last, the latest ended beside it; in a report the latest
  ended, and a reading that ended longer ago than a report comes gives way to one that
  ended within that window.
- "the high 20s Celsius" is 27..29 degrees.
"""

from datetime import date

import pytest

from factcheck.extract import find_dates, find_quantities
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claims(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))


def _period(c):
    return None if c.period is None else (c.period.start.isoformat(), c.period.end.isoformat())


@pytest.mark.parametrize("text,pub,start,end", [
    ("Adult workers earn at least £11.44 an hour until the increase to £12.21 on Tuesday.",
     "2025-03-31", "2025-03-31", "2025-04-01"),
    ("The national living wage stays at £10.42 an hour until the 9.8% rise takes effect on "
     "Monday.", "2024-03-28", "2024-03-28", "2024-04-01"),
    ("The under-18 rate stays at £6.40 an hour until the rise to £7.55 on 1 April.",
     "2025-03-26", "2025-03-26", "2025-04-01"),
    ("Only about 20% of trains run until the RMT walkout ends on Saturday.", "2023-01-13",
     "2023-01-13", "2023-01-14"),
])
def test_an_event_end_with_a_figure_or_a_weekday_is_a_span_from_publication(text, pub, start,
                                                                              end):
    cs = _claims(text, pub)
    assert _period(cs[0]) == (start, end)
    # the event's own figure ("the rise to £12.21") is no figure of that span
    assert all(_period(c) is None for c in cs[1:])


def test_a_weekday_alone_after_until_keeps_its_day():
    ds = find_dates("Services run until Sunday.", D("2025-03-26"))
    assert [(d.start_date, d.end_date) for d in ds] == [(D("2025-03-30"), D("2025-03-30"))]


@pytest.mark.parametrize("text,pub,end", [
    ("Sale fares of up to 50% off are valid for travel until the end of the month.",
     "2025-03-10", "2025-03-31"),
    ("Fuel duty stays at 52.95p a litre until the end of the year.", "2025-03-10",
     "2025-12-31"),
])
def test_until_the_end_of_the_month_in_present_copy(text, pub, end):
    assert _period(_claims(text, pub)[0]) == (pub, end)


@pytest.mark.parametrize("text", [
    "Sale fares of up to 50% off were valid for travel until the end of the month.",
    "In May, fares of up to 50% off are valid until the end of the month.",
])
def test_until_the_end_of_the_month_in_past_copy_or_beside_a_month_is_no_such_span(text):
    assert _period(_claims(text, "2025-03-10")[0]) != ("2025-03-10", "2025-03-31")


@pytest.mark.parametrize("text,pub,start", [
    ("Petrol is almost 6p a litre dearer than it was in January.", "2024-04-02", "2024-01-01"),
    ("Diesel is 2p a litre cheaper than it was in March.", "2025-05-02", "2025-03-01"),
])
def test_than_it_was_in_a_month_is_a_base_month(text, pub, start):
    c = _claims(text, pub)[0]
    assert _period(c) == (start, pub)
    assert [r[1] for r in c.extra_dict()["period_readings"]] == [D(start), D(start)]


def test_than_it_was_in_a_month_in_past_copy_stays_the_month():
    c = _claims("Diesel was 2p a litre cheaper than it was in March.", "2025-05-02")[0]
    assert _period(c) == ("2025-03-01", "2025-03-31")


@pytest.mark.parametrize("text,pub,level,base", [
    ("Inflation was 3.8%, up from 3.6% in June.", "2025-08-20", ("2025-07-01", "2025-07-31"),
     ("2025-06-01", "2025-06-30")),
    ("Food inflation rose to 4.9%, from 4.5% in June.", "2025-08-20",
     ("2025-07-01", "2025-07-31"), ("2025-06-01", "2025-06-30")),
    ("Inflation fell to 2.5%, down from 2.6% in November.", "2025-01-15",
     ("2024-12-01", "2024-12-31"), ("2024-11-01", "2024-11-30")),
])
def test_a_level_beside_its_base_month_is_the_latest_month_ended(text, pub, level, base):
    cs = _claims(text, pub)
    assert (_period(cs[0]), _period(cs[1])) == (level, base)


def test_a_level_beside_an_older_base_keeps_the_month_after_the_base():
    c = _claims("Inflation was 3.8%, up from 3.4% in April.", "2025-08-20")[0]
    assert _period(c) == ("2025-07-01", "2025-07-31")
    assert [(r[1], r[2]) for r in c.extra_dict()["period_readings"]] == [
        (D("2025-07-01"), D("2025-07-31")), (D("2025-05-01"), D("2025-05-31"))]


def test_a_base_in_the_latest_month_ended_gives_the_level_no_period():
    # (published on 20 August, "up from 3.6% in July": the level is no month ended by then)
    assert _period(_claims("Inflation was 3.8%, up from 3.6% in July.", "2025-08-20")[0]) is None


def test_the_same_month_last_year_with_no_month_written():
    cs = _claims("Registrations rose 10.4% to 317,786, compared with the same month last year.",
                 "2024-04-04")
    assert [_period(c) for c in cs] == [("2024-03-01", "2024-03-31")] * 2
    ds = find_dates("Sales rose 5% on the same quarter last year.", D("2024-04-04"))
    assert [(d.start_date, d.end_date) for d in ds] == [(D("2023-01-01"), D("2023-03-31"))]


@pytest.mark.parametrize("text,pub,read,other", [
    # a forecast: the quarter under way that began last (Microsoft's July year), the latest
    # ended beside it
    ("Microsoft expects revenue of $60 billion to $61 billion in the third quarter of fiscal "
     "2024.", "2024-01-30", ("2024-01-01", "2024-03-31"), ("2023-10-01", "2023-12-31")),
    # a report whose October-year quarter ended five months before: the retailer's year
    # named by the year it begins in (February 2025 to January 2026), the other kept
    ("Target's net sales fell 2.8% to $23.8 billion in the first quarter of fiscal 2025.",
     "2025-05-21", ("2025-02-01", "2025-04-30"), ("2024-10-01", "2024-12-31")),
])
def test_a_company_fiscal_quarter_keeps_both_readings(text, pub, read, other):
    c = _claims(text, pub)[-1]
    assert _period(c) == read
    readings = c.extra_dict()["period_readings"]
    assert [(r[1].isoformat(), r[2].isoformat()) for r in readings] == [read, other]


@pytest.mark.parametrize("text,pub,read", [
    ("Apple's revenue rose 16% to $143.8 billion in the first quarter of fiscal 2026.",
     "2026-01-29", ("2025-10-01", "2025-12-31")),
    ("Costco's net sales rose 7.5% to $60.99 billion in the first quarter of fiscal 2025.",
     "2024-12-12", ("2024-09-01", "2024-11-30")),
])
def test_a_past_report_of_a_fresh_quarter_has_one_reading(text, pub, read):
    c = _claims(text, pub)[-1]
    assert _period(c) == read
    assert "period_readings" not in c.extra_dict()


def test_a_temperature_band_of_a_ten():
    qs = find_quantities("By Monday a few spots will be in the high 20s Celsius.")
    assert [(q.value, q.unit, q.lower, q.upper) for q in qs] == [
        (27.0, "degree_Celsius", 27.0, 29.0)]
    assert find_quantities("He is in his mid-30s.") == []


def test_a_participle_after_stay_is_no_past_tense():
    c = _claims("Bus fares in England stay capped at £2 until the end of the year.",
                "2024-10-03")[0]
    assert _period(c) == ("2024-10-03", "2024-12-31")
