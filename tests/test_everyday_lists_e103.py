"""Everyday copy, everyday103's forms of issue #11: seat and vote lists against their whole.
Each mechanism is checked on a clean text (no flag) and on the same text with an error
(flagged). Our own sentences with real figures (Scottish council elections of 2017 and 2022,
the Fortissat by-election of 2021)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

SUMS = frozenset({"list-sum-mismatch", "parts-exceed-total"})
DAY = date(2017, 5, 6)


def _only_wrong_flagged(text: str, wrong: str, right: str, day: date = DAY,
                        want: frozenset[str] = SUMS) -> None:
    """``text`` with ``wrong`` in its slot raises one of ``want``, with ``right`` none."""
    assert set(rules(text.format(wrong), day)) & want
    assert not set(rules(text.format(right), day)) & want


def test_a_possessive_whole_opening_a_sentence_holds_the_list_after_it():
    _only_wrong_flagged("Of the council's {} seats, the SNP holds 39, Labour 31, the "
                        "Conservatives 8 and the Greens 7.", "75", "85")


def test_a_possessive_whole_s_list_need_not_be_complete():
    # (a list after "Of the N seats," may leave holders out: fewer is no error)
    assert not set(rules("Of the council's 85 seats, the SNP holds 39 and Labour 31.", DAY)) & SUMS


def test_holders_listed_after_held_by_add_up_to_the_whole():
    text = ("The council's {} seats are now held by 28 independents, 22 SNP, 10 Liberal "
            "Democrat, 10 Conservative, 3 Labour and 1 Green councillor.")
    _only_wrong_flagged(text, "76", "74")
    _only_wrong_flagged(text, "64", "74")


def test_a_party_list_closed_by_a_total_is_summed_past_the_bracketed_shares():
    _only_wrong_flagged("First preferences were Labour 1,071 (38.4%), SNP 965 (34.6%), "
                        "Conservative 656 (23.5%), Green 69 (2.5%) and UKIP 31 (1.1%), a total "
                        "of {}.", "2,892", "2,792", date(2021, 3, 5))


def test_a_count_needed_for_a_majority_is_no_holding():
    text = ("Of its 45 councillors, 19 are SNP, 11 Labour, 9 Conservative and 4 Liberal "
            "Democrat, and the other 2 are independents. A party needs {} seats for a majority.")
    assert not rules(text.format("23"), date(2022, 5, 7))
