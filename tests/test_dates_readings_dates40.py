"""Issue #12 (dates40): the dates39 leftovers, then forms a blind probe read in published copy.

- A bare split year no words say whose ("from 88,576 in 2014/15"): its readings are the UK
  financial year (April), the season and fiscal years (July, October), the academic years
  (September, and the UK universities' from August), the two calendar years staying its
  envelope; one an academic cue read ("students") keeps both academic years.
- "his first 100 days" with no day the term began: no period, and the verdict says why.
- "this year to March": January to March; "this financial year to September": from the
  fiscal year's first month.
- A numbered quarter of a two-digit fiscal year ("the third quarter of FY25") is read as
  "Q3 FY25" is; told as done when no fiscal year's reading of it has ended, the quarter alone
  (the latest such calendar quarter ended).
"""

from datetime import date

import pytest

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

from dates_support import figure_period, found_spans, period_readings

D = date.fromisoformat


def test_a_bare_split_year_keeps_every_year_it_may_be_as_readings():
    text = "Applications more than doubled, from 88,576 in 2014/15 to 180,000 in 2019/20."
    got = period_readings(text, "2021-03-01", "88,576")
    for span in (("2014-04-01", "2015-03-31"), ("2014-08-01", "2015-07-31"),
                 ("2014-09-01", "2015-08-31")):
        assert span in got
    # the two calendar years stay the claim's period, every reading's envelope, and no
    # reading of their own (tests/test_period_readings.py: no writer means 24 months)
    assert figure_period(text, "2021-03-01", "88,576") == ("2014-01-01", "2015-12-31")
    assert ("2014-01-01", "2015-12-31") not in got


def test_an_academic_cue_keeps_both_academic_years():
    text = "The number of students more than doubled, from 88,576 in 2014/15."
    assert figure_period(text, "2021-03-01", "88,576") == ("2014-09-01", "2015-08-31")
    assert sorted(period_readings(text, "2021-03-01", "88,576")) == [
        ("2014-08-01", "2015-07-31"), ("2014-09-01", "2015-08-31")]


def test_a_season_keeps_no_academic_reading():
    # the word names the kind: no readings of other kinds
    text = "The club sold 1.2 million tickets in the 2014/15 season."
    assert ("2014-08-01", "2015-07-31") not in period_readings(text, "2016-03-01", "1.2 million")


def _verdict(text: str, pub: str, figure: str):
    doc = Document(id="t", text=text, date=D(pub), title="t")
    book = load_rulebook()
    cs, mentions = normalize(doc)
    _, verdicts = judge(doc, cs, [], Engine(book).run(doc, cs, [], mentions=mentions), book)
    return next((c, v) for c, v in zip(cs, verdicts) if figure in c.text)


def test_first_days_with_no_start_say_why_they_have_no_period():
    c, v = _verdict("Biden signed 42 executive orders in his first 100 days.\n", "2021-05-01",
                    "42")
    assert c.period is None
    assert v.reason == "no period" and "his first 100 days" in v.why


def test_first_days_with_a_start_keep_their_span():
    text = ("Trump, who took office on January 20, signed 142 executive orders in his first "
            "100 days.")
    assert figure_period(text, "2025-04-29", "142") == ("2025-01-20", "2025-04-29")


@pytest.mark.parametrize("text,pub,span", [
    ("Sales rose 4% this year to March.", "2024-05-10", ("2024-01-01", "2024-03-31")),
    ("Sales rose 4% so far this year to March.", "2024-05-10", ("2024-01-01", "2024-03-31")),
    ("Public borrowing was £50bn this financial year to September.", "2024-10-22",
     ("2024-04-01", "2024-09-30")),
    # "the year to March" stays twelve months
    ("Sales rose 4% in the year to March.", "2024-05-10", ("2023-04-01", "2024-03-31")),
])
def test_this_year_to_a_month(text, pub, span):
    assert figure_period(text, pub, "4%" if "4%" in text else "£50bn") == span


@pytest.mark.parametrize("text,pub,span", [
    # India's year is the one whose third quarter has ended
    ("The jeweller's net profit rose 59 per cent in the third quarter of FY25.", "2025-02-12",
     ("2024-10-01", "2024-12-31")),
    # no year's fourth quarter of FY25 has ended in November 2024: the quarter alone
    ("The jeweller's net profit rose 59 per cent in the fourth quarter of FY25.", "2024-11-12",
     ("2023-10-01", "2023-12-31")),
    ("The jeweller's net profit rose 59 per cent in Q4 FY25.", "2024-11-12",
     ("2023-10-01", "2023-12-31")),
])
def test_a_quarter_of_a_guessed_fiscal_year_told_as_done(text, pub, span):
    assert figure_period(text, pub, "59 per cent") == span


def test_a_forecast_quarter_of_a_guessed_fiscal_year_stays_the_years():
    text = "The jeweller's net profit will rise 59 per cent in Q4 FY25."
    assert figure_period(text, "2024-11-12", "59 per cent") == ("2025-07-01", "2025-09-30")


# --- the probe's forms (benchmarks/suites/dates-40.jsonl, numbers-40.jsonl) ---------------

