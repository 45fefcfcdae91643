"""False alarms and unverified true figures of the twenty-third phrasing set's first run
(issue #10), one test per cause, each with the wrong figure that must still be caught. Our own
sentences; the General Staff's real figures: report of 2026-03-08: 1,273,290 personnel, the
seven reports to it 6,520; report of 2025-11-28: 1,170,790 (+1,100); report of 2026-04-02:
1,300,030.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-23")))


# -- "to N, an increase of more than N in the past seven days": the window's sum -------------

def test_the_increase_of_a_running_total_over_a_window_is_the_windows_sum(check):
    text = ("This brings the total number of Russian casualties, by Ukraine's count, to "
            "1,273,290, an increase of more than {} fighters in the past seven days.")
    status, flags = check(text.format("6,500"), date(2026, 3, 8))
    assert status["more than 6,500"] == "supported" and not flags
    status, _ = check(text.format("7,500"), date(2026, 3, 8))
    assert status["more than 7,500"] == "contradicted"


def test_the_increase_of_a_running_total_over_no_days_is_not_the_total(check):
    status, flags = check("This brings the total number of Russian casualties to 1,273,290, an "
                          "increase of 930.", date(2026, 3, 8))
    assert status["930"] != "contradicted" and not flags


# -- "the number of ... since the start of the war rose to about N" ---------------------------

def test_the_number_of_troops_killed_or_wounded_rose_to(check):
    text = ("The number of Russian troops killed or wounded since the start of the war rose to "
            "about {}, among them 1,100 killed or wounded in the past 24 hours.")
    status, flags = check(text.format("1,170,790"), date(2025, 11, 28))
    assert status["about 1,170,790"] == "supported" and status["1,100"] == "supported"
    assert not flags
    status, _ = check(text.format("1,107,790"), date(2025, 11, 28))
    assert status["about 1,107,790"] == "contradicted"


# -- "when it hit N losses": a count reached, not losses "hit" inflicts -----------------------

def test_a_total_a_count_hit_is_the_counts_not_the_other_sides(check):
    text = "Russia passed the 1.3 million mark in Kyiv's tally on April 2, when it hit {} losses."
    status, flags = check(text.format("1,300,030"), date(2026, 4, 5))
    assert status["1,300,030"] == "supported" and not flags
    status, _ = check(text.format("1,300,300"), date(2026, 4, 5))
    assert status["1,300,300"] == "contradicted"


# -- "put them at 59,086 ..., 261 more than a day earlier": the day's figure of that report ---

def test_the_rise_of_a_running_total_from_a_day_earlier_is_the_days_figure(check):
    text = ("Ukraine's General Staff also counts the drones Russia loses. On Sunday it put them "
            "at 59,086 since the invasion began, {} more than a day earlier.")
    status, flags = check(text.format(261), date(2025, 9, 14))
    assert status["59,086"] == "supported" and status["261"] == "supported" and not flags
    text = "Russia's losses reached 1,220,000 on Monday, {} more than a day earlier."
    status, flags = check(text.format("1,060"), date(2026, 1, 12))
    assert status["1,060"] == "supported" and not flags
    # the rise over two days is not the rise from a day earlier
    status, _ = check(text.format("2,190"), date(2026, 1, 12))
    assert status["2,190"] == "contradicted"


def test_a_day_earlier_after_a_change_dates_the_change_not_the_total(check):
    # "a day earlier" is the base of 261's rise, not the day of the running total before it;
    # "drone losses" counts drones, not personnel
    text = ("Ukraine's General Staff put Russia's drone losses at 59,086 since the invasion "
            "began, {} more than a day earlier.")
    status, flags = check(text.format(261), date(2025, 9, 14))
    assert status["59,086"] == "supported" and status["261"] == "supported" and not flags
    status, _ = check(text.format(619), date(2025, 9, 14))
    assert status["619"] == "contradicted"
