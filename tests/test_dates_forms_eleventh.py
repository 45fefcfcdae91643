"""Issue 12, eleventh round (dates10): forms read in sports-record, court, obituary, rent,
school-absence, holiday-travel, election, retail-results and Canadian, Australian and Indian
budget copy, in wordings other than the batch's (benchmarks/suites, cases d11a*/n11a*), with
the look-alikes that must stay apart."""

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.extract.numbers import find_quantities
from dates_support import span, d


@pytest.mark.parametrize("text,pub,start,end", [
    # a bare split year in sports copy is a season (dates.yaml season_cues)
    ("Kane scored 30 league goals in 2017-18.", "2019-01-10", "2017-07-01", "2018-06-30"),
    ("The keeper kept 21 clean sheets in 2008/09.", "2020-05-01", "2008-07-01", "2009-06-30"),
    # "since" a season, or the start of one, runs to publication
    ("Arsenal have lost 9 derbies since 2005-06.", "2023-09-22", "2005-07-01", "2023-09-22"),
    ("The side has conceded 40 goals since the start of this season.", "2024-03-10",
     "2023-07-01", "2024-03-10"),
    # an event named with one noun and dated after it: from that date
    ("The stock has lost 30% since its peak in March 2022.", "2024-01-15", "2022-03-01",
     "2024-01-15"),
    # two months with their years after "between" (or "from"): whole months
    ("Between March 2019 and June 2020 the fund lost $12 million.", "2024-02-12",
     "2019-03-01", "2020-06-30"),
    # the period after a date the sentence has just given
    ("The mill shut in August 2009 and 120 jobs went the following month.", "2023-01-20",
     "2009-09-01", "2009-09-30"),
    ("The club was founded in 1904 and drew 3,000 fans the following year.", "2023-01-20",
     "1905-01-01", "1905-12-31"),
    # school terms (dates.yaml school_terms)
    ("Absence was 7.5% in the 2022/23 autumn term.", "2024-03-21", "2022-09-01", "2022-12-31"),
    ("Absence was 6.9% in the spring term of 2022/23.", "2024-03-21", "2023-01-01",
     "2023-03-31"),
    # Easter's weekend runs from Good Friday
    ("Roads carried 14 million cars over the Easter weekend.", "2023-04-12", "2023-04-07",
     "2023-04-10"),
    ("Pubs sold 9 million pints on the late May bank holiday.", "2023-06-01", "2023-05-29",
     "2023-05-29"),
    # a span counted from a day: "the fiscal year that begins", "the n-day holiday from"
    ("Spending will reach $500 billion in the fiscal year that starts on July 1.",
     "2024-05-14", "2024-07-01", "2025-06-30"),
    ("Visitors made 48 million trips during the five-day holiday from May 1.", "2024-05-06",
     "2024-05-01", "2024-05-05"),
    # "ending in" is a span's end too
    ("Sales rose 6% in the year ending in March 2024.", "2024-06-01", "2023-04-01",
     "2024-03-31"),
    # Canada's years: a name in the sentence, or in the story's opening, before "federal"
    ("Canada's federal deficit was $35 billion in the 2022-23 fiscal year.", "2023-11-01",
     "2022-04-01", "2023-03-31"),
    ("OTTAWA (CP) - Figures were out on Friday. The federal government ran a $9 billion "
     "deficit in the first six months of the fiscal year.", "2024-11-29", "2024-04-01",
     "2024-09-30"),
    # a half of a fiscal year written as one word
    ("The deficit for H2FY24 stood at ₹9 lakh crore.", "2024-05-31", "2023-10-01",
     "2024-03-31"),
    # the probe's (d11b) forms: a year before an event noun, cricket's season words, a club's
    # term, a running total whose compared date comes before it
    ("Root made 737 runs in the 2021 series.", "2023-06-10", "2021-01-01", "2021-12-31"),
    ("Broad took 23 wickets at home in 2015-16.", "2021-12-30", "2015-07-01", "2016-06-30"),
    ("Arsenal conceded 51 goals last term.", "2025-03-01", "2023-07-01", "2024-06-30"),
    ("Year to date sales of $80m were 3% higher than a year earlier.", "2016-11-04",
     "2016-01-01", "2016-11-04"),
])
def test_probe_forms(text, pub, start, end):
    assert span(text, d(pub)) == (d(start), d(end))


def test_a_split_year_without_sports_words_keeps_both_calendar_years():
    assert span("Sales rose 4% in 2019-20.", d("2021-01-10")) == (
        d("2019-01-01"), d("2020-12-31"))


def test_federal_alone_keeps_the_us_year():
    assert span("Federal outlays rose 8% in the first four months of the fiscal year.",
                d("2025-03-12")) == (d("2024-10-01"), d("2025-01-31"))


def test_a_fiscal_year_ending_is_named_whole():
    got = [m for m in find_dates("Profit was £40m in the fiscal year ending March 2018.",
                                 d("2018-06-01")) if m.start_date]
    assert [(m.start_date, m.end_date, m.granularity) for m in got] == [
        (date(2017, 4, 1), date(2018, 3, 31), "year")]


def test_the_following_month_without_a_date_before_it_dates_nothing():
    assert span("Some 200 staff left the following month.", d("2024-01-20")) is None


def test_since_an_event_of_two_words_keeps_the_day():
    # ("since the window opened on 14 June": the day the suites hold for it)
    assert span("The club has spent £20m since the window opened on 14 June.",
                d("2024-08-30")) == (d("2024-06-14"), d("2024-06-14"))


@pytest.mark.parametrize("text,value,unit", [
    ("Applications have roughly doubled to 4.2m.", 4_200_000, ""),
    ("Visits fell to 1.5m.", 1_500_000, ""),
    ("Waves reached 4.2m.", 4.2, "meter"),
    ("The river rose to 4.2m.", 4.2, "meter"),
    ("Burglary has fallen by 1/4.", 0.25, ""),
    ("She wrote twice as many novels as her brother.", 2, ""),
    ("The crossing took a day and 3 hours.", 27, "hour"),
    ("One in every 8 patients waited too long.", 0.125, ""),
    ("Admissions rose by half.", 0.5, ""),
])
def test_probe_numbers(text, value, unit):
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["He scored twice in the final.", "Prices were 1/3.5 here."])
def test_no_figure_read(text):
    assert find_quantities(text) == []


def test_a_term_without_sports_words_dates_nothing():
    # (a parliament's, a school's or a loan's "last term" is no club season)
    assert span("The MP won 52% of the vote last term.", d("2025-03-01")) is None


def test_an_hour_after_a_comma_is_no_part_of_the_duration():
    assert [(q.text, q.value) for q in find_quantities("For an hour, 40 minutes passed.")] == [
        ("40 minutes", 40.0)]
