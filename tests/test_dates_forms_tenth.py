"""Issue 12, tenth round (dates9): forms read in crop outlooks, cocoa bulletins, US budget
reviews, Japanese and Indian results, central-bank, rainfall, census-history and football
copy, in wordings other than the batch's (benchmarks/suites, cases d10a*/n10a*), with the
look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a marketing year is the crop's (dates.yaml commodity_years)
    ("Sorghum exports for the 2023/24 marketing year reached 180 million bushels.",
     "2024-10-11", "2023-09-01", "2024-08-31"),
    ("Barley stocks in the 2022-23 marketing year stood at 75 million bushels.", "2023-07-12",
     "2022-06-01", "2023-05-31"),
    ("Cotton ending stocks for 2024/25 were put at 4.3 million bales.", "2025-01-10",
     "2024-08-01", "2025-07-31"),
    ("The 2023-24 coffee year closed with 178 million bags produced.", "2024-11-01",
     "2023-10-01", "2024-09-30"),
    # a season in a crop's sentence is the crop's year; the months in brackets rule
    ("The 2023/24 season-average corn price was lowered to $4.55.", "2024-06-12",
     "2023-09-01", "2024-08-31"),
    ("Sugar output in the 2022/23 season (October-September) fell 3%.", "2023-11-02",
     "2022-10-01", "2023-09-30"),
])
def test_marketing_years_follow_the_commodity(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_marketing_year_without_a_commodity_keeps_both_calendar_years():
    assert span("Exports fell 4% in the 2023/24 marketing year.", d("2024-10-11")) == (
        d("2023-01-01"), d("2024-12-31"))


def test_a_season_without_a_commodity_stays_the_sports_one():
    assert span("He scored 21 goals in the 2023/24 season.", d("2024-08-01")) == (
        d("2023-07-01"), d("2024-06-30"))


@pytest.mark.parametrize("text,pub,start,end", [
    # a bare split year whose sentence names its kind
    ("She won 14 races in her debut season, 2021-22.", "2023-01-05", "2021-07-01", "2022-06-30"),
    # US budget copy: the October year
    ("The deficit came to $1.5 trillion in the first ten months of fiscal 2024.", "2024-08-08",
     "2023-10-01", "2024-07-31"),
    ("CBO estimates federal revenues so far this fiscal year at $2.4 trillion.", "2025-04-08",
     "2024-10-01", "2025-04-08"),
    # Japanese copy names a fiscal year by the year it begins in
    ("Toyota expects operating profit of 4.3 trillion yen in fiscal 2024.", "2024-05-08",
     "2024-04-01", "2025-03-31"),
    # Indian copy's "financial year 2024" ends in 2024
    ("Exports reached Rs 3.2 lakh crore in the financial year 2024.", "2024-05-15",
     "2023-04-01", "2024-03-31"),
])
def test_fiscal_years_by_the_country_the_sentence_names(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    ("The Fed left rates at 5.5% at its September meeting.", "2023-10-02",
     "2023-09-01", "2023-09-30"),
    # written in December, "the January meeting" is the coming one
    ("Traders see a 70% chance of a cut at the January meeting.", "2024-12-20",
     "2025-01-01", "2025-01-31"),
    ("The bank will hold its key rate at 3% at the April policy meeting.", "2025-03-20",
     "2025-04-01", "2025-04-30"),
])
def test_a_meeting_named_by_its_month(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_month_before_other_nouns_is_no_meeting():
    assert span("The March 12 meeting drew 40 people.", d("2024-03-20")) == (
        d("2024-03-12"), d("2024-03-12"))


@pytest.mark.parametrize("text,pub,start,end", [
    # a year-to-date figure "through" a month
    ("Visitor numbers reached 25 million through August.", "2024-09-18",
     "2024-01-01", "2024-08-31"),
    ("Home sales fell 4% through June 2023.", "2023-07-20", "2023-01-01", "2023-06-30"),
    # but a span through a month is read whole
    ("Prices rose 2.4% in the 12 months through August.", "2024-09-11",
     "2023-09-01", "2024-08-31"),
    ("Sales rose 3% from April through June.", "2024-07-25", "2024-04-01", "2024-06-30"),
])
def test_through_a_month(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,pub,start,end", [
    ("Third-quarter sales rose 6%.", "2024-10-24", "2024-07-01", "2024-09-30"),
    ("Nike's first-quarter revenue fell 10%.", "2024-10-01", "2024-01-01", "2024-03-31"),
    ("Operating profit fell 12% in the half-year.", "2024-08-01", "2024-01-01", "2024-06-30"),
    ("Full-year profit rose 9%.", "2025-02-20", "2024-01-01", "2024-12-31"),
    ("The group expects full-year sales growth of 4%.", "2025-08-01", "2025-01-01",
     "2025-12-31"),
    ("Profit rose 60% in the third quarter of the financial year 2025, in rupees.",
     "2025-02-01", "2024-10-01", "2024-12-31"),
])
def test_results_periods(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_full_year_as_a_length_is_no_date():
    assert not find_dates("It took a full year to sell 300 homes.", d("2024-05-01"))


def test_companies_publishing_a_quarter_take_the_week():
    assert span("Some 150 firms will publish third-quarter results this week.",
                d("2024-10-22")) == (d("2024-10-21"), d("2024-10-27"))


def test_reported_months_are_no_report_day():
    assert span("Analysts tallied 900 firms that had reported July-September results.",
                d("2024-11-15")) == (d("2024-07-01"), d("2024-09-30"))


@pytest.mark.parametrize("text,pub,start,end", [
    ("Rainfall reached 61mm on Friday and into Saturday.", "2024-01-07",
     "2024-01-05", "2024-01-06"),
    ("The town grew 9 percent between April 1, 2010, and April 1, 2020.", "2021-08-12",
     "2010-04-01", "2020-04-01"),
    ("The mill employed 2,000 people in the 19th century.", "2024-06-26",
     "1800-01-01", "1899-12-31"),
    ("Output doubled to 40 tonnes in the last two decades of the 19th century.", "2024-06-26",
     "1880-01-01", "1899-12-31"),
    ("The city had about 400,000 people at the turn of the century.", "2019-03-01",
     "2000-01-01", "2000-12-31"),
    ("Wages grew 3 percent a year in the '80s.", "2001-04-03", "1980-01-01", "1989-12-31"),
])
def test_days_spans_and_centuries(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


@pytest.mark.parametrize("text,value,unit", [
    ("Winter wheat yields averaged 52 bushels an acre.", 52.0, "bushel / acre"),
    ("Soybeans fetched $10.25 per bushel.", 10.25, "USD / bushel"),
    ("Farmers harvested 4.4 billion bushels.", 4.4e9, "bushel"),
    ("Yields reached 8 tonnes a hectare.", 8.0, "metric_ton / hectare"),
])
def test_crop_units(text, value, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


def test_a_share_before_a_capitalised_people_noun():
    assert 0.3 in [q.value for q in find_quantities("Three in 10 Britons own a bicycle.")]


def test_a_count_before_a_month_is_no_share():
    assert 0.4 not in [q.value for q in find_quantities("It rained 4 in 10 March days.")]


# -- the probe's fixes (d10b*) ------------------------------------------------------------------

@pytest.mark.parametrize("text,pub,start,end", [
    # a span of N days ending on, or beginning on, a day
    ("Rail operators expected 2 million journeys in the five-day holiday period ending "
     "Sunday.", "2024-12-30", "2024-12-25", "2024-12-29"),
    ("Stores took £4bn in the seven-day stretch ending December 24.", "2024-12-27",
     "2024-12-18", "2024-12-24"),
    ("Airports handled 5 million passengers in the 12-day period that began Dec. 20.",
     "2025-01-05", "2024-12-20", "2024-12-31"),
    # the UK tax year runs from 6 April
    ("HMRC collected £12bn in the 2023/24 tax year.", "2024-07-01", "2023-04-06", "2024-04-05"),
    ("Some 11.5 million people filed returns for the last tax year, HMRC said.", "2024-02-01",
     "2022-04-06", "2023-04-05"),
    ("The 2025/26 personal allowance is frozen at £12,570.", "2025-04-10", "2025-04-06",
     "2026-04-05"),
    # a country's name decides a bare split year
    ("Australia's budget deficit is forecast at $27 billion in 2025-26.", "2025-03-25",
     "2025-07-01", "2026-06-30"),
    # the year to date, and last year to the same day
    ("Some 40,000 fires had burned by this point in the year.", "2021-08-02", "2021-01-01",
     "2021-08-02"),
    ("By the same date last year, 600 square miles had burned.", "2021-08-02", "2020-01-01",
     "2020-08-02"),
])
def test_probe_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_tax_year_elsewhere_keeps_its_country_start():
    # India's assessment copy: the financial-year start, 1 April
    assert span("Tax collections rose to Rs 19.6 lakh crore in the 2023-24 tax year.",
                d("2024-06-01")) == (d("2023-04-01"), d("2024-03-31"))


@pytest.mark.parametrize("text", [
    # "on 3.9" is a date only when nothing makes it a figure (everyday16's election draft)
    "The party won 48 seats on 3.9% of the vote.",
    "The Greens won 11 seats on 11.5 per cent.",
    "Shares rose on 12.5 million in new orders.",
])
def test_on_a_dotted_number_with_a_percent_or_scale_is_no_date(text):
    assert [m.text for m in find_dates(text, date(2024, 7, 6))] == []


def test_on_a_dotted_number_alone_is_still_a_date():
    assert [m.text for m in find_dates("The vote is on 4.22 and the count on 4.23.",
                                       date(2024, 4, 1))] == ["4.22", "4.23"]
