"""Issue 12, dates38 round: the leftovers of dates36/37 and a blind probe of Australian and
Indian budget, football-season, school-term, hospital-week and US state and city budget copy.
Our own sentences, in forms read in that copy.

- An amount and the count of what it pays for, either way round ("spend £86m on more than 300
  projects over the Easter bank holiday period", "420 projects costing £113 million will be
  carried out between Good Friday and Easter Monday"), and a tally and the count it was made in
  ("89 goals in 36 matches across the 2024 calendar year"), share the date after both.
- A US state's or local government's fiscal year ("The state's general fund will total $52
  billion in fiscal 2026", "the city's FY2025-26 budget", "California ... for 2025-26") is
  read as such, every reading kept (a state's July year first, October beside it; a city's
  default October, July and the calendar year beside it; a state named with a year of its own,
  New York's April, Texas's September); a written start month decides alone; a company's or
  the federal government's year is none of these ("federal funds" in a state's budget names
  no federal year).
- "the three years to 2027/28": the years counted back from the split or calendar year the
  span ends with.
- A total "will total ... in fiscal 2026" is the year's forecast total, not a running total
  cut at publication (for a year that begins after publication its end was before its start).
"""

import json
from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

from dates_support import figure_claim, figure_period, period_readings, suite_misses

D = date.fromisoformat
SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


_claim, _readings = figure_claim, period_readings


