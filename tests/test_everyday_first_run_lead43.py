"""Everyday copy, the lead43 blind probe (issue 11): causes of the first run's false alarms and
misses, on drafts written from published copy not read before (ONS retail sales of October 2012
and 2024, the NRF's 2019 holiday season, Eurostat's 2013 air passengers, BAA, ACI and Moroccan
airport traffic, the 2017 Western Australian, 2012 Queensland and 2013 Australian federal
elections). Our own sentences with the real figures. Each mechanism is checked on a clean text
(no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
PARTS = frozenset({"parts-exceed-total", "list-sum-mismatch"})
WA_2017 = date(2017, 3, 28)
QLD_2012 = date(2012, 4, 5)
FEDERAL_2013 = date(2013, 10, 31)


# -- false alarms of the first run -----------------------------------------------------------

def test_the_share_of_the_vote_counted_is_no_partys_share():
    # "with 86.9% of the vote counted" is how far the count has gone (count_progress)
    text = ("Labor has won 41 of the 59 seats, with 86.9% of the vote counted.\n\nLabor's "
            "first-preference vote was {}, a swing of 9.1 points.\n\nLabor's share of the vote "
            "was 42.2%.")
    _only_wrong_flagged(text, "44.2%", "42.2%", WA_2017,
                        frozenset({"restated-figure-mismatch", "conflicting-figures"}))


def test_a_count_after_its_share_is_a_part_not_the_whole_of_the_next():
    # 557,794 is Labor's votes, said after its share: no whole of the Liberals' 412,710; both
    # imply one whole (557,794 / 42.2%), of which 412,710 is 31.2%
    text = ("Labor's first-preference vote was 42.2%, a swing of 9.1 points, from 557,794 "
            "votes. The Liberals won 412,710 votes, or {}, a fall of 15.9 points.")
    _only_wrong_flagged(text, "34.2%", "31.2%", WA_2017)
    _only_wrong_flagged("Labor's vote was 42.2% on 557,794 votes. The Liberals won {} on "
                        "412,710 votes.", "35.2%", "31.2%", WA_2017)


def test_a_majority_in_seats_is_no_gap_between_votes():
    text = ("Labor won 557,794 votes and the Liberals 412,710 votes. The result gives Labor a "
            "majority of 23 seats over all other parties combined.")
    assert rules(text, WA_2017) == []
    # a majority in votes after the counts is still their gap
    _only_wrong_flagged("Smith won 1,456 votes and Jones 934, a majority of {} votes.",
                        "552", "522", WA_2017)


def test_seats_held_before_the_election_are_no_part_of_the_new_house():
    text = ("The Liberal National Party has won 78 of the 89 seats in Queensland's "
            "parliament. Labor, which held 51 seats before the election, was reduced to "
            "seven, a loss of 44.")
    assert rules(text, QLD_2012) == []
    _only_wrong_flagged("The Liberal National Party has won 78 of the 89 seats. Labor, which "
                        "went into the election with 51 seats, won {} and Katter's Australian "
                        "Party two.", "12", "seven", QLD_2012, PARTS)


def test_the_other_side_of_a_split_is_no_fall_from_an_earlier_figure():
    text = ("London Heathrow was the busiest airport in the bloc with 72 million passengers. Of "
            "the 30 largest airports, 24 handled more passengers than in 2012 and six fewer.")
    assert rules(text, date(2014, 12, 8)) == []
    # a bare "N more" after two levels is still their change
    _only_wrong_flagged("The firm sold 1,200 cars in May and 1,450 cars in June, {} more.",
                        "350", "250", date(2014, 12, 8))


def test_a_range_said_again_in_levels_is_no_amount_of_a_change():
    text = ("Holiday sales grew 4.1% to $730.2bn, near the top of the federation's October "
            "forecast of a rise of between 3.8% and 4.2%, or $727.9bn to $730.7bn.")
    assert rules(text, date(2020, 1, 16)) == []
    _only_wrong_flagged("The index fell 173.1 points, or {}, to 7,100.3.", "3.4%", "2.4%",
                        date(2020, 1, 16))


# -- misses of the first run -----------------------------------------------------------------

def test_a_change_split_by_place_after_its_colon():
    text = ("The Coalition made a net gain of 17 seats: {} in New South Wales, three in "
            "Tasmania, two in Victoria and one in Queensland.")
    _only_wrong_flagged(text, "12", "11", FEDERAL_2013, PARTS)
    _only_wrong_flagged("Employers added 150,000 jobs: {} in health care, 50,000 in retail and "
                        "40,000 in construction.", "80,000", "60,000", FEDERAL_2013, PARTS)


def test_one_each_in_two_places_counts_twice():
    text = ("The Coalition made a net gain of 17 seats: {} in New South Wales, three in "
            "Tasmania, two in Victoria and one each in Queensland and South Australia.")
    # 10 + 3 + 2 + 1 x 2 = 17; with 11 the parts make 18
    _only_wrong_flagged(text, "11", "10", FEDERAL_2013, PARTS)
    _only_wrong_flagged("The party won 17 seats: {} in the north, two in the south and two each "
                        "in Leeds, York and Hull.", "11", "9", FEDERAL_2013, PARTS)


def test_a_revision_with_its_object_before_the_way_it_went():
    # "revised November's gain up to 0.3% from 0.4%": "up to" is the verb's, no bound; the
    # revision went down, not up
    text = "The department revised November's gain up to 0.3% from {}."
    _only_wrong_flagged(text, "0.4%", "0.2%", date(2020, 1, 16))
    _only_wrong_flagged("The firm revised its forecast down to 1.5% from {}.", "1.2%", "1.8%",
                        date(2020, 1, 16))
    # "growth of up to 3%" is still a bound
    assert rules("Economists expect growth of up to 3% next year.", date(2020, 1, 16)) == []


def test_a_rivals_share_after_to_is_no_whole_and_the_two_make_one_vote():
    # "X% of the vote to Labor's Y%": two sides of one vote (found while reading this probe:
    # Labor's share was read as the whole of the Coalition's)
    assert rules("The Coalition won with 53.49% of the vote to Labor's 46.51%.",
                 FEDERAL_2013) == []
    text = "The Coalition won with 53.49% of the vote to Labor's {}."
    _only_wrong_flagged(text, "48.51%", "46.51%", FEDERAL_2013, frozenset({"shares-over-100"}))


def test_two_party_preferred_is_a_kind_of_vote_not_a_count_of_two():
    text = ("The Coalition won the election with 53.49% of the national two-party-preferred "
            "vote to Labor's {}.")
    _only_wrong_flagged(text, "48.51%", "46.51%", FEDERAL_2013, frozenset({"shares-over-100"}))


# -- the lead43b probe (NHS England waiting lists, police-recorded crime) --------------------

NHS_2025 = date(2025, 11, 13)


def test_an_earlier_value_after_an_aside_is_the_main_figures():
    # 7.36 million is May's treatments, not patients
    text = ("An estimated 7.37 million treatments were waiting to be carried out in England at "
            "the end of June, for 6.23 million patients, up from {} in May.")
    _only_wrong_flagged(text, "7.46 million", "7.36 million", date(2025, 8, 14))


def test_an_amount_in_apposition_after_a_move_is_that_moves():
    # "a drop of 10,220" is 190,549 -> 180,329, not from the year-earlier 249,024 after it
    text = ("The number waiting more than a year fell to 180,329 from 190,549 at the end of "
            "August, a drop of {}, against 249,024 a year before.")
    _only_wrong_flagged(text, "12,220", "10,220", NHS_2025)


def test_a_series_extreme_at_another_moment_restates_no_level():
    for said in ("The list's record was 7.77 million treatments.",
                 "The list peaked at 7.77 million treatments.",
                 "The list's all-time high was 7.77 million treatments."):
        assert rules("An estimated 7.39 million treatments were waiting at the end of the "
                     f"month.\n\n{said}", NHS_2025) == []
    # a record now is the level itself
    text = ("An estimated 7.39 million treatments were waiting at the end of the month.\n\nThe "
            "list hit a record high of {} treatments.")
    _only_wrong_flagged(text, "7.93 million", "7.39 million", NHS_2025,
                        frozenset({"restated-figure-mismatch"}))


def test_the_asides_own_earlier_value_after_and():
    text = ("An estimated 7.39 million treatments were waiting to be carried out at the end of "
            "the month, for {} patients, down from 7.41 million treatments and 6.25 million "
            "patients at the end of August.")
    _only_wrong_flagged(text, "6.42 million", "6.24 million", NHS_2025)


def test_a_count_set_against_another_past_the_span_that_qualifies_it():
    # "more than 52 weeks" says whom the 383,083 counts; "fewer than the N" compares the counts
    text = ("Some 383,083 people had been waiting more than 52 weeks at the end of June, "
            "slightly fewer than the {} at the end of May.")
    _only_wrong_flagged(text, "380,022", "385,022", date(2023, 8, 10))


def test_a_fall_after_its_move_when_another_move_follows():
    # "a fall of 134" is 1,237 -> 1,103; "65-week waits" names the next move's thing, and
    # lends no unit (weeks) to the 134
    text = ("The longest waits fell: 18-month waits dropped from 1,237 to 1,103, a fall of {}, "
            "and 65-week waits to 10,517 from 11,522 in May.")
    _only_wrong_flagged(text, "143", "134", date(2025, 8, 14))


def test_a_share_taken_of_the_votes_tallied_is_a_vote_share():
    # "had 50.72% of the votes tallied so far" is the candidate's share; "with 86.9% of the vote
    # counted" the count's progress
    text = ("In Oro Valley's recall election, incumbent Satish Hiremath had 50.72% of the votes "
            "tallied so far and challenger Patrick Straney 42.85%.\n\nJoe Winfield, who dropped "
            "out of the race, had {} of the vote.")
    _only_wrong_flagged(text, "16%", "6%", date(2015, 11, 4), frozenset({"shares-over-100"}))


def test_a_majority_names_its_noun_right_after_it():
    # "176 on a turnout of 26.9%": the majority is in votes (its noun is not "turnout")
    text = ("The Conservatives won 1,187 votes (37.5%) to Labour's 1,011 (31.9%) and an "
            "independent's 971 (30.6%).\n\nThe Conservative majority was {} on a turnout of 26.9%.")
    _only_wrong_flagged(text, "276", "176", date(2012, 5, 4))
