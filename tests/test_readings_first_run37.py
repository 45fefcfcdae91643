"""Causes of the thirty-seventh phrasing set's first run (issue #10, readings18), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: report of 2024-11-10: 708,890 troops (1,350 in the past day), 9,249 tanks; report of
2023-08-21: 4,358 tanks; April 2023 to the report of the 25th: 13,780 troops over 24 days
(574 a day), March 2023: 777 a day; 2022 (from the invasion): 106,720 troops, 343 a day over
311 days; 2023: 694 a day; 2024: 1,177 a day.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-37")))


# -- "reported lost by Ukraine": the reporter is not the loser -----------------------------

def _reported(total: str) -> str:
    return (f"The number of Russian soldiers reported killed by Ukraine climbed by 1,350 on "
            f"Sunday to {total}.")


def test_losses_reported_by_a_side_are_the_other_sides(check):
    status, flags = check(_reported("708,890"), date(2024, 11, 10))
    assert status["1,350"] == "supported" and status["708,890"] == "supported" and not flags


def test_a_wrong_total_reported_by_a_side_is_contradicted(check):
    status, _ = check(_reported("708,980"), date(2024, 11, 10))
    assert status["708,980"] == "contradicted"


def test_claimed_destroyed_by_names_the_reporter(check):
    status, _ = check("Russian tanks claimed destroyed by Kyiv now number 9,249, the latest "
                      "update shows.", date(2024, 11, 10))
    assert status["9,249"] == "supported"


# -- a period one source gives the other side's losses is not carried to Kyiv's count -------

def _both_sides(total: str) -> str:
    return ("Moscow's defence ministry claimed on Sunday that Ukraine had lost 11,408 armoured "
            f"vehicles over the past year. Ukraine's General Staff says Russia has lost a total "
            f"of {total} tanks.")


def test_the_other_sides_period_is_not_carried(check):
    status, flags = check(_both_sides("4,358"), date(2023, 8, 21))
    assert status["11,408"] == "unverified" and status["a total of 4,358"] == "supported" and \
        not flags


def test_a_wrong_total_after_the_other_sides_claim_is_contradicted(check):
    status, _ = check(_both_sides("4,385"), date(2023, 8, 21))
    assert status["a total of 4,385"] == "contradicted"


# -- a daily average carried to "an average of N so far in April" ---------------------------

def _so_far(april: str) -> str:
    return ("Figures released by Ukraine's General Staff suggest a fall from a daily average of "
            f"777 Russian casualties in March to an average of {april} so far in April.")


def test_an_average_so_far_is_over_the_days_reported(check):
    status, flags = check(_so_far("574"), date(2023, 4, 25))
    assert status["777"] == "supported" and status["574"] == "supported" and not flags


def test_a_wrong_average_so_far_is_contradicted(check):
    status, _ = check(_so_far("547"), date(2023, 4, 25))
    assert status["547"] == "contradicted"


def test_an_average_of_another_rate_is_no_daily_one(check):
    status, flags = check("Ukraine's General Staff put the daily average at 777 in March; "
                          "Britain put the total at an average of 20,000 a month.",
                          date(2023, 4, 25))
    assert status["20,000"] != "contradicted" and not flags


# -- the items of a list after "the daily average ...:" are daily averages -------------------

def _by_year(y2024: str) -> str:
    return ("Russia lost 430,790 troops last year. The average daily loss rate has climbed in "
            f"every year, according to Ukraine's General Staff: 694 in 2023 and {y2024} in "
            "2024.")


def test_a_list_after_a_daily_average_is_of_averages(check):
    status, flags = check(_by_year("1,177"), date(2025, 1, 5))
    assert status["694"] == "supported" and status["1,177"] == "supported" and not flags


def test_a_wrong_average_in_the_list_is_contradicted(check):
    status, _ = check(_by_year("1,771"), date(2025, 1, 5))
    assert status["1,771"] == "contradicted"


# -- a year that takes in the series' start counts from it ----------------------------------

def _in_2022(total: str) -> str:
    return f"Russia lost {total} troops in 2022, according to Ukraine's General Staff."


def test_a_period_over_the_start_of_a_series_counts_from_it(check):
    status, flags = check(_in_2022("106,720"), date(2023, 1, 5))
    assert status["106,720"] == "supported" and not flags


def test_a_wrong_figure_for_such_a_period_is_contradicted(check):
    status, _ = check(_in_2022("160,720"), date(2023, 1, 5))
    assert status["160,720"] == "contradicted"


@pytest.mark.parametrize("avg", ["343", "292"])
def test_an_average_over_such_a_period_has_both_readings(check, avg):
    # over the days of the war (311) or over the whole year (365)
    status, flags = check(f"Russia lost an average of {avg} troops a day in 2022, according to "
                          "Ukraine's General Staff.", date(2023, 1, 5))
    assert status[avg] == "supported" and not flags


def test_a_period_wholly_before_a_series_is_not_checked(check):
    status, flags = check("Russia lost 1,000 troops in 2021, according to Ukraine's General "
                          "Staff.", date(2023, 1, 5))
    assert status["1,000"] == "unverified" and not flags


# -- a counting body is no subject ----------------------------------------------------------

def _counted(y2022: str) -> str:
    return ("Russia lost 430,790 troops in 2024, more than in 2022 and 2023 together. The "
            f"General Staff counted {y2022} in 2022.")


def test_the_body_that_counts_is_not_whose_losses(check):
    status, flags = check(_counted("106,720"), date(2025, 1, 5))
    assert status["106,720"] == "supported" and not flags


def test_a_wrong_count_of_the_body_is_contradicted(check):
    status, _ = check(_counted("160,720"), date(2025, 1, 5))
    assert status["160,720"] == "contradicted"


# -- "the toll had stood at N a day earlier": the total before the day's increment ----------

def _earlier(before: str) -> str:
    return ("Russian losses in the war passed one million on Thursday. Ukraine's General Staff "
            "put them at 1,000,340, after 1,140 more soldiers were killed or wounded in a day; "
            f"the toll had stood at {before} a day earlier.")


def test_a_total_a_day_earlier_is_the_report_before(check):
    status, flags = check(_earlier("999,200"), date(2025, 6, 12))
    assert status["999,200"] == "supported" and not flags


def test_a_wrong_total_a_day_earlier_is_contradicted(check):
    status, _ = check(_earlier("990,200"), date(2025, 6, 12))
    assert status["990,200"] == "contradicted"


# == the thirty-eighth set's first run (same session) ==========================================
# figures: 2025: 1,816 tanks, 77,322 drones; 2024: 3,689 tanks (reports of 2024-01-01,
# 2025-01-01, 2026-01-01); report of 2024-01-29: 6,290 tanks, 11,696 armoured vehicles.

# -- a multiple's base dated in its own short clause dates no later figure -----------------

def _half_the(drones: str) -> str:
    return ("Russia lost 1,816 tanks in 2025, about half the 3,689 it lost in 2024, Ukraine's "
            f"General Staff said, while its drone losses rose to {drones} over the year.")


def test_the_base_of_a_multiple_keeps_its_year(check):
    status, flags = check(_half_the("77,322"), date(2026, 1, 5))
    assert status["77,322"] == "supported" and status["1,816"] == "supported" and not flags


def test_a_wrong_figure_after_the_base_is_contradicted(check):
    status, _ = check(_half_the("72,322"), date(2026, 1, 5))
    assert status["72,322"] == "contradicted"


# -- "Ukraine's General Staff counts ...", "since it attacked Ukraine" name no loser ---------

def _counts(tanks: str) -> str:
    return ("Russia has lost around 2,600 tanks since it attacked Ukraine, London said, and some "
            "4,900 other armoured vehicles. Ukraine's General Staff counts far more: "
            f"{tanks} tanks and 11,696 armoured combat vehicles.")


def test_a_staff_named_with_no_verb_is_who_counts(check):
    status, flags = check(_counts("6,290"), date(2024, 1, 29))
    assert status["6,290"] == "supported" and status["11,696"] == "supported" and not flags
    assert status["around 2,600"] == "unverified"


def test_a_wrong_count_of_the_staff_is_contradicted(check):
    status, _ = check(_counts("6,920"), date(2024, 1, 29))
    assert status["6,920"] == "contradicted"


# -- "The difference between the two figures is N": the two written just before ------------
# (report of 2024-01-01: 360,010 in all; of 2023-01-01: 106,720; 2023: 253,290)

def _difference(n: str) -> str:
    return ("Russian losses since February 2022 now stand at 360,010, according to Ukraine's "
            "military. On the first day of 2023, Kyiv said Russian forces had lost 106,720 "
            f"troops since the start of the war. The difference between the two figures is {n}.")


def test_the_difference_of_two_totals_is_the_days_between(check):
    status, flags = check(_difference("253,290"), date(2024, 1, 1))
    assert status["253,290"] == "supported" and not flags


def test_a_wrong_difference_of_two_figures_is_flagged(check):
    _, flags = check(_difference("235,290"), date(2024, 1, 1))
    assert [f.rule for f in flags if f.severity == "error"] == ["wrong-arithmetic"]


def test_with_more_than_two_figures_before_each_pair_is_a_reading(check):
    # (readings23: which two is open; a difference no pair gives is wrong on every reading,
    # one that a pair gives is that pair's)
    text = ("Kyiv said Russia lost 430,790 troops in 2024, 106,720 in 2022 and 253,290 in 2023. "
            "The difference between the two figures is {}.")
    status, flags = check(text.format("70,780"), date(2025, 1, 5))
    assert status["70,780"] != "contradicted"
    assert [f.rule for f in flags if f.severity == "error"] == ["wrong-arithmetic"]
    status, flags = check(text.format("177,500"), date(2025, 1, 5))
    assert status["177,500"] != "contradicted" and not flags


# -- a change between two months' figures is no figure of either month ----------------------
# (March 2024: 28,200 troops, 910 a day; February 2024: 28,450, 981 a day)

@pytest.mark.parametrize("text", [
    "Russia lost 28,200 troops in March, a drop of 250 troops from February's 28,450, "
    "Ukraine's General Staff said.",
    "Russia's losses averaged about 910 a day throughout March, a drop of 71 a day from "
    "February's 981, Ukraine's General Staff figures show."])
def test_a_change_between_two_months_is_not_compared_with_either(check, text):
    _, flags = check(text, date(2024, 4, 7))
    assert not flags


def _from_february(feb: str) -> str:
    return ("Russia's losses averaged about 910 a day throughout March, down from February's "
            f"{feb}, Ukraine's General Staff figures show.")


def test_the_base_of_a_daily_average_is_a_daily_average(check):
    status, flags = check(_from_february("981"), date(2024, 4, 7))
    assert status["981"] == "supported" and not flags


def test_a_wrong_base_of_a_daily_average_is_contradicted(check):
    status, _ = check(_from_february("918"), date(2024, 4, 7))
    assert status["918"] == "contradicted"


# -- a later item of a list takes the count its first item took ----------------------------

def _counted_years(y2023: str) -> str:
    return ("Russia lost 430,790 troops in 2024. The General Staff counted 106,720 in 2022 and "
            f"{y2023} in 2023.")


def test_a_list_item_takes_the_count_of_the_first(check):
    status, flags = check(_counted_years("253,290"), date(2025, 1, 5))
    assert status["253,290"] == "supported" and not flags


def test_a_wrong_list_item_is_contradicted(check):
    status, _ = check(_counted_years("235,290"), date(2025, 1, 5))
    assert status["235,290"] == "contradicted"
