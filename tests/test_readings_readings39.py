"""Causes of the fresh phrasing sets' first runs (issue #10, readings39: sets 77 on), one test
each, with the wrong figure that must still be caught. Our own sentences; the General Staff's
real figures: report of 2025-02-03: 841,660 in all; of 2025-02-10: 1,170 troops, 850,490 in
all; of 2025-03-14: 1,410 troops, 891,660 in all; of 2025-03-21: 900,800 in all; of
2025-03-22: 902,010.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings39")))


def _claim(text: str, figure: str, pub: date):
    doc = read_text_document(text, "t.md", pub)
    return next(c for c in claims_for(doc) if c.text.endswith(figure))


# -- "when they hit N": a count reaching a level, not a verb of destruction ------------------

def _hit(figure: str) -> str:
    return (f"Russia's losses passed the 900,000 mark in the General Staff's tally on March 21, "
            f"when they hit {figure}.")


def test_a_count_that_hits_a_level_keeps_its_side(check):
    status, flags = check(_hit("900,800"), date(2025, 3, 25))
    assert status["900,800"] == "supported" and not flags


def test_a_count_that_hits_a_wrong_level_is_contradicted(check):
    status, _ = check(_hit("903,480"), date(2025, 3, 25))
    assert status["903,480"] == "contradicted"


def test_the_toll_hit_is_the_count_of_the_side_named():
    c = _claim("Russia's death toll hit 1,000,340 on June 12, Kyiv's General Staff said.",
               "1,000,340", date(2025, 6, 12))
    assert c.subject == "russian_forces"


def test_forces_that_hit_targets_still_count_the_other_sides_losses():
    # "hit" with an agent before it stays a verb of destruction: the tanks are Russia's
    c = _claim("Ukrainian forces hit 12 tanks over the past day, the General Staff said.",
               "12", date(2025, 3, 14))
    assert c.subject == "russian_forces"


# -- "up from N reported one week ago": a time back names no count -----------------------------

@pytest.mark.parametrize("back", ["reported one week ago", "one week ago", "a week ago"])
def test_an_earlier_total_a_week_ago_is_the_total_then(check, back):
    text = ("Approximately 1,170 Russian soldiers were lost on Sunday, bringing the total since "
            "the invasion began to 850,490, the General Staff said on Monday. That is up from "
            f"roughly 841,660 {back}.")
    status, flags = check(text, date(2025, 2, 10))
    assert status["roughly 841,660"] == "supported" and not flags


def test_an_earlier_total_a_week_ago_with_a_wrong_figure_is_contradicted(check):
    text = ("Approximately 1,170 Russian soldiers were lost on Sunday, bringing the total since "
            "the invasion began to 850,490, the General Staff said on Monday. That is up from "
            "roughly 814,660 reported one week ago.")
    status, _ = check(text, date(2025, 2, 10))
    assert status["roughly 814,660"] == "contradicted"


def test_a_noun_before_a_time_back_is_still_the_count():
    c = _claim("Russia lost 1,170 soldiers on Sunday, up from 950 soldiers a week earlier.",
               "950", date(2025, 2, 10))
    assert c.measure == "personnel_losses"


# -- "Recall: ... the enemy lost N soldiers, and in general ... - M people" --------------------

def _recall(total: str) -> str:
    return ("Recall: according to the General Staff, over the past day the enemy lost 1,410 "
            f"soldiers, and in general, since February 24, 2022 - {total} people.")


def test_a_label_that_opens_the_paragraph_is_no_subject(check):
    status, flags = check(_recall("891,660"), date(2025, 3, 14))
    assert status["891,660"] == "supported" and not flags


def test_the_total_after_a_label_with_digits_swapped_is_contradicted(check):
    status, _ = check(_recall("819,660"), date(2025, 3, 14))
    assert status["819,660"] == "contradicted"


def test_people_after_a_side_lost_soldiers_are_its_personnel():
    c = _claim("Over the past day the enemy lost 1,410 soldiers, and in total, since February 24, "
               "2022 - 891,660 people.", "891,660", date(2025, 3, 14))
    assert c.measure == "personnel_losses" and c.cumulative


def test_people_after_a_count_of_something_else_lost_stay_open():
    # a company's lost customers are no war's personnel
    c = _claim("The bank lost 1,410 customers last year, and in total 891,660 people use it.",
               "891,660", date(2025, 3, 14))
    assert c.measure != "personnel_losses"


# -- "That is up from N": the level of the sentence before the direction fits -----------------

def _back(words: str) -> str:
    return ("Approximately 1,170 Russian soldiers were lost on Sunday, bringing the total since "
            f"the invasion began to 850,490, the General Staff said on Monday. That is {words} "
            "a week earlier.")


def test_up_from_an_earlier_total_is_compared_with_the_total_not_the_days_figure(check):
    _, flags = check(_back("up from 841,660"), date(2025, 2, 10))
    assert not [f for f in flags if f.rule == "wrong-arithmetic"]


def test_up_from_a_value_above_every_level_is_still_flagged(check):
    _, flags = check(_back("up from 861,660"), date(2025, 2, 10))
    assert [f for f in flags if f.rule == "wrong-arithmetic"]


# -- "since its invasion on Feb. 24, 2022, the General Staff reported on Dec. 1" --------------
# (report of 2025-12-01: 1,173,920 in all; 1,166,430 is no report near it)

def _reported_on(day: str, total: str = "1,173,920") -> str:
    return (f"Russia has lost {total} troops since the beginning of its full-scale invasion on "
            f"Feb. 24, 2022, the General Staff reported on {day}.")


def test_the_day_a_source_reported_on_is_read_against_publication(check):
    status, flags = check(_reported_on("Dec. 1"), date(2025, 12, 1))
    assert status["1,173,920"] == "supported" and not flags


def test_a_total_reported_on_a_day_from_another_week_is_contradicted(check):
    status, _ = check(_reported_on("Dec. 1", "1,166,430"), date(2025, 12, 1))
    assert status["1,166,430"] == "contradicted"


@pytest.mark.parametrize("text, year", [
    ("In the warm autumn of 1978, temperatures reached 26C in the second week of October.", 1978),
    ("In 2023 the firm cut 300 jobs, and by March it had closed two plants.", 2023),
])
def test_a_yearless_month_after_a_dated_year_keeps_that_year(text, year):
    # (no source speaking before it: the month is of the year the sentence dates)
    from factcheck.extract.dates import find_dates
    assert find_dates(text, date(2025, 12, 1))[-1].start_date.year == year


# -- "As of Aug. 20, Russia has lost N" (report of 2025-08-19: 1,071,780; of 2025-08-20: 1,072,700)
# (the report before the named day is still read: restricting it lost "As of July 22, ...
# 567,760", set 38, whose writer meant the report dated that day)

def test_a_total_as_of_a_named_day_is_that_days_report(check):
    status, flags = check("As of Aug. 20, Russia has lost 1,072,700 troops in Ukraine, the "
                          "General Staff said.", date(2025, 8, 20))
    assert status["1,072,700"] == "supported" and not flags


def test_a_total_dated_by_publication_alone_still_reads_the_report_before(check):
    # (no day named: an article of the 20th may quote the report of the 19th)
    status, _ = check("Russia has lost 1,071,780 troops in Ukraine, the General Staff said.",
                      date(2025, 8, 20))
    assert status["1,071,780"] == "supported"
