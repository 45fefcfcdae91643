"""Issue 12, dates34 round: dates and numbers as results, poll, weather-warning, NHS, strike,
surveillance and Australian copy writes them. Our own sentences, in forms read in that copy.

- "the fiscal first half ended Dec. 31, 2015", "the second half to June 30": the six months
  that end on the day written (as "the half year ended" is).
- "week 34", "week 2 of 2025": the ISO 8601 week (Monday to Sunday), the latest begun in past
  copy, the next not over in future copy, with a year or a statistics word in the sentence;
  not where the sentence counts a season's or an event's weeks ("Week 5 of the NFL season": dates.yaml ``numbered_week_not``).
- "the festive period", "the Christmas period": Christmas Eve to New Year's Day, the latest
  begun in past copy, the coming one in future copy.
- "FY25", "fiscal 2024" in a sterling or euro sentence: a company's own year, which may end in
  any month: no period (the figure is listed undated), unless the sentence writes a country's
  money, the year's months or a government's words.
- "Conservatives 43% (+2), Labour 27% (-1)", "78% (50,000)": the bracketed figure keeps no
  unit (as the share's points it would be summed with the shares: everyday e53u, e50n).
- "Profit dropped to 8.7 million pounds": sterling, where "2 million pounds of beef" and
  "1.7 million pounds of thrust" stay a mass.
- "at the end of 2023", "the tail end of 2023": the year's last third (September to
  December), as "the end of last year", "late 2023" and a month's end (its last third) are:
  the bounds that hold each reading (its last day, December, the fourth quarter, its last
  months); "by the end of 2025" stays the day.
- "the tax year to April (2024)": Britain's, 6 April to 5 April.
- "The flight ban runs until midnight on Sunday": an arrangement in force (a ban, warning,
  sale, strike...) that "runs until" a day holds from publication to that day.
- "22 Australian cents", "0.8 Canadian cents", "91.14 US cents": a hundredth of that dollar;
  "5%-to-10%": one range (the hyphened "to" of results copy; "5-to-2" stays odds).
"""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

from dates_support import figure_period, found_spans, suite_misses

D = date.fromisoformat
SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("Net income for the fiscal first half ended Dec. 31, 2015, was A$16.3 million.",
     "2016-02-20", "A$16.3 million", "2015-07-01", "2015-12-31"),
    ("Sales rose 4% in the second half to June 30, the company said.", "2024-08-20", "4%",
     "2024-01-01", "2024-06-30"),
    ("Admissions with flu rose 12% in week 34, the agency said.", "2024-08-30", "12%",
     "2024-08-19", "2024-08-25"),
    ("Deaths rose to 11,200 in week 2 of 2025.", "2025-02-01", "11,200",
     "2025-01-06", "2025-01-12"),
    # week 1 of a year may begin in the December before it
    ("There were 412 deaths in week 1.", "2025-01-20", "412", "2024-12-30", "2025-01-05"),
    # future copy: the next such week not yet over
    ("The clinic expects 400 cases in week 52.", "2024-12-01", "400",
     "2024-12-23", "2024-12-29"),
    ("Some 2.4 million people used the buses over the festive period.", "2024-01-08",
     "2.4 million", "2023-12-24", "2024-01-01"),
    ("Stores expect 5% more shoppers over the festive period.", "2024-11-20", "5%",
     "2024-12-24", "2025-01-01"),
    ("Calls rose 3% over the Christmas period.", "2024-12-28", "3%",
     "2024-12-24", "2025-01-01"),
])
def test_periods_as_reporters_write_them(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub", [
    ("In Week 5 of the NFL season, he threw for 300 yards.", "2024-10-10"),
    ("Ticket sales for the week 27 fixtures fell to 41,000.", "2024-10-10"),
    ("Pupils in week 3 of term lost 2 days to illness.", "2024-10-10"),
    # no year and no statistics word (dates.yaml ``numbered_week_cues``): no date
    ("He scored 3 goals in week 12.", "2024-03-28"),
])
def test_a_season_or_event_week_is_no_iso_week(text, pub):
    assert not any(s[0].startswith("week") for s in found_spans(text, pub))


@pytest.mark.parametrize("text,pub,figure", [
    ("The firm's FY25 revenue guidance of £420m was kept, the company said.", "2024-11-15",
     "£420m"),
    ("The retailer made a profit of £1.2bn in fiscal 2024.", "2024-11-15", "£1.2bn"),
    ("The group's FY25 sales reached €3.1bn, it said.", "2025-06-15", "€3.1bn"),
])
def test_a_company_year_in_sterling_or_euros_has_no_period(text, pub, figure):
    assert figure_period(text, pub, figure) is None


