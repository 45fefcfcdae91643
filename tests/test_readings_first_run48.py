"""Misses of the forty-eighth phrasing set's first run (issue #10), one test per cause, each
with the wrong figure that must still be caught and the right one that must stay supported.
Our own sentences; the General Staff's real figures: the reports of 6 April 2022 (18,600 in
all, 684 tanks, 135 helicopters, eight tanks over the day), of 20 June 2023 (221,460 in
all, 3,888 artillery systems), of 14 and 17 December 2023 (1,300 and 1,250 over the day), of
20 October 2023 (1,380 over the day), of 7 and 11 February 2023 (1,030 and 1,140 over the day,
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
