"""Everyday copy, thirtieth round (issue 11): a gap said of the figure the sentence before gave
("That made the year 0.15C warmer than ..."), the whole a part and its share imply, and one
thing counted under two nouns (jobs and positions, homes and houses). Sentences in our own
words with real constructions; each is checked with an error in it (flagged) and on the clean
text (no flag), so that no test passes whatever the code does."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

ARITH = {"wrong-arithmetic"}
RESTATED = {"conflicting-figures", "restated-figure-mismatch"}


# -- "That made the year N warmer than the average of M": a gap of the figure before ------------

CLIMATE_DAY = date(2020, 1, 9)
CLIMATE = ("The country's mean temperature for 2019 was 23.06C, the weather bureau said on "
           "Thursday, the highest on its records.\n\n"
           "That made the year {gap} warmer than the 1961-1990 average of 21.54C.")


def test_a_gap_made_of_the_year_before_that_does_not_add_up_is_flagged():
    assert ARITH & set(rules(CLIMATE.format(gap="1.82C"), CLIMATE_DAY))


def test_a_gap_made_of_the_year_before_that_adds_up_passes():
    assert not ARITH & set(rules(CLIMATE.format(gap="1.52C"), CLIMATE_DAY))


RAIN_DAY = date(2024, 2, 2)
RAIN = ("January's mean temperature in the city was 2.1C, forecasters said.\n\n"
        "That left the month {gap} colder than the 1991-2020 average of 3.5C.")


def test_colder_sets_the_figure_below_the_value_after_it():
    """A comparative of the measure's own ("colder") is a gap downwards (across.yaml
    ``up_comparatives`` lists the upward ones)."""
    cs = claims(RAIN.format(gap="1.4C"), RAIN_DAY)
    change = dict(find(cs, "1.4C").extra)["change"]
    assert change["direction"] == "down"
    assert not ARITH & set(rules(RAIN.format(gap="1.4C"), RAIN_DAY))
    assert ARITH & set(rules(RAIN.format(gap="1.9C"), RAIN_DAY))


# -- a part, its share and the whole they imply -------------------------------------------------

SOLAR_DAY = date(2023, 6, 2)
SOLAR = ("Solar panels supplied 9.6 gigawatts at midday on Thursday, the grid operator said, "
         "28.5% of all the power being used at the time.\n\n"
         "That puts demand at that moment at about {whole}.")


def test_a_whole_the_part_and_its_share_do_not_imply_is_flagged():
    assert ARITH & set(rules(SOLAR.format(whole="39.7GW"), SOLAR_DAY))


def test_a_whole_the_part_and_its_share_imply_passes():
    assert not ARITH & set(rules(SOLAR.format(whole="33.7GW"), SOLAR_DAY))


EXPORT_DAY = date(2022, 3, 1)
EXPORT = ("Exports of services reached $41.2 billion last year, 12% of the country's total "
          "output, putting output at about {whole}.")


def test_a_whole_implied_in_the_shares_own_clause_is_checked():
    assert ARITH & set(rules(EXPORT.format(whole="$443 billion"), EXPORT_DAY))
    assert not ARITH & set(rules(EXPORT.format(whole="$343 billion"), EXPORT_DAY))


GRID_DAY = date(2024, 4, 5)
GRID = ("Onshore turbines in Germany produced 8,450 GWh in March, the network agency said.\n\n"
        "{opening} supplied 21% of the {whole} generated in the country that month.")


def test_a_share_of_a_named_whole_is_the_ratio_of_the_figure_before():
    assert ARITH & set(rules(GRID.format(opening="Onshore wind", whole="48,200 GWh"), GRID_DAY))
    assert not ARITH & set(rules(GRID.format(opening="Onshore wind", whole="40,200 GWh"),
                                 GRID_DAY))


def test_a_share_of_another_thing_is_no_ratio_of_the_figure_before():
    """"Coal supplied 21% of the 48,200 GWh": the opening names nothing of the sentence
    before, whose figure is the turbines' output, so the share is no ratio of it."""
    cs = claims(GRID.format(opening="Coal", whole="48,200 GWh"), GRID_DAY)
    assert "ratio" not in dict(find(cs, "21%").extra)
    assert not ARITH & set(rules(GRID.format(opening="Coal", whole="48,200 GWh"), GRID_DAY))


# -- one thing counted under two nouns the vocabulary makes one measure ---------------------------

BANK_DAY = date(2024, 3, 12)
BANK = ("# Lender to cut 4,000 jobs\n\n"
        "The lender said on Tuesday it would cut 4,000 jobs over the next two years as it "
        "closes branches.\n\n"
        "The {n} positions to go are mostly in its retail arm.")


def test_positions_restating_jobs_with_another_value_are_flagged():
    assert RESTATED & set(rules(BANK.format(n="5,000"), BANK_DAY))


