"""Everyday copy, the e31 blind probe (issue 11): causes of the first run's false flags on
drafts written from published copy not read before (music streaming users, a crown court
backlog). Our own sentences with the real figures. Each fix is checked on a clean text (no
flag) and on the same construction with an error in it (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules


# -- "rose 15% on a year earlier to 182 million, up from 180 million at the end of December" --

def test_a_year_on_year_change_is_not_worked_from_a_base_dated_a_quarter_back():
    day = date(2022, 4, 27)
    text = ("Spotify said its premium subscribers rose 15 percent on a year earlier to 182 "
            "million in the first quarter, up from 180 million at the end of December.")
    assert "wrong-arithmetic" not in rules(text, day)
    text = ("Monthly active users grew 19 percent year on year to 422 million, up from 406 "
            "million at the end of last year.")
    assert "wrong-arithmetic" not in rules(text, day)


def test_a_year_on_year_change_is_still_worked_from_a_base_dated_a_year_back():
    day = date(2022, 4, 27)
    text = ("Premium subscribers rose 15 percent on a year earlier to 182 million, up from "
            "158 million in the first quarter of 2021.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("158 million", "128 million"), day)


def test_a_change_with_no_base_of_its_own_is_worked_from_the_dated_value():
    day = date(2022, 4, 27)
    text = "Premium subscribers rose 1% to 182 million, up from 180 million at the end of December."
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("rose 1%", "rose 15%"), day)


# -- "515 million users at the end of March, 22% more than a year earlier" ---------------------

def test_a_change_with_its_own_year_earlier_base_takes_no_earlier_value_from_elsewhere():
    day = date(2023, 4, 25)
    text = ("More than half a billion people now use Spotify every month. The company said "
            "it had 515 million monthly active users at the end of March, 22 percent more than "
            "a year earlier and 5 percent more than the 489 million of the previous quarter.\n\n"
            "Paying subscribers rose 15 percent from a year earlier to 210 million.")
    assert "wrong-arithmetic" not in rules(text, day)
    # the quarter's change, worked from the 489 million it names, is still checked
    assert "wrong-arithmetic" in rules(text.replace("5 percent more", "9 percent more"), day)


def test_a_value_dated_a_year_earlier_in_the_next_sentence_is_still_the_base():
    day = date(2023, 4, 25)
    text = ("Prices rose 3.7% to £268,144 in March. The average price a year earlier was "
            "£258,557.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("rose 3.7%", "rose 5.7%"), day)


# -- "45% on the first quarter of 2020, when there were 41,015, and a 4% rise on 57,047" -------

def test_a_value_of_a_when_clause_is_no_new_value_of_the_next_change():
    day = date(2021, 6, 24)
    text = ("Crown courts had 59,532 cases waiting at the end of March. That is an increase of "
            "45% on the first quarter of 2020, when there were 41,015 cases, and a 4% rise on "
            "the previous quarter's 57,047.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("when there were 41,015",
                                                    "when there were 47,015"), day)


# -- what the fixes must leave alone ----------------------------------------------------------

def test_a_base_dated_in_its_own_sentence_still_takes_the_new_value_before():
    day = date(2021, 10, 28)
    text = ("The national average price of regular gas is $3.40 a gallon, AAA said on Thursday. "
            "A year ago drivers were paying $2.15 a gallon, so the average is $1.25 more than "
            "a year ago.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("$1.25 more", "$1.52 more"), day)


def test_a_value_revised_up_to_in_the_next_sentence_is_still_the_base():
    day = date(2010, 9, 16)
    text = ("New applications for unemployment benefits rose by 12,000 last week to 465,000, "
            "the Labor Department said on Thursday. The previous week's figure was revised up "
            "to 453,000.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("by 12,000", "by 21,000"), day)


def test_an_annual_rate_set_against_last_months_rate_keeps_its_points_checked():
    day = date(2013, 11, 29)
    text = ("Prices were 6.5% higher than a year earlier, the fastest annual rate since July "
            "2010, up from 5.8% in October, a rise of 0.7 percentage points.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("0.7 percentage", "0.9 percentage"), day)
