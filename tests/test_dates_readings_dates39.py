"""Issue 12, dates39 round: the leftovers of dates38 and a blind probe. Our own sentences,
in forms read in published copy.

- "A year to the day after the bombing": the bombing's day written elsewhere in the piece,
  moved on by the years; not written, the figure gets no period and says why (coverage reason
  "no period"), never the publication day.
- Company years "in the 12 months to March" told as done in a story published before March:
  the latest such span ended (a forecast's stays the coming one).
- "will total X" with no date of its own: the period still to come that the paragraph names,
  never a running total cut at publication; none named, no period.
- US state biennia: "the 2025-27 biennium" (July 2025 to June 2027), Texas's "2026-27
  biennium" (its fiscal years 2026 and 2027: September 2025 to August 2027), other states'
  months kept as readings; an international body's "2024-25 biennium" is two calendar years.
"""

from datetime import date

import pytest

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

from dates_support import figure_claim, figure_period, found_spans, period_readings

D = date.fromisoformat


_claim, _readings = figure_claim, period_readings


@pytest.mark.parametrize("text,pub,figure,period", [
    ("The bombing killed 22 people on 22 May 2017. A year to the day after the bombing, about "
     "3,000 people gathered in Manchester.", "2018-05-23", "3,000", ("2018-05-22", "2018-05-22")),
    ("Two years to the day since the crash, 150 relatives met at the airport. The crash, on "
     "29 December 2024, killed 179 people.", "2026-12-30", "150", ("2026-12-29", "2026-12-29")),
    ("The attack on 7 October 2023 killed about 1,200 people. On the first anniversary of the "
     "attack, some 20,000 people attended a vigil.", "2024-10-08", "20,000",
     ("2024-10-07", "2024-10-07")),
])
def test_a_day_counted_from_an_event_dated_in_the_piece(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


def test_the_event_must_be_the_one_named():
    # the day written is another event's (a vote), not the bombing's: nothing to count from
    text = ("The council voted on 3 March 2017 to fund the memorial. A year to the day after "
            "the bombing, about 2,500 people gathered there.")
    assert figure_period(text, "2018-04-16", "2,500") is None


def test_an_undated_event_leaves_the_figure_not_checkable_with_a_reason():
    text = "A year to the day after the bombing, about 2,500 people gathered in Boston.\n"
    doc = Document(id="t", text=text, date=D("2014-04-15"), title="t")
    book = load_rulebook()
    cs, mentions = normalize(doc)
    _, verdicts = judge(doc, cs, [], Engine(book).run(doc, cs, [], mentions=mentions), book)
    c, v = next((c, v) for c, v in zip(cs, verdicts) if c.text == "about 2,500")
    assert c.period is None
    assert v.reason == "no period" and "the bombing" in v.why


@pytest.mark.parametrize("text,pub,period", [
    ("The firm made a profit of £120m in the 12 months to March.", "2024-02-20",
     ("2022-04-01", "2023-03-31")),
    ("The firm expects a profit of £120m in the 12 months to March.", "2024-02-20",
     ("2023-04-01", "2024-03-31")),
    # the month has begun: its figures may be out (Kenya's inflation on 30 October)
    ("Kenya's inflation quickened to 4.84% in the year to October.", "2020-10-30",
     ("2019-11-01", "2020-10-31")),
    ("Barratt completed 17,206 homes in the year to 30 June.", "2023-09-06",
     ("2022-07-01", "2023-06-30")),
    ("Barratt expects to complete 14,000 homes in the year to 30 June.", "2023-04-19",
     ("2022-07-01", "2023-06-30")),
])
def test_a_company_year_to_a_month(text, pub, period):
    figure = next(w for w in ("£120m", "4.84%", "17,206", "14,000") if w in text)
    assert figure_period(text, pub, figure) == period


@pytest.mark.parametrize("text,pub,period", [
    ("The company expects sales this year to rise. Sales will total $4.1 billion, it said.",
     "2024-05-20", ("2024-01-01", "2024-12-31")),
    ("Revenue was $3.9 billion in 2023. Next year revenue will total $4.4 billion.",
     "2024-05-20", ("2025-01-01", "2025-12-31")),
])
def test_a_forecast_total_takes_the_period_to_come(text, pub, period):
    figure = "$4.1 billion" if "4.1" in text else "$4.4 billion"
    assert figure_period(text, pub, figure) == period


def test_a_forecast_total_with_no_period_named_has_none():
    # (was the publication day, read as a running total "to date")
    assert figure_period("Sales will total $4.1 billion, the company said.", "2024-05-20",
                         "$4.1 billion") is None


def test_a_forecast_takes_no_period_already_over():
    text = "Revenue was $3.9 billion in 2023. Sales will total $4.1 billion, it said."
    assert figure_period(text, "2024-05-20", "$4.1 billion") is None


@pytest.mark.parametrize("text,pub,period", [
    ("Washington's operating budget for the 2025-27 biennium totals $77.8 billion.",
     "2025-05-01", ("2025-07-01", "2027-06-30")),
    ("Texas lawmakers approved a $338 billion budget for the 2026-27 biennium.", "2025-06-01",
     ("2025-09-01", "2027-08-31")),
    ("Kentucky's budget for the 2024-2026 biennium spends $16.3 billion a year.",
     "2024-04-20", ("2024-07-01", "2026-06-30")),
    ("The WHO's budget for the 2024-25 biennium is $6.83 billion.", "2023-05-30",
     ("2024-01-01", "2025-12-31")),
])
def test_a_biennium_is_its_two_years(text, pub, period):
    figure = text.split("$")[1].split()[0]
    assert figure_period(text, pub, "$" + figure) == period


def test_a_state_biennium_keeps_the_other_months_as_readings():
    text = "Texas lawmakers approved a $338 billion budget for the 2026-27 biennium."
    got = _readings(text, "2025-06-01", "$338 billion")
    assert got[0] == ("2025-09-01", "2027-08-31")
    assert ("2025-07-01", "2027-06-30") in got


def test_the_biennium_is_read_by_find_dates():
    assert ("2025-27 biennium", "2025-07-01", "2027-06-30") in found_spans(
        "Oregon's 2025-27 biennium budget is $138 billion.", "2025-08-01")


# -- the probe's fixes (suites dates-39 and numbers-39) --

@pytest.mark.parametrize("text,pub,figure,period", [
    # education words: an academic year
    ("International students made up 71% of full-time postgraduate students at UK "
     "universities in 2022/23.", "2025-01-10", "71%", ("2022-09-01", "2023-08-31")),
    ("New postgraduate taught entrants fell 17 per cent in 2024-25, OfS figures show.",
     "2025-01-10", "17 per cent", ("2024-09-01", "2025-08-31")),
    # a UK nation's name: the UK's April year; "2004/5" as "2004/05"
    ("Five million people in England now have diabetes, against 4.1 million in 2004/5.",
     "2021-06-10", "4.1 million", ("2004-04-01", "2005-03-31")),
    # the end a running span writes
    ("This year, up to October 31, there were 391 recorded offences in the county.",
     "2018-11-20", "391", ("2018-01-01", "2018-10-31")),
    ("There were 391 recorded offences this year up to October 31.", "2018-11-20", "391",
     ("2018-01-01", "2018-10-31")),
    ("There were 391 recorded offences in the year up to October 31.", "2018-11-20", "391",
     ("2017-11-01", "2018-10-31")),
])
def test_split_years_and_running_spans(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


def test_a_bare_split_year_with_pounds_beside_students_keeps_no_academic_cue_over_money():
    # (pounds decide first: the UK's financial year)
    text = "Universities spent £1.2bn on student support in 2022/23."
    assert figure_period(text, "2024-01-10", "£1.2bn") == ("2022-04-01", "2023-03-31")


@pytest.mark.parametrize("text,pub,words,span", [
    ("The company's ordinary profit for the December to May period is expected to rise 68.2% "
     "to 1.61 billion yen.", "2026-01-14", "December to May", ("2025-12-01", "2026-05-31")),
    ("Toyota's net income for the October to March period is now estimated at 1.79 trillion "
     "yen.", "2026-02-06", "October to March", ("2025-10-01", "2026-03-31")),
    # told as done: the latest such span ended
    ("Profit rose 5% between October and March.", "2026-02-06", "between October and March.",
     ("2024-10-01", "2025-03-31")),
    ("First-corporation's ordinary profit for the cumulative second quarter of the fiscal year "
     "ending May 2026 fell 39.8%.", "2026-01-14",
     "cumulative second quarter of the fiscal year ending May 2026", ("2025-06-01", "2025-11-30")),
    ("TCI's standalone profit in the December quarter of FY26 was ₹118.2 crore.", "2026-02-05",
     "the December quarter of FY26", ("2025-10-01", "2025-12-31")),
    ("Bell System24's revenue was 143,607 million yen in FY2025/2.", "2025-07-10", "FY2025/2",
     ("2024-03-01", "2025-02-28")),
    ("Some 11.5 million people filed Self Assessment returns for the 2024 to 2025 tax year.",
     "2026-02-02", "the 2024 to 2025 tax year", ("2024-04-06", "2025-04-05")),
    ("Enrolment rose 3% in the 2024 to 2025 academic year.", "2026-02-02",
     "the 2024 to 2025 academic year", ("2024-09-01", "2025-08-31")),
    ("Trump, who took office on January 20, signed 142 executive orders in his first 100 "
     "days.", "2025-04-29", "his first 100 days", ("2025-01-20", "2025-04-29")),
])
def test_the_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)


def test_a_month_quarter_of_a_default_year_told_as_done_stays_the_quarter_ended():
    # FY25 with no country's money is read as October's; the September quarter of that year
    # would end after publication, but the profit "rose": the quarter ended is kept
    text = "The jeweller's net profit rose 59 per cent in the September quarter of FY25."
    assert figure_period(text, "2024-11-12", "59 per cent") == ("2024-07-01", "2024-09-30")


def test_first_days_with_no_start_written_are_no_span():
    assert found_spans("Biden signed 42 executive orders in his first 100 days.",
                       "2021-05-01") == []


@pytest.mark.parametrize("text,pub,words,span", [
    # (second probe) a term that "begins" on a day written before "its first two weeks"
    ("The court's term begins on Monday, October 7, with 10 cases set for argument in its "
     "first two weeks.", "2019-10-05", "its first two weeks", ("2019-10-07", "2019-10-20")),
    ("Applications for 2025/26 entry fell 2%, UCAS said.", "2025-01-30", "2025/26",
     ("2025-09-01", "2026-08-31")),
])
def test_the_second_probe_forms(text, pub, words, span):
    assert (words, *span) in found_spans(text, pub)