def test_positions_restating_jobs_with_the_same_value_pass():
    assert not RESTATED & set(rules(BANK.format(n="4,000"), BANK_DAY))


FLOOD_DAY = date(2021, 7, 20)
FLOOD = ("Floods in the region damaged 3,400 homes last week, officials said on Tuesday.\n\n"
         "Insurers expect the repairs to take months. The {n} houses damaged are spread across "
         "six districts.")


def test_houses_restating_homes_with_another_value_are_flagged():
    assert RESTATED & set(rules(FLOOD.format(n="4,300"), FLOOD_DAY))


def test_houses_restating_homes_with_the_same_value_pass():
    assert not RESTATED & set(rules(FLOOD.format(n="3,400"), FLOOD_DAY))


# -- a change whose earlier value an earlier sentence names by the same noun ------------------------

CUT_DAY = date(2020, 4, 13)
CUT = ("Oil producers agreed on Sunday to cut output by 9.7 million barrels a day in May and "
       "June, the largest reduction they have made.\n\n"
       "The cut is to ease by {n} million barrels a day to 7.7 million from July until the end "
       "of the year.")


def test_a_change_of_the_cut_named_before_that_does_not_add_up_is_flagged():
    assert ARITH & set(rules(CUT.format(n="3"), CUT_DAY))


def test_a_change_of_the_cut_named_before_that_adds_up_passes():
    assert not ARITH & set(rules(CUT.format(n="2"), CUT_DAY))


def test_a_change_whose_noun_no_earlier_figure_names_takes_no_earlier_value():
    """"The quota is to ease by ...": no figure before names a quota, so the change keeps no
    earlier value (and nothing is flagged)."""
    text = CUT.format(n="3").replace("The cut is", "The quota is")
    change = dict(find(claims(text, CUT_DAY), "3 million barrels a day").extra)["change"]
    assert change.get("from") is None
    assert not ARITH & set(rules(text, CUT_DAY))


# -- a share "of the total" after its part, the story's total given before ------------------------

SEATS_DAY = date(2023, 10, 16)
SEATS = ("The ruling party won 174 of the 300 seats in parliament, the electoral commission "
         "said on Monday.\n\n"
         "The main opposition party took 86 seats, {share} of the {whole}, its best result "
         "since 2005.")


def test_a_share_of_the_total_that_the_part_and_the_total_before_do_not_give_is_flagged():
    assert ARITH & set(rules(SEATS.format(share="35%", whole="total"), SEATS_DAY))


def test_a_share_of_the_total_that_the_part_and_the_total_before_give_passes():
    assert not ARITH & set(rules(SEATS.format(share="29%", whole="total"), SEATS_DAY))


def test_a_share_of_the_total_of_another_noun_is_no_share_of_the_seats():
    """"35% of the total vote" is a share of the votes, never of the 300 seats."""
    text = SEATS.format(share="35%", whole="total vote")
    assert "ratio" not in dict(find(claims(text, SEATS_DAY), "35%").extra)
    assert not ARITH & set(rules(text, SEATS_DAY))


# -- segments that do not overlap after their total ---------------------------------------------------

PARTS = {"parts-exceed-total", "list-sum-mismatch"}
AIR_DAY = date(2019, 1, 20)
AIR = ("The country's airlines carried 61.3 million passengers last year, 7% more than in 2017, "
       "the aviation authority said. Domestic flights carried 44.6 million people and "
       "international routes {n} million.")


def test_domestic_and_international_parts_above_the_total_are_flagged():
    assert PARTS & set(rules(AIR.format(n="18.7"), AIR_DAY))


def test_domestic_and_international_parts_within_the_total_pass():
    assert not PARTS & set(rules(AIR.format(n="16.7"), AIR_DAY))


def test_one_segment_word_alone_makes_no_part():
    """"Domestic flights carried 44.6 million people" with no other segment beside it is no
    breakdown: it stays a figure of its own."""
    text = AIR.format(n="16.7").replace(" and international routes 16.7 million", "")
    assert find(claims(text, AIR_DAY), "44.6 million").role is None


NESTED = ("Member airlines carried 40.2 million passengers in June, the trade group said.\n\n"
          "- Domestic: 34.9 million passengers, up 3.1%\n"
          "- International: 5.3 million, up 1.2%\n"
          "- Of those, trans-Atlantic 1.6 million, Latin America {n} million and Asia Pacific "
          "0.8 million")


def test_a_segment_split_in_turn_keeps_its_own_portions():
    """The international segment is a portion of the 40.2 million and the whole of its own
    three portions: 1.6 + 3.9 + 0.8 is more than its 5.3 million."""
    assert PARTS & set(rules(NESTED.format(n="3.9"), AIR_DAY))
    assert not PARTS & set(rules(NESTED.format(n="2.9"), AIR_DAY))
