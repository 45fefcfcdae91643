"""Everyday copy, the lead40 blind probe (issue 11): causes of the first run's false alarms and
misses, on drafts written from published copy not read before (Welsh NHS waiting times,
England's ambulance targets, council by-election results). Our own sentences with the real
figures. Each mechanism is checked on a clean text (no flag) and on the same text with an
error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
LEITH = date(2015, 9, 11)


# -- false alarms of the first run -----------------------------------------------------------

def test_a_count_in_a_hyphened_modifier_is_no_part_of_a_share():
    # "two-seat" counts the seats of the by-election, not the votes 36.2% is a share of
    text = ("The SNP won 2,290 first-preference votes in Thursday's two-seat Leith Walk "
            "by-election, {}% of the 6,324 cast.")
    _only_wrong_flagged(text, "32.6", "36.2", LEITH, ARITH)


def test_a_share_and_its_whole_are_no_new_value_of_a_later_amount():
    # "667 more than Labour's 1,623" sets the SNP's 2,290 against 1,623, not the 6,324 cast
    text = ("The SNP won 2,290 first-preference votes in Thursday's two-seat Leith Walk "
            "by-election, 36.2% of the 6,324 cast and {} more than Labour's 1,623.")
    _only_wrong_flagged(text, "767", "667", LEITH, ARITH)


def test_a_named_margin_takes_the_names_figure_of_its_own_measure():
    # Labour's 95 candidates and its 884-vote average are no side of a margin in votes
    text = ("Labour won 83,941 votes, or 34.7%, averaging 884 a contest across its 95 "
            "candidates. The Conservatives took 71,089 (29.4%), leaving Labour {} votes ahead.")
    _only_wrong_flagged(text, "13,852", "12,852", date(2016, 7, 4), ARITH)


def test_a_winning_share_is_a_vote_share_not_the_turnout_restated():
    text = ("UKIP took 260 votes and Labour 106, on a turnout of 44.0%. The winning share of "
            "45.8% was down 12.0 points on 2006.")
    assert "restated-figure-mismatch" not in rules(text, date(2008, 2, 8))


# -- misses of the first run ------------------------------------------------------------------

def test_ahead_of_a_rival_named_in_four_capitalised_words():
    text = ("The Conservatives held Cheam with 1,541 votes, {} ahead of Liberal Democrat Wendy "
            "Mathys on 1,454.")
    _only_wrong_flagged(text, "78", "87", date(2008, 2, 8), ARITH)


def test_a_hyphened_body_with_its_list_is_their_total():
    text = ("That leaves the {}-seat council with 21 Labour members, 17 SNP, 11 Conservatives, "
            "5 Greens, 3 Liberal Democrats and 1 independent.")
    _only_wrong_flagged(text, "63", "58", LEITH, frozenset({"list-sum-mismatch"}))


def test_a_count_of_them_is_a_portion_of_the_count_before():
    text = ("There are 31,500 pathways waiting more than two years, and {} of them are in "
            "seven specialties.")
    _only_wrong_flagged(text, "34,500", "4,500", date(2023, 6, 22),
                        frozenset({"parts-exceed-total"}))


def test_of_them_reaches_a_still_count_of_the_sentence_before():
    # "them" cannot be the seven specialties; "31,500 ... still have" is an update, a level
    text = ("The government wanted no one waiting longer than two years, but 31,500 pathways "
            "still have. Leaving out seven specialties, {} of them remain.")
    _only_wrong_flagged(text, "34,500", "4,500", date(2023, 6, 22),
                        frozenset({"parts-exceed-total"}))


def test_points_short_of_a_target_are_a_gap_to_it():
    text = ("Only 48% of red calls got a response within eight minutes, {} points short of the "
            "65% target.")
    _only_wrong_flagged(text, "27", "17", date(2023, 8, 17), ARITH)


def test_short_of_a_count_after_it():
    text = "The team finished on 61 points, {} short of the 64 they needed."
    _only_wrong_flagged(text, "five", "three", date(2023, 5, 28), ARITH)


# -- lead40b: race times and a record's age ---------------------------------------------------

def test_a_gap_in_minutes_and_seconds_before_back_is_a_duration():
    text = "Emmanuel Mutai won in 2:05:06. Abel Kirui finished second, 1:22 back in {}."
    _only_wrong_flagged(text, "2:06:38", "2:06:28", date(2011, 11, 6), ARITH)


def test_a_clock_time_after_at_is_no_gap():
    from everyday_support import claims
    got = [c.text for c in claims("The meeting starts at 7:30 back in the main hall.",
                                  date(2011, 11, 6))]
    assert "7:30" not in got


def test_stood_for_years_since_a_clause_that_dates_it():
    text = ("The old record of 2:07:43 had stood for {} years, since Tesfaye Jifar of Ethiopia "
            "set it in 2001.")
    _only_wrong_flagged(text, "12", "10", date(2011, 11, 6), ARITH)


def test_first_title_in_years_since_they_last_won_it():
    text = "It was their first title in {} years, since they last won it in 1999."
    _only_wrong_flagged(text, "14", "12", date(2011, 11, 6), ARITH)


# -- lead40c: rail punctuality and airport traffic --------------------------------------------

def test_points_short_of_the_target_of_a_rate_written_after():
    # (a name with a digit, "Red 2", and a duration stand between the level and the gap)
    text = ("Just 58 per cent of Red 2 calls got a response within eight minutes, {} points "
            "short of the target of 75 per cent.")
    _only_wrong_flagged(text, "13", "17", date(2017, 3, 9), ARITH)


def test_points_short_after_a_new_subject_are_not_the_level_before():
    # "and performance 13.6 points short": the gap is performance's, not the 18.6% waiting
    text = ("That left 18.6% of patients waiting longer, and performance 13.6 points short of "
            "the 95% standard.")
    assert "wrong-arithmetic" not in rules(text, date(2019, 12, 12))


def test_improved_from_to_is_a_change_not_a_range():
    text = "Merseyrail improved from 64.7% to 69.9%, up {} points."
    _only_wrong_flagged(text, "5.8", "5.2", date(2019, 9, 20), ARITH)


def test_a_count_after_a_shares_clause_is_what_the_share_comes_to():
    text = ("Of the 1.64 million trains planned, 72.4% arrived on time and 3.9% were cancelled, "
            "about {} trains.")
    _only_wrong_flagged(text, "46,000", "64,000", date(2022, 5, 19), ARITH)


def test_international_and_domestic_split_their_whole():
    text = "Of the 2,263,496 passengers, 540,871 were international and {} domestic."
    _only_wrong_flagged(text, "1,272,625", "1,722,625", date(2013, 3, 27),
                        frozenset({"list-sum-mismatch"}))


def test_a_portion_of_them_is_no_whole_of_the_next_counts_share():
    # "42 of them fatal" is of the 899 pedestrians; the 8% after 454 is of all casualties
    text = ("There were 899 pedestrian casualties (16% of the total), 42 of them fatal; 454 "
            "motorcyclists (8%), of whom 31 died; and 395 pedal cyclists (7%), three of whom "
            "died.")
    assert "wrong-arithmetic" not in rules(text, date(2024, 6, 1))
