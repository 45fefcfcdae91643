"""Everyday copy, everyday64 (issue #11): "this year's figure" when a day's figure inside the
year is as much a reading as the year's, and a joint figure a verb of giving names after its
members' figures ("giving the centre-left bloc 75 seats"). Our own sentences with real
figures; each mechanism on a clean text (no flag) and the same text with an error."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_OCT20 = date(2020, 10, 18)


# -- "this year's figure": open between the year's figure and a day's inside the year --------

_TELETHON = ("The telethon raised $233,495 across the district this year and a record "
             "$45,071,857 nationwide.\n\nLast year the district gave $218,193, so this year's "
             "figure was more than ${gap} higher.")


def test_a_days_figure_inside_the_year_leaves_this_years_figure_open():
    day = date(1991, 9, 3)
    assert find(claims(_TELETHON.format(gap="15,000"), day), "$233,495").period is not None
    assert rules(_TELETHON.format(gap="15,000"), day) == []


def test_this_years_figure_is_still_the_years_when_no_other_figure_of_the_year_is_given():
    text = ("Donors gave a record $45,071,857 nationwide this year.\n\nLast year they gave "
            "$42,209,727, so this year's figure was about ${gap} million higher.")
    day = date(1991, 9, 3)
    assert rules(text.format(gap="2.9"), day) == []
    assert "wrong-arithmetic" in rules(text.format(gap="4.9"), day)


def test_an_increment_inside_a_running_total_is_no_reading_of_this_years_figure():
    text = ("A further 424 people arrived on Friday, taking the total since January to 29,578."
            "\n\nThis year's figure is {n}% higher than the 26,501 who had crossed by the same "
            "point of 2023.")
    day = date(2024, 10, 24)
    assert rules(text.format(n=12), day) == []
    assert "wrong-arithmetic" in rules(text.format(n=21), day)


# -- a joint figure a verb of giving names: the members' figures before it -------------------

_BLOC = ("Labour won 65 seats in the 120-seat parliament and the Greens 10, giving the "
         "centre-left bloc {n} seats.")


def test_giving_the_bloc_a_figure_sums_the_members_figures_before_it():
    assert rules(_BLOC.format(n=75), _OCT20) == []
    assert "wrong-arithmetic" in rules(_BLOC.format(n=78), _OCT20)
    assert "wrong-arithmetic" in rules(_BLOC.format(n=72), _OCT20)


def test_the_members_may_stand_in_the_sentence_before():
    text = ("The Social Democrats won 48 seats and the Greens 15. That gives the coalition {n} "
            "seats.")
    assert rules(text.format(n=63), _OCT20) == []
    assert "wrong-arithmetic" in rules(text.format(n=66), _OCT20)


def test_a_figure_that_sizes_a_thing_is_no_member():
    # the 120 of "the 120-seat parliament" is no party's figure: 65 + 10, not 65 + 120 + 10
    cs = claims(_BLOC.format(n=75), _OCT20)
    total = dict(find(cs, "75").extra)["sum"]
    assert {total["of"], *total["plus"]} == {find(cs, "65").id, find(cs, "10").id}


def test_no_sum_without_a_named_collective_or_across_a_paragraph_break():
    # "giving Labour a majority" names no collective; a paragraph break ends the members
    assert "wrong-arithmetic" not in rules(
        "Labour won 65 seats and the Greens 10, giving Labour 78 seats in all.", _OCT20)
    assert "wrong-arithmetic" not in rules(
        "The Social Democrats won 48 seats and the Greens 15.\n\nThat gives the coalition 66 "
        "seats.", _OCT20)


def test_members_of_one_name_are_no_sum():
    # two figures of one subject are no members of a bloc (which is meant stays open)
    assert "wrong-arithmetic" not in rules(
        "Labour won 65 seats, up from 46, giving the governing bloc 78 seats.", _OCT20)


# -- an amount against a year before, its earlier level before it in its sentence ------------

_JOBLESS = ("South Africa's unemployment rate rose to 25.5% in the second quarter, Statistics "
            "South Africa said.\n\nIn the second quarter of 2013 the rate stood at 25.6%, so the "
            "rate was {n} percentage points lower than a year earlier.")


def test_a_change_against_a_year_before_runs_from_its_sentences_level_to_a_year_later():
    day = date(2014, 7, 29)
    cs = claims(_JOBLESS.format(n="0.1"), day)
    ch = dict(find(cs, "0.1 percentage points").extra)["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "25.6%").id, find(cs, "25.5%").id)
    assert rules(_JOBLESS.format(n="0.1"), day) == []
    assert "wrong-arithmetic" in rules(_JOBLESS.format(n="0.6"), day)


def test_no_level_of_the_same_period_a_year_later_leaves_the_change_unread():
    # the level before is of the first quarter, not the second a year after 2013's: no reading
    text = _JOBLESS.replace("in the second quarter,", "in the first quarter,")
    day = date(2014, 7, 29)
    ch = dict(find(claims(text.format(n="0.6"), day), "0.6 percentage points").extra)["change"]
    assert ch.get("from") is None and ch.get("to") is None
    assert "wrong-arithmetic" not in rules(text.format(n="0.6"), day)


# -- a number word right after a date that ends on one ("the first half, four times") --------

def test_a_number_word_after_a_date_ending_on_a_number_word_is_a_figure():
    day = date(2019, 8, 7)
    text = ("Brewer beats forecast\n\nThe group made an operating profit of $1.2 billion in the "
            "first half, {n} times the $400 million it had forecast.")
    assert find(claims(text.format(n="three"), day), "three").value == 3
    assert rules(text.format(n="three"), day) == []
    assert "wrong-arithmetic" in rules(text.format(n="four"), day)
    # a count after "the first quarter," is read too
    assert find(claims("Shops\n\nIn the first quarter, three chains failed.", day),
                "three").value == 3


def test_a_full_result_listing_parties_outside_the_bloc_is_no_sum():
    # three or more figures adding up to more than the bloc's may hold a party outside it
    text = ("Labour won 65 seats, National 33 and the Greens 10, giving the centre-left bloc "
            "75 seats.")
    assert "wrong-arithmetic" not in rules(text, _OCT20)
    assert "sum" not in dict(find(claims(text, _OCT20), "75").extra)
