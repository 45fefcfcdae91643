"""Date and number forms of the fifth held-out round (issue 12): each new recogniser read
through find_dates / claims_for, in wordings other than the batch's (benchmarks/suites dz*,
nz*), and the words where each must stop."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import find_dates
from factcheck.model import Document
from factcheck.normalize import claims_for

WED = date(2024, 5, 8)       # a Wednesday


def spans(text: str, pub: date):
    return [(d.text, d.start_date, d.end_date, d.granularity) for d in find_dates(text, pub)]


def only(text: str, pub: date):
    got = find_dates(text, pub)
    assert len(got) == 1, got
    return got[0].start_date, got[0].end_date, got[0].granularity


@pytest.mark.parametrize("text,pub,start,end,gran", [
    # the coming such weekday, and a week on
    ("The vote is a week on Tuesday.", WED, date(2024, 5, 21), date(2024, 5, 21), "day"),
    ("Talks resume Friday week.", WED, date(2024, 5, 17), date(2024, 5, 17), "day"),
    ("Talks resume Wednesday week.", WED, date(2024, 5, 15), date(2024, 5, 15), "day"),
    # n units back to the day
    ("It opened 30 years ago today.", WED, date(1994, 5, 8), date(1994, 5, 8), "day"),
    ("It closed three weeks ago today.", WED, date(2024, 4, 17), date(2024, 4, 17), "day"),
    # half years as results write them
    ("Sales rose in 2H2023.", WED, date(2023, 7, 1), date(2023, 12, 31), "month"),
    ("Sales rose in 1H25.", date(2025, 8, 1), date(2025, 1, 1), date(2025, 6, 30), "month"),
    # split years with a league between, or both years in full
    ("Crowds rose in the 2024-25 Premier League season.", WED, date(2024, 7, 1),
     date(2025, 6, 30), "year"),
    ("Crowds rose in the 1999-2000 season.", WED, date(1999, 7, 1), date(2000, 6, 30), "year"),
    # a year to a year, a month quarter with its year after
    ("Revenue fell in the year ended 2019.", WED, date(2019, 1, 1), date(2019, 12, 31), "year"),
    ("Wages rose in June quarter 2023.", WED, date(2023, 4, 1), date(2023, 6, 30), "quarter"),
    # Saturday to the bank holiday Monday
    # Good Friday is a bank holiday too: Easter's is a four-day weekend
    ("Roads were busy over the Easter bank holiday weekend.", date(2024, 4, 3),
     date(2024, 3, 29), date(2024, 4, 1), "day"),
    ("Roads were busy over the August bank holiday weekend.", date(2024, 9, 3),
     date(2024, 8, 24), date(2024, 8, 26), "day"),
    ("Roads will be busy over the bank holiday weekend.", date(2024, 5, 20),
     date(2024, 5, 25), date(2024, 5, 27), "day"),
    # "so far in" a year, "the prior" window, "since" with a time of day
    ("Shares rose 4% so far in 2024.", WED, date(2024, 1, 1), WED, "day"),
    ("Shares rose 4% so far in 2023.", WED, date(2023, 1, 1), date(2023, 12, 31), "day"),
    ("Police logged 50 calls in the prior 30 days.", WED, date(2024, 4, 8), date(2024, 5, 7),
     "day"),
    ("Rain has fallen since 10am Monday.", WED, date(2024, 5, 6), WED, "day"),
    # "end-June" is the end of June
    ("Sales rose in the six months to end-June.", date(2024, 8, 1), date(2024, 1, 1),
     date(2024, 6, 30), "month"),
    ("Debt was £2bn at end-September.", date(2024, 11, 1), date(2024, 9, 21),
     date(2024, 9, 30), "day"),
    # numeric ranges, a bracketed weekday, a month to a later year
    ("The fair ran 12/11/2023-12/17/2023.", WED, date(2023, 12, 11), date(2023, 12, 17), "day"),
    ("Entries run from 1 June 2024 (Saturday) to 3 June 2024 (Monday).", WED,
     date(2024, 6, 1), date(2024, 6, 3), "day"),
    ("Members joined between March 2019 and 2021.", WED, date(2019, 3, 1), date(2021, 12, 31),
     "month"),
    # holidays of other English-speaking countries
    ("Crowds gathered on St. Patrick's Day.", WED, date(2024, 3, 17), date(2024, 3, 17), "day"),
    ("Crowds gathered on Canada Day.", date(2024, 7, 5), date(2024, 7, 1), date(2024, 7, 1),
     "day"),
    ("Sales rose on Father's Day.", date(2024, 6, 20), date(2024, 6, 16), date(2024, 6, 16),
     "day"),
    ("Wreaths were laid on Remembrance Sunday.", date(2024, 11, 20), date(2024, 11, 10),
     date(2024, 11, 10), "day"),
    # a forecast with "could" is the coming day
    ("Up to 70mm could fall on Friday.", WED, date(2024, 5, 10), date(2024, 5, 10), "day"),
])
def test_forms_of_the_fifth_round(text, pub, start, end, gran):
    assert only(text, pub) == (start, end, gran)


def test_an_ambiguous_numeric_date_is_not_read_into_the_future_of_past_copy():
    past = find_dates("Bids closed on 10/02/2024.", date(2024, 2, 20))
    assert [(d.start_date, d.ambiguous) for d in past] == [(date(2024, 2, 10), True)]
    ahead = find_dates("Bids will close on 10/02/2024.", date(2024, 2, 20))
    assert [(d.start_date, d.ambiguous) for d in ahead] == [(date(2024, 10, 2), True)]
    # near publication either way: the setting decides (MDY)
    near = find_dates("Bids closed on 02/03/2024.", date(2024, 2, 20))
    assert near[0].start_date == date(2024, 2, 3)


def test_the_new_forms_stop_where_their_words_do():
    # "could not" and "could have" are no forecast
    assert only("He could not say what happened on Friday.", WED)[0] == date(2024, 5, 3)
    # "week-long", "weekly" make no "Saturday week"
    # (the weekday alone, no tense to date it: the nearer Saturday, three days on; dates19)
    assert only("The Saturday week-long festival.", WED)[0] == date(2024, 5, 11)
    assert only("A Monday weekly column ran.", WED)[0] == date(2024, 5, 6)
    # a later year before the first is no span
    assert spans("Members joined between May 2019 and 2018.", WED)[0][0] == "May 2019"
    # a split year with "and" after it keeps its own reading
    assert not any("and" in t for t, *_ in
                   spans("Attendance rose in the 2023-24 and 2024-25 seasons.", WED))


def test_a_count_of_reports_is_no_report_date():
    got = claims_for(Document(id="r", text="The bank will publish 3 reports on Wednesday.",
                              date=date(2024, 5, 6)))
    assert (got[0].period.start, got[0].period.end) == (date(2024, 5, 8), date(2024, 5, 8))


def test_a_rate_for_the_year_ended_a_year_is_that_year():
    got = claims_for(Document(id="y", text="Revenue rose 13% in the year ended 2018.",
                              date=date(2019, 5, 9)))
    assert (got[0].period.start, got[0].period.end) == (date(2018, 1, 1), date(2018, 12, 31))
    # a rate for the year to a month is that year's, as written (no longer its last month's)
    got = claims_for(Document(id="y", text="Prices rose 5% in the year to November.",
                              date=date(2024, 12, 18)))
    assert (got[0].period.start, got[0].period.end) == (date(2023, 12, 1), date(2024, 11, 30))


def figures(text: str):
    return [(c.value, c.unit, c.lower, c.upper) for c in claims_for(Document(id="n", text=text))]


@pytest.mark.parametrize("text,value,unit", [
    ("The scheme paid out ₹12,00,000.", 1_200_000, "INR"),
    ("The hall holds 1,25,000 people.", 125_000, ""),
    ("The hall holds 12,50,00,000 people.", 125_000_000, ""),
    ("Losses reached Rs 3.5 cr.", 35_000_000, "INR"),
    ("Profits reached ₹500 Cr.", 5_000_000_000, "INR"),
    ("It cost ₦500.", 500, "NGN"),
    ("Revenue rose to ₦9.2 billion.", 9_200_000_000, "NGN"),
    ("The par value is VND 10,000.", 10_000, "VND"),
    ("The deal took 18 mths.", 18, "month"),
])
def test_numbers_of_the_fifth_round(text, value, unit):
    got = figures(text)
    assert any(abs(v - value) < 1e-6 * value and u == unit for v, u, _, _ in got), got


def test_numbers_that_stay_apart():
    # "12,34,56" is no Indian grouping (no thousands group at its end)
    assert [v for v, *_ in figures("Codes 12,34,56 were used.")] == [12, 34, 56]
    # "cr" needs a currency: a councillor's "Cr" is no scale
    assert [v for v, *_ in figures("Cr Smith said 40 people came.")] == [40]
    assert [v for v, *_ in figures("A 3.5 cr budget.")] == [3.5]


def test_a_plural_change_noun_before_of_names_a_range():
    assert figures("Falls of 50 to 100mm were widespread.") == [(75.0, "millimeter", 50.0, 100.0)]
    # a singular one is a change: its amount and its new level
    assert [v for v, *_ in figures("A rise of 0.3% to 2.5% is expected.")] == [0.3, 2.5]
    assert [v for v, *_ in figures("Prices rose from 50 to 100.")] == [50, 100]


MAY15 = date(2024, 5, 15)    # a Wednesday


@pytest.mark.parametrize("text,pub,start,end,gran", [
    # parts of months that meet, joined by "and"
    ("Attempts failed in late August and early September.", date(2023, 10, 1),
     date(2023, 8, 21), date(2023, 9, 10), "day"),
    # a year before a kind of vote
    ("Turnout fell in the 2022 local elections.", MAY15, date(2022, 1, 1), date(2022, 12, 31),
     "year"),
    # week ending, abbreviated
    ("Footfall fell 3% in the w/e Sunday 12 May.", MAY15, date(2024, 5, 6), date(2024, 5, 12),
     "week"),
    # quarter, week and month to date
    ("Sales are up 3% QTD.", MAY15, date(2024, 4, 1), MAY15, "day"),
    ("Sales are up 3% WTD.", MAY15, date(2024, 5, 13), MAY15, "day"),
    ("Sales are up 3% MTD.", MAY15, date(2024, 5, 1), MAY15, "day"),
    # a running scope from a decade; decades back
    ("Crime has fallen since the 1990s.", MAY15, date(1990, 1, 1), MAY15, "day"),
    ("The mill closed three decades ago.", MAY15, date(1994, 1, 1), date(1994, 12, 31), "year"),
    # the trailing window
    ("Revenue rose 11% over the trailing 12 months.", MAY15, date(2023, 5, 15),
     date(2024, 5, 14), "day"),
    # a month or day without a year in future copy is the coming one
    ("The firm will cut 300 jobs in November.", date(2024, 9, 1), date(2024, 11, 1),
     date(2024, 11, 30), "month"),
    ("The board will meet on March 3 to approve 4 plans.", date(2024, 5, 1), date(2025, 3, 3),
     date(2025, 3, 3), "day"),
])
def test_forms_of_the_fifth_rounds_second_probe(text, pub, start, end, gran):
    assert only(text, pub) == (start, end, gran)


def test_the_second_probes_forms_stop_where_their_words_do():
    # past copy keeps the latest month or day
    assert only("The firm cut 300 jobs in November.", date(2024, 9, 1))[0] == date(2023, 11, 1)
    assert only("The meeting on March 3 approved 4 plans.", date(2024, 5, 1))[0] == \
        date(2024, 3, 3)
    # parts that do not meet stay two periods
    got = spans("Sales rose in late August and mid-September.", date(2023, 10, 1))
    assert [(a, b) for _, a, b, _ in got] == [(date(2023, 8, 21), date(2023, 8, 31)),
                                              (date(2023, 9, 11), date(2023, 9, 20))]


@pytest.mark.parametrize("text,value,unit", [
    ("Switching comes with a 14\u2011day cooling\u2011off period.", 14, "day"),
    ("It takes up to five working days.", 5, "day"),
    ("It takes 3 business days.", 3, "day"),
    ("Over 61.14percentage voters turned out.", 61.14, "percent"),
])
def test_numbers_of_the_fifth_rounds_second_probe(text, value, unit):
    got = figures(text)
    assert any(abs(v - value) < 1e-6 * value and u == unit for v, u, _, _ in got), got


@pytest.mark.parametrize("text,pub,start,end,gran", [
    ("Sales rose 6% in the first 10 days of June.", date(2024, 6, 20), date(2024, 6, 1),
     date(2024, 6, 10), "day"),
    ("Prices fell in the last 5 days of February.", date(2024, 3, 5), date(2024, 2, 25),
     date(2024, 2, 29), "day"),
    ("Crowds came on the first weekend of September.", date(2024, 9, 20), date(2024, 9, 7),
     date(2024, 9, 8), "day"),
    ("Crowds came on the last weekend in June.", date(2024, 7, 2), date(2024, 6, 29),
     date(2024, 6, 30), "day"),
    ("Updated 2024-03-01T08:30 with 12 cancellations.", date(2024, 3, 2), date(2024, 3, 1),
     date(2024, 3, 1), "day"),
    ("There were 6.1 million offences in YE June 2023.", date(2024, 1, 10), date(2022, 7, 1),
     date(2023, 6, 30), "month"),
    ("Turnout fell to 31% at the 2021 mayoral election.", MAY15, date(2021, 1, 1),
     date(2021, 12, 31), "year"),
    ("Output rose 4% from Q2 to Q4 2022.", MAY15, date(2022, 4, 1), date(2022, 12, 31),
     "quarter"),
])
def test_forms_of_the_fifth_rounds_third_probe(text, pub, start, end, gran):
    assert only(text, pub) == (start, end, gran)


def test_the_third_probes_forms_stop_where_their_words_do():
    # a month with no fifth weekend has none
    assert find_dates("They met on the fifth weekend of February.", MAY15) == [] or \
        all(d.start_date is None for d in find_dates("They met on the fifth weekend of "
                                                     "February.", MAY15))
    # "ye" in lower case is a word, not "year ending"
    assert only("Hear ye March 2017 news.", MAY15)[:2] == (date(2017, 3, 1), date(2017, 3, 31))
    # two quarters without "from"/"between" stay apart
    assert len(find_dates("Output rose in Q1 and Q3 2023.", MAY15)) == 2


def test_future_copy_keeps_a_past_participles_month_and_end_needs_its_hyphen():
    pub = date(2024, 5, 8)
    # "received in March" is past, even after "will"
    assert only("The council will review the 300 complaints received in March.", pub)[:2] == \
        (date(2024, 3, 1), date(2024, 3, 31))
    # a plan participle is no past one
    assert only("The vote is scheduled on March 3.", pub)[0] == date(2025, 3, 3)
    # "end March 3" is the verb "end": the day, not the end of March
    assert only("The strike will end March 3 after 40 days.", pub)[:2] == \
        (date(2025, 3, 3), date(2025, 3, 3))


def test_a_figure_reported_on_a_day_keeps_the_report_convention():
    got = claims_for(Document(id="r", text="The tank figure matched the 12 reported on Sunday, "
                              "15 December.", date=date(2024, 12, 16)))
    assert (got[0].period.start, got[0].period.end) == (date(2024, 12, 14), date(2024, 12, 14))


def test_two_months_joined_by_and_stay_apart():
    # "peaked in July and August, with 1,520 and 1,517": each figure has its own month, so
    # a month and the next are not one span (parts of months that meet are: see above)
    got = find_dates("Losses peaked in July and August, with 1,520 and 1,517.", date(2024, 10, 8))
    assert (got[0].start_date, got[0].end_date) == (date(2024, 7, 1), date(2024, 7, 31))


def test_a_fraction_after_a_change_verb_and_by_is_no_date():
    assert find_dates("Criminal damage has fallen by 1/3.", date(2024, 5, 8)) == []
    assert only("Bids are due by 4/22.", date(2024, 5, 8))[0] == date(2024, 4, 22)
