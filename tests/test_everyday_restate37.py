"""Everyday copy, round 37 (issue 11): restatements that name no measure of their own. A
definite percentage named as a rate or share already given ("The 1.5% expansion was the
fastest since 2020", "The 2.9 percent annual rate was lower than December's":
rules/vocab/across.yaml ``restating_rate``) repeats an earlier percentage, judged by
readings: the one its value agrees with, else the nearest in value (within 1.5 times).
Sentences in our own words with the facts of published copy (Japan's GDP for the second
quarter of 2023, US consumer prices for January 2012); each is checked clean (no flag) and
with a planted error (flagged). Checks run the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules
from everyday_support import flags as flags_of

JAPAN = ("Japan's economy grew 1.5% in the April-June quarter from the previous three months, "
         "the Cabinet Office said on Tuesday. Growth in the first quarter was revised up to "
         "0.9%.\n\nThe {x} expansion was the fastest since the last quarter of 2020.")
CPI = ("Consumer prices in the United States rose 2.9 percent in the 12 months to January, "
       "the Bureau of Labor Statistics said. Food prices were 4.4 percent higher.\n\n"
       "The {x} annual rate was slightly lower than December's.")
DAY = date(2023, 8, 15)


def test_a_definite_expansion_takes_the_measure_of_the_percentage_it_restates():
    cs = claims(JAPAN.format(x="1.5%"), DAY)
    assert find(cs, "1.5%").measure == "gdp_growth"
    assert [c.measure for c in cs if c.text == "1.5%"] == ["gdp_growth", "gdp_growth"]


def test_a_restated_expansion_or_rate_with_another_value_is_flagged():
    assert rules(JAPAN.format(x="1.5%"), DAY) == []
    assert set(rules(JAPAN.format(x="1.8%"), DAY)) & RESTATED
    assert rules(CPI.format(x="2.9 percent"), DAY) == []
    assert set(rules(CPI.format(x="3.2 percent"), DAY)) & RESTATED


def test_a_restatement_that_agrees_with_any_earlier_percentage_is_not_flagged():
    # the food prices' 4.4 percent is one reading of "the annual rate" too
    assert rules(CPI.format(x="4.4 percent"), DAY) == []


def test_a_rate_far_from_every_earlier_percentage_is_a_new_figure_not_a_restatement():
    assert rules(CPI.format(x="9 percent"), DAY) == []
    assert find(claims(CPI.format(x="9 percent"), DAY), "9 percent").measure is None


def test_a_percentage_with_a_noun_of_its_own_is_left_alone():
    # "stake" is no rate or share already given
    text = JAPAN.replace("The {x} expansion was", "The {x} stake was").format(x="1.8%")
    assert not set(rules(text, DAY)) & RESTATED


# "41.0 mm (1.6 inches) of rain": the noun after a converted twin in brackets names both
# figures (the Met Office's provisional figures for March 2015, in our own words)
RAIN = ("March was dry across England and Wales, with 41.0 mm (1.6 inches) of rain, the Met "
        "Office said. February had brought 61.8 mm of rain. Together the two months brought "
        "{x} mm of rain.")


def test_the_noun_after_a_bracketed_conversion_names_the_figure_before_it():
    cs = claims(RAIN.format(x="102.8"), date(2015, 4, 2))
    assert find(cs, "41.0 mm").measure == "rainfall"
    assert find(cs, "1.6 inches").measure == "rainfall"


def test_a_joint_figure_over_a_figure_with_a_bracketed_conversion_is_checked():
    day = date(2015, 4, 2)
    assert rules(RAIN.format(x="102.8"), day) == []
    assert "wrong-arithmetic" in rules(RAIN.format(x="112.8"), day)


def test_a_bracket_with_no_noun_after_it_leaves_the_unit_measure():
    cs = claims("The town is 3 km (1.9 miles) from the front.", date(2015, 4, 2))
    assert find(cs, "3 km").measure == "distance"


# an amount of change in apposition, its earlier value in the sentence before (Ofgem's price
# caps of April 2022 and January 2024, in our own words)
CAP = ("The price cap will rise from £1,834 to £1,928 a year from 1 January, Ofgem said.\n\n"
       "The new cap, {x} higher, covers January to March.")
CASH = ("The cap will rise from £1,277 to £1,971 a year in April for households paying by "
        "direct debit, Ofgem said.\n\nThose who pay by cheque will pay £2,101, {x} more, to "
        "reflect the cost of serving them.")


def test_an_appositive_amount_after_a_from_to_pair_is_its_change():
    day = date(2023, 11, 24)
    assert rules(CAP.format(x="£94"), day) == []
    found = [f for f in flags_of(CAP.format(x="£104"), day) if f["rule"] == "wrong-arithmetic"]
    assert found and "a rise of £94, not a rise of £104" in found[0]["message"]


def test_an_appositive_amount_after_a_level_is_set_against_the_earlier_level_it_fits():
    day = date(2022, 2, 3)
    assert rules(CASH.format(x="£130"), day) == []
    assert "wrong-arithmetic" in rules(CASH.format(x="£150"), day)


def test_an_appositive_amount_whose_earlier_value_the_story_never_gives_is_left_alone():
    # £2,101 - £400 is near none of the story's levels: the comparison is with another value
    assert rules(CASH.format(x="£400"), date(2022, 2, 3)) == []


def test_an_appositive_amount_against_the_direction_of_the_pair_is_left_alone():
    assert rules(CAP.replace("higher", "lower").format(x="£94"), date(2023, 11, 24)) == []


# an amount of change "since" a year whose clause gives the earlier level, the later level in
# the sentence before (Home Office police numbers for March 2017, in our own words)
POLICE = ("Home Office figures show police officer numbers fell by 924 in the year to "
          "123,142. The number has fallen by {x} since 2010, when there were 143,734 officers.")


def test_a_change_since_a_dated_level_runs_to_the_level_of_the_sentence_before():
    day = date(2017, 7, 20)
    assert rules(POLICE.format(x="20,592"), day) == []
    found = [f for f in flags_of(POLICE.format(x="21,592"), day)
             if f["rule"] == "wrong-arithmetic"]
    assert found and "a fall of 20,592, not a fall of 21,592" in found[0]["message"]


def test_a_change_since_a_dated_level_with_two_levels_before_is_left_alone():
    text = POLICE.replace("to 123,142.", "to 123,142, and staff numbers to 61,000.")
    assert rules(text.format(x="21,592"), date(2017, 7, 20)) == []


# a share said of each of two things, their counts after it "respectively" (ONS knife-crime
# figures for the year to March 2020, in our own words)
KNIVES = ("Offences involving a knife rose 6% to 46,265 in the year to March, the Office for "
          "National Statistics said.\n\nAssaults with injury and robberies each made up 44% of "
          "the total, {x} respectively.")


def test_each_share_is_held_to_every_count_said_respectively():
    day = date(2020, 7, 17)
    assert rules(KNIVES.format(x="20,333 and 20,159"), day) == []
    found = [f for f in flags_of(KNIVES.format(x="20,333 and 22,159"), day)
             if f["rule"] == "wrong-arithmetic"]
    assert found and "22,159 out of 46,265 is 48%, not 44%" in found[0]["message"]
    assert "wrong-arithmetic" in rules(KNIVES.format(x="with 18,333 and 20,159 offences"), day)


def test_each_share_with_no_total_near_what_it_implies_is_left_alone():
    # 44% of no figure before: 2,033 and 2,015 imply a total of about 4,600
    assert rules(KNIVES.format(x="2,033 and 2,215"), date(2020, 7, 17)) == []


# the bottom of a comparison named after its figure, the top before its own (JCQ's GCSE
# results by region, 2022, in our own words)
REGIONS = ("In the North East 22.4% of entries earned a 7/A or above, the lowest share of any "
           "region, while London had the highest at {x}.")


def test_a_lowest_named_after_its_figure_is_ranked_below_the_highest():
    day = date(2022, 8, 25)
    assert rules(REGIONS.format(x="32.6%"), day) == []
    assert "wrong-rank" in rules(REGIONS.format(x="20.6%"), day)


def test_a_record_over_time_after_a_figure_is_no_bottom_of_a_comparison():
    text = ("Inflation fell to 5.2%, the lowest since 2021, while unemployment rose to 3.9%, "
            "the highest rate in two years.")
    assert "wrong-rank" not in rules(text, date(2022, 8, 25))
