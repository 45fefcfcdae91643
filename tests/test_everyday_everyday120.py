"""Everyday copy (issue 11, everyday120): first runs on fresh copy of Irish waiting lists,
Indian harvest estimates, Singapore tourism, Sydney rents, Melbourne train punctuality, Kenyan
exam results, UCAS results days, recorded crime, council tax, Ofgem price caps and Premier
League tables. A pair of values of another clause's own move ("while pulses are set to slip to
A from B") is never an earlier clause's amount's; one earlier value cannot serve two new values
of one period; of two earlier values listed with their times the amount takes the one its
reading fits; a table's games played are no points; a
participle after "and" joins no count of members to a level; a portion "of their premier
league games" names its whole; a rise right after "N more than the M" is that comparison's
change; parts whose own levels add up to far other than the whole's are no net parts. Our own
sentences with the constructions of that copy; a clean and a wrong version of each."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, only_wrong_flagged, rule_set

DAY = date(2024, 11, 26)


def test_a_pair_of_another_clauses_move_is_not_the_amounts():
    text = ("Rice output is 1.79 per cent higher than last year's kharif crop, while pulses are "
            "set to slip {} to 9.22 million tonnes from 9.34 million tonnes.")
    only_wrong_flagged(text, "3.3 per cent", "1.3 per cent", DAY)
    bare = ("Rice output is 1.79 per cent higher than last year's kharif crop, while pulses are "
            "set to slip to 9.22 million tonnes from 9.34 million tonnes.")
    assert "wrong-arithmetic" not in rule_set(bare, DAY)


def test_one_earlier_value_has_no_two_new_values_of_one_period():
    text = ("Record kharif rice crop\n\nIndia's rice production in the 2025 kharif season is "
            "estimated at a record 124.50 million tonnes, {} more than the 122.77 million "
            "tonnes of the 2024 kharif season, the first advance estimate shows.\n\nKharif "
            "foodgrain production is estimated at 173.33 million tonnes, about 3.9 million "
            "tonnes more than in 2024-25.")
    only_wrong_flagged(text, "2.73 million tonnes", "1.73 million tonnes", date(2025, 11, 26))


def test_of_two_listed_earlier_values_the_amount_takes_the_one_it_fits():
    text = ("Overall, 88.2 per cent of Melbourne's trains ran on time in June, up from 82.2 per "
            "cent in May and 76.2 per cent in April, a rise of {} percentage points in two "
            "months, the minister said.")
    only_wrong_flagged(text, "14", "12", date(2011, 7, 12))
    assert "wrong-arithmetic" not in rule_set(text.format("6"), date(2011, 7, 12))


def test_a_count_of_houses_restates_the_homes_of_a_sentence_naming_no_kind():
    homes = ("Nearly 50 people died in the floods and 56,000 homes were damaged, officials "
             "said.\n\nThe nearly 50 lives lost and the {} houses damaged were spread across "
             "nine states.")
    assert RESTATED & rule_set(homes.format("46,000"), date(1993, 8, 1))
    assert not RESTATED & rule_set(homes.format("56,000"), date(1993, 8, 1))


def test_games_played_are_no_side_of_a_points_gap():
    text = ("Liverpool lead the Premier League on 25 points after 10 games, two ahead of "
            "Manchester City on {}, with Nottingham Forest third on 19.")
    only_wrong_flagged(text, "21", "23", date(2024, 11, 4))


def test_a_participle_after_and_joins_no_count_of_members():
    text = ("Liverpool have won all seven of their Premier League games, scoring 18 goals and "
            "conceding 5, and lead the table on 21 points.\n\nManchester City are second on 16 "
            "points; they have scored 27 and conceded 7, a goal difference of {}. Leicester "
            "are third on 14 points from four wins, two draws and a defeat.")
    only_wrong_flagged(text, "22", "20", date(2019, 9, 30))
    assert "parts-exceed-total" not in rule_set(text.format("20"), date(2019, 9, 30))


def test_a_portion_of_their_modified_games_names_its_whole():
    text = ("Liverpool five points clear after seven straight wins\n\nLiverpool have won all "
            "seven of their Premier League games and lead the table on 21 points.")
    assert "parts-exceed-total" not in rule_set(text, date(2019, 9, 30))
    # a portion of a whole its noun does name is still one
    storm = ("Storms killed 12 people across the county on Sunday. {} of the county's storm "
             "victims were drivers.")
    only_wrong_flagged(storm, "Fourteen", "Nine", date(2019, 9, 30),
                       frozenset({"parts-exceed-total"}))


def test_a_rise_after_a_comparison_is_that_comparisons_change():
    text = ("Police forces in England and Wales recorded about 6.74 million offences in "
            "2022/23, the most since 2003/04 and about 400,000 more than the 6.34 million of "
            "2021/22, a rise of {} per cent.\n\nThe total had fallen to 5.4 million in 2020/21, "
            "during the Covid restrictions.")
    only_wrong_flagged(text, "9.3", "6.3", date(2023, 9, 20))


def test_parts_whose_levels_do_not_make_the_whole_are_not_net_parts():
    text = ("As of midnight, 416,310 applicants had been accepted, 7,570 fewer, or 2 per cent, "
            "than on results day last year.\n\nThe number still holding offers rose by 1,720, "
            "or 2 per cent, to 100,410, while those eligible for Clearing fell by {}, or 13 "
            "per cent, to 129,020.")
    only_wrong_flagged(text, "29,160", "19,160", date(2017, 8, 17))
    net = ("Japan's population fell by 531,702 to 123.8 million. Japanese nationals dropped by "
           "861,237 to 120.3 million, while foreign residents rose by {} to 3.5 million.")
    only_wrong_flagged(net, "429,535", "329,535", date(2024, 7, 24))