@pytest.mark.parametrize("text,pub,figure,period", [
    ("Network Rail will spend £86m on more than 300 projects over the Easter bank holiday "
     "period (Friday 18 - Monday 21 April).", "2025-04-10", "£86m",
     ("2025-04-18", "2025-04-21")),
    ("Network Rail will spend £86m on more than 300 projects between 18 and 21 April.",
     "2025-04-10", "£86m", ("2025-04-18", "2025-04-21")),
    ("Some 420 projects costing £113 million will be carried out between Good Friday and "
     "Easter Monday.", "2020-03-02", "420", ("2020-04-10", "2020-04-13")),
    ("Arsenal scored 89 goals in 36 matches across the 2024 calendar year.", "2025-04-27",
     "89", ("2024-01-01", "2024-12-31")),
])
def test_an_amount_and_its_object_share_the_date_after_both(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


@pytest.mark.parametrize("text,pub,figure", [
    # a figure set against another keeps the date from the one it is compared with
    ("The trust spent £2m on 40 beds, more than the 12 it bought in January.", "2025-04-10",
     "£2m"),
    ("Police recorded 12 deaths in 3 crashes, more than the 5 recorded in March.",
     "2025-04-10", "12"),
])
def test_a_compared_figure_gives_no_date_to_the_pair_before(text, pub, figure):
    assert figure_period(text, pub, figure) is None


@pytest.mark.parametrize("text,pub,figure,period,others", [
    ("The state's general fund will total $52 billion in fiscal 2026.", "2025-04-10",
     "$52 billion", ("2025-07-01", "2026-06-30"), [("2025-10-01", "2026-09-30")]),
    ("California's general fund revenues are forecast to fall 6.0 percent in fiscal 2026.",
     "2025-06-28", "6.0 percent", ("2025-07-01", "2026-06-30"),
     [("2025-10-01", "2026-09-30")]),
    ("California closed a $15 billion budget problem for 2025-26.", "2025-10-16",
     "$15 billion", ("2025-07-01", "2026-06-30"), [("2025-10-01", "2026-09-30")]),
    ("The city expects a deficit of $60m in fiscal year 2026.", "2026-02-03", "$60m",
     ("2025-10-01", "2026-09-30"), [("2025-07-01", "2026-06-30"),
                                    ("2026-01-01", "2026-12-31")]),
    # a split year is never a calendar year
    ("The FY2025-26 budget of $3.4 billion was approved by the city council.", "2025-04-10",
     "$3.4 billion", ("2025-10-01", "2026-09-30"), [("2025-07-01", "2026-06-30")]),
    ("Texas lawmakers set aside $2.1 billion for fiscal 2026.", "2025-06-01",
     "$2.1 billion", ("2025-09-01", "2026-08-31"),
     [("2025-07-01", "2026-06-30"), ("2025-10-01", "2026-09-30")]),
])
def test_us_state_and_local_fiscal_years_keep_every_reading(text, pub, figure, period, others):
    c = _claim(text, pub, figure)
    assert (str(c.period.start), str(c.period.end)) == period
    assert _readings(text, pub, figure) == [period, *others]


@pytest.mark.parametrize("text,pub,figure,period", [
    # a written start decides alone; a company's or the federal year is no government's
    ("Spending rises 4% in the fiscal year that begins July 1.", "2025-04-10", "4%",
     ("2025-07-01", "2026-06-30")),
    ("Apple, the California company, reported revenue of $94 billion in fiscal 2024.",
     "2024-11-01", "$94 billion", ("2023-10-01", "2024-09-30")),
    ("The federal deficit was $1.8 trillion in fiscal 2024.", "2024-11-01", "$1.8 trillion",
     ("2023-10-01", "2024-09-30")),
])
def test_other_fiscal_years_are_not_a_governments(text, pub, figure, period):
    c = _claim(text, pub, figure)
    assert (str(c.period.start), str(c.period.end)) == period
    assert not any("US state" in str(r[0])
                   for r in c.extra_dict().get("period_readings") or ())


def test_federal_money_in_a_states_budget_names_no_federal_year():
    text = "The New Jersey budget sets aside $31.0 billion in federal funds for fiscal 2026."
    assert figure_period(text, "2025-06-30", "$31.0 billion") == ("2025-07-01", "2026-06-30")


@pytest.mark.parametrize("text,pub,figure,period", [
    ("Australia's deficits over the three years to 2027/28 are now put at A$117 billion.",
     "2024-12-17", "A$117 billion", ("2025-07-01", "2028-06-30")),
    ("Emissions fell 12% in the five years to 2023.", "2024-12-17", "12%",
     ("2019-01-01", "2023-12-31")),
])
def test_a_count_of_years_to_a_year(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


def test_an_indian_states_split_year_is_no_us_year():
    # "the state's" beside no US dollars: an Indian state's year stays open
    text = "Kerala's state budget for 2024-25 rises 5%."
    assert not any("US state" in str(r[0]) for r in
                   _claim(text, "2024-02-01", "5%").extra_dict().get("period_readings") or ())


@pytest.mark.parametrize("text,pub,figure,period", [
    ("The general fund will total $52 billion in 2026.", "2025-04-10", "$52 billion",
     ("2026-01-01", "2026-12-31")),
    # a forecast total of the year under way: the whole year, not the part to publication
    ("The state's general fund will total $52 billion in fiscal 2026.", "2026-02-03",
     "$52 billion", ("2025-07-01", "2026-06-30")),
])
def test_a_forecast_total_is_the_whole_period(text, pub, figure, period):
    assert figure_period(text, pub, figure) == period


# d38a22: "A year to the day after the bombing" names no day of its own when the event's is
# not written; d38a30: a city's "FY 10" is read as the default October year, its July year
# (the city's, University City in Missouri) kept as a reading
OPEN_38 = {"d38a22", "d38a30"}


def test_the_rounds_suite_reads_but_its_open_cases():
    # (d38a* the first probe, d38b* the second, written after the first's fixes)
    cases = [json.loads(x) for x in (SUITES / "dates-38.jsonl").read_text().splitlines()
             if x.strip()]
    assert not suite_misses(cases, OPEN_38)
    for c in cases:
        if c["id"] in OPEN_38 or c["end"] is None:
            continue
        fig = c.get("figure")
        text = c["text"]
        got = [x for x in claims_for(Document(id="t", text=text, date=D(c["date"])))
               if (x.end <= text.index(c["expr"]) or
                   x.start >= text.index(c["expr"]) + len(c["expr"])) and
               (fig is None or fig in text[x.start:x.end])]
        assert got and got[0].period is not None and \
            (str(got[0].period.start), str(got[0].period.end)) == (c["start"], c["end"]), c["id"]


def test_the_open_city_year_keeps_its_july_reading():
    c = next(json.loads(x) for x in (SUITES / "dates-38.jsonl").read_text().splitlines()
             if '"d38a30"' in x)
    assert (c["start"], c["end"]) in _readings(c["text"], c["date"], "$25.5 million")
