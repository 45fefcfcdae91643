"""Issue 12, fourteenth round (dates13): forms read in anniversary, freight, Gulf, Indian and
Chinese festival copy, in wordings other than the batch's (benchmarks/suites, cases
d14a*/n14a*), with the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # anniversary copy: the same week, month or day some years back
    ("Thirty years ago this week, 40,000 miners walked out.", "2014-03-12", "1984-03-12",
     "1984-03-18"),
    ("Twenty years ago this month, the dam burst and 120 people died.", "2024-06-03",
     "2004-06-01", "2004-06-30"),
    ("The singer died on this day in 1977, aged 42.", "2024-08-16", "1977-08-16", "1977-08-16"),
    ("On this day 25 years ago, 3,000 workers lost their jobs.", "2024-02-09", "1999-02-09",
     "1999-02-09"),
    ("At this time last year, 39,500 people had applied.", "2024-03-18", "2023-03-18",
     "2023-03-18"),
    # the month under way, to publication
    ("In March to date, tanker rates have climbed 9%.", "2024-03-21", "2024-03-01",
     "2024-03-21"),
    # feasts of lunar calendars: Ramadan is a month of the Umm al-Qura calendar, the Eids and
    # the Lunar New Year a day that moves each year
    ("Food imports rose 14% during Ramadan last year.", "2024-05-02", "2023-03-23",
     "2023-04-20"),
    ("Some 2 million pilgrims prayed on Eid al-Adha.", "2024-06-20", "2024-06-16",
     "2024-06-16"),
    ("Cinemas sold 5 million tickets on Chinese New Year's Eve.", "2024-02-14", "2024-02-09",
     "2024-02-09"),
    ("Gold sales jumped 20% on Diwali 2023.", "2024-01-10", "2023-11-12", "2023-11-12"),
    ("The markets closed early on the last day of Ramadan, with 300 stalls shut.",
     "2025-04-02", "2025-03-29", "2025-03-29"),
])
def test_fourteenth_round_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_lunar_new_year_is_not_new_years_day():
    # "Lunar New Year's Day" is the first day of the Chinese calendar, never 1 January
    got = [(m.text, m.start_date) for m in find_dates("Flights rose 8% on Lunar New Year's Day.",
                                                      date(2023, 2, 1))]
    assert got == [("Lunar New Year's Day", date(2023, 1, 22))]


def test_a_feast_in_a_year_not_listed_is_no_date():
    # Diwali 2024 fell on 31 October or 1 November by region: no day is guessed for it
    ms = find_dates("Sweet shops took 30% more on Diwali.", date(2024, 11, 5))
    assert not [m for m in ms if m.start_date is not None]


def test_september_to_date_in_another_month_is_not_to_date():
    # "to date" ends at publication only for the month under way
    ms = find_dates("In May to date, rates rose 2%.", date(2024, 7, 3))
    assert all(m.end_date != date(2024, 7, 3) for m in ms)


@pytest.mark.parametrize("text,lo,hi,unit", [
    ("Saffron sells for Rs 1,800 to Rs 2,400 per gram.", 1800, 2400, "INR / gram"),
    ("Freight costs $40 to $55 a tonne.", 40, 55, "USD / metric_ton"),
    ("A box costs between 30 riyals and 45 riyals per kilo.", 30, 45, "SAR / kilogram"),
])
def test_currency_ranges_with_a_rate_after_the_second_bound(text, lo, hi, unit):
    got = [(q.lower, q.upper, q.unit) for q in find_quantities(text)]
    assert got == [(lo, hi, unit)]


@pytest.mark.parametrize("text,value,unit", [
    ("Rents in Riyadh reached 60,000 riyals.", 60000, "SAR"),
    ("Bread cost 2,500 Syrian pounds.", 2500, "SYP"),
    ("The fund holds 3 billion dirhams.", 3e9, "AED"),
    ("Tickets were 150 EGP each.", 150, "EGP"),
])
def test_gulf_and_levant_currencies(text, value, unit):
    got = [(q.value, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(value), unit)]


def test_a_change_between_currency_amounts_stays_two_figures():
    # "from $350 to $450 per kg" is a change, not a range
    assert len(find_quantities("Prices rose from $350 to $450 per kg.")) == 2


def test_a_range_between_events_named_with_their_dates_in_brackets():
    ms = find_dates("Car sales reached 4 lakh units between Onam (August 29) and Diwali "
                    "(November 12).", date(2023, 11, 20))
    assert (ms[0].start_date, ms[0].end_date) == (date(2023, 8, 29), date(2023, 11, 12))


def test_a_listed_feast_day_is_read_when_the_years_to_publication_are_listed():
    ms = find_dates("Gold sales rose 10% before Diwali.", date(2023, 12, 1))
    assert [(m.start_date, m.end_date) for m in ms] == [(date(2023, 11, 12),) * 2]


@pytest.mark.parametrize("text,pub,start,end", [
    # a bare year after between/from, joined to a period named from publication
    ("Between 2016 and last summer, 85 shops closed.", "2024-10-01", "2016-01-01",
     "2024-08-31"),
    ("Rents rose 30% from 2015 to last year.", "2024-11-12", "2015-01-01", "2023-12-31"),
])
def test_a_year_then_a_relative_period(text, pub, start, end):
    ms = [m for m in find_dates(text, d(pub)) if m.start_date is not None]
    assert [(m.start_date, m.end_date) for m in ms] == [(d(start), d(end))]


def test_a_year_and_a_relative_period_without_between_stay_apart():
    # "and" joins a span only after "between"
    assert len(find_dates("Some 40 people came from 2015 and last year.", date(2024, 11, 12))) == 2
