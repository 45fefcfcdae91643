"""Everyday copy, everyday89's round (issue 11): arithmetic forms real copy uses that were not
read. A margin over what a side "needed" set against the mark a sentence before ("A party
needs 326 of the 650 seats ... won 331, five more than they needed"), that mark no part of the
whole; a bound headline over two dated levels of the body held to the one it fits. Our own
sentences with real figures; each form clean (no flag), with an error (flagged), and readings
left alone."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_ARITH = "wrong-arithmetic"
_SUMS = {"list-sum-mismatch", "parts-exceed-total", "wrong-arithmetic"}

_GE2015 = ("A party needs 326 of the 650 seats in the Commons for a majority. The Conservatives "
           "won 331, five more than they needed, and the prime minister returned to Downing "
           "Street on Friday.")
_GE_DAY = date(2015, 5, 9)
_THANET = ("With 29 seats needed for a majority, Ukip won 33, four more than it needed. The "
           "Conservatives won 17, Labour 4 and an independent 1.")


def test_margin_over_a_need_in_the_sentence_before():
    assert rules(_GE2015, _GE_DAY) == []
    assert _ARITH in rules(_GE2015.replace("five more", "seven more"), _GE_DAY)


def test_margin_over_a_need_in_its_own_sentence():
    assert rules(_THANET, _GE_DAY) == []
    assert _ARITH in rules(_THANET.replace("four more than it", "six more than it"), _GE_DAY)


def test_fewer_than_needed_is_the_mark_less_the_level():
    text = "Labour needed 326 seats for a majority. It won 320, six fewer than it needed."
    assert rules(text, _GE_DAY) == []
    assert _ARITH in rules(text.replace("six fewer", "four fewer"), _GE_DAY)


def test_a_needed_mark_is_no_part_of_the_whole():
    # 326 needed and 331 won are not two parts of the 650 seats
    assert not _SUMS & set(rules(_GE2015.replace(", five more than they needed", ""), _GE_DAY))


def test_more_than_with_no_need_named_is_left_alone():
    text = "Labour won 262 seats. The Conservatives won 317, 55 more than it did."
    assert _ARITH not in rules(text.replace("55 more", "65 more").replace("it did", "they needed"),
                               _GE_DAY)


_ITALY = ("Italy's virus deaths pass 12,000\n\nItaly's coronavirus death toll stood at 11,591 on "
          "Monday evening, the civil protection agency said.\n\nBy Tuesday evening the toll had "
          "reached 12,428, meaning 837 more people had died in a day.")
_IT_DAY = date(2020, 4, 1)


def test_bound_headline_fits_the_later_level():
    assert rules(_ITALY, _IT_DAY) == []


def test_bound_headline_no_level_fits_is_still_compared():
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(
        rules(_ITALY.replace("pass 12,000", "pass 13,000"), _IT_DAY))


_BARRATT = ("Barratt Developments posted a 14 per cent rise in adjusted pre-tax profit for the year "
            "to 30 June, in line with expectations.\n\nAdjusted profit before tax was £1.05 "
            "billion, compared with £919.7 million a year earlier.")
_BREWIN = ("Wealth manager Brewin Dolphin reported a 25 per cent jump in adjusted pre-tax profit "
           "for the six months to the end of March. The figure was £29.7 million, compared with "
           "£23.7 million a year earlier.")


def test_per_cent_before_a_compared_pair_of_its_measure():
    day = date(2019, 9, 4)
    assert rules(_BARRATT, day) == []
    assert _ARITH in rules(_BARRATT.replace("a 14 per cent", "a 24 per cent"), day)


def test_per_cent_before_a_pair_the_next_sentence_points_back_to():
    day = date(2014, 5, 21)
    assert rules(_BREWIN, day) == []
    assert _ARITH in rules(_BREWIN.replace("a 25 per cent", "a 35 per cent"), day)


def test_per_cent_of_another_measure_is_left_alone():
    day = date(2019, 9, 4)
    text = _BARRATT.replace("in adjusted pre-tax profit", "in completions").replace(
        "14 per cent", "24 per cent")
    assert _ARITH not in rules(text, day)


def test_per_cent_far_from_the_pair_is_left_alone():
    # 40% is no reading of a move from £919.7 million to £1.05 billion (14.2%): another change
    day = date(2019, 9, 4)
    text = _BARRATT.replace("14 per cent", "40 per cent")
    assert _ARITH not in rules(text, day)


_CROSSINGS = ("In 2018, 299 people were detected crossing the Channel in small boats. Last year "
              "45,774 people made the crossing, a record. The 2022 figure is more than 150 times "
              "that of 2018.")
_FLU = ("Flu patients took up an average of 1,939 hospital beds a day in England in the last week "
        "of December, NHS England said on Friday. At the same point a year earlier only 32 beds "
        "a day were taken by flu patients.\n\nThe figure is more than 60 times that of this time "
        "last year.")


def test_multiple_pointing_back_to_two_earlier_figures():
    day = date(2023, 1, 2)
    assert rules(_CROSSINGS, day) == []
    assert _ARITH in rules(_CROSSINGS.replace("150 times", "250 times"), day)


def test_multiple_pointing_back_across_a_paragraph():
    day = date(2023, 1, 6)
    assert rules(_FLU, day) == []
    assert _ARITH in rules(_FLU.replace("60 times", "90 times"), day)


def test_multiple_with_no_pair_near_it_is_left_alone():
    # 2,000 times is no reading of any pair of the figures before: a multiple of something else
    day = date(2023, 1, 2)
    assert _ARITH not in rules(_CROSSINGS.replace("more than 150 times", "2,000 times"), day)


def test_multiple_without_pointing_words_is_left_alone():
    day = date(2023, 1, 2)
    text = _CROSSINGS.replace("The 2022 figure is more than 150 times that of 2018.",
                              "Officials expect more than 250 times that of 2018 by 2030.")
    assert _ARITH not in rules(text, day)


_CAMP = ("The Camp Fire in Butte County was fully contained on Sunday, 17 days after it broke out "
         "near the town of Paradise.\n\nIt burned 153,336 acres in that time, an average of about "
         "9,000 acres a day, and destroyed nearly 14,000 homes.")
_FIRE_DAY = date(2018, 11, 26)


def test_average_per_day_over_a_duration_a_paragraph_before():
    assert rules(_CAMP, _FIRE_DAY) == []
    assert _ARITH in rules(_CAMP.replace("about 9,000 acres", "about 12,000 acres"), _FIRE_DAY)


def test_average_per_day_over_the_totals_own_period():
    text = "The fire has burned 108,000 acres over the past 12 days, about 9,000 acres a day."
    assert rules(text, _FIRE_DAY) == []
    assert _ARITH in rules(text.replace("about 9,000", "about 19,000"), _FIRE_DAY)


def test_rate_not_said_as_an_average_is_left_alone():
    # a rate of spread at one moment is no average of the total
    text = ("The fire has burned 108,000 acres over the past 12 days and was spreading at "
            "19,000 acres a day on Sunday.")
    assert _ARITH not in rules(text, _FIRE_DAY)


_SEATS = ("Of the 650 constituencies, 533 are in England, 59 in Scotland, 40 in Wales and the "
          "remaining 18 in Northern Ireland.")
_SEATS_DAY = date(2019, 12, 13)


def test_the_remaining_after_parts_with_their_whole_in_the_sentence_short():
    assert rules(_SEATS, _SEATS_DAY) == []
    assert _SUMS & set(rules(_SEATS.replace("remaining 18", "remaining 8"), _SEATS_DAY))


def test_the_remaining_after_parts_with_their_whole_in_the_sentence_over():
    assert _SUMS & set(rules(_SEATS.replace("remaining 18", "remaining 28"), _SEATS_DAY))


def test_a_breakdown_short_of_its_whole_with_no_rest_claimed_is_left_alone():
    text = "Of the 650 constituencies, 533 are in England, 59 in Scotland and 40 in Wales."
    assert not _SUMS & set(rules(text, _SEATS_DAY))


_EBOLA = ("The World Health Organization put the death toll from the Ebola outbreak in west "
          "Africa at 1,145 in its update on Friday.\n\nIn figures released on Tuesday the toll "
          "had reached 1,229, so 84 more deaths were recorded in three days.")
_EBOLA_DAY = date(2014, 8, 19)


def test_so_n_more_is_the_change_from_a_level_a_paragraph_before():
    assert rules(_EBOLA, _EBOLA_DAY) == []
    assert _ARITH in rules(_EBOLA.replace("so 84 more", "so 94 more"), _EBOLA_DAY)


def test_so_n_with_no_more_is_no_difference():
    text = _EBOLA.replace("so 84 more deaths were recorded in three days",
                          "so 300 health workers were sent")
    assert _ARITH not in rules(text, _EBOLA_DAY)
