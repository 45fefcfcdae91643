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


# -- a pair's total with a window right after it is the window's sum -------------------------

@pytest.mark.parametrize("total", ["the overall loss", "the total"])
def test_total_with_the_past_week_after_it_is_the_weeks_sum(check, total):
    text = (f"Russia lost 11 tanks in the previous 24 hours, bringing {total} to {{}} tanks in "
            "the past week, according to Kyiv.")
    status, flags = check(text.format(59), date(2024, 3, 17))
    assert status["59"] == "supported" and status["11"] == "supported" and not flags
    status, _ = check(text.format(95), date(2024, 3, 17))
    assert status["95"] == "contradicted"


# -- a bare figure continues the count before it: averages, records beaten, "with N in <month>"

def test_the_daily_average_of_the_month_before_carries_the_rate(check):
    # April 2025 by the day fought: 36,420 (1,214 a day); March: 41,160 (1,328 a day)
    text = ("According to Ukraine's General Staff, Russia's average daily losses in April 2025 "
            "came to just over 1,200 troops, with a total of 36,420 over the course of the "
            "month. In March the daily average was around {}.")
    status, flags = check(text.format("1,330"), date(2025, 5, 4))
    assert status["around 1,330"] == "supported" and not flags
    status, _ = check(text.format("1,030"), date(2025, 5, 4))
    assert status["around 1,030"] == "contradicted"


def test_a_record_surpasses_the_figure_of_an_earlier_day(check):
    # reports of 2024-11-29 (+2,030) and 2024-11-12 (+1,950, the day fought 11 November)
    text = ("Russia lost 2,030 troops in the past 24 hours, its highest toll for a single day "
            "of the war, Ukraine's military said on Friday. The new daily high surpasses the "
            "{} recorded on Nov. 12.")
    status, flags = check(text.format("1,950"), date(2024, 11, 29))
    assert status["1,950"] == "supported" and not flags
    status, _ = check(text.format("1,590"), date(2024, 11, 29))
    assert status["1,590"] == "contradicted"


def test_with_a_count_in_a_month_after_a_rate_is_the_months_count(check):
    # December 2024 by the day fought: 48,670
    text = ("Across November and December, Russia lost an average of about 1,550 troops a day "
            "by Kyiv's count, with {} in December alone.")
    status, flags = check(text.format("48,670"), date(2025, 1, 2))
    assert status["48,670"] == "supported" and status["about 1,550"] == "supported"
    assert not flags
    status, _ = check(text.format("46,870"), date(2025, 1, 2))
    assert status["46,870"] == "contradicted"
