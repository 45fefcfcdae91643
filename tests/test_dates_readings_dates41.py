"""Issue #12 (dates41): the dates40 leftovers, then forms a blind probe read in published copy.

- A bare split year ("in 2014/15") keeps each twelve-month year it may be as a reading (April,
  July, August, September, October); its two calendar years are a reading of their own only
  for a rate, a share or a yearly average, which a survey may pool over two years: a total is
  never of 24 months (tests/test_period_readings.py), and the pair stays its envelope.
- "this year up to March" is one period, January to March of the publication's year ("the
  year up to March" the twelve months to March).
- "the winter before" after a winter written as a bare split year ("in 2013-14") is the winter
  a year before (December 2012 to February 2013): every year the split year may be holds that
  one winter across its two calendar years.
"""

import pytest

from dates_support import figure_period, found_spans, period_readings

PAIR = ("2014-01-01", "2015-12-31")


@pytest.mark.parametrize("text", [
    "The proven reoffending rate was 4.1% in 2014/15.",
    "Applications averaged 88,576 a year in 2014/15.",
    "Councils received an average of 88,576 claims in 2014/15.",
])
def test_a_rate_or_average_keeps_the_calendar_pair_as_a_reading(text):
    got = period_readings(text, "2021-03-01", "4.1%" if "4.1%" in text else "88,576")
    assert PAIR in got
    assert ("2014-04-01", "2015-03-31") in got


@pytest.mark.parametrize("text", [
    "Sex offences recorded by police more than doubled, from 88,576 in 2014/15.",
    "The council collected 88,576 tonnes of waste in 2014/15.",
])
def test_a_total_keeps_the_pair_as_its_envelope_only(text):
    assert figure_period(text, "2021-03-01", "88,576") == PAIR
    got = period_readings(text, "2021-03-01", "88,576")
    assert got and PAIR not in got


def test_a_cue_that_reads_the_year_lists_no_pair():
    text = "The dropout rate was 6.3% among students in 2014/15."
    assert PAIR not in period_readings(text, "2021-03-01", "6.3%")


@pytest.mark.parametrize("text,pub,span", [
    ("Sales rose 4% this year up to March.", "2024-05-10", ("2024-01-01", "2024-03-31")),
    ("Sales rose 4% so far this year up to March.", "2024-05-10", ("2024-01-01", "2024-03-31")),
    ("Sales rose 4% in the year up to March.", "2024-05-10", ("2023-04-01", "2024-03-31")),
    ("Sales rose 4% in the year up to March 2023.", "2024-05-10", ("2022-04-01", "2023-03-31")),
])
def test_a_year_up_to_a_month_is_one_period(text, pub, span):
    assert figure_period(text, pub, "4%") == span


@pytest.mark.parametrize("text,figure", [
    ("There were 18,200 excess winter deaths in 2013-14, down from 31,280 the winter before.",
     "31,280"),
    ("Burst-pipe claims rose to 9,400 in 2013/14, from 7,100 the winter before.", "7,100"),
])
def test_the_winter_before_a_split_year(text, figure):
    assert figure_period(text, "2015-06-10", figure) == ("2012-12-01", "2013-02-28")


@pytest.mark.parametrize("text", [
    # a summer of a split year is not settled (which of its two?): nothing to move back
    "It was the driest summer on record in 2013-14, beating the summer before.",
    # a split year of more than one year's step is no split year
    "Deaths were 18,200 in 2013-15 and 31,280 the winter before.",
])
def test_no_winter_or_summer_before_an_unsettled_year(text):
    spans = found_spans(text, "2015-06-10")
    assert ("the winter before", "2012-12-01", "2013-02-28") not in spans
    assert not any(w == "the summer before" for w, _, _ in spans)


# --- the probe's forms (benchmarks/suites/dates-41.jsonl, numbers-41.jsonl) ---------------

