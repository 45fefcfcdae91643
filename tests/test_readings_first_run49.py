"""False alarms and misses of the forty-ninth phrasing set's first run (issue #10), one test per
cause, each with the wrong figure that must still be caught and the right one that must stay
supported. Our own sentences; the General Staff's real figures: the reports of 23 January 2023
(121,480 in all, 720 over the day; 120,760 the day before), of 6 February 2026 (1,244,560 in
all; six tanks, 826 drones and 162 vehicles over the day), of 6 November 2024 (702,900 in all,
9,214 tanks), of 8 December 2024 (753,370 in all, 1,460 over the day; 751,910 the day before),
of 27 September 2023 (276,990 in all, 320 over the day; 276,670 the day before).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-49")))


def _severities(flags) -> set[str]:
    return {f.severity for f in flags}


# -- "since it launched its war on Ukraine in February last year": a scope, no month ---------

def test_a_since_clause_before_a_month_of_last_year_opens_a_scope():
    for text in ("Russia has lost 121,480 troops since Moscow launched its war on Ukraine in "
                 "February last year.",
                 "Russia has lost 121,480 troops since it invaded Ukraine in February last year."):
        dms = find_dates(text, date(2023, 1, 23))
        assert [(d.kind, d.start_date, d.end_date) for d in dms] == [
            ("since", date(2022, 2, 1), date(2023, 1, 23))], text
    # (a month after a plain "in" stays the month)
    dms = find_dates("Russia lost 5,710 troops in February last year.", date(2023, 1, 23))
    assert [d.kind for d in dms] == ["month"]


def test_a_total_since_the_war_launched_last_february(check):
    text = ("Russia lost 720 troops between Sunday and Monday, taking its losses since Moscow "
            "launched its war on Ukraine in February last year to {}.")
    status, flags = check(text.format("121,480"), date(2023, 1, 23))
    assert status["121,480"] == status["720"] == "supported" and not flags
    status, _ = check(text.format("121,840"), date(2023, 1, 23))
    assert status["121,840"] == "contradicted"


# -- "six tanks ..., bringing its losses since February 2022 to N": the scope is the total's --

def test_a_scope_inside_the_totals_clause_is_not_the_lists(check):
    text = ("Russia lost 720 soldiers over the past day. The Russian army also lost six tanks, "
            "{} operational-tactical UAVs and 162 units of automotive equipment, bringing its "
            "personnel losses since February 2022 to 1,244,560.")
    status, flags = check(text.format("826"), date(2026, 2, 6))
    assert status["six"] == status["826"] == status["162"] == "supported"
    assert status["1,244,560"] == "supported" and not flags
    status, _ = check(text.format("862"), date(2026, 2, 6))
    assert status["862"] == "contradicted"


# -- one operation's or one front's count ----------------------------------------------------

def test_an_operations_count_is_not_the_war_long_total(check):
    status, flags = check(
        "Russia lost 7,905 soldiers killed during the almost three months of Ukraine's Kursk "
        "operation, and 20,842 killed and wounded in all, the commander-in-chief said.",
        date(2024, 11, 6))
    assert status["7,905"] == status["20,842"] == "unverified" and not flags


def test_a_fronts_monthly_count_is_not_the_months_total(check):
    status, flags = check("Russia lost 7,000 soldiers on the Pokrovsk front in January, the "
                          "commander-in-chief said.", date(2025, 2, 6))
    assert status["7,000"] == "unverified" and not flags
    # (the whole front is no part of it)
    status, _ = check("Russia has lost 702,900 troops along the whole front since the invasion.",
                      date(2024, 11, 6))
    assert status["702,900"] == "supported"


# -- a bare figure far beyond any total of the count before it --------------------------------

def test_a_figure_no_tank_total_reached_takes_no_tanks(check):
    text = ("Ukraine destroyed 1,101 pieces of Russian equipment in the region, including 54 "
            "tanks. The General Staff's count for the whole war reached {} on Wednesday.")
    status, flags = check(text.format("702,900"), date(2024, 11, 6))
    assert status["702,900"] != "contradicted" and not flags
    # (one a tank total may be is still read as one)
    status, _ = check(text.format("9,241"), date(2024, 11, 6))
    assert status["9,241"] == "contradicted"


# -- a paragraph's day figure and its running total come from one report --------------------

def test_a_total_one_report_older_than_the_days_figure_is_stale(check):
    text = ("Over the past day, December 7, the Russian army lost another 1,460 soldiers, "
            "according to the General Staff. In total, Russia's losses since the invasion in "
            "February 2022 have reached {}.")
    status, flags = check(text.format("753,370"), date(2024, 12, 8))
    assert status["753,370"] == status["1,460"] == "supported" and not flags
    status, flags = check(text.format("751,910"), date(2024, 12, 8))
    assert status["751,910"] == "contradicted" and "error" in _severities(flags)


def test_a_stale_total_before_its_days_list(check):
    text = ("Since the start of the conflict Moscow has already lost about {} soldiers, "
            "Ukraine's General Staff said. In the last 24 hours, according to Kyiv, Ukrainian "
            "forces put out of action 320 troops and 38 artillery systems.")
    status, flags = check(text.format("276,990"), date(2023, 9, 27))
    assert status["about 276,990"] == status["320"] == "supported" and not flags
    status, _ = check(text.format("276,670"), date(2023, 9, 27))
    assert status["about 276,670"] == "contradicted"


def test_the_day_before_stays_when_the_day_figure_is_of_that_report_too(check):
    # both the day's figure and the total of the report of 24 January: no stale pair
    status, flags = check(
        "Russia lost 720 troops on Sunday, Ukraine's General Staff said. Its count of Russian "
        "losses since the invasion now stands at 121,480.", date(2023, 1, 24))
    assert status["121,480"] == "supported" and not flags


def test_a_rounded_total_names_no_report_to_pair_with(check):
    # "more than 750,000" (to the ten thousand) is true of both reports: no stale pair, and the
    # wrong day's figure beside it is flagged once, by its own mismatch
    text = ("Over the past day, December 7, the Russian army lost another {} soldiers, "
            "according to the General Staff. In total, Russia's losses since the invasion in "
            "February 2022 are more than 750,000.")
    status, flags = check(text.format("1,460"), date(2024, 12, 8))
    assert status["1,460"] == "supported" and not flags
    status, flags = check(text.format("1,640"), date(2024, 12, 8))
    assert status["1,640"] == "contradicted"
    assert [f.rule for f in flags] == ["dataset-figure-mismatch"]