@pytest.mark.parametrize("text,pub,figure,start,end", [
    # the months written beside it decide
    ("The firm's FY25 (April 2024 to March 2025) sales were £420m.", "2025-06-15", "£420m",
     "2024-04-01", "2025-03-31"),
    # in rupees: India's April year, as before
    ("Revenue was Rs 4,500 crore in FY25.", "2025-06-15", "Rs 4,500 crore",
     "2024-04-01", "2025-03-31"),
])
def test_a_fiscal_year_with_its_country_or_months_keeps_its_reading(text, pub, figure, start,
                                                                     end):
    assert figure_period(text, pub, figure) == (start, end)


def _claims(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in claims_for(Document(id="t", text=text,
                                                           date=D("2024-01-01")))]


@pytest.mark.parametrize("text,expected", [
    # a bracketed change or count after a share keeps no unit: as points it would be summed
    # with the shares ("78% (50,000)" is the count the share is of)
    ("The poll put the Conservatives on 43% (+2) and Labour on 27% (-1).",
     [(43.0, "percent"), (2.0, ""), (27.0, "percent"), (-1.0, "")]),
    ("Streaming accounted for 78% (50,000) of those sales.",
     [(78.0, "percent"), (50000.0, "")]),
])
def test_a_bracketed_figure_after_a_share_keeps_its_own_unit(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Profit before tax dropped to 8.7 million pounds from 516.5 million pounds.",
     [(8.7e6, "GBP"), (516.5e6, "GBP")]),
    ("Revenue was 2.2 billion pounds, and the loss was 64.5 million pounds.",
     [(2.2e9, "GBP"), (64.5e6, "GBP")]),
    # what is weighed named after it, or a weighing word: a mass
    ("The plant shipped 2 million pounds of beef.", [(2e6, "pound")]),
    ("The rocket produces 1.7 million pounds of thrust.", [(1.7e6, "pound")]),
    ("The haul weighed 1.2 million pounds, worth a fortune.", [(1.2e6, "pound")]),
])
def test_pounds_of_money_and_of_mass(text, expected):
    assert _claims(text) == expected


def test_the_round_suite_reads_all_but_its_open_cases():
    path = SUITES / "dates-34.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    # open: "walkouts for Saturday 26 August and Saturday 2 September, affecting 14
    # operators" (a figure after two days); "the festive quarter" (a retailer's quarter)
    open_cases = {"d34a22", "d34a33"}
    assert not suite_misses(cases, open_cases)


@pytest.mark.parametrize("text,expected", [
    # a country's cents: a hundredth of its dollar
    ("Net income was 22 Australian cents a share.", [(22.0, "AU_cent")]),
    ("The loonie fell 0.8 Canadian cents to 91.14 US cents.",
     [(0.8, "CA_cent"), (91.14, "US_cent")]),
    # results copy's hyphened "to" joins a range; odds stay odds
    ("Profit is expected to be 5%-to-10% lower.", [(7.5, "percent")]),
    ("Bookmakers cut the odds to 5-to-2 from 4-to-1.", [(2.5, ""), (4.0, "")]),
])
def test_cents_of_other_dollars_and_hyphened_ranges(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text,pub,figure,start,end", [
    # one reading of a year's end, named or not: its last third (as "late 2023" and "the end
    # of October", the month's last third, are read)
    ("House prices slipped 1.4% at the end of 2023.", "2024-04-18", "1.4%",
     "2023-09-01", "2023-12-31"),
    ("House prices slipped 1.4% at the end of last year.", "2024-04-18", "1.4%",
     "2023-09-01", "2023-12-31"),
    ("Approvals picked up to 50,500 at the tail end of 2023.", "2024-03-05", "50,500",
     "2023-09-01", "2023-12-31"),
    # after "since": from that third's first day to publication, as "since the end of last
    # year" is
    ("Prices have risen 5% since the end of 2023.", "2024-06-03", "5%",
     "2023-09-01", "2024-06-03"),
    # a deadline stays the day
    ("Inflation should fall to 2% by the end of 2025.", "2024-06-03", "2%",
     "2025-12-31", "2025-12-31"),
    # an arrangement in force that "runs until" a day: from publication to that day ("Trains
    # run until 11pm on Saturday" stays a timetable's day)
    ("The flight ban runs until midnight on Sunday, with 300 departures cut.", "2024-06-03",
     "300", "2024-06-03", "2024-06-09"),
    ("Trains run until 11pm on Saturday, with 40 services.", "2024-06-03", "40",
     "2024-06-08", "2024-06-08"),
])
def test_a_years_end_and_an_arrangement_running_until_a_day(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,start,end", [
    ("Receipts rose 6% in the tax year to April.", "2023-04-06", "2024-04-05"),
    ("Receipts rose 6% in the tax year to April 2023.", "2022-04-06", "2023-04-05"),
    # no "tax": the twelve months to the month's end, as before
    ("Prices rose 6% in the year to April.", "2023-05-01", "2024-04-30"),
])
def test_the_tax_year_to_april_is_britains(text, start, end):
    assert figure_period(text, "2024-06-10", "6%") == (start, end)
