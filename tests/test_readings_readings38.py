"""Causes of the seventy-fifth phrasing set's first run (issue #10, readings38), one test each,
with the wrong figure that must still be caught. Our own sentences; the General Staff's real
figures: report of 2024-04-20: 750 troops; of 2025-01-28: 1,380 troops, 5 tanks, 72 drones,
833,000 in all; of 2025-05-01: 1,230 troops.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings38")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text == figure)


# -- "the occupiers lost N people": that side's personnel --------------------------------------

@pytest.mark.parametrize("side", ["The occupiers", "The Russian invaders", "The enemy"])
def test_people_a_side_lost_are_its_personnel(check, side):
    text = f"{side} lost 750 people over the past day, the General Staff reported on Saturday."
    status, flags = check(text, date(2024, 4, 20))
    assert status["750"] == "supported" and not flags


def test_people_the_occupiers_lost_with_a_wrong_figure_are_contradicted(check):
    status, _ = check("The occupiers lost 570 people over the past day, the General Staff "
                      "reported on Saturday.", date(2024, 4, 20))
    assert status["570"] == "contradicted"


@pytest.mark.parametrize("text", [
    "The occupiers killed 3 people in Kherson over the past day, the regional governor said.",
    "The invaders shelled the town, and 12 people lost their homes over the past day.",
])
def test_people_a_side_killed_or_others_lost_are_no_losses_of_it(text):
    figure = "3" if "killed" in text else "12"
    assert _claim(text, figure, date(2024, 4, 20)).measure != "personnel_losses"


# -- a bare figure a side lost with a period after it -----------------------------------------

def _bare(figure: str) -> str:
    return (f"Russian troops kept up their assaults near Pokrovsk. Russia lost {figure} in the "
            "past day, Ukraine's General Staff said on Tuesday.")


def test_a_bare_figure_of_a_side_in_copy_about_troops_is_personnel(check):
    status, flags = check(_bare("1,380"), date(2025, 1, 28))
    assert status["1,380"] == "supported" and not flags


def test_a_wrong_bare_figure_in_copy_about_troops_is_contradicted(check):
    status, _ = check(_bare("1,830"), date(2025, 1, 28))
    assert status["1,830"] == "contradicted"


def test_a_bare_figure_beside_another_field_of_the_war_stays_open(check):
    text = ("Russia lost 1,380 soldiers and five tanks over the past day, the General Staff "
            "said. It also lost 72 in the past day, the report added.")
    status, flags = check(text, date(2025, 1, 28))
    assert status["72"] == "unverified" and not flags
    assert _claim(text, "72", date(2025, 1, 28)).measure != "personnel_losses"


def test_a_bare_figure_with_no_word_of_troops_stays_open():
    text = "Russia lost 1,380 in the past day, Ukraine's General Staff said on Tuesday."
    assert _claim(text, "1,380", date(2025, 1, 28)).measure != "personnel_losses"


def test_a_bare_figure_with_no_period_after_it_stays_open():
    text = ("Russian troops kept up their assaults near Pokrovsk. Russia lost 1,380, Ukraine's "
            "General Staff said on Tuesday.")
    assert _claim(text, "1,380", date(2025, 1, 28)).measure != "personnel_losses"


# -- a month's record: the highest month of the window its words name -------------------------
# (sums of the reports: November 2024 45,720, December 2024 48,670, January 2025 48,240,
# February 2025 36,570, March 2025 41,160; May 2024 38,940, the highest of 2024 by then)

def _costliest(month: str, figure: str, window: str = "of the war") -> str:
    return (f"{month} was the costliest month {window} for Russia, with {figure} troops lost, "
            "according to Ukraine's General Staff.")


@pytest.mark.parametrize("month, figure, pub", [("November", "45,720", date(2024, 12, 2)),
                                                ("December", "48,670", date(2025, 2, 3))])
def test_a_month_that_is_the_record_is_supported(check, month, figure, pub):
    status, flags = check(_costliest(month, figure), pub)
    assert status[figure] == "supported" and not flags


def test_a_month_called_the_record_after_a_costlier_one_is_contradicted(check):
    status, flags = check(_costliest("January", "48,240"), date(2025, 2, 3))
    assert status["48,240"] == "contradicted"
    assert [f.rule for f in flags] == ["month-record-mismatch"]
    assert "December 2024" in flags[0].message and "48,670" in flags[0].message


def test_a_year_window_counts_that_years_months_only(check):
    text = _costliest("January", "48,240", "of the year")
    status, flags = check(text, date(2025, 2, 3))
    assert status["48,240"] == "supported" and not flags
    status, flags = check(_costliest("March", "41,160", "of the year so far"), date(2025, 4, 2))
    assert status["41,160"] == "contradicted" and [f.rule for f in flags] == \
        ["month-record-mismatch"]


def test_a_rank_or_no_window_is_no_month_record(check):
    for text in [_costliest("January", "48,240").replace("costliest", "second-costliest"),
                 _costliest("January", "48,240", "")]:
        status, flags = check(text, date(2025, 2, 3))
        assert status["48,240"] == "supported" and not flags


def test_another_bodys_month_record_is_not_checked(check):
    text = ("Britain's defence ministry said January was the costliest month of the war for "
            "Russia, with 48,240 troops lost.")
    _, flags = check(text, date(2025, 2, 3))
    assert not [f for f in flags if f.rule == "month-record-mismatch"]


# -- "the costliest month of the year so far" names no period of the year to date ------------

def test_a_months_record_of_the_year_so_far_keeps_the_months_period():
    text = ("May was the costliest month of the year so far for Russia, with 38,940 troops "
            "lost, Ukraine's General Staff said.")
    c = _claim(text, "38,940", date(2024, 6, 2))
    assert (c.period.start, c.period.end) == (date(2024, 5, 1), date(2024, 5, 31))


def test_the_hottest_day_of_the_year_so_far_still_runs_from_january():
    from factcheck.extract.dates import find_dates
    found = find_dates("It was the hottest day of the year so far.", date(2024, 6, 2))
    assert [(m.start_date, m.end_date) for m in found] == [(date(2024, 1, 1), date(2024, 6, 2))]


# -- a key carried across paragraphs in an article of one measure and subject ----------------
# (report of 2025-06-03: 1,100 troops over the past day, 990,800 in all, 7 tanks)

def _one_topic(total: str, tanks: str = "") -> str:
    return ("Russia lost 1,100 soldiers over the past day, Ukraine's General Staff said on "
            f"Tuesday{tanks}.\n\nSince February 2022 the total has reached {total}, the report "
            "said.")


def test_a_key_carried_in_an_article_of_one_topic_gives_an_error(check):
    status, flags = check(_one_topic("990,080"), date(2025, 6, 3))
    assert status["990,080"] == "contradicted"
    assert flags and all(f.severity == "error" for f in flags)
    c = _claim(_one_topic("990,080"), "990,080", date(2025, 6, 3))
    assert dict(c.extra_dict()["basis"])["subject"].startswith(
        "carried (the article's one measure and subject)")


def test_a_key_carried_beside_another_count_stays_a_warning(check):
    status, flags = check(_one_topic("990,080", ", and seven tanks"), date(2025, 6, 3))
    assert status["990,080"] == "contradicted"
    assert flags and all(f.severity == "warning" for f in flags if "990,080" in f.message)


def test_an_article_of_one_topic_with_a_right_carried_figure_has_no_flag(check):
    status, flags = check(_one_topic("990,800"), date(2025, 6, 3))
    assert status["990,800"] == "supported" and not flags


def test_a_document_default_stays_weak_in_an_article_of_one_topic():
    from factcheck.normalize.one_topic import _settled
    assert _settled("document default: a running total") == "document default: a running total"
    assert _settled("none") == "none"
    assert _settled("carried from the previous paragraph").startswith("carried (the article's")


# -- a change in per cent against the period before, from the reports -------------------------
# (sums of the reports: November 2024 45,720, December 2024 48,670 (+6.45%); February 2025
# 36,570, March 2025 41,160 (+12.55%); the week to 19 January 2025 10,670 after 11,720 (-9.0%))

def _december(pct: str, base: str = "than in November") -> str:
    return (f"Russia lost 48,670 troops in December by the General Staff's count, {pct} more "
            f"{base}.")


@pytest.mark.parametrize("text, pub, pct", [
    (_december("6.5%"), date(2025, 1, 2), "6.5%"),
    (_december("6%", "than the previous month"), date(2025, 1, 2), "6%"),
    ("Russian troop losses rose 12.6% in March compared with February, to 41,160, according "
     "to Ukraine's General Staff.", date(2025, 4, 2), "12.6%"),
    ("Russia lost 10,670 troops over the past week, 9% fewer than the week before, Ukraine's "
     "General Staff figures show.", date(2025, 1, 20), "9%"),
])
def test_a_change_against_the_period_before_is_supported(check, text, pub, pct):
    status, flags = check(text, pub)
    assert status[pct] == "supported" and not flags


@pytest.mark.parametrize("text, pub, pct", [
    (_december("16.5%"), date(2025, 1, 2), "16.5%"),
    ("Russia lost 10,670 troops over the past week, 19% fewer than the week before, Ukraine's "
     "General Staff figures show.", date(2025, 1, 20), "19%"),
    # a fall written as a rise
    ("Russia lost 10,670 troops over the past week, 9% more than the week before, Ukraine's "
     "General Staff figures show.", date(2025, 1, 20), "9%"),
])
def test_a_wrong_change_against_the_period_before_is_contradicted(check, text, pub, pct):
    status, flags = check(text, pub)
    assert status[pct] == "contradicted"
    assert any(f.severity == "error" for f in flags)


def test_a_change_against_a_period_no_words_name_stays_unchecked(check):
    status, flags = check(_december("6.5%", "than a year ago"), date(2025, 1, 2))
    assert status["6.5%"] == "unverified" and not flags


def test_the_base_period_of_a_change():
    from factcheck.normalize.data_changes import base_period
    dec = (date(2024, 12, 1), date(2024, 12, 31))
    text = "6.5% more than in November"
    assert base_period(text, 0, len(text), dec)[:2] == (date(2024, 11, 1), date(2024, 11, 30))
    text = "9% fewer than in April 2024"
    assert base_period(text, 0, len(text), dec)[:2] == (date(2024, 4, 1), date(2024, 4, 30))
    text = "9% fewer than in December 2025"     # no base after the level
    assert base_period(text, 0, len(text), dec) is None
    week = (date(2025, 1, 13), date(2025, 1, 19))
    text = "19% fewer than the week before"
    assert base_period(text, 0, len(text), week)[:2] == (date(2025, 1, 6), date(2025, 1, 12))
    assert base_period("up 3% on last month", 0, 19, week) is None   # a week is no month


def test_a_change_with_no_level_linked_takes_the_one_count_of_its_sentence(check):
    # (the week to 1 December 2024: 11,570 after 9,910, +16.75%)
    text = ("Russia lost 11,570 troops in the past week, up 17% on the week before, Ukraine's "
            "General Staff figures show.")
    status, flags = check(text, date(2024, 12, 2))
    assert status["17%"] == "supported" and not flags
    status, _ = check(text.replace("17%", "27%"), date(2024, 12, 2))
    assert status["27%"] == "contradicted"


def test_a_level_after_a_change_and_its_base_is_the_changes_period(check):
    # (October 2024 41,980 after September's 38,130, +10.1%)
    text = ("Russian losses in October were 10.1% higher than in September, at 41,980, "
            "according to the General Staff.")
    status, flags = check(text, date(2024, 11, 2))
    assert status["10.1%"] == "supported" and status["41,980"] == "supported" and not flags
    c = _claim(text, "41,980", date(2024, 11, 2))
    assert dict(c.extra_dict()["basis"])["period"] == \
        'carried within the sentence: the period of the change "10.1%"'
    status, _ = check(text.replace("41,980", "43,980"), date(2024, 11, 2))
    assert status["43,980"] == "contradicted"
