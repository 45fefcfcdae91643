"""Everyday copy, the lead's thirteenth-session blind drafts (issue 11): constructions of
published airport-traffic and wildfire copy, in our own sentences. Each fix is checked on a clean
text (no flag) and on the same text with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

DAY = date(2022, 4, 11)


# -- places moved in a ranking are no amount of change ----------------------------------------

RANK_MOVE = ("Guangzhou Baiyun, the busiest airport in 2020, slipped eight places after its "
             "traffic fell from 43.7 million to 40.2 million, a drop of {}%.")


def test_places_moved_are_no_change_of_the_values_beside_them():
    assert "wrong-arithmetic" not in rules(RANK_MOVE.format(8), DAY)


def test_the_percentage_change_beside_a_rank_move_is_still_checked():
    assert "wrong-arithmetic" in rules(RANK_MOVE.format(6), DAY)


def test_other_rank_move_nouns():
    for noun in ("spots", "positions", "notches"):
        text = (f"The club climbed three {noun} after its attendance rose from 21,000 to "
                "24,000, a rise of 14%.")
        assert "wrong-arithmetic" not in rules(text, DAY), noun


# -- "the worst year remains 2018, when ...": the year of the when-clause's figures -------------

FIRES = ("Wildfires destroyed 89,210 structures across the United States between 2005 and "
         "2020.\n\n"
         "In 2020 alone fires burned nearly 17,700 structures. The worst year remains 2018, when "
         "24,488 structures were lost nationally, {} of them in California.\n\n"
         "California accounts for nearly 60,000 of the structures lost since 2005, more than "
         "half of the total. Texas comes next, with more than 5,200.")


def test_a_year_before_its_when_clause_is_the_period_of_its_figures():
    cs = claims(FIRES.format("22,867"), date(2020, 11, 16))
    period = find(cs, "24,488").period
    assert period is not None and period.start == date(2018, 1, 1) and \
        period.end == date(2018, 12, 31)


def test_parts_since_2005_are_no_parts_of_the_2018_total():
    assert "parts-exceed-total" not in rules(FIRES.format("22,867"), date(2020, 11, 16))


def test_a_part_above_its_own_years_total_is_still_flagged():
    assert "parts-exceed-total" in rules(FIRES.format("25,867"), date(2020, 11, 16))


# -- "beating the 3.06 million of December 2019": the order of two levels ----------------------

BEATING = ("December was the busiest month in its history: 3.13 million passengers passed "
           "through, beating the {} million of December 2019.")


def test_a_level_beating_a_larger_one_is_flagged():
    assert "wrong-arithmetic" in rules(BEATING.format("3.16"), DAY)


def test_a_level_beating_a_smaller_one_is_not():
    assert "wrong-arithmetic" not in rules(BEATING.format("3.06"), DAY)


def test_margins_and_changes_beaten_are_no_levels():
    for text in ("Sales reached 1.2 million, beating its target by 200,000.",
                 "Output fell 0.2%, beating forecasts of a 0.5% fall.",
                 "Turnover rose by £300,000, beating the £1.2 million of last year."):
        assert "wrong-arithmetic" not in rules(text, DAY), text


def test_falling_short_of_a_smaller_level_is_flagged():
    text = "Attendance of {} fell short of the 45,000 record."
    assert "wrong-arithmetic" in rules(text.format("46,000"), DAY)
    assert "wrong-arithmetic" not in rules(text.format("41,000"), DAY)


# -- "in the first half of 2022, 59% of the 22.2 million": a half of a year is no multiple ------

HALF = ("Gatwick handled 13.1 million passengers in the first half of 2022, 59% of the {} "
        "million it served in the same six months of 2019.")


def test_a_share_after_a_half_year_is_checked_against_its_whole():
    assert "wrong-arithmetic" not in rules(HALF.format("22.2"), DAY)
    assert "wrong-arithmetic" in rules(HALF.format("24.2"), DAY)


# -- "11,477 more than 18 months": how long they waited, no amount of change --------------------

WAITS = ("Some 371,111 people had waited more than a year, up from 359,798 at the end of March, "
         "and 11,477 more than 18 months, up from {}.")


def test_a_count_waiting_more_than_a_duration_is_no_change():
    assert "wrong-arithmetic" not in rules(WAITS.format("10,737"), date(2023, 6, 14))


def test_its_own_direction_is_still_checked():
    assert "wrong-arithmetic" in rules(WAITS.format("12,737"), date(2023, 6, 14))


# -- "only 61%": emphasis on an exact figure ----------------------------------------------------

def test_only_is_no_approximation():
    text = "Only 61% of cancer patients started treatment in April, down from {}% in March."
    assert "wrong-arithmetic" in rules(text.format("59.5"), date(2023, 6, 14))
    assert "wrong-arithmetic" not in rules(text.format("63.5"), date(2023, 6, 14))


# -- "a cut of 15,825 since 2010": an amount counted over a stretch of its own -----------------

OFFICERS = ("Police officer numbers were down by 1,674 over the year to 127,909, from {} a year "
            "earlier, a cut of 15,825 since 2010.")


def test_an_amount_since_another_year_takes_no_earlier_value_of_the_years_change():
    assert "wrong-arithmetic" not in rules(OFFICERS.format("129,583"), date(2014, 7, 17))


def test_the_years_change_is_still_checked():
    assert "wrong-arithmetic" in rules(OFFICERS.format("129,853"), date(2014, 7, 17))


# -- "13.5 percentage points ahead of the Aam Aadmi Party's 32.9%" -----------------------------

def test_a_gap_ahead_of_or_behind_a_level_is_checked():
    ahead = ("In Delhi the BJP took 46.4% of the vote, 13.5 percentage points ahead of the Aam "
             "Aadmi Party's {}%, and won all seven seats.")
    assert "wrong-arithmetic" not in rules(ahead.format("32.9"), date(2014, 5, 19))
    assert "wrong-arithmetic" in rules(ahead.format("35.9"), date(2014, 5, 19))
    behind = "Labour won 33.7% of the vote, {} points behind the Conservatives' 43.6%."
    assert "wrong-arithmetic" not in rules(behind.format(10), date(2014, 5, 19))
    assert "wrong-arithmetic" in rules(behind.format(12), date(2014, 5, 19))


# -- "crimes against adults and 800,000 against children": a list, nothing compared ------------

def test_against_before_a_lists_next_item_is_no_comparison():
    text = ("There were 8.6 million crimes against adults and 800,000 against children, a total "
            "of {} million.")
    assert "list-sum-mismatch" not in rules(text.format("9.4"), date(2013, 7, 18))
    assert "list-sum-mismatch" in rules(text.format("9.6"), date(2013, 7, 18))


# -- a net figure after a net figure and an average: no gap of two gross levels ---------------

def test_a_net_after_a_net_and_an_average_is_no_difference_of_them():
    text = ("The 20 clubs spent a net £665m this summer, an average of £33.25m each, slightly "
            "down from last summer's record net spend of £685m.")
    assert "wrong-arithmetic" not in rules(text, date(2017, 9, 1))


def test_a_net_of_two_gross_levels_is_still_checked():
    text = ("The club spent £92.1 million on new players and received £54.7 million from "
            "sales, a net outlay of £{} million.")
    assert "wrong-arithmetic" not in rules(text.format("37.4"), date(2017, 9, 1))
    assert "wrong-arithmetic" in rules(text.format("47.4"), date(2017, 9, 1))


# -- "at 20 million tonnes, down 10% from 22.3 million": a bare earlier value in the level's unit

UKRAINE = ("Russia's crop was forecast at 51 million tonnes, 1.1 million tonnes less than in "
           "2013, and Ukraine's at 20 million tonnes, down 10% from {} million.")


def test_a_bare_earlier_value_takes_the_unit_of_its_level():
    assert "wrong-arithmetic" not in rules(UKRAINE.format("22.3"), date(2014, 4, 29))
    assert "wrong-arithmetic" in rules(UKRAINE.format("25.3"), date(2014, 4, 29))


# -- "an increase of 28,000 on June's revised total of 1.14 million" ----------------------------

def test_an_earlier_value_named_a_total_after_on():
    text = ("The claimant count reached 1.16 million in July, an increase of {} on June's "
            "revised total of 1.14 million.")
    assert "wrong-arithmetic" not in rules(text.format("28,000"), date(2019, 8, 13))
    assert "wrong-arithmetic" in rules(text.format("48,000"), date(2019, 8, 13))


# -- "November, with 77.1mm, was the year's second-wettest month" -------------------------------

def test_a_month_opening_its_sentence_before_with_dates_its_figure():
    text = ("February had just 7.8mm, against a monthly average of 56.9mm. November, with "
            "77.1mm, was the year's second-wettest month.")
    cs = claims(text, date(2021, 9, 6))
    period = find(cs, "77.1mm").period
    assert period is not None and period.start == date(2020, 11, 1)
    assert "conflicting-figures" not in rules(text, date(2021, 9, 6))


# -- "Four in five of those admitted", "all of them over 50", a share opening its own clause ---

def test_the_numbers_inside_a_share_are_no_portion_of_each_other():
    text = "Four in five of those admitted to hospital were under 50."
    assert "parts-exceed-total" not in rules(text, date(2009, 6, 30))


def test_them_over_an_age_is_an_age():
    text = "Eight people have died of flu this season, all of them over 50, a spokesman said."
    assert find(claims(text, date(2018, 1, 11)), "over 50").unit == "year"


def test_a_share_opening_its_own_clause_takes_no_part_before_it():
    text = ("Eight people have died of flu in the county this season, a spokesman said, and "
            "about a quarter of the more than 1,000 reported cases have needed hospital "
            "treatment.")
    assert "wrong-arithmetic" not in rules(text, date(2018, 1, 11))
    text = "A total of 17,524 voters cast ballots, {}% of the county's 24,000 registered voters."
    assert "wrong-arithmetic" not in rules(text.format(73), date(2018, 1, 11))
    assert "wrong-arithmetic" in rules(text.format(78), date(2018, 1, 11))


def test_participles_before_a_noun_leave_it_the_counted_noun():
    text = "The CDC counted 29,717 laboratory-confirmed and probable cases of H1N1 flu."
    assert find(claims(text, date(2009, 6, 30)), "29,717").measure == "cases"
