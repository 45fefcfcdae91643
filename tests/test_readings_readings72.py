"""False alarms and misses of the 129th phrasing set's first run (issue #10, readings72), one test
per cause, each with the wrong figure that must still be caught. Our own sentences; the General
Staff's real figures: reports of 2026-03-17 and 2026-03-18: 1,280,860 and 1,282,570 personnel
(+930 and +1,710, the year's highest so far); reports of 2026-01-08 (+1,400, the year's
highest before 18 March) and 2026-02-08 (+1,040); report of 2026-08-01: +4 armoured vehicles,
+463 vehicles and fuel tanks, +1,838 drones, +82 artillery systems.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker

MARCH_18 = date(2026, 3, 18)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings72")))


def test_a_stale_total_does_not_make_the_days_figure_stale(check):
    # "lost the previous day" has a reading one day earlier, whose report's total the stale
    # total matches: the day's figure matches the publication day's report, the total is stale
    text = ("In an update, the General Staff said {} Russian personnel had been lost the "
            "previous day, taking Moscow's total losses since the start of the invasion to {}.")
    status, flags = check(text.format("1,710", "1,280,860"), MARCH_18)
    assert status["1,710"] == "supported" and status["1,280,860"] == "contradicted"
    assert [f.rule for f in flags if f.severity == "error"] == ["stale-paired-total"]
    # both of the day before's report: a fair reading, nothing stale
    status, flags = check(text.format("930", "1,280,860"), MARCH_18)
    assert status["930"] == "supported" and status["1,280,860"] == "supported" and not flags
    # the day's figure of the day before beside the publication day's total: still stale
    status, flags = check(text.format("930", "1,282,570"), MARCH_18)
    assert status["930"] == "contradicted" and status["1,282,570"] == "supported"
    assert "stale-daily-figure" in [f.rule for f in flags]


_RECORD = ("On Wednesday, Kyiv's General Staff reported that 1,710 Russian troops had been lost "
           "over the past 24 hours, surpassing this year's previous high of {}, which Ukraine "
           "said Russia suffered on {}.")


def test_an_earlier_high_dated_by_its_clause_is_the_highest_day_to_that_date(check):
    # not the year's total ("this year's"), and its date names no report of the day's figure
    status, flags = check(_RECORD.format("1,400", "Jan 8"), MARCH_18)
    assert status["1,400"] == "supported" and status["1,710"] == "supported" and not flags


def test_an_earlier_high_that_was_no_high_is_caught(check):
    # 1,040 was 8 February's figure, but no high: 8 January's 1,400 was higher
    status, _ = check(_RECORD.format("1,040", "Feb 8"), MARCH_18)
    assert status["1,040"] == "contradicted" and status["1,710"] == "supported"
    # and a figure no day of the window reached
    status, _ = check(_RECORD.format("1,470", "Jan 8"), MARCH_18)
    assert status["1,470"] == "contradicted"


def test_an_undated_earlier_high_is_listed_not_checked(check):
    status, flags = check("On Wednesday, Kyiv's General Staff reported that 1,710 Russian "
                          "troops had been lost over the past 24 hours, surpassing this year's "
                          "previous high of 1,400.", MARCH_18)
    assert status["1,400"] == "unverified" and status["1,710"] == "supported" and not flags


def test_troop_carrying_fighting_vehicles_are_armoured_vehicles(check):
    text = ("In the same report, the General Staff said Russia had lost {} troop-carrying "
            "fighting vehicles and 82 artillery pieces over the previous day; 1,838 tactical "
            "drones; and 463 vehicles and fuel tanks.")
    status, flags = check(text.format("4"), date(2026, 8, 1))
    assert status["4"] == "supported" and status["463"] == "supported" and not flags
    status, _ = check(text.format("9"), date(2026, 8, 1))
    assert status["9"] == "contradicted"


def test_a_headlines_day_figure_goes_with_the_bodys_only_current_total(check):
    # report of 2026-08-01: 1,447,620 (+1,470); of 2026-07-31: 1,446,150 (+1,340)
    text = ("# General Staff: Russia lost {} soldiers and 82 artillery systems over the past "
            "day\n\nThe General Staff of Ukraine's Armed Forces said its count of Russian "
            "losses since the full-scale invasion now stands at {}.")
    status, flags = check(text.format("1 470", "1 447 620"), date(2026, 8, 1))
    assert status["1 470"] == "supported" and not flags
    status, _ = check(text.format("1 340", "1 447 620"), date(2026, 8, 1))
    assert status["1 340"] == "contradicted"
    # both of the day before's report: a fair reading
    status, flags = check(text.format("1 340", "1 446 150"), date(2026, 8, 1))
    assert status["1 340"] == "supported" and status["1 446 150"] == "supported" and not flags
