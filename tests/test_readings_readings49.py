"""Causes of the fresh phrasing sets' first runs (issue #10, readings49: sets 102-104), one test
each, with the wrong figure that must still be caught. Our own sentences; the General Staff's
real figures: report of 2025-03-28: 1,344 MLRS; of 2025-11-18: 960 troops, one MLRS, one air
defence system; of 2026-01-02: 42 artillery systems, one air defence system; of 2026-02-27:
11,706 (+2) tanks, 1,659 MLRS, 4,384 (+37) cruise missiles; of 2026-03-01: one MLRS; of
2026-06-14: 1,440 troops, 57 artillery systems; of 2026-06-20: 12,041 (+1) tanks; of
2026-07-25 to -27: 1,450, 1,440 and 1,590 troops, 1,437,550 and 1,440,580 in all; of
2026-08-08: 248,700 since the year began (the reports of 1 January to 8 August); January to
April 2026: 122,380 over 120 days (about 1,020 a day).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings49")))


def _claims(text: str, pub: date):
    return claims_for(read_text_document(text, "t.md", pub))


# -- "according to Ukrainian authorities": the General Staff's daily estimates ------------------

def _authorities(artillery: str) -> str:
    return (f"Russia has lost 1,440 troops and {artillery} artillery systems in the 24 hours "
            "between Saturday, June 13, and Sunday, June 14, according to Ukrainian "
            "authorities.")


def test_ukrainian_authorities_figures_are_the_general_staffs(check):
    status, flags = check(_authorities("57"), date(2026, 6, 14))
    assert status["57"] == "supported" and not flags


def test_a_wrong_figure_of_ukrainian_authorities_is_contradicted(check):
    status, _ = check(_authorities("75"), date(2026, 6, 14))
    assert status["75"] == "contradicted"


# -- "1,659 (+) multiple rocket launchers": a running total with its day left blank ------------

def _blank(mlrs: str) -> str:
    return ("The enemy's losses in equipment, including those of the past 24 hours, are 11,706 "
            f"(+2) tanks, {mlrs} (+) multiple rocket launchers and 4,384 (+37) cruise missiles, "
            "the General Staff said.")


def test_a_blank_bracket_after_a_total_keeps_it_a_running_total(check):
    status, flags = check(_blank("1,659"), date(2026, 2, 27))
    assert status["1,659"] == "supported" and not flags


def test_a_wrong_total_with_a_blank_bracket_is_contradicted(check):
    status, _ = check(_blank("1,695"), date(2026, 2, 27))
    assert status["1,695"] == "contradicted"


def test_an_inline_items_label_before_a_blank_bracket_is_its_measure(check):
    text = ("The enemy's equipment losses, including those of the past 24 hours: tanks 10,455 "
            "(+17), multiple rocket launchers 1,344 (+), air defence systems 1,119 (+1).")
    status, flags = check(text, date(2025, 3, 28))
    assert status["1,344"] == "supported" and not flags
    c = next(c for c in _claims(text, date(2025, 3, 28)) if c.text == "1,344")
    assert c.measure == "mlrs" and c.cumulative


# -- a spelled "one" in lists: before an acronym, after another "one", "as well as one" --------

@pytest.mark.parametrize("text, measures", [
    ("The Russians also lost two tanks, three air defence systems, one MLRS and 181 vehicles.",
     ["mlrs"]),
    ("It listed 13 artillery systems, one multiple rocket launcher, one air defence system and "
     "294 drones.", ["mlrs", "air_defence"]),
    ("Ukraine destroyed another six tanks, forty two artillery systems, as well as one air "
     "defence system.", ["air_defence"]),
])
def test_a_spelled_one_in_a_list_is_a_count(text, measures):
    ones = [c for c in _claims(text, date(2025, 11, 18)) if c.text.lower() == "one"]
    assert [c.measure for c in ones] == measures


def test_a_spelled_one_before_a_line_break_is_still_a_count():
    # a list wrapped after its "one" (the noun on the next line of the paragraph)
    cs = _claims("It listed 13 artillery systems, one\nmultiple rocket launcher and 294 drones.",
                 date(2025, 11, 18))
    assert [c.value for c in cs if c.text == "one"] == [1]


def test_one_of_them_in_brackets_after_a_count_is_its_part():
    cs = _claims("Ukraine's forces have so far destroyed 12,041 Russian tanks (one of them "
                 "yesterday).", date(2026, 6, 20))
    assert [c.value for c in cs if c.text == "one"] == [1]


@pytest.mark.parametrize("text", [
    "One of the 12 tanks was hit twice, and one of them later burned.",
    "The brigade lost 40 men (one of the heaviest tolls this year).",
])
def test_one_as_a_pronoun_stays_no_figure(text):
    assert not [c for c in _claims(text, date(2026, 6, 20)) if c.text.lower() == "one"]


def test_a_wrong_one_in_a_list_is_contradicted(check):
    text = ("Ukraine's General Staff said on Tuesday that Russia had lost 960 troops over the "
            "past day. It listed 13 artillery systems, one multiple rocket launcher, one tank "
            "and 294 drones.")
    status, _ = check(text, date(2025, 11, 18))
    assert status["one"] == "contradicted"   # the report of 18 November gives no tank


# -- the year to date in hundreds is exact: the latest report's less the year-end's -----------

def test_a_year_to_date_in_hundreds_is_read_from_the_totals(check):
    text = ("The losses of the Russian army since the beginning of the year have already "
            "reached 248,700 people, Ukraine's commander-in-chief said on Saturday.")
    status, flags = check(text, date(2026, 8, 8))
    assert status["248,700"] == "supported" and not flags


def test_a_wrong_year_to_date_is_contradicted(check):
    text = ("The losses of the Russian army since the beginning of the year have already "
            "reached 284,700 people, Ukraine's commander-in-chief said on Saturday.")
    status, _ = check(text, date(2026, 8, 8))
    assert status["284,700"] == "contradicted"


# -- "N had been killed or wounded" counts people; "had been put out of action" carries the count
# of the figure before it (tanks are put out of action too) ------------------------------------

@pytest.mark.parametrize("verb", ["had been put out of action", "had been killed or wounded"])
def test_a_passive_of_losses_counts_personnel(check, verb):
    text = ("Ukraine's armed forces said on Saturday they had killed or wounded nearly 1,500 "
            "Russian soldiers in the past 24 hours. The General Staff put the day's figure at "
            f"1,450 and said some 1,437,550 {verb} since the invasion began.")
    status, flags = check(text, date(2026, 7, 25))
    assert status["some 1,437,550"] == "supported" and not flags
    c = next(c for c in _claims(text, date(2026, 7, 25)) if c.text == "some 1,437,550")
    assert c.measure == "personnel_losses"


# -- "after 1,440 on Sunday and 1,450 on Saturday": earlier days, no increment of the total ---

def test_a_further_count_put_out_of_action_keeps_the_tanks_before_it(check):
    text = ("Kyiv said Russia has now lost 9,276 tanks in the war. A further 23 had been put out "
            "of action over the past day.")
    status, flags = check(text, date(2024, 11, 12))
    assert status["23"] == "supported" and not flags


def _weekend(saturday: str) -> str:
    return (f"Russia lost 1,590 troops over the past day, after 1,440 on Sunday and {saturday} "
            "on Saturday, the General Staff said on Monday, bringing the total since the "
            "invasion to 1,440,580.")


def test_earlier_days_after_after_keep_their_own_days(check):
    status, flags = check(_weekend("1,450"), date(2026, 7, 27))
    assert status["1,450"] == "supported" and status["1,440,580"] == "supported"
    assert not flags


def test_a_wrong_earlier_day_is_contradicted(check):
    status, _ = check(_weekend("1,540"), date(2026, 7, 27))
    assert status["1,540"] == "contradicted"


# -- "Russia's daily losses ... averaged about N": a daily average ----------------------------

@pytest.mark.parametrize("figure, want", [("1,020", "supported"), ("1,200", "contradicted")])
def test_daily_losses_averaged_over_months_is_a_rate(check, figure, want):
    text = (f"From January to April, Russia's daily losses, killed and wounded, averaged about "
            f"{figure} people, according to the General Staff's figures.")
    status, _ = check(text, date(2026, 5, 5))
    assert status[f"about {figure}"] == want
