"""Issue 12, dates25 round: ends named by an event, base months in present copy, company
fiscal quarters, bare split years beside pounds. Our own sentences.

- "until" may name the event that ends what is in force, its day after "on" ("Bank Rate stays
  at 4.5% until the Bank's next meeting on 8 May"): the span from publication to that day
  (``extract.dates._until_spans``); past copy keeps the day.
- "until the end of August" written after August is the coming August's end.
- A month after "than in" in a present-tense sentence with no other time ("Petrol is 10p a
  litre dearer than in January") is the base a level of now is compared with: the latest such
  month begun, the change from its first day to publication; the month itself is kept as the
  other reading (``period_readings``), as it is for a past base ("rose 3% from March").
- A fiscal quarter in US dollars whose October-year reading has not ended by publication is
  the US company year (dates.yaml ``fiscal_year_dollar_starts``) whose reading ended latest,
  at least ``fiscal_report_lag_days`` before it; in a forecast, the one under way.
- A bare split year beside pounds with no other cue is the UK financial year (April).
"""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

D = date.fromisoformat


def _claim(text: str, pub: str):
    return claims_for(Document(id="t", text=text, date=D(pub)))[0]


@pytest.mark.parametrize("text,pub,start,end", [
    ("Bank Rate stays at 4.5% until the Bank's next meeting on 8 May.", "2025-03-20",
     "2025-03-20", "2025-05-08"),
    ("Borrowing costs stay at 5.25% until the committee meets again on 21 March.",
     "2024-02-01", "2024-02-01", "2024-03-21"),
    ("The federal funds rate stays between 5% and 5.25% until the Fed's next meeting on "
     "July 26.", "2023-06-14", "2023-06-14", "2023-07-26"),
    ("The national living wage is £11.44 an hour until the new rate takes effect on 1 April.",
     "2024-10-10", "2024-10-10", "2025-04-01"),
    ("Fuel duty stays at 52.95p a litre until the end of August.", "2025-11-26", "2025-11-26",
     "2026-08-31"),
])
def test_an_end_named_by_its_event_is_a_span_from_publication(text, pub, start, end):
    p = _claim(text, pub).period
    assert (p.start, p.end) == (D(start), D(end))


@pytest.mark.parametrize("text,pub,day", [
    ("Bank Rate stayed at 5.25% until the meeting on 1 August.", "2024-08-02", "2024-08-01"),
    ("Banks have until the review on 3 March to send 40 files.", "2025-01-10", "2025-03-03"),
    ("Rates stay at 5% until the vote, which is on 8 May.", "2025-03-20", "2025-05-08"),
])
def test_a_past_end_a_deadline_and_a_clause_break_keep_the_day(text, pub, day):
    p = _claim(text, pub).period
    assert (p.start, p.end) == (D(day), D(day))


