"""Misses of the forty-eighth phrasing set's first run (issue #10), one test per cause, each
with the wrong figure that must still be caught and the right one that must stay supported.
Our own sentences; the General Staff's real figures: the reports of 6 April 2022 (18,600 in
all, 684 tanks, 135 helicopters, eight tanks over the day), of 20 June 2023 (221,460 in
all, 3,888 artillery systems), of 14 and 17 December 2023 (1,300 and 1,250 over the day), of
20 October 2023 (1,380 over the day), of 20 December 2023 (890 over the day), of 7 and 11 February 2023 (1,030 and 1,140 over the day,
136,880 in all).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-48")))


def _severities(flags) -> set[str]:
    return {f.severity for f in flags}


# -- a running total's words carried to the paragraph's later figures -----------------------

def test_a_running_total_earlier_in_the_paragraph_makes_a_later_mismatch_an_error(check):
    text = ("About 18,600 Russian soldiers have been killed since the invasion began, Ukraine's "
            "defence ministry said on Wednesday. The ministry said 684 Russian tanks and {} "
            "helicopters had been destroyed.")
    status, flags = check(text.format("135"), date(2022, 4, 6))
    assert status["684"] == status["135"] == "supported" and not flags
    status, flags = check(text.format("153"), date(2022, 4, 6))
    assert status["153"] == "contradicted" and _severities(flags) == {"error"}


def test_without_a_running_total_before_it_the_mismatch_stays_a_warning(check):
    # nothing in the paragraph says which total or day "153 helicopters" is: a warning
    text = "The ministry said 684 Russian tanks and 153 helicopters had been destroyed."
    status, flags = check(text, date(2022, 4, 6))
    assert status["153"] == "contradicted" and _severities(flags) == {"warning"}


def test_the_days_reading_stays_open_beside_a_carried_running_total(check):
    # eight tanks were the day's figure of that report: still supported
    text = ("About 18,600 Russian soldiers have been killed since the invasion began, Ukraine's "
            "defence ministry said on Wednesday. It said {} Russian tanks were destroyed.")
    status, flags = check(text.format("eight"), date(2022, 4, 6))
    assert status["eight"] == "supported" and not flags


def test_over_the_same_period_after_a_running_total_is_that_total(check):
    text = ("Kyiv's military said on Tuesday that the General Staff's tally of Russian casualties "
            "had reached 221,460 since February 24, 2022. It put the artillery systems lost over "
            "the same period at {}.")
    status, flags = check(text.format("3,888"), date(2023, 6, 20))
    assert status["3,888"] == "supported" and not flags
    status, flags = check(text.format("3,838"), date(2023, 6, 20))
    assert status["3,838"] == "contradicted" and _severities(flags) == {"error"}


# -- "among them N on <date>" after the ranked days ------------------------------------------

def test_a_day_among_the_worst_days_is_that_days_loss_count(check):
    text = ("Five of the ten deadliest days of 2023 for Russian troops, by Kyiv's count, came in "
            "December, among them {} on Dec. 14.")
    status, flags = check(text.format("1,300"), date(2023, 12, 20))
    assert status["1,300"] == "supported" and not flags
    status, flags = check(text.format("1,350"), date(2023, 12, 20))
    assert status["1,350"] == "contradicted" and _severities(flags) == {"error"}


def test_a_day_among_the_worst_days_takes_the_paragraphs_count_of_losses(check):
    text = ("Ukraine's General Staff reported 890 Russian casualties over the past day. Three "
            "of the ten worst days came in December, among them {} on Dec. 14.")
    status, flags = check(text.format("1,300"), date(2023, 12, 20))
    assert status["1,300"] == "supported" and not flags
    status, _ = check(text.format("1,350"), date(2023, 12, 20))
    assert status["1,350"] == "contradicted"


def test_ranked_days_of_no_side_and_no_count_of_losses_stay_unchecked(check):
    # nothing says whose or what: the figure is not read as anyone's losses
    text = "Three of the ten worst days came in December, among them 1,350 on Dec. 14."
    status, flags = check(text, date(2023, 12, 20))
    assert status.get("1,350", "unverified") == "unverified" and not flags


# -- "the daily toll reached a record N, topping the N reported on Tuesday" -----------------

def test_the_daily_toll_names_the_days_losses(check):
    text = "The year's worst came on Oct. 20, when the daily toll reached {}, the General Staff said."
    status, flags = check(text.format("1,380"), date(2023, 12, 20))
    assert status["1,380"] == "supported" and not flags
    status, _ = check(text.format("1,830"), date(2023, 12, 20))
    assert status["1,830"] == "contradicted"


def test_a_date_of_the_figure_a_record_tops_is_not_the_totals(check):
    text = ("The daily toll reached a record 1,140 on Saturday, topping the 1,030 reported on "
            "Tuesday, Ukraine's General Staff said, bringing the total of Russian losses to {}.")
    status, flags = check(text.format("136,880"), date(2023, 2, 11))
    assert status["136,880"] == "supported" and not flags
    # a wrong digit in the total is still caught, and so is Tuesday's total: "reported on
    # Tuesday" dates the figure it follows, not the report the total is from
    status, _ = check(text.format("136,680"), date(2023, 2, 11))
    assert status["136,680"] == "contradicted"
    status, _ = check(text.format("133,190"), date(2023, 2, 11))
    assert status["133,190"] == "contradicted"


def test_the_figure_a_record_tops_is_the_same_count_of_another_day(check):
    text = ("The daily toll reached a record 1,140 on Saturday, topping the {} reported on "
            "Tuesday, Ukraine's General Staff said.")
    status, flags = check(text.format("1,030"), date(2023, 2, 11))
    assert status["1,030"] == "supported" and not flags
    status, _ = check(text.format("1,300"), date(2023, 2, 11))
    assert status["1,300"] == "contradicted"
