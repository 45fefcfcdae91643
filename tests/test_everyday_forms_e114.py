"""Everyday copy, everyday114 (issue 11): totals of votes cast summed across sentences, the
winning share of the largest count, and what the first run of the e114 drafts flagged falsely.
Our own sentences with the real figures of published by-election results. Each mechanism is
checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
SHORT = frozenset({"list-sum-mismatch"})
OVER = frozenset({"parts-exceed-total"})
PALLION = date(2018, 2, 2)
CHUDLEIGH = date(2018, 2, 16)

PALLION_TEXT = ("The Liberal Democrats won Thursday's Pallion ward by-election in Sunderland "
                "with 1,251 votes.\n\nLabour took 807, the Conservatives 126, UKIP 97 and the "
                "Greens 39, out of {} votes cast on a turnout of 31.7%.")


# -- a total summed across sentences ----------------------------------------------------------

def test_a_total_of_votes_cast_takes_the_counts_of_the_sentence_before():
    # 1,251 + 807 + 126 + 97 + 39 = 2,320: a total written as more falls short
    _only_wrong_flagged(PALLION_TEXT, "2,340", "2,320", PALLION, SHORT)


def test_counts_across_sentences_may_not_exceed_their_total():
    _only_wrong_flagged(PALLION_TEXT, "2,230", "2,320", PALLION, OVER)


def test_the_sentence_before_may_hold_two_counts_and_a_margin():
    # "87 ahead" is a margin, no part: 1,541 + 1,454 + 260 + 106 = 3,361
    text = ("The Conservatives held Cheam with 1,541 votes, 87 ahead of Liberal Democrat Wendy "
            "Mathys on 1,454.\n\nUKIP took 260 votes and Labour 106, out of {} cast on a "
            "turnout of 44.0%.")
    _only_wrong_flagged(text, "3,631", "3,361", date(2008, 2, 8), SHORT)


def test_a_sentence_opening_on_its_total_sums_the_sentences_before():
    text = ("The Conservatives had the most first preferences (1,857) in the Bridge of Don "
            "by-election. The SNP won 1,797 and the Liberal Democrats 929. Labour took 305, the "
            "Greens 140, UKIP 55, an independent 43 and a socialist candidate 9. In all {} first "
            "preferences were counted.")
    _only_wrong_flagged(text, "5,315", "5,135", date(2019, 10, 5), SHORT)


def test_counts_of_another_election_are_no_parts():
    # the 2015 counts are the last contest's: the total is this one's two counts alone would
    # be far short, so no total is read across the sentences (and no flag either way)
    text = ("In 2015 Labour won 1,804 votes in the ward. The Liberal Democrats won 1,251 on "
            "Thursday. Labour took 807 and the Conservatives 126, out of {} votes cast.")
    assert not set(rules(text.format("2,184"), PALLION)) & (SHORT | OVER)
    assert not set(rules(text.format("3,988"), PALLION)) & (SHORT | OVER)


# -- the winning share ------------------------------------------------------------------------

def test_the_winning_share_is_the_largest_count_out_of_the_total():
    text = PALLION_TEXT.format("2,320") + "\n\nThe winning share of {}% compares with 3.7% in 2015."
    _only_wrong_flagged(text, "59.3", "53.9", PALLION, ARITH)


def test_a_winners_share_below_half_is_not_the_smaller_of_two_sides():
    # first-run false alarm: "564 and Labour 262" was read as the two sides of the vote and
    # 41.0% as the smaller side's share; it is the winner's 575 out of 1,401
    text = ("The Liberal Democrat candidate won 575 votes in the Chudleigh ward by-election.\n\n"
            "The Conservatives took 564 and Labour 262, from 1,401 votes in all.\n\n"
            "The winner's share was {}%, on a turnout of 27.9%.")
    _only_wrong_flagged(text, "44.0", "41.0", CHUDLEIGH, ARITH)


# -- a list that may not be complete ----------------------------------------------------------

def test_a_total_after_a_list_with_an_unread_last_count_is_no_shortfall_of_the_list():
    # first-run false alarm: "and a socialist candidate 9" was no item of the list, so the
    # list's four items fell short of the total of the sentence after it
    text = ("Labour took 305, the Greens 140, UKIP 55, an independent 43 and a socialist "
            "candidate 9. In all {} first preferences were counted.")
    _only_wrong_flagged(text, "562", "552", date(2019, 10, 5), SHORT)


# -- the most and the fewest ------------------------------------------------------------------

RANK = frozenset({"wrong-rank"})


def test_the_fewest_is_placed_below_the_most_in_one_sentence():
    text = ("More than 10,100 patients waited at least 12 hours. Betsi Cadwaladr had the most "
            "such waits ({}) and Cardiff and Vale the fewest (895).")
    _only_wrong_flagged(text, "506", "3,506", date(2019, 8, 22), RANK)


def test_the_most_of_a_summed_list_is_no_smaller_than_its_other_parts():
    text = ("The Conservatives had the most first preferences (1,857) in the Bridge of Don "
            "by-election. The SNP won {} and the Liberal Democrats 929. Labour took 305, the "
            "Greens 140, UKIP 55, an independent 43 and a socialist candidate 9. In all 5,135 "
            "first preferences were counted.")
    _only_wrong_flagged(text, "1,977", "1,797", date(2019, 10, 5), RANK)


def test_the_most_of_no_list_places_nothing_after_it():
    # no total makes the later counts one list with the top's: the 2,977 is another count
    text = ("The Conservatives had the most first preferences (1,857) in the Bridge of Don "
            "by-election. Across the city, {} postal votes were returned.")
    assert "wrong-rank" not in rules(text.format("2,977"), date(2019, 10, 5))


# -- an average per unit named by words -------------------------------------------------------

def test_an_average_a_contest_across_its_candidates():
    # 83,941 votes over 95 candidates, one contest each: 884 a contest
    text = ("Labour won 83,941 votes, or 34.7%, averaging {} a contest across its 95 "
            "candidates.")
    _only_wrong_flagged(text, "984", "884", date(2016, 7, 4), ARITH)


def test_an_average_a_match_over_its_games():
    text = ("Manchester United drew 1,306,528 spectators to Old Trafford, an average of {} a "
            "match over its 19 league games.")
    _only_wrong_flagged(text, "68,476", "68,764", date(2006, 8, 18), ARITH)


# -- a share of "it" --------------------------------------------------------------------------

def test_a_share_of_it_is_the_subjects_level_out_of_the_level_named_before():
    text = ("February brought just 7.8mm, 49.1mm below the month's average of 56.9mm and about "
            "{}% of it, making it the sixth-driest February since 1913.")
    _only_wrong_flagged(text, "24", "14", date(2021, 9, 6), ARITH)


def test_a_share_of_it_that_another_level_bears_out_is_not_contradicted():
    # 49.1mm is a level here (no gap): 49.1 out of 56.9 is 86%, a reading the share may take
    text = ("March brought 7.8mm and April 49.1mm, against the month's average of 56.9mm, "
            "{}% of it.")
    assert "wrong-arithmetic" not in rules(text.format("86"), date(2021, 9, 6))
    assert "wrong-arithmetic" in rules(text.format("68"), date(2021, 9, 6))
