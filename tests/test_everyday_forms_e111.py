"""Issue #11, everyday111: remainders, shares of a whole given apart. Real results in our own
sentences: New Zealand's Supreme Court leave applications in 2015, the UK general elections of
2019 and 2024, the Nigerian box office."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged, rule_set

DAY = date(2024, 7, 6)
PARTS = frozenset({"parts-exceed-total", "list-sum-mismatch"})
ARITH = frozenset({"wrong-arithmetic"})

_NESTED = ("The Conservatives won 365 of the 650 seats.\n\nLabour won 202 seats.\n\n"
           "The SNP won 48 of Scotland's 59 seats. The remaining {} were shared by the "
           "other parties.")


def test_a_rest_after_a_smaller_whole_may_be_the_rest_of_the_larger_one():
    # 650 less 365, 202 and 48 leaves 35: that reading holds, so no flag
    assert not rule_set(_NESTED.format("35"), DAY) & (ARITH | PARTS)


def test_a_rest_of_the_smaller_whole_still_stands():
    # 59 less 48 leaves 11: the smaller whole's reading holds
    assert not rule_set(_NESTED.format("11"), DAY) & (ARITH | PARTS)


def test_a_rest_that_no_whole_bears_out_is_flagged():
    assert rule_set(_NESTED.format("45"), DAY) & ARITH


def test_the_portions_a_rest_completes_are_parts_of_its_whole():
    only_wrong_flagged("New Zealand's Supreme Court disposed of 175 applications for leave in "
                       "2015.\n\nOf those, 144, or 82 per cent, were declined and 25 were "
                       "granted. The remaining {} were abandoned.", "9", "6", DAY, ARITH)
    assert not rule_set("New Zealand's Supreme Court disposed of 175 applications for leave in "
                        "2015.\n\nOf those, 144, or 82 per cent, were declined and 25 were "
                        "granted. The remaining 6 were abandoned.", DAY) & PARTS


def test_three_parties_counts_are_no_two_sides():
    text = ("Some 28,809,340 votes were cast.\n\nLabour won 9,708,716 votes, the Conservatives "
            "6,828,925 and the Liberal Democrats 3,519,199. Reform UK's 4,117,221 votes were "
            "14.3 per cent of the total.")
    assert not rule_set(text, DAY) & ARITH


def test_two_sides_still_give_their_shares():
    only_wrong_flagged("Voters rejected the new constitution by 622 votes to 558, or {} to "
                       "47.3%.", "55.7%", "52.7%", DAY, ARITH)


def test_a_name_and_its_count_after_an_item_with_a_change_is_a_count():
    only_wrong_flagged("Labour won 411 of the 650 seats.\n\nThe Conservatives held 121 seats, "
                       "down 244, the Liberal Democrats won 72, up 61, and the SNP 9, down 39. "
                       "The remaining {} went to smaller parties.", "47", "37", DAY, ARITH)


def test_what_is_still_needed_to_reach_a_mark_is_the_mark_less_the_amount_so_far():
    only_wrong_flagged("Behind The Scenes has grossed ₦512 million in its first 12 days.\n\nThe "
                       "comedy needs {} more to reach the ₦1 billion mark.", "₦588 million",
                       "₦488 million", date(2025, 12, 26), ARITH)


def test_a_round_mark_to_reach_is_exact():
    # "₦1 billion" alone would round from half a billion either side: as a mark it is exact
    only_wrong_flagged("It has taken ₦951.1 million in five weeks. It needs {} more to reach "
                       "₦1 billion.", "₦58.9 million", "₦48.9 million", date(2026, 1, 12),
                       ARITH)
    only_wrong_flagged("Before the weekend the comedy stood at ₦974.9 million, {} short of the "
                       "₦1 billion mark.", "₦35.1 million", "₦25.1 million", date(2026, 1, 27),
                       ARITH)


def test_a_share_with_its_whole_elided_takes_its_siblings_whole():
    only_wrong_flagged("Turnout was 67.3 per cent, with 32,014,110 valid votes cast.\n\nThe "
                       "Conservatives gained 48 seats.\n\nConservative candidates received "
                       "13,966,454 votes, 43.6% of the total, while Labour's 10,269,051 votes "
                       "made up {}.", "30.1%", "32.1%", date(2019, 12, 14), ARITH)


def test_a_share_the_parts_before_it_take_together():
    only_wrong_flagged("Some 28,809,340 votes were cast in the general election.\n\nLabour won "
                       "9,708,716 votes, the Conservatives 6,828,925 and the Liberal Democrats "
                       "3,519,199; together the three parties took about {} per cent of all "
                       "votes cast.", "80", "70", DAY, ARITH)


def test_a_count_of_the_parts_that_is_not_theirs_gives_no_joint_share():
    # "the two parties" after three counts: which two is open, so the share is not worked out
    text = ("Some 28,809,340 votes were cast in the general election.\n\nLabour won 9,708,716 "
            "votes, the Conservatives 6,828,925 and the Liberal Democrats 3,519,199; together "
            "the two parties took about 57 per cent of all votes cast.")
    assert not rule_set(text, DAY) & ARITH


def test_a_list_whose_first_count_has_an_acronym_noun():
    only_wrong_flagged("The House has 650 MPs.\n\nScotland elects 57 MPs, Wales {} and Northern "
                       "Ireland 18. England elects the remaining 543.", "36", "32", DAY,
                       ARITH | PARTS)