@pytest.mark.parametrize("text,pub,words,span", [
    # Diwali's first day from its own table (2022's, across two days, is not listed)
    ("Jewellers sold 15 tonnes of gold on Dhanteras.", "2021-11-04", "Dhanteras",
     ("2021-11-02", "2021-11-02")),
    ("Gold worth ₹60,000 crore was sold on Dhanteras.", "2025-10-20", "Dhanteras",
     ("2025-10-18", "2025-10-18")),
    # months take the year written after the noun of their span
    ("Indians bought 194.3 tonnes of gold in the October-December festival period of 2019.",
     "2021-11-02", "October-December festival period of 2019", ("2019-10-01", "2019-12-31")),
    ("Exports rose in the June quarter of 2019.", "2021-11-02", "the June quarter of 2019",
     ("2019-04-01", "2019-06-30")),
    # a week's number in brackets after its days is their label
    ("In the week ending 7 August (Week 32), 8,945 deaths were registered.", "2020-08-18",
     "the week ending 7 August (Week 32)", ("2020-08-01", "2020-08-07")),
    # days in a clause after a whole year are of that year
    ("Against Easter week last year, which ran from 13 to 19 April, sales were 1.2% higher.",
     "2015-04-10", "13 to 19 April", ("2014-04-13", "2014-04-19")),
    # "the 2024 financial year": the year ending in 2024 of the country its money names
    ("Coles made a net profit of A$1.12 billion in the 2024 financial year.", "2024-08-27",
     "2024 financial year", ("2023-07-01", "2024-06-30")),
    ("Spending rose to Rs 4 lakh crore in the 2024 financial year.", "2024-08-27",
     "2024 financial year", ("2023-04-01", "2024-03-31")),
])
def test_the_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


@pytest.mark.parametrize("text,pub", [
    ("Till sales rose 9.6% in the four weeks to 19 April as a late Easter lifted spending.",
     "2025-04-29"),
    ("An early Easter lifted sales 9.6% in the four weeks to 19 April.", "2025-04-29"),
])
def test_a_feast_told_early_or_late_dates_nothing(text, pub):
    assert not any(w.endswith("Easter") for w, _, _ in found_spans(text, pub))
    # and "till" before "sales" is the cash till, no "until": the figure keeps its weeks
    assert figure_period(text, pub, "9.6%") == ("2025-03-23", "2025-04-19")


@pytest.mark.parametrize("text,pub,words", [
    # a week's number with no days before its bracket stays an ISO week
    ("Admissions with flu rose 12% in week 34, the agency said.", "2024-08-30", "week 34"),
    # a year and its month with other words between: no merge
    ("In March, 40% of 2019's sales were made.", "2021-11-02", "In March"),
])
def test_the_probe_fixes_leave_other_forms(text, pub, words):
    assert any(w == words for w, _, _ in found_spans(text, pub))


def test_a_financial_year_no_money_decides_is_not_read():
    # a bare dollar: a company's own year, which may end in any month (and a country named
    # elsewhere in the story does not decide it)
    text = ("Apple's revenue was $383.3 billion in its 2023 financial year.\n\n"
            "Demand held up in India.")
    assert not any("financial year" in w for w, _, _ in found_spans(text, "2023-11-02"))


# --- the second probe's forms (benchmarks/suites/dates-41b.jsonl) --------------------------

@pytest.mark.parametrize("text,pub,words,span", [
    # months of the year in their last month at publication: the ones under way
    ("Sales of Easter food rose by £88 million in the first three months of the year.",
     "2024-03-26", "the first three months of the year", ("2024-01-01", "2024-03-31")),
    # ... their last month not begun: reported whole, so the year before's (as before)
    ("Sales rose 3% in the first 11 months of the year.", "2024-01-04",
     "the first 11 months of the year", ("2023-01-01", "2023-11-30")),
    ("Sales rose 3% in the first three months of the year.", "2024-02-10",
     "the first three months of the year", ("2023-01-01", "2023-03-31")),
    # the ONS's numbered weeks run Saturday to Friday, week 1 ending on the first Friday
    ("In Week 2 2025, the ONS said, 16,898 deaths were registered in the UK.", "2025-01-22",
     "Week 2 2025", ("2025-01-04", "2025-01-10")),
    ("The ONS said 11,590 deaths were registered in the UK in week 30 of 2024.", "2024-08-10",
     "week 30 of 2024", ("2024-07-20", "2024-07-26")),
    # other numbered weeks stay ISO weeks, Monday to Sunday
    ("Flu admissions fell 8% in week 12 of 2024.", "2024-03-28", "week 12 of 2024",
     ("2024-03-18", "2024-03-24")),
    # a season's name as a feast's or an event's is not the season; the season alone is
    ("Sales rose 5.9% over the spring.", "2025-02-06", "over the spring",
     ("2024-03-01", "2024-05-31")),
])
def test_the_second_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


def test_the_spring_festival_is_no_spring():
    text = ("Domestic trips rose 5.9% to 501 million over the Spring Festival holiday, which "
            "ran from January 28 to February 4.")
    assert figure_period(text, "2025-02-06", "501 million") == ("2025-01-28", "2025-02-04")
    assert not any("Spring" in w for w, _, _ in found_spans(text, "2025-02-06"))
