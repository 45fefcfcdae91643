"""Everyday copy, the everyday77 rounds (issue 11, first-run precision and recall): the readings
fresh drafts on rail punctuality, homelessness, earthquakes and launch years got wrong on their
first run, each on a clean text (no flag) and, where the fix lets a check run, on the same text
with an error (flagged). Our own sentences with real constructions."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_SEP19 = date(2019, 9, 19)
_JUL23 = date(2023, 7, 25)
_AUG14 = date(2014, 8, 4)
_DEC23 = date(2023, 12, 31)


# -- a rival ranked beside a changed level is no earlier value of its change ---------------------

_RANKED = ("Northern was the least punctual operator, down 2 points to 51.4%, behind Southern "
           "on 55.0%.\n")


def test_rival_ranked_beside_is_no_earlier_value():
    assert rules(_RANKED, _SEP19) == []
    change = dict(find(claims(_RANKED, _SEP19), "2 points").extra)["change"]
    assert change.get("from") is None


def test_rival_ranked_ahead_of_is_no_earlier_value():
    text = "Labour rose 3 points to 41%, ahead of the Conservatives at 35%.\n"
    assert rules(text, _SEP19) == []


# -- shares of one sentence that imply one whole no figure gives ---------------------------------

_COMMON = ("The council placed 9,800 households in temporary homes in March.\n\n"
           "Eviction by a private landlord was the main reason people sought help: 1,150 "
           "households, or 41% of the total, ahead of relationship breakdown, at 700 or 25%.\n")


def test_shares_of_an_unstated_whole_clean():
    assert rules(_COMMON, _JUL23) == []


def test_shares_of_an_unstated_whole_that_disagree_still_checked():
    assert "wrong-arithmetic" in rules(_COMMON.replace("at 700 or 25%", "at 700 or 45%"), _JUL23)


# -- "N more were damaged": further ones, no comparison ------------------------------------------

def test_more_with_a_verb_is_further_ones():
    text = ("About 8,000 homes were destroyed and 21,000 more were damaged in a province of "
            "about 900,000 people.\n")
    assert rules(text, _AUG14) == []


def test_more_than_still_compares():
    text = ("About 8,000 homes were destroyed, 3,000 more than the 6,000 of the last quake.\n")
    assert "wrong-arithmetic" in rules(text, _AUG14)


# -- a bare "higher" is set against its own paragraph's figures only -----------------------------

def test_bare_comparative_not_set_against_an_earlier_paragraph():
    text = ("The number of people killed rose overnight to 212.\n\n"
            "The national agency first put the magnitude at 6.9, 0.3 higher.\n")
    assert rules(text, _AUG14) == []


# -- a rocket's name is no time -------------------------------------------------------------------

def test_rocket_model_is_no_duration():
    text = "SpaceX flew 14 Falcon 9s from Florida in the spring.\n"
    assert all(c.unit != "second" for c in claims(text, _DEC23))


# -- a level after a breakdown in apposition is the total's ---------------------------------------

_LAUNCHES = ("The agency launched 40 rockets in 2023, 36 heavy lifters and four small ones, up "
             "from 25 the year before, a rise of 15, or 60%.\n")


def test_change_after_apposed_breakdown_is_the_totals_clean():
    assert rules(_LAUNCHES, _DEC23) == []


def test_change_after_apposed_breakdown_is_the_totals_checked():
    assert "wrong-arithmetic" in rules(_LAUNCHES.replace("a rise of 15", "a rise of 19"), _DEC23)


# -- "in a quarter" is three months, no fraction ---------------------------------------------------

def test_in_a_quarter_is_a_period():
    text = ("The service added 5.2 million members, 1.2 million more than its own forecast and "
            "the most it has added in a quarter since 2020.\n")
    assert rules(text, _DEC23) == []
    assert all(c.text != "a quarter" for c in claims(text, _DEC23))


def test_a_quarter_of_is_still_a_fraction():
    text = "A quarter of the 2,000 members, about 500, left in the spring.\n"
    assert any(c.text.lower().startswith("a quarter") for c in claims(text, _DEC23))


# -- "N years after X in 1997" past another span's date ---------------------------------------------

def test_years_after_past_another_spans_date_is_unsaid():
    text = ("It was her first title since 2011, eight years earlier, and 20 years after her "
            "first in 1999.\n")
    assert rules(text, date(2019, 7, 14)) == []


# -- "twice in a row" counts times, no multiple ----------------------------------------------------

def test_twice_in_a_row_is_no_multiple():
    text = ("The hosts won by 12 points to become the first side to take the title twice in a row "
            "and the first to take it four times.\n")
    assert rules(text, date(2015, 10, 31)) == []


def test_twice_the_figure_is_still_a_multiple():
    text = "The hosts scored 40 points, twice the 25 of their opponents.\n"
    assert "wrong-arithmetic" in rules(text, date(2015, 10, 31))


# -- a margin with no sides of its own is a difference, no level -----------------------------------

def test_unpaired_margin_is_no_level():
    text = ("The hosts beat the visitors 30-13 on Saturday, a margin of 17 points.\n\n"
            "The 43 points scored were the most in any final.\n")
    assert rules(text, date(2015, 10, 31)) == []
    assert find(claims(text, date(2015, 10, 31)), "17").role == "difference"
