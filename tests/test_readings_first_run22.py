"""False alarms and unverified true figures of the twenty-second phrasing set's first run
(issue #10), one test per cause, each with the wrong figure that must still be caught. Our own
sentences; the General Staff's real figures: reports of 2026-01-11 and 2026-01-12: 1,218,940
and 1,220,000 personnel; artillery in May and June 2026: 2,043 and 2,053 (July and August
2024: 1,520 and 1,517); personnel in October 2025: 31,270 (the report of 2025-10-31:
1,141,830); in 2024: 430,790 (reports of 2024-01-02 to 2025-01-01), in 2025: 418,170.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-22")))


# -- "its report from the previous day": the report of D-1, not a day earlier again -----------

def test_the_report_from_the_previous_day_is_the_report_of_the_day_before(check):
    text = ("Russia has suffered a total of 1,220,000 combat losses since the invasion began, "
            "the General Staff said in its report released Monday. In its report from the "
            "previous day, the staff said that Russia had {} combat losses.")
    status, flags = check(text.format("1,218,940"), date(2026, 1, 12))
    assert status["1,218,940"] == "supported" and not flags
    status, _ = check(text.format("1,281,940"), date(2026, 1, 12))
    assert status["1,281,940"] == "contradicted"
    # three reports back is no reading of it (two back is, through the quoting lag)
    status, _ = check(text.format("1,216,930"), date(2026, 1, 12))
    assert status["1,216,930"] == "contradicted"


def test_the_previous_days_figure_is_still_compared_with_the_day_before_the_last():
    from factcheck.extract.dates import DAY_BEFORE_LAST
    assert {"the previous day", "the day before", "a day earlier"} <= DAY_BEFORE_LAST
    assert "yesterday" not in DAY_BEFORE_LAST


# -- k months and k figures of one list: in order --------------------------------------------

@pytest.mark.parametrize("text,pub,right,wrong", [
    ("Russian artillery losses reached peak levels during May and June, with 2,043 and {} "
     "systems destroyed, respectively.", date(2026, 7, 5), "2,053", "2,035"),
    ("Kyiv says Russia lost 2,043 and {} artillery systems in May and June respectively.",
     date(2026, 7, 5), "2,053", "2,035"),
    ("Russian artillery losses peaked in July and August, with 1,520 and {} systems "
     "destroyed, Kyiv's figures show.", date(2024, 10, 8), "1,517", "1,571"),
])
def test_a_list_of_months_dates_a_list_of_figures_in_order(check, text, pub, right, wrong):
    status, flags = check(text.format(right), pub)
    assert all(s == "supported" for s in status.values()), status
    assert not flags
    status, _ = check(text.format(wrong), pub)
    assert status[wrong] == "contradicted"


def test_the_second_month_after_and_is_a_month_of_its_own():
    from factcheck.extract.dates import find_dates
    found = find_dates("Losses in March and June were high.", date(2024, 10, 5))
    assert [(d.start_date, d.end_date) for d in found] == [
        (date(2024, 3, 1), date(2024, 3, 31)), (date(2024, 6, 1), date(2024, 6, 30))]
    # two months in a row with no figures after them stay one span
    found = find_dates("Losses in May and June were high.", date(2024, 10, 5))
    assert [(d.start_date, d.end_date) for d in found] == [(date(2024, 5, 1),
                                                            date(2024, 6, 30))]


# -- ", including N for October": part of the total before it --------------------------------

def test_a_bare_figure_a_total_includes_counts_what_the_total_counts(check):
    text = ("According to Kyiv's count, 1,141,830 of Moscow's soldiers have been killed or "
            "injured since the invasion, including {} for October.")
    status, flags = check(text.format("just under 31,300"), date(2025, 10, 31))
    assert status["just under 31,300"] == "supported" and not flags
    status, _ = check(text.format("32,300"), date(2025, 10, 31))
    assert status["32,300"] == "contradicted"


# -- "its estimate of N for the previous year": the General Staff's count, no forecast -------

def test_an_estimate_of_a_past_year_is_the_count_it_continues(check):
    text = ("Kyiv's New Year's Day tally said Russia had lost 418,170 troops in 2025, down "
            "from its estimate of {} for the previous year.")
    status, flags = check(text.format("430,790"), date(2026, 1, 1))
    assert status["418,170"] == "supported" and status["430,790"] == "supported"
    assert not flags
    status, _ = check(text.format("403,790"), date(2026, 1, 1))
    assert status["403,790"] == "contradicted"


def test_a_forecast_estimate_stays_a_forecast(check):
    status, flags = check("The company beat analysts' estimates of 5,400 units in the quarter.",
                          date(2025, 10, 20))
    assert status.get("5,400") != "contradicted" and not flags


# -- "said in its report released Monday" (a Monday): that report's total, not Sunday's -------

@pytest.mark.parametrize("words", ["the General Staff said in its report released on Monday",
                                   "according to Monday's update from the General Staff",
                                   "the General Staff said today"])
def test_a_total_the_text_says_is_the_days_report_is_read_against_it_alone(check, words):
    text = f"Russia has suffered a total of {{}} combat losses since the invasion began, {words}."
    status, flags = check(text.format("1,220,000"), date(2026, 1, 12))
    assert status["a total of 1,220,000"] == "supported" and not flags
    # Sunday's total, given as Monday's report's: stale
    status, _ = check(text.format("1,218,940"), date(2026, 1, 12))
    assert status["a total of 1,218,940"] == "contradicted"


def test_a_total_with_no_report_day_or_another_day_keeps_the_quoting_lag(check):
    # no day named: the report of the day before may be quoted
    status, flags = check("Russia has lost 1,218,940 troops since the invasion began, according "
                          "to Kyiv.", date(2026, 1, 12))
    assert status["1,218,940"] == "supported" and not flags
    # Sunday named on a Monday: Sunday's report
    status, flags = check("Russia has lost 1,218,940 troops since the invasion began, the "
                          "General Staff said on Sunday.", date(2026, 1, 12))
    assert status["1,218,940"] == "supported" and not flags
