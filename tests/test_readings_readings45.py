"""Causes of the ninety-third and ninety-fourth phrasing sets' first runs (issue #10,
readings45), one test each, with the wrong figure that must still be caught. Our own
sentences; the General Staff's real figures: reports of 2 and 22 February 2024 (387,060 and
407,240 troops); of 23 April 2022 (21,600 troops, 400 that day; 143 MLRS); of 28 December
2024 (784,200 troops, 1,690 that day); of 17 December 2024 (765,110 troops, 1,600 that day).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("readings45")))


# -- "since then": the span back to the day written before it ------------------------------------

@pytest.mark.parametrize("lost,expected", [("20,180", "supported"), ("21,180", "contradicted")])
def test_a_change_since_then_runs_from_the_day_before_it(check, lost, expected):
    status, flags = check("Ukraine's General Staff put Russia's losses at 407,240 troops on "
                          "Thursday. On February 2 the count stood at 387,060, so Russia has "
                          f"lost {lost} soldiers since then.", date(2024, 2, 22))
    assert status["407,240"] == "supported" and status["387,060"] == "supported"
    assert status[lost] == expected
    assert bool(flags) == (expected == "contradicted")


def test_since_then_takes_the_day_before_it_and_leaves_other_since_thens():
    text = "On February 2 the count stood at 387,060; Russia has lost 20,180 since then."
    spans = [d for d in find_dates(text, date(2024, 2, 22)) if d.kind == "since"]
    assert [(d.text, d.start_date, d.end_date) for d in spans] == [
        ("since then", date(2024, 2, 2), date(2024, 2, 22))]
    # (no day written before it, or a paragraph between: nothing to refer to)
    for text in ("Russia has lost 20,180 since then.",
                 "On February 2 the count stood at 387,060.\n\nIt has risen since then."):
        assert not [d for d in find_dates(text, date(2024, 2, 22)) if d.kind == "since"]


# -- a scale word on the next line of a wrapped paragraph -----------------------------------------

@pytest.mark.parametrize("figure,expected", [("21.6", "supported"), ("26.1", "contradicted")])
def test_a_scale_word_after_a_line_wrap_scales_the_figure(check, figure, expected):
    status, _ = check(f"As of the morning of April 23, the enemy's personnel losses amounted "
                      f"to about {figure}\nthousand people, the General Staff said.",
                      date(2022, 4, 23))
    assert status[f"about {figure}\nthousand"] == expected


# -- a list line whose label the vocabulary spells twice ------------------------------------------

def test_a_line_label_listed_under_two_spellings_names_its_measure(check):
    status, _ = check("Its other losses from 24.02 to 23.04 were approximately:\n"
                      "tanks - 854 units,\nmultiple launch rocket systems - 143 units,\n"
                      "aircraft - 177 units.", date(2022, 4, 23))
    assert status["143"] == "supported"
    status, _ = check("Its other losses from 24.02 to 23.04 were approximately:\n"
                      "multiple launch rocket systems - 134 units,\naircraft - 177 units.",
                      date(2022, 4, 23))
    assert status["134"] == "contradicted"


# -- "putting the total at" after a "since" that scopes another figure ---------------------------

@pytest.mark.parametrize("total,expected", [("785,000", "supported"), ("758,000", "contradicted")])
def test_the_total_a_figure_is_put_at_is_the_wars_not_the_since(check, total, expected):
    status, _ = check("Since the start of 2024, Russian losses have exceeded 421,000 killed and "
                      "wounded, Ukraine's General Staff said, putting the total at about "
                      f"{total}.", date(2024, 12, 28))
    assert status[f"about {total}"] == expected


# -- a day's marker after a running total whose "since" follows it --------------------------------

@pytest.mark.parametrize("marker", ["within just one day", "in just one day", "within one day"])
def test_a_days_marker_beats_the_since_of_the_total_before_it(check, marker):
    status, flags = check("Russia's losses had reached 765,110 troops since February 24, 2022, "
                          f"including 1,600 {marker}, the General Staff said.",
                          date(2024, 12, 17))
    assert status["765,110"] == "supported" and status["1,600"] == "supported" and not flags
    status, _ = check("Russia's losses had reached 765,110 troops since February 24, 2022, "
                      f"including 1,060 {marker}, the General Staff said.", date(2024, 12, 17))
    assert status["1,060"] == "contradicted"


# -- "with N in the last 24 hours" after a running total ------------------------------------------

@pytest.mark.parametrize("day,expected", [("1,690", "supported"), ("1,960", "contradicted")])
def test_a_figure_with_the_total_takes_its_count(check, day, expected):
    status, _ = check("The General Staff reported on 28 December that Russia had lost 784,200 "
                      f"soldiers, with {day} in the last 24 hours.", date(2024, 12, 28))
    assert status["784,200"] == "supported" and status[day] == expected


def test_a_days_marker_before_a_figure_leaves_the_since_of_its_own_words():
    # (the everyday corpus's flood story: the past 24 hours are the five's, the since the toll's)
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    doc = read_text_document("Five more people died in Pakistan's floods over the past 24 hours, "
                             "taking the toll since June 14 to 1,396, the authority said.",
                             "t.md", date(2022, 9, 10))
    toll = next(c for c in claims_for(doc) if c.text == "1,396")
    assert toll.period is not None and toll.period.start == date(2022, 6, 14) and toll.cumulative
