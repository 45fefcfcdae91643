"""Everyday copy, the everyday74 rounds (issue 11, first-run precision): the readings fresh
drafts on sport records, results, weather, by-elections, attractions, prices and court backlogs
got wrong on their first run, each on a clean text (no flag) and, where the fix lets a check
run, on the same text with an error (flagged). Our own sentences with real constructions."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_FEB20 = date(2020, 2, 24)
_MAY24 = date(2024, 5, 30)
_NOV15 = date(2015, 11, 27)
_JUL20 = date(2020, 7, 1)
_MAR24 = date(2024, 3, 13)
_OCT24 = date(2024, 10, 15)
_NOV18 = date(2018, 11, 30)
_JUL08 = date(2008, 7, 22)
_FEB10 = date(2010, 2, 12)


# -- a count after "in his first 10" is the stretch a level is counted over ---------------------

_RUNS = "The opener has made 812 runs in his first 9 Tests, 21 short of the national record of 833.\n"


def test_first_n_is_a_stretch_clean():
    assert rules(_RUNS, _FEB20) == []


def test_first_n_is_a_stretch_gap_checked():
    assert "wrong-arithmetic" in rules(_RUNS.replace("21 short", "31 short"), _FEB20)


# -- an ordinal base after "than <name>, who ..." -----------------------------------------------

def test_ordinal_base_takes_no_earlier_figure_of_the_name():
    text = ("New Zealand beat India by 10 wickets to become the seventh country to win 100 "
            "Tests.\n\nIt took them 441 Tests, nine more than India, who got there in their "
            "432nd.\n")
    assert rules(text, _FEB20) == []


# -- a count's own whole is no place of a ranking -------------------------------------------------

_WINS = "Australia lead the list with 393 wins from 830 Tests, ahead of England with 371 from 1,022.\n"


def test_own_whole_not_ranked_clean():
    assert rules(_WINS, _FEB20) == []


def test_own_whole_not_ranked_rank_checked():
    assert "wrong-rank" in rules(_WINS.replace("with 371", "with 397"), _FEB20)


# -- what analysts "were looking for" is no earlier value ----------------------------------------

def test_forecast_analysts_were_looking_for_is_no_base():
    text = ("The company expects second-quarter revenue of $9.2 billion to $9.25 billion, growth "
            "of 7% to 8%, below the $9.37 billion analysts were looking for.\n")
    assert rules(text, _MAY24) == []


# -- a gap in votes to the count the sentence before gives ---------------------------------------

_WARD = ("The SNP held the ward with 1,056 first-preference votes, 43.5% of the 2,430 cast.\n\n"
         "Labour came second with 719 votes (29.6%), 337 behind, ahead of the Conservatives "
         "with 304 (12.5%).\n")


def test_votes_gap_clean():
    assert rules(_WARD, _NOV15) == []
    assert find(claims(_WARD, _NOV15), "337").role == "difference"


def test_votes_gap_checked():
    assert "wrong-arithmetic" in rules(_WARD.replace("337 behind", "437 behind"), _NOV15)


# -- "A, X% of the average of B" -------------------------------------------------------------------

_RAIN = "The county had 105.7mm of rain in June, 144% of its long-term average of about 73mm.\n"


def test_share_of_named_average_clean():
    assert rules(_RAIN, _JUL20) == []


def test_share_of_named_average_checked():
    assert "wrong-arithmetic" in rules(_RAIN.replace("about 73mm", "about 83mm"), _JUL20)


# -- a superlative scoped to a class ---------------------------------------------------------------

def test_superlative_among_a_class_ranks_no_other_sentence():
    text = ("Westminster Abbey's visits rose 49% to 1,587,866, while Windsor Castle was up 66%. "
            "Among the English regions London grew most, by 24%, followed by the East of "
            "England with 11%.\n")
    assert rules(text, _MAR24) == []


# -- "The jump of N points" after a sentence with two pairs ---------------------------------------

def test_named_move_after_two_pairs_is_open():
    text = ("Consumer price inflation rose to 5.49% in September from 3.65% in August.\n\n"
            "Housing inflation edged up to 2.78% from 2.66%, and electricity prices rose "
            "5.45%, against 4.91% the month before.\n\n"
            "The jump of 1.84 percentage points was partly a base effect.\n")
    assert rules(text, _OCT24) == []


# -- an amount in an aside before "above the old one" ---------------------------------------------

def test_amount_with_its_share_above_the_old_one_is_no_level():
    text = ("Wind farms produced a record 14.9GW on Wednesday, beating the previous high of "
            "14.5GW.\n\nThe new peak was 0.4GW, or almost 3%, above the old one, and 0.7GW "
            "above the 14.2GW reached in March.\n")
    assert rules(text, _NOV18) == []


# -- a total and its per-share figure, then "up from" ---------------------------------------------

_EARNED = ("Apple earned $1.07 billion, or $1.19 a share, in its third quarter, up from $818 "
           "million, or 92 cents, a year earlier.\n")


def test_up_from_after_a_per_share_aside_clean():
    assert rules(_EARNED, _JUL08) == []


def test_up_from_after_a_per_share_aside_checked():
    assert "wrong-arithmetic" in rules(_EARNED.replace("$818 million", "$1.18 billion"), _JUL08)


# -- "thanks" names no counted thing ----------------------------------------------------------------

_VISITS = "The museum had 6,239,983 visits, up 7% from 5.83 million thanks to three exhibitions.\n"


def test_thanks_is_no_noun_clean():
    assert rules(_VISITS, _JUL20) == []


def test_thanks_is_no_noun_checked():
    assert "wrong-arithmetic" in rules(_VISITS.replace("up 7%", "up 17%"), _JUL20)


# -- a level for a year, then its change as an amount and a percentage -----------------------------

_TAX = "The council set its Band D charge at £193.62 for 2010-11, an increase of £4.69, or 2.48%.\n"


def test_level_for_a_year_amount_and_percent_clean():
    assert rules(_TAX, _FEB10) == []


def test_level_for_a_year_amount_and_percent_checked():
    assert "wrong-arithmetic" in rules(_TAX.replace("or 2.48%", "or 3.48%"), _FEB10)


# -- "by about 14,500 to 53,000" and the level an aim names ----------------------------------------

_BACKLOG = ("The ministry will miss its aim of cutting the backlog of 67,573 cases by about "
            "14,500 to 53,000 by March. It now expects about 64,000 cases by then.\n")


def test_hedged_amount_to_a_level_is_no_range():
    cs = claims(_BACKLOG, _MAY24)
    assert find(cs, "about 14,500").role == "change"
    assert find(cs, "53,000").role == "expected"


def test_aimed_level_not_compared_with_the_estimate():
    assert rules(_BACKLOG, _MAY24) == []
