"""Causes of the eightieth phrasing set's first run (issue #10, readings40), one test each, with
the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures (personnel): reports of 2025-03-07: 1,150 (882,950 in all); 2025-03-08: 1,000 (883,950);
2025-03-09: 1,180; 2025-03-10: 1,190; 2024-06-14: 1,250; 2024-06-15: 1,090; 2024-11-12: 1,950
(712,610); tanks of 2024-11-12: 23 (9,276); months (days fought): January 2025 48,240, March
2025 41,160; weeks (days fought, Monday to Sunday): 11 November 2024 11,780, 25 November 2024
11,570, 16 December 2024 12,580.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from factcheck.normalize.month_records import MONTH_RECORD
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings40")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text == figure)


# -- "the total includes yesterday's N": that day's figure, both of its reports ---------------

def _includes(figure: str) -> str:
    return ("Russia's losses since the invasion reached 883,950 troops on Saturday, the General "
            f"Staff said. The total includes yesterday's {figure}.")


def test_yesterdays_figure_in_a_total_is_no_running_total():
    c = _claim(_includes("1,150"), "1,150", date(2025, 3, 8))
    assert not c.cumulative and c.period is not None and c.period.start == c.period.end


@pytest.mark.parametrize("figure", ["1,150", "1,000"])   # yesterday's report, or today's
def test_yesterdays_figure_in_a_total_is_read_for_that_day(check, figure):
    status, flags = check(_includes(figure), date(2025, 3, 8))
    assert status[figure] == "supported" and not flags


def test_a_wrong_yesterdays_figure_in_a_total_is_contradicted(check):
    status, _ = check(_includes("1,510"), date(2025, 3, 8))
    assert status["1,510"] == "contradicted"


def test_a_day_named_by_date_still_pairs_with_the_total(check):
    # "Over the past day, December 7, ..." names a date, no possessive: the day's figure and
    # the total come from one report, so a total one report old is still caught
    text = ("Over the past day, December 7, the Russian army lost another 1,460 soldiers, "
            "according to the General Staff. In total, Russia's losses since the invasion in "
            "February 2022 have reached 751,910.")
    status, _ = check(text, date(2024, 12, 8))
    assert status["751,910"] == "contradicted"


# -- weekday and day-before possessives continue the count before ------------------------------

def test_weekday_possessives_after_the_days_figure(check):
    text = ("Russia lost 1,190 troops over the past day, Kyiv said on Monday, after Saturday's "
            "1,000 and Sunday's 1,180.")
    status, flags = check(text, date(2025, 3, 10))
    assert status["1,000"] == "supported" and status["1,180"] == "supported" and not flags


def test_a_wrong_weekday_possessive_is_contradicted(check):
    text = ("Russia lost 1,190 troops over the past day, Kyiv said on Monday, after Saturday's "
            "1,000 and Sunday's 1,810.")
    status, _ = check(text, date(2025, 3, 10))
    assert status["1,810"] == "contradicted"


def test_the_day_befores_figure_takes_the_count(check):
    text = ("Russia lost 1,090 troops over the past day, down from the day before's 1,250, "
            "Ukraine's General Staff said on Saturday.")
    status, flags = check(text, date(2024, 6, 15))
    assert status["1,250"] == "supported" and not flags
    assert _claim(text, "1,250", date(2024, 6, 15)).measure == "personnel_losses"


# -- "another N were added", "a further N were put out of action" -----------------------------

@pytest.mark.parametrize("text,figure,measure", [
    ("Ukraine's General Staff put Russia's troop losses since the invasion at 712,610 on "
     "Tuesday. Another 1,950 were added in the last day.", "1,950", "personnel_losses"),
    ("Kyiv said Russia has now lost 9,276 tanks in the war. A further 23 were put out of "
     "action over the past day.", "23", "tanks"),
])
def test_an_added_amount_takes_the_measure_of_the_sentence_before(check, text, figure, measure):
    assert _claim(text, figure, date(2024, 11, 12)).measure == measure
    status, flags = check(text, date(2024, 11, 12))
    assert status[figure] == "supported" and not flags


def test_a_wrong_added_amount_is_contradicted(check):
    text = ("Ukraine's General Staff put Russia's troop losses since the invasion at 712,610 on "
            "Tuesday. Another 1,590 were added in the last day.")
    status, _ = check(text, date(2024, 11, 12))
    assert status["1,590"] == "contradicted"


def test_another_amount_with_no_count_before_stays_open():
    text = "The club said another 1,950 were added to its waiting list in the last day."
    assert _claim(text, "1,950", date(2024, 11, 12)).measure != "personnel_losses"


# -- weekday brackets take the count their sentence names -------------------------------------

def _brackets(last: str) -> str:
    return ("Kyiv's figures put Russian troops killed or wounded on Thursday (1,150), Friday "
            f"(1,000) and Saturday ({last}), the General Staff said on Monday.")


def test_weekday_brackets_take_the_sentences_count(check):
    status, flags = check(_brackets("1,180"), date(2025, 3, 10))
    assert [status[f] for f in ("1,150", "1,000", "1,180")] == ["supported"] * 3 and not flags


def test_a_wrong_weekday_bracket_is_contradicted(check):
    status, _ = check(_brackets("1,810"), date(2025, 3, 10))
    assert status["1,810"] == "contradicted"


def test_weekday_brackets_with_no_count_stay_open():
    text = "Tickets went on sale on Thursday (1,150), Friday (1,000) and Saturday (1,180)."
    assert _claim(text, "1,150", date(2025, 3, 10)).measure != "personnel_losses"


# -- "the deadliest month of 2025": the month named, the year the record's window --------------

def test_the_record_year_is_not_the_figures_period():
    text = ("January remains the deadliest month of 2025 for Russia's army, with 48,240 troops "
            "killed or wounded, according to the General Staff.")
    c = _claim(text, "48,240", date(2025, 5, 2))
    assert (c.period.start, c.period.end) == (date(2025, 1, 1), date(2025, 1, 31))
    assert dict(c.extra)[MONTH_RECORD][:2] == ("2025-01-01", "2025-04-30")


def test_a_wrong_record_month_of_a_year_is_contradicted(check):
    text = ("The deadliest month of 2025 so far was March, when Russia lost 41,160 troops, "
            "according to Kyiv's daily reports.")
    status, _ = check(text, date(2025, 6, 3))
    assert status["41,160"] == "contradicted"


# -- "the costliest week of the year": checked against the window's weeks ----------------------

def _week(figure: str) -> str:
    return (f"Russia lost {figure} troops last week, the costliest week of the year for its "
            "forces, the General Staff's daily figures show.")


def test_a_right_record_week_is_supported(check):
    status, flags = check(_week("12,580"), date(2024, 12, 24))
    assert status["12,580"] == "supported" and not flags


def test_a_record_week_a_costlier_week_breaks_is_flagged(check):
    status, flags = check(_week("11,570"), date(2024, 12, 3))
    assert status["11,570"] == "contradicted"
    assert [f.rule for f in flags] == ["week-record-mismatch"]


def test_a_week_with_a_rank_is_no_record(check):
    text = _week("11,570").replace("the costliest", "the second-costliest")
    status, flags = check(text, date(2024, 12, 3))
    assert status["11,570"] == "supported" and not flags


def test_a_rolling_seven_days_is_no_calendar_week_record():
    text = ("Russia lost 11,570 troops in the past seven days, the costliest week of the year "
            "for its forces.")
    assert MONTH_RECORD not in dict(_claim(text, "11,570", date(2024, 12, 4)).extra)


# -- a compared value after "fewer than the": the count it is compared with --------------------

def _fewer(october: str) -> str:
    return ("Russia lost 31,030 soldiers in November, by the tally of Ukraine's General Staff, a "
            f"little fewer than the {october} it reported for October.")


def test_a_wrong_compared_month_is_an_error(check):
    status, flags = check(_fewer("31,720"), date(2025, 12, 2))
    assert status["31,720"] == "contradicted"
    assert any(f.severity == "error" for f in flags)


def test_a_right_compared_month_is_supported(check):
    status, flags = check(_fewer("31,270"), date(2025, 12, 2))
    assert status["31,270"] == "supported" and not flags
