"""Causes of the thirty-fifth phrasing set's first run (issue #10, readings16), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: the fighting of November 2024: 45,720 troops, of October 2024: 41,980 (reports of
2024-10-01 to 2024-11-01); report of 2023-12-17: 346,070 troops in all, 1,250 on the day.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-35")))


# -- "N were put out of action" with no noun continues the count before it ------------------

def _months(october: str) -> str:
    return ("In November the Russian army lost 45,720 troops killed and wounded, the most since "
            "the invasion began, Ukraine's defence ministry said. In October, the previous worst "
            f"month, {october} were put out of action.")


def test_n_were_put_out_of_action_is_the_count_before_it(check):
    status, flags = check(_months("41,980"), date(2024, 12, 2))
    assert status["41,980"] == "supported" and not flags


def test_a_wrong_n_put_out_of_action_is_contradicted(check):
    status, _ = check(_months("49,180"), date(2024, 12, 2))
    assert status["49,180"] == "contradicted"


# -- a part of a count with a verb that names no field ("among them N who died") ------------

@pytest.mark.parametrize("opening", ["among them", "of whom"])
def test_a_part_who_died_counts_what_its_whole_counts(check, opening):
    text = (f"Ukraine's army chief has reported 346,070 Russian soldiers dead, {opening} 1,250 "
            "died within the past 24 hours.")
    status, flags = check(text, date(2023, 12, 17))
    assert status["1,250"] == "supported" and not flags


def test_a_wrong_part_who_died_is_contradicted(check):
    text = ("Ukraine's army chief has reported 346,070 Russian soldiers dead, among them 1,520 "
            "who died within the past 24 hours.")
    status, _ = check(text, date(2023, 12, 17))
    assert status["1,520"] == "contradicted"
