"""Readings61 (issue #10, set 118): the general causes of the false alarms and misses the
hundred-and-eighteenth phrasing set's first run showed, each in our own sentences with the
General Staff's real figures (corpus/datasets/ukraine-general-staff-losses): the reports of
31 May and 1 June 2023 (3,802 and 3,804 tanks, 7,472 and 7,478 armoured vehicles, 3,460 and
3,474 artillery systems); tanks by
month in 2024 (May 428, March 376) and by year (2023: 2,952; 2024: 3,689); the war's second
year (the reports of 24 February 2023 and 2024 differ by 262,190); 2024 to 30 December
(427,930).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.numbers import find_quantities, with_qualifiers
from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings61")))


def _status(run, text: str, pub: date) -> dict[str, str]:
    return statuses_rules_verdicts(run, text, pub)[0]


# -- 1. a hedge opening a list of counts stands for each item ------------------------------------

LIST = ("Ukraine's General Staff says Russia has lost more than 3,800 tanks, {apc} armoured "
        "vehicles and 3,400 artillery systems since the invasion began.")


def test_a_hedge_before_a_list_of_counts_qualifies_every_item():
    text = LIST.format(apc="7,400")
    qs = with_qualifiers(text, find_quantities(text))
    assert [(q.value, q.qualifier) for q in qs] == [
        (3800, "more than"), (7400, "more than"), (3400, "more than")]
    # an item with a hedge of its own keeps it; a figure before the hedge takes none
    text = "It lost 6,534 tanks and more than 12,400 armoured vehicles, nearly 10,000 guns."
    qs = with_qualifiers(text, find_quantities(text))
    assert [q.qualifier for q in qs] == [None, "more than", "nearly"]
    # a figure given to the unit is its own count, not a bound
    text = "Russian troops lost over 2,700 armoured vehicles, 357 UAVs since the war began."
    qs = with_qualifiers(text, find_quantities(text))
    assert [q.qualifier for q in qs] == ["over", None]


def test_the_items_of_a_hedged_list_are_judged_as_bounds(run):
    # (read as exact figures, 7,400 and 3,400 are below both reports' rounding)
    pub = date(2023, 6, 1)
    status = _status(run, LIST.format(apc="7,400"), pub)
    assert status == {"more than 3,800": "supported", "7,400": "supported",
                      "3,400": "supported"}
    # an item above the report is still caught
    status = _status(run, LIST.format(apc="7,500"), pub)
    assert status["7,500"] == "contradicted"


# -- 2. a month ranked in a year written after it --------------------------------------------------

RANKED = ("May was the costliest month of 2024 for Russian armour by Kyiv's count, at 428 tanks, "
          "with March second at {mar}.")


def test_a_month_ranked_in_a_year_is_that_years_month():
    dms = find_dates(RANKED.format(mar="376"), date(2025, 6, 3))
    months = [(d.text, d.start_date, d.end_date) for d in dms if d.granularity == "month"]
    assert months == [("May", date(2024, 5, 1), date(2024, 5, 31)),
                      ("March", date(2024, 3, 1), date(2024, 3, 31))]
    # with no ranking in a year, "March second" stays a day
    dms = find_dates("The report of March second put tanks at 376.", date(2025, 6, 3))
    assert [(d.granularity, d.start_date) for d in dms] == [("day", date(2025, 3, 2))]


def test_figures_of_months_ranked_in_a_year_are_checked_against_that_year(run):
    status = _status(run, RANKED.format(mar="376"), date(2025, 6, 3))
    assert status == {"428": "supported", "376": "supported"}
    assert _status(run, RANKED.format(mar="367"), date(2025, 6, 3))["367"] == "contradicted"


# -- 3. the war's years -----------------------------------------------------------------------------

def test_the_wars_nth_year_runs_from_the_invasions_day():
    dms = find_dates("In the war's second year the General Staff counted 262,190.",
                     date(2024, 2, 25))
    assert [(d.start_date, d.end_date) for d in dms] == [(date(2023, 2, 24),
                                                          date(2024, 2, 23))]
    dms = find_dates("In the second year of the full-scale war it counted 262,190.",
                     date(2024, 2, 25))
    assert [(d.start_date, d.end_date) for d in dms] == [(date(2023, 2, 24),
                                                          date(2024, 2, 23))]
    # a bare "the second year" is a war year only once the text has counted the war's years
    assert find_dates("In the second year of the plan the war cost more.",
                      date(2024, 2, 25)) == []
    got = find_dates("The war has entered its third year. In the second year, Russia lost "
                     "262,190.", date(2024, 2, 25))
    assert [(d.text, d.start_date) for d in got] == [("the second year", date(2023, 2, 24))]


def test_a_war_years_count_is_judged_over_that_year(run):
    text = ("In the war's second year, from February 2023 to February 2024, Ukraine's General "
            "Staff counted {n} Russian casualties.")
    assert _status(run, text.format(n="262,190"), date(2024, 2, 25)) == {"262,190": "supported"}
    assert _status(run, text.format(n="226,190"), date(2024, 2, 25)) == {
        "226,190": "contradicted"}


# -- 4. the level a count over a period rose from --------------------------------------------------

def test_the_value_a_years_count_rose_from_is_read_over_the_year_before(run):
    text = "Russia lost 3,689 tanks in 2024, Ukraine's General Staff said, up from {n}."
    assert _status(run, text.format(n="2,952"), date(2025, 1, 3)) == {
        "3,689": "supported", "2,952": "supported"}
    assert _status(run, text.format(n="2,592"), date(2025, 1, 3))["2,592"] == "contradicted"


# -- 5. the Defence Forces' counts are the General Staff's -----------------------------------------

def test_a_count_of_the_defence_forces_is_judged_as_the_general_staffs(run):
    text = ("Since the beginning of the year the Defence Forces have put more than {n} "
            "occupiers out of action, the commander-in-chief said.")
    pub = date(2024, 12, 30)
    assert _status(run, text.format(n="427,000"), pub) == {"more than 427,000": "supported"}
    assert _status(run, text.format(n="472,000"), pub) == {
        "more than 472,000": "contradicted"}


# -- 6. a daily rate after a change's earlier value and its month --------------------------------

def test_a_rate_after_the_earlier_values_month_may_be_the_new_values(run):
    # June 2025: 32,420 (1,081 a day); May: 35,370 (1,141 a day)
    text = ("Russian casualties dropped again in June, to 32,420 from 35,370 in May, roughly "
            "{n} a day, Kyiv's figures show.")
    assert _status(run, text.format(n="1,080"), date(2025, 7, 2))["roughly 1,080"] == \
        "supported"
    assert _status(run, text.format(n="1,280"), date(2025, 7, 2))["roughly 1,280"] == \
        "contradicted"


# -- 7. "over those four months" ----------------------------------------------------------------

def test_those_n_months_after_a_figure_are_the_span_written_before(run):
    # May to August 2024: 38,940 + 35,030 + 35,680 + 36,810 = 146,460
    text = ("Britain now puts Russian killed and wounded at about 610,000, around 146,000 of "
            "them between May and August. Ukraine's General Staff counted {n} Russian "
            "casualties over those four months.")
    assert _status(run, text.format(n="146,460"), date(2024, 9, 3))["146,460"] == "supported"
    assert _status(run, text.format(n="164,460"), date(2024, 9, 3))["164,460"] == \
        "contradicted"


# -- 8. a date that is another figure's own ------------------------------------------------------

def test_the_date_of_an_earlier_high_does_not_date_the_total_after_it(run):
    # report of 12 November 2024: 1,950, total 712,610; of 13 May 2024: 1,740
    text = ("Kyiv reported 1,950 Russian casualties in 24 hours on Tuesday, a new daily high for "
            "the war, topping the 1,740 of 13 May and taking Russia's losses to {n}.")
    assert _status(run, text.format(n="712,610"), date(2024, 11, 12))["712,610"] == "supported"
    assert _status(run, text.format(n="721,610"), date(2024, 11, 12))["721,610"] == \
        "contradicted"


def test_the_year_of_a_pace_does_not_date_the_next_item(run):
    # October 2024: 279 tanks, 923 armoured vehicles (2024: 3,689 and 8,956)
    text = ("Russia lost 279 tanks in October, below its monthly pace for 2024, and {n} "
            "armoured vehicles, Ukraine's General Staff said.")
    assert _status(run, text.format(n="923"), date(2024, 11, 2))["923"] == "supported"
    assert _status(run, text.format(n="932"), date(2024, 11, 2))["932"] == "contradicted"


def test_a_possessive_period_is_the_next_figures_alone(run):
    # the war's third year: 459,220 casualties, 3,643 tanks; its second: 262,190 and 3,171
    text = ("As the war entered its fourth year, Ukraine's General Staff put Russia's losses at "
            "868,230. Its count for the third year, 459,220, was far above the second year's "
            "262,190, while tanks destroyed rose to {n} from 3,171.")
    assert _status(run, text.format(n="3,643"), date(2025, 2, 24))["3,643"] == "supported"
    assert _status(run, text.format(n="3,463"), date(2025, 2, 24))["3,463"] == "contradicted"


def test_a_possessive_month_at_the_head_of_a_sentence_still_dates_its_clauses(run):
    # December 2025: 35,050 casualties and 101 tanks; November: 31,190 and 71
    text = ("December's 35,050 was up from 31,190 in November, and the tanks lost rose from 71 "
            "to {n}, Ukraine's General Staff figures show.")
    assert _status(run, text.format(n="101"), date(2026, 1, 2))["101"] == "supported"


# -- 9. "the whole year" ---------------------------------------------------------------------------

def test_the_whole_year_is_the_year_of_the_dates_before_it():
    got = find_dates("Russia lost 203 tanks in December. For the whole year the tally comes to "
                     "3,689 tanks.", date(2025, 1, 2))
    assert [(d.text, d.start_date, d.end_date) for d in got][-1] == (
        "the whole year", date(2024, 1, 1), date(2024, 12, 31))
    # with nothing dated before it, it is left to the words around it
    assert find_dates("For the whole year the tally comes to 3,689 tanks.",
                      date(2025, 1, 2)) == []


def test_figures_of_the_whole_year_after_a_months_are_the_years(run):
    # December 2024: 203 tanks; 2024: 3,689 tanks
    text = ("Russian forces lost 203 tanks in December, Ukraine's General Staff said. For the "
            "whole year its tally comes to {n} tanks.")
    assert _status(run, text.format(n="3,689"), date(2025, 1, 2))["3,689"] == "supported"
    assert _status(run, text.format(n="3,869"), date(2025, 1, 2))["3,869"] == "contradicted"