@pytest.mark.parametrize("text,pub,words,span", [
    # a season a year before the one its sentence gave
    ("Cold homes caused 4,706 excess deaths in the winter of 2022-23, up from 3,186 the "
     "winter before.", "2023-09-06", "the winter before", ("2021-12-01", "2022-02-28")),
    ("Attendance fell in the 2022/23 season compared with the previous season.", "2024-06-17",
     "the previous season", ("2021-07-01", "2022-06-30")),
    # a term's name before a split year: the academic year's term
    ("Persistent absence rose from 39.4 per cent in autumn 2021-22 to 40.9 per cent.",
     "2023-03-16", "autumn 2021-22", ("2021-09-01", "2021-12-31")),
    ("Absence was 7.1% in spring 2022-23.", "2023-07-16", "spring 2022-23",
     ("2023-01-01", "2023-03-31")),
    # a country with a crop year of its own
    ("India harvested 110.55 million tonnes of wheat in the 2022-23 crop year.", "2024-02-28",
     "2022-23 crop year", ("2022-07-01", "2023-06-30")),
    # the end a change runs to follows the date it runs from
    ("The number of pubs fell from 39,401 at the end of 2023 to 39,162 at the end of March.",
     "2024-06-17", "the end of March.", ("2024-03-21", "2024-03-31")),
    # a league whose season is a calendar year
    ("FC Tokyo drew 631,273 fans to its J1 League home games this season.", "2024-12-08",
     "this season", ("2024-01-01", "2024-12-31")),
])
def test_the_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


@pytest.mark.parametrize("text,pub,span", [
    # no season before it in the sentence: nothing to count back from
    ("The club were relegated the season before.", "2024-06-17", None),
    # the date before it spans two calendar years: no summer to move back (which of its
    # summers is meant stays open; its one winter is across its two years:
    # tests/test_dates_readings_dates41.py)
    ("It was the driest summer on record in 2013-14, beating the summer before.", "2024-06-17",
     None),
])
def test_a_season_before_needs_a_season_before_it(text, pub, span):
    assert not any(w in ("the winter before", "the season before", "the summer before")
                   for w, _, _ in found_spans(text, pub))


@pytest.mark.parametrize("text,pub,words,span", [
    # no "from" before the first date: the month keeps the year the sentence gave
    ("In 2023, sales rose 5% to £3bn in March.", "2024-06-17", "in March.",
     ("2023-03-01", "2023-03-31")),
    # the month after the date it runs from is in the same year
    ("Sales rose from £2bn in January 2023 to £3bn in March.", "2024-06-17", "in March.",
     ("2023-03-01", "2023-03-31")),
    # a European league's season stays July to June
    ("Haaland has scored 31 goals in the Premier League this season.", "2023-04-10",
     "this season", ("2022-07-01", "2023-06-30")),
    # a crop year of no named country stays the commodity's
    ("US farmers harvested 1.8 billion bushels of wheat in the 2023-24 crop year.",
     "2024-10-01", "2023-24 crop year", ("2023-06-01", "2024-05-31")),
])
def test_the_probe_fixes_leave_other_readings(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


def test_millions_of_a_count_in_millions_after_it():
    from factcheck.extract import find_quantities
    got = [(q.value, q.unit) for q in find_quantities(
        "About 8m of the UK's 28m households borrow to pay their energy bills.")]
    assert (8000000.0, "") in got or any(v == 8000000.0 for v, _ in got)
    assert not any(u == "meter" for _, u in got)
    # a length stays a length
    got = [(q.value, q.unit) for q in find_quantities("The 8m of the wall left standing "
                                                      "leans.")]
    assert any(u == "meter" for _, u in got)


# --- the second probe's forms (benchmarks/suites/dates-40b.jsonl) -------------------------

@pytest.mark.parametrize("text,pub,words,span", [
    # a year with words between it and its noun
    ("Paid attendance for the 2007 NFL regular season averaged 67,738 a game.", "2008-01-03",
     "for the 2007", ("2007-01-01", "2007-12-31")),
    # a term with no year of its own: the academic year its sentence wrote before it
    ("In 2021/22 persistent absence peaked at 27.2% in the spring term.", "2024-07-18",
     "the spring term", ("2022-01-01", "2022-03-31")),
    # school copy's words make split years academic ones
    ("The persistent absence threshold was 20 per cent of sessions between 2005/06 and "
     "2009/10.", "2016-03-01", "between 2005/06 and 2009/10", ("2005-09-01", "2010-08-31")),
])
def test_the_second_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


def test_split_years_of_no_school_copy_stay_apart():
    got = found_spans("Revenue rose 20 per cent between 2005/06 and 2009/10.", "2016-03-01")
    assert ("2005/06", "2005-01-01", "2006-12-31") in got


def test_a_term_with_no_split_year_before_it_is_the_latest_begun():
    assert ("the spring term", "2024-01-01", "2024-03-31") in found_spans(
        "In 2023 persistent absence peaked at 21.5% in the spring term.", "2024-07-18")


def test_a_commodity_september_year_keeps_no_academic_readings():
    text = "USDA put corn ending stocks for 2024-25 at 2.1 billion bushels."
    assert figure_period(text, "2024-05-13", "2.1 billion") == ("2024-09-01", "2025-08-31")
    assert period_readings(text, "2024-05-13", "2.1 billion") == []
