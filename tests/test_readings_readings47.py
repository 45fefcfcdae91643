"""False alarms, unverified true figures and missed plants of the first runs of phrasing sets 97
to 99 (issue #10, readings47), one test per cause, each with the wrong figure that must still be
caught. Our own sentences; the General Staff's real figures: reports of 2025-12-07/08/09: 1,080,
810, 930 troops; 2023 by the day fought 253,290 (about 694 a day), 2024 430,790 (1,177 a day);
October 2025 by the report 31,270 (31,250 by the day, about 1,008 a day); 2025 to the end of
November by the day fought 383,120, corrections included; September 2025 artillery 1,112, August
1,288; report of 2026-02-10: troops 1,248,560 (+980), tanks 11,656 (+2), artillery 37,089 (+33).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


def at(status: dict[str, str], figure: str) -> str:
    """The status of the claim whose words hold ``figure``."""
    return next(v for k, v in status.items() if figure in k)


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings47")))


# -- "X, Y and Z troops on Saturday, Sunday and Monday respectively": one day each -------------

@pytest.mark.parametrize("text", [
    "Moscow lost 1,080, {} and 930 troops on Saturday, Sunday and Monday respectively, "
    "according to figures from Ukraine's armed forces.",
    "Moscow lost 1,080, {}, and 930 troops on Saturday, Sunday, and Monday respectively, "
    "according to figures from Ukraine's armed forces.",
    "On Saturday, Sunday and Monday, Moscow lost 1,080, {} and 930 troops respectively, "
    "Ukraine's General Staff said.",
])
def test_days_of_a_weekday_list_said_respectively_date_each_figure(check, text):
    status, flags = check(text.format("810"), date(2025, 12, 9))
    assert at(status, "1,080") == at(status, "810") == at(status, "930") == "supported"
    assert not flags
    status, _ = check(text.format("1,810"), date(2025, 12, 9))
    assert at(status, "1,810") == "contradicted"
    assert at(status, "1,080") == at(status, "930") == "supported"


def test_a_weekday_span_without_respectively_stays_one_sum(check):
    status, _ = check("Moscow lost 2,820 troops on Saturday, Sunday and Monday, according to "
                      "Ukraine's General Staff.", date(2025, 12, 9))
    assert at(status, "2,820") == "supported"


# -- "Breakdown ... by year:" then "2023: 253,290 troops — averaging 694 per day" -------------

def test_labelled_lines_under_a_lead_in_take_its_loss_word(check):
    text = ("Breakdown of Russian casualties by year, according to Ukraine's General Staff:\n"
            "2023: 253,290 troops — averaging 694 per day\n"
            "2024: {} troops — averaging 1,177 per day\n")
    status, flags = check(text.format("430,790"), date(2025, 6, 12))
    assert set(status.values()) == {"supported"}, status
    assert not flags
    status, _ = check(text.format("480,790"), date(2025, 6, 12))
    assert at(status, "480,790") == "contradicted"
    assert at(status, "253,290") == "supported"


def test_a_labelled_line_with_no_lead_in_is_no_loss(check):
    status, _ = check("Kyiv: 1,200 troops arrived by train.\nLviv: 300 troops more.",
                      date(2025, 6, 12))
    assert set(status.values()) <= {"unverified"}


def test_an_average_after_a_dash_is_not_the_total_before_it(check):
    status, _ = check("In 2023 Russia lost 253,290 troops — averaging 694 per day, Ukraine's "
                      "General Staff said.", date(2025, 6, 12))
    assert at(status, "253,290") == at(status, "694") == "supported"


# -- "The average daily loss rate in October was about 1,010" -----------------------------------

def test_a_daily_loss_rate_is_the_daily_average_of_losses(check):
    text = ("Russia's average daily loss rate in October 2025 was about {}, according to "
            "Ukrainian General Staff reporting, the UK Ministry of Defence said.")
    status, _ = check(text.format("1,010"), date(2025, 11, 6))
    assert at(status, "1,010") == "supported"
    status, _ = check(text.format("1,510"), date(2025, 11, 6))
    assert at(status, "1,510") == "contradicted"


def test_a_daily_average_with_no_side_is_of_the_side_its_source_reports(check):
    text = ("The average daily loss rate in October 2025 was about {}, according to Ukrainian "
            "General Staff reporting, the UK Ministry of Defence said.")
    status, _ = check(text.format("1,010"), date(2025, 11, 6))
    assert at(status, "1,010") == "supported"
    status, _ = check(text.format("1,510"), date(2025, 11, 6))
    assert at(status, "1,510") == "contradicted"


def test_a_loss_rate_outside_a_war_story_is_no_troops_count(check):
    status, _ = check("The bank's average daily loss rate was about 1,010 accounts last year.",
                      date(2025, 11, 6))
    assert set(status.values()) <= {"unverified"}


# -- "more than 383 thousand since the start of the year" in a summary out on 2 December -------

def test_a_total_to_date_early_in_a_month_may_run_to_the_month_before(check):
    text = ("Russia's army has lost more than {} thousand soldiers since the start of the year, "
            "the Defence Ministry said, citing the General Staff.")
    status, flags = check(text.format("383"), date(2025, 12, 2))
    assert at(status, "383") == "supported"
    assert not flags
    status, _ = check(text.format("390"), date(2025, 12, 2))
    assert at(status, "390") == "contradicted"
    # mid-month there is no month-end summary to read it as
    status, _ = check(text.format("383"), date(2025, 12, 15))
    assert at(status, "383") != "supported"


# -- "Last month, 1,112 were reportedly destroyed": the count before --------------------------

def test_a_hedged_passive_verb_continues_the_count_before(check):
    text = ("In July, Russia lost 1,193 artillery systems, followed by 1,288 in August. Last "
            "month, {} were reportedly destroyed.")
    status, _ = check(text.format("1,112"), date(2025, 10, 6))
    assert at(status, "1,112") == "supported"
    status, _ = check(text.format("1,412"), date(2025, 10, 6))
    assert at(status, "1,412") == "contradicted"


# -- "🔻 tanks: +2 (11,656)": the increment first, the running total in brackets ------------

def test_an_increment_before_its_bracketed_total_is_a_pair(check):
    text = ("Russian losses over the past day, per Ukraine's General Staff:\n"
            "🔻 personnel: +980 (1,248,560 in total)\n"
            "🔻 tanks: +2 (11,656)\n"
            "🔻 artillery systems: +33 ({})\n")
    status, flags = check(text.format("37,089"), date(2026, 2, 10))
    assert set(status.values()) == {"supported"}, status
    assert not flags
    status, _ = check(text.format("37,809"), date(2026, 2, 10))
    assert at(status, "37,809") == "contradicted"
    assert at(status, "33") == "supported"
