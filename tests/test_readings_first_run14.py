"""False alarms of the fourteenth phrasing set's first run (issue #10), one test per cause,
each with the wrong figure that must still be caught. Our own sentences; the General Staff's
real figures: report of 2024-04-21: 7,229 tanks, 55 over the seven reports to it; 2024
(reports of 2024-01-02 to 2025-01-01): 430,790 personnel; report of 2025-09-09: 1,090,010
personnel (+950); September 2024: 38,130 personnel.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-14")))


def test_a_part_with_its_own_window_after_a_running_total(check):
    # "since February 2022" scopes the running total; "55 of them in the past week" is the
    # week's sum, not a second running total
    text = "Moscow has lost 7,229 tanks since February 2022, {} of them in the past week."
    status, flags = check(text.format(55), date(2024, 4, 21))
    assert status["55"] == "supported" and status["7,229"] == "supported" and not flags
    status, _ = check(text.format(65), date(2024, 4, 21))
    assert status["65"] == "contradicted"


def test_a_year_followed_by_alone_dates_the_figure(check):
    text = "In 2024 alone Russia lost more than {} soldiers, Ukraine's defence ministry said."
    status, flags = check(text.format("430,000"), date(2025, 1, 2))
    assert status["more than 430,000"] == "supported" and not flags
    assert "2024" not in status        # the year is a date, not a count
    status, _ = check(text.format("530,000"), date(2025, 1, 2))
    assert status["more than 530,000"] == "contradicted"


def test_a_rate_per_square_kilometre_is_no_report(check):
    text = ("The think tank put Russia's casualties at {} from January to April, when each "
            "square kilometre taken cost about 99 casualties.")
    status, flags = check(text.format("162,390"), date(2025, 9, 9))
    assert status["about 99"] == "unverified" and not flags
    assert status["162,390"] == "supported"
    status, _ = check(text.format("126,390"), date(2025, 9, 9))
    assert status["126,390"] == "contradicted"


def test_added_to_a_total_of_is_a_pair(check):
    text = ("Since the start of the year Russia has lost 1,497 tanks, by Kyiv's count, and on "
            "Tuesday the General Staff added 950 troops to a total of {}.")
    status, flags = check(text.format("1,090,010"), date(2025, 9, 9))
    assert status["a total of 1,090,010"] == "supported" and not flags
    status, _ = check(text.format("1,090,100"), date(2025, 9, 9))
    assert status["a total of 1,090,100"] == "contradicted"


def test_a_month_the_date_forms_do_not_read_is_not_replaced_by_another(check):
    text = ("Troop losses reached {} in September, while May brought the most tank losses of "
            "the year, 428.")
    status, flags = check(text.format("38,130"), date(2024, 10, 8))
    # (readings6: "May brought" is now read as the month, May 2024's 428 tanks)
    assert status["428"] == "supported" and status["38,130"] == "supported" and not flags
    status, _ = check(text.format("31,830"), date(2024, 10, 8))
    assert status["31,830"] == "contradicted"
    status, _ = check(text.format("38,130").replace("428", "482"), date(2024, 10, 8))
    assert status["482"] == "contradicted"


def test_a_part_of_another_bodys_total_is_no_lower_running_total(check):
    text = ("Britain's defence ministry said that Russia has suffered over 1 million "
            "casualties, including roughly 250,000 killed, since the full-scale invasion.")
    _, flags = check(text, date(2025, 6, 12))
    assert not [f for f in flags if f.rule == "cumulative-decrease"]


def test_the_enemy_of_kyivs_digest_is_russias_forces(check):
    # report of 2024-10-08: 662,970 personnel (+1,340), 19,203 artillery systems (+47)
    text = ("Enemy losses as of 8 October, per the General Staff: personnel ~662,970 (+1,340); "
            "artillery {} (+47).")
    status, flags = check(text.format("19,203"), date(2024, 10, 8))
    assert status["~662,970"] == status["19,203"] == "supported" and not flags
    status, _ = check(text.format("19,302"), date(2024, 10, 8))
    assert status["19,302"] == "contradicted"
    # Moscow's "enemy" is never compared with Kyiv's reports
    status, flags = check("Russia's defence ministry said the enemy lost up to 400 soldiers "
                          "over the past day.", date(2024, 10, 8))
    assert status["up to 400"] == "unverified" and not flags
