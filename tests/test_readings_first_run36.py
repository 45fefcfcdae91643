"""Causes of the thirty-sixth phrasing set's first run (issue #10, readings17), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: 2023: 253,290 troops, 2024: 430,790 (reports of 2023-01-01, 2024-01-01, 2025-01-01);
report of 2023-01-01: 106,720 in all; report of 2022-05-24: 13 ships and boats.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-36")))


# -- a year as a list item's label ("2023: 253,290 troops") is that figure's year --------------

def _by_year(y2023: str, y2024: str) -> str:
    return (f"Russian losses by year, according to Ukraine's General Staff: 2023: {y2023} "
            f"troops; 2024: {y2024} troops.")


def test_a_year_label_gives_each_item_its_year(check):
    status, flags = check(_by_year("253,290", "430,790"), date(2025, 6, 12))
    assert status["253,290"] == "supported" and status["430,790"] == "supported" and not flags


def test_a_wrong_labelled_year_is_contradicted(check):
    status, _ = check(_by_year("253,290", "430,970"), date(2025, 6, 12))
    assert status["253,290"] == "supported" and status["430,970"] == "contradicted"


@pytest.mark.parametrize("text", ["The meeting ended at 20:15: 300 people left.",
                                  "Revenue was $2,023: 5 items.",
                                  "Polls 2023 show 40% support."])
def test_no_year_label_without_the_colon_after_a_year(text):
    assert not [m for m in find_dates(text, date(2025, 6, 12)) if m.granularity == "year"]


# -- "the first day of 2023" is 1 January, not the year -------------------------------------

@pytest.mark.parametrize("words, day", [("the first day of 2023", date(2023, 1, 1)),
                                        ("the last day of 2023", date(2023, 12, 31))])
def test_the_first_or_last_day_of_a_year_is_one_day(words, day):
    found = find_dates(f"On {words}, Kyiv said so.", date(2024, 1, 1))
    assert [(m.start_date, m.end_date) for m in found] == [(day, day)]


def _first_day(total: str) -> str:
    return (f"On the first day of 2023, Kyiv said that Russian forces had suffered {total} "
            "losses since the start of the war.")


def test_a_total_on_the_first_day_of_a_year_is_that_days_report(check):
    status, flags = check(_first_day("106,720"), date(2024, 1, 1))
    assert status["106,720"] == "supported" and not flags


def test_a_wrong_total_on_the_first_day_of_a_year_is_contradicted(check):
    status, _ = check(_first_day("107,620"), date(2024, 1, 1))
    assert status["107,620"] == "contradicted"


# -- "nearly N" of a count is consistent with a report of exactly N ---------------------------

def _ships(n: str) -> str:
    return (f"The invading army has also lost nearly {n} ships or boats between February 24 and "
            "May 24, Ukraine's armed forces said.")


def test_nearly_n_of_a_count_holds_exactly_n(check):
    status, flags = check(_ships("13"), date(2022, 5, 24))
    assert status["nearly 13"] == "supported" and not flags


def test_nearly_n_below_the_report_is_contradicted(check):
    status, _ = check(_ships("12"), date(2022, 5, 24))
    assert status["nearly 12"] == "contradicted"


# -- a hedge before a list item ("nearly 13 ships") keeps the list one list ---------------

def _list(vehicles: str) -> str:
    return ("The enemy lost 205 warplanes, 170 helicopters, "
            f"{vehicles} motor vehicles and fuel tankers, nearly 13 ships or boats and 480 "
            "unmanned aerial vehicles between February 24 and May 24.")


def test_a_hedged_item_does_not_cut_the_list_from_its_date(check):
    status, flags = check(_list("2,213"), date(2022, 5, 24))
    assert status["2,213"] == "supported" and not flags


def test_a_wrong_item_before_a_hedged_one_is_contradicted(check):
    status, _ = check(_list("2,231"), date(2022, 5, 24))
    assert status["2,231"] == "contradicted"
