"""False alarms and misses of the twentieth phrasing set's first run (issue #10), one test per
cause, each with the wrong figure that must still be caught. Our own sentences; the General
Staff's real figures: report of 2023-08-09: 251,620 personnel (+820), 4,262 tanks; reports of
2024-11-27 and 2024-11-28: 735,410 and 736,630 personnel (+1,580, +1,220); March 2023 by the
day fought (reports of 2023-03-02 to 2023-04-01): 24,100 personnel, 777 a day; week to the
report of 2024-03-17: 59 tanks (6,790 in all, +11 that day).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-20")))


# -- "February 24 of last year" is one day, not last year whole ----------------------------

def test_month_day_of_last_year_is_one_date():
    found = [d for d in find_dates("It began on February 24 of last year.", date(2023, 8, 9))
             if d.kind == "date"]
    assert [(d.start_date, d.end_date) for d in found] == [(date(2022, 2, 24),
                                                            date(2022, 2, 24))]
    found = find_dates("It began on 24 February of this year.", date(2023, 8, 9))
    assert [d.start_date for d in found if d.kind == "date"] == [date(2023, 2, 24)]


def test_total_since_february_24_of_last_year_is_the_running_total(check):
    text = ("Since Russia's full-scale invasion began on February 24 of last year, Russian "
            "forces have lost a total of {} soldiers, according to the General Staff.")
    status, flags = check(text.format("251,620"), date(2023, 8, 9))
    assert status["a total of 251,620"] == "supported" and not flags
    status, _ = check(text.format("215,620"), date(2023, 8, 9))
    assert status["a total of 215,620"] == "contradicted"


# -- "At that time" carries the span the sentence before names ------------------------------

def test_at_that_time_takes_the_month_named_a_sentence_before(check):
    # March 2023 by the day fought: 24,100 personnel over 31 days, 777 a day
    text = ("The deadliest month before that was March 2023. At that time Russia lost about {} "
            "troops a day, by the General Staff's figures.")
    status, flags = check(text.format(776), date(2023, 11, 29))
    assert status["about 776"] == "supported" and not flags
    status, _ = check(text.format(676), date(2023, 11, 29))
    assert status["about 676"] == "contradicted"


def test_that_month_takes_the_month_named_a_sentence_before(check):
    text = "The deadliest month before that was March 2023. That month Russia lost {} troops."
    status, _ = check(text.format("24,100"), date(2023, 11, 29))
    assert status["24,100"] == "supported"
    status, _ = check(text.format("21,400"), date(2023, 11, 29))
    assert status["21,400"] == "contradicted"


# -- "rose by N from the day before to N": the day's figure and the running total -----------

def test_rise_from_the_day_before_is_the_days_figure_and_the_level_the_total(check):
    text = "Russia's losses rose by {} from the day before to {}, the General Staff said."
    status, flags = check(text.format("1,220", "736,630"), date(2024, 11, 28))
    assert status["1,220"] == "supported" and status["736,630"] == "supported" and not flags
    status, _ = check(text.format("1,580", "736,630"), date(2024, 11, 28))
    assert status["1,580"] == "contradicted"
    status, _ = check(text.format("1,220", "763,630"), date(2024, 11, 28))
    assert status["763,630"] == "contradicted"