@pytest.mark.parametrize("text,pub,start", [
    ("Petrol is 10p a litre dearer than in January, the RAC says.", "2024-05-03", "2024-01-01"),
    ("The typical dual-fuel bill is £27 higher than in April.", "2024-11-20", "2024-04-01"),
    ("Unleaded is 7p a litre dearer than in July.", "2023-09-05", "2023-07-01"),
    # the amount's own period is no other time
    ("Energy bills are £35 a year higher than in July.", "2025-10-01", "2025-07-01"),
])
def test_a_present_base_month_is_the_span_to_publication_with_the_month_kept(text, pub, start):
    c = _claim(text, pub)
    assert (c.period.start, c.period.end) == (D(start), D(pub))
    readings = c.extra_dict()["period_readings"]
    first = D(start)
    month_end = date(first.year + first.month // 12, first.month % 12 + 1, 1).toordinal() - 1
    assert [(r[1], r[2]) for r in readings] == [(first, D(pub)),
                                                (first, date.fromordinal(month_end))]


def test_a_past_base_month_keeps_the_month_as_its_other_reading():
    c = _claim("Average pump prices rose 3% from March, the RAC said.", "2025-06-18")
    assert (c.period.start, c.period.end) == (D("2025-03-01"), D("2025-06-18"))
    assert [(r[1], r[2]) for r in c.extra_dict()["period_readings"]][1] == (
        D("2025-03-01"), D("2025-03-31"))


@pytest.mark.parametrize("text,pub", [
    ("Prices are 3% higher in May than in March.", "2025-06-10"),
    ("Prices are 3% higher than in the spring.", "2025-06-10"),
])
def test_a_than_month_beside_another_time_is_no_span(text, pub):
    spans = [d for d in find_dates(text, D(pub)) if d.kind == "since"]
    assert spans == []


@pytest.mark.parametrize("text,pub,start,end", [
    ("Revenue rose 62% to $57.01 billion in the third quarter of fiscal 2026.", "2025-11-19",
     "2025-08-01", "2025-10-31"),
    ("Microsoft's revenue rose 13% to $70.1 billion in the third quarter of fiscal 2025.",
     "2025-04-30", "2025-01-01", "2025-03-31"),
    ("BlackBerry's revenue was $141.8 million in the third quarter of fiscal 2026.",
     "2025-12-18", "2025-09-01", "2025-11-30"),
    ("Cisco's revenue rose 8% to $14.9 billion in the first quarter of fiscal 2026.",
     "2025-11-12", "2025-08-01", "2025-10-31"),
    # a forecast: the company quarter under way at publication
    ("Nvidia expects revenue of $45 billion in the second quarter of fiscal 2026.",
     "2025-05-28", "2025-05-01", "2025-07-31"),
    # no dollars: the first other country's year ended (April: India's, Japan's, the UK's)
    ("Net profit of the sample grew 10.5 per cent in Q1FY26.", "2025-10-19", "2025-04-01",
     "2025-06-30"),
    # the October reading has ended: it stays
    ("Same-store sales fell 2% to $3.1 billion in the second quarter of fiscal 2025.",
     "2025-05-01", "2025-01-01", "2025-03-31"),
])
def test_a_fiscal_quarter_in_dollars_is_the_us_company_year_ended_latest(text, pub, start, end):
    p = _claim(text, pub).period
    assert (p.start, p.end) == (D(start), D(end))


def test_a_bare_split_year_beside_pounds_is_the_uk_financial_year():
    p = _claim("Cost of living payments total £900 in 2023-24.", "2023-08-23").period
    assert (p.start, p.end) == (D("2023-04-01"), D("2024-03-31"))
    # sports copy stays a season (July)
    p = _claim("The club's revenue was £468m in the 2022-23 season.", "2024-03-01").period
    assert (p.start, p.end) == (D("2022-07-01"), D("2023-06-30"))


@pytest.mark.parametrize("text,pub,value,period", [
    # (dates27: a level set against the month before it is of the latest month ended by
    # publication, the publication day kept as its other reading; not the base's span)
    ("The average two-year fix is 5.07%, lower than in July.", "2025-09-05", 5.07,
     ("2025-08-01", "2025-08-31")),
    ("Diesel is 2p a litre dearer than in March, at 157.8p.", "2024-05-03", 157.8, None),
])
def test_a_level_beside_a_base_month_takes_no_span(text, pub, value, period):
    c = next(c for c in claims_for(Document(id="t", text=text, date=D(pub)))
             if c.value == value)
    assert (c.period and (c.period.start.isoformat(), c.period.end.isoformat())) == period


@pytest.mark.parametrize("text,pub,start,end", [
    ("The cap is £1,928 from 1st April until 30 June.", "2024-03-10", "2024-04-01", "2024-06-30"),
    ("The federal funds rate stays between 5% and 5.25% until the Fed's next meeting on "
     "July 26.", "2023-06-14", "2023-06-14", "2023-07-26"),
])
def test_a_range_of_values_before_until_is_no_start_but_a_day_is(text, pub, start, end):
    spans = [(d.start_date, d.end_date) for d in find_dates(text, D(pub)) if d.kind == "period"]
    assert spans == [(D(start), D(end))]
