"""Issue 12, dates33 round: dates and numbers as court, poll, markets, A&E, weather-warning,
strike and betting copy writes them. Our own sentences, in forms read in that copy.

- "the last quarter of 2023", "the last quarter of last year": that year's fourth quarter
  ("the last quarter" alone stays the quarter before publication's).
- "the back end of last year": the year's last third, as "the end of last year" is; "the tail
  end of 2023" too (dates34: one reading of a year's end, named or not).
- "late summer", "early autumn last year", "mid-summer 2022": the month of the season that
  part names (dates.yaml ``season_parts``), the latest begun in past copy, the next in future.
- "The library is open until 8pm", "runs until noon" with no day: the day of publication.
- "up to and including June 30": the span from publication to that day.
- "this time next year": the day a year on.
- Odds "5-to-2", "11-4", "6/4 favourite", "a 10-1 shot", "the 9-2 second favourite", "a 33-1
  outsider": one figure, A/B, no stray A; a
  score in betting copy ("after a 3-1 win") and a range ("20-30 seats") are no odds.
"""

import json
from pathlib import Path

import pytest

from factcheck.extract import find_quantities

from dates_support import figure_period, found_spans, suite_misses

SUITES = Path(__file__).resolve().parents[1] / "benchmarks" / "suites"


@pytest.mark.parametrize("text,pub,figure,start,end", [
    ("GDP fell 0.1% in the last quarter of 2023.", "2024-05-10", "0.1%",
     "2023-10-01", "2023-12-31"),
    ("Exports fell 4% in the last quarter of last year.", "2025-02-20", "4%",
     "2024-10-01", "2024-12-31"),
    # a named year's end: its last third, as "the end of last year" is (dates34)
    ("Lending rose 2% at the tail end of 2022.", "2023-06-01", "2%",
     "2022-09-01", "2022-12-31"),
    ("Output rose 1% in the back end of last year.", "2024-02-01", "1%",
     "2023-09-01", "2023-12-31"),
    # past copy: the latest late summer begun by publication (last year's, in June)
    ("Water use rose 9% in late summer.", "2024-06-03", "9%", "2023-08-01", "2023-08-31"),
    # future copy: the coming one
    ("Rooms will cost £180 a night in late summer.", "2024-06-03", "£180",
     "2024-08-01", "2024-08-31"),
    ("Heater sales jumped 40% in early autumn last year.", "2024-03-12", "40%",
     "2023-09-01", "2023-09-30"),
    ("The lake fell to 41% in mid-summer 2022.", "2024-02-01", "41%",
     "2022-07-01", "2022-07-31"),
    ("The library is open until 8pm, with 300 extra study places.", "2024-01-15", "300",
     "2024-01-15", "2024-01-15"),
    ("The winter weather warning runs until noon, with 1 to 3 inches of snow expected.",
     "2020-02-17", "1 to 3 inches", "2020-02-17", "2020-02-17"),
    ("Overtime bans will cut about 4,000 services up to and including June 30.",
     "2024-06-03", "4,000", "2024-06-03", "2024-06-30"),
    ("Rents could be 5% higher this time next year.", "2024-06-03", "5%",
     "2025-06-03", "2025-06-03"),
])
def test_periods_as_reporters_write_them(text, pub, figure, start, end):
    assert figure_period(text, pub, figure) == (start, end)


@pytest.mark.parametrize("text,pub,expected", [
    # "the last quarter" alone: the quarter before publication's, as before
    ("Sales fell 2% in the last quarter.", "2024-06-03",
     ("the last quarter", "2024-01-01", "2024-03-31")),
    # a deadline: the day
    ("Inflation should fall to 2% by the end of 2025.", "2024-06-03",
     ("end of 2025", "2025-12-31", "2025-12-31")),
    # a season with no part keeps its three months
    ("Sales fell 3% in the summer of 2022.", "2024-06-03",
     ("the summer of 2022", "2022-06-01", "2022-08-31")),
])
def test_forms_next_to_the_new_ones_keep_their_readings(text, pub, expected):
    assert expected in found_spans(text, pub)


def test_a_quarter_century_is_no_quarter():
    assert found_spans("Sales fell 2% over the last quarter century.", "2024-06-03") == []


@pytest.mark.parametrize("text,pub", [
    # past copy: which day the shop stayed open the words do not say
    ("The shop stayed open until 10pm, and sales rose 4%.", "2024-06-03"),
    # a habit, not a day
    ("The gym is open until 10pm on weekdays, with 300 members.", "2024-06-03"),
])
def test_until_a_time_alone_is_no_day_in_past_or_habitual_copy(text, pub):
    assert not any(s[0].startswith("until") for s in found_spans(text, pub))


@pytest.mark.parametrize("text,value", [
    ("Bookmakers cut the odds on a hung parliament to 5-to-2 from 4-to-1.", [2.5, 4.0]),
    ("Bookmakers offered 11-4 on a draw and 7-2 on an away win.", [2.75, 3.5]),
    ("The favourite was backed into 6/4 before the race.", [1.5]),
    ("He is a 10-1 shot for the title.", [10.0]),
    # a word between the price and its noun; "outsider" alone says odds
    ("The horse started as the 9-2 second favourite.", [4.5]),
    ("A 33-1 outsider won the race.", [33.0]),
])
def test_odds_are_one_figure(text, value):
    assert [q.value for q in find_quantities(text)] == value


@pytest.mark.parametrize("text,values", [
    # a score in a betting sentence is no price
    ("Bookies cut Arsenal to 2-1 after a 3-1 win.", [2.0]),
    # a range of seats is no price, nor is a range in pounds
    ("Bookmakers expect a gain of 20-30 seats.", [25.0]),
    ("Bookmakers charge £20-30 for a ticket.", [25.0]),
    # no odds words: a score stays unread
    ("The favourites won 3-1 at home.", []),
    ("A 2-1 win for the outsiders.", []),
])
def test_scores_and_ranges_are_no_odds(text, values):
    assert [q.value for q in find_quantities(text)] == values


def test_the_round_suite_reads_all_but_its_open_cases():
    path = SUITES / "dates-33.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    # open: "The flight ban runs until midnight on Sunday": "runs" before a weekday is read as
    # a timetable's day (dates32), not a state in force
    open_cases = {"d33a20"}
    assert not suite_misses(cases, open_cases)
