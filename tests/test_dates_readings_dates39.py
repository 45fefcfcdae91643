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
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

from dates_support import figure_period, found_spans

D = date.fromisoformat


def _claim(text: str, pub: str, figure: str):
    return next(c for c in claims_for(Document(id="t", text=text, date=D(pub)))
                if figure in text[c.start:c.end])


def _readings(text: str, pub: str, figure: str) -> list[tuple[str, str]]:
    listed = _claim(text, pub, figure).extra_dict().get("period_readings") or ()
    return [(str(a), str(b)) for _, a, b in listed]


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
