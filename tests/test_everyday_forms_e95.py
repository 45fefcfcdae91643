"""Issue #11, everyday95: forms of everyday copy read for the first time (own sentences, real
figures): a stake sold against the holding before and after, a share of a share (a vote times
its turnout), a multiple of the figure before said with "that", "an extra" amount between two
levels told in neighbouring sentences, parts counted back as one ("The five accounted for")
as a share of a change, and a share in words of the whole of a part said "of them"."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import claims, find, rule_set

DAY = date(2024, 3, 13)


# 1. stakes
@pytest.mark.parametrize("stake, after, wrong", [("2.61%", "5.23%", False), ("3.61%", "5.23%", True),
                                                 ("2.61%", "4.23%", True)])
def test_a_stake_sold_is_the_gap_between_the_holding_before_and_after(stake, after, wrong):
    text = (f"CDC Group sold a {stake} stake in Equitas Holdings this week, cutting its "
            f"holding to {after}, down from 7.84%, a filing showed.")
    assert ("wrong-arithmetic" in rule_set(text, date(2021, 2, 28))) is wrong


@pytest.mark.parametrize("after, wrong", [("25.5%", False), ("24.5%", True)])
def test_a_stake_with_the_holding_written_to_then_from(after, wrong):
    text = f"BAT sold a 3.5% stake in ITC on Wednesday, reducing its holding to {after} from 29%."
    assert ("wrong-arithmetic" in rule_set(text, DAY)) is wrong
    assert find(claims(text, DAY), "3.5%").role == "difference"


def test_a_stake_with_no_holding_moved_is_no_difference():
    # "up to" a share and then two unrelated percentages: no move of a holding is said
    text = "The fund sold a 2% stake in the miner, whose shares rose 4.1% to a record 31%."
    assert find(claims(text, DAY), "2%").role != "difference"


# 2. a share of a share
@pytest.mark.parametrize("words, wrong", [("fewer than a quarter", False),
                                          ("more than a third", True)])
def test_a_vote_share_on_a_turnout_gives_a_share_of_all_members(words, wrong):
    text = (f"Unison's members voted 78% in favour of strike action on a turnout of 29%, so "
            f"{words} of all members backed the walkout.")
    assert ("wrong-arithmetic" in rule_set(text, date(2011, 11, 3))) is wrong


@pytest.mark.parametrize("share, wrong", [("17.9%", False), ("27.9%", True)])
def test_the_share_of_the_members_may_stand_in_the_next_sentence(share, wrong):
    text = (f"In the ballot, 59.3% of those voting backed strike action on a turnout of 30.2%. "
            f"That means {share} of the union's members voted for a strike.")
    got = rule_set(text, date(2011, 11, 30))
    assert ("wrong-arithmetic" in got) is wrong
    # (no rest of 100% after the two shares: 17.9% is of another whole)
    assert find(claims(text, date(2011, 11, 30)), share).role == "product"


def test_a_share_of_the_electorate_is_no_third_share_of_the_vote():
    text = "Leave won 51.9% of the vote on a turnout of 72.2%, which is about 37% of the electorate."
    assert rule_set(text, date(2016, 6, 25)) == set()


# 3. "twice that"
@pytest.mark.parametrize("fee, wrong", [("£500,000", False), ("£750,000", True)])
def test_twice_that_is_a_multiple_of_the_figure_before(fee, wrong):
    text = (f"In January West Bromwich Albion paid {fee} for David Mills, a British record. "
            "A month later Nottingham Forest paid twice that, £1 million, for Trevor Francis.")
    assert ("wrong-arithmetic" in rule_set(text, date(1979, 2, 10))) is wrong


@pytest.mark.parametrize("later, wrong", [("£7 million", False), ("£11 million", True)])
def test_about_half_that_keeps_its_hedge(later, wrong):
    text = (f"Newcastle United paid £15 million for Alan Shearer. Eighteen months earlier "
            f"Manchester United paid about half that, {later}, for Andy Cole.")
    assert ("wrong-arithmetic" in rule_set(text, date(1996, 7, 30))) is wrong


def test_twice_that_with_no_figure_of_its_own_sets_nothing():
    text = ("West Bromwich Albion paid £500,000 for David Mills. Forest paid twice that for "
            "Trevor Francis, who cost £1.18 million with tax.")
    assert "wrong-arithmetic" not in rule_set(text, date(1979, 2, 10))


# 4. "an extra" between two levels
@pytest.mark.parametrize("extra, wrong", [("£17.35", False), ("£27.35", True)])
def test_an_extra_amount_is_the_rise_between_the_levels_before(extra, wrong):
    text = ("The full new state pension rose to £221.20 a week this month. In 2023-24 it was "
            f"£203.85.\n\nPensioners on the full rate get an extra {extra} a week.")
    assert ("wrong-arithmetic" in rule_set(text, date(2024, 4, 8))) is wrong


@pytest.mark.parametrize("more, wrong", [("two", False), ("three", True)])
def test_a_further_count_after_reached(more, wrong):
    text = (f"The European Union grew from 15 to 25 members in May 2004. On Monday it reached "
            f"27, a further {more}.")
    assert ("wrong-arithmetic" in rule_set(text, date(2007, 1, 2))) is wrong


def test_another_count_after_two_daily_counts_is_no_move_between_them():
    text = ("The county reported 400 cases on Monday and 450 on Tuesday. A further 30 were "
            "reported on Wednesday.")
    assert "wrong-arithmetic" not in rule_set(text, date(2020, 4, 9))


# 5. parts counted back as one, as a share of the change
@pytest.mark.parametrize("california, share, wrong", [
    ("4.1", "more than two-fifths", False), ("1.1", "more than two-fifths", True),
    ("4.1", "more than half", True)])
def test_the_five_accounted_for_a_share_of_the_growth(california, share, wrong):
    text = ("The US population grew by 32.7 million in the 1990s, to 281.4 million in 2000.\n\n"
            f"California added {california} million people, Texas 3.9 million, Florida 3.0 "
            f"million, Georgia 1.7 million and Arizona 1.5 million. The five accounted for "
            f"{share} of the growth.")
    assert ("wrong-arithmetic" in rule_set(text, date(2001, 4, 2))) is wrong


def test_a_count_that_names_fewer_parts_than_listed_sets_nothing():
    text = ("The US population grew by 32.7 million in the 1990s.\n\nCalifornia added 4.1 "
            "million people, Texas 3.9 million and Florida 3.0 million. The two accounted for "
            "more than half of the growth.")
    assert "wrong-arithmetic" not in rule_set(text, date(2001, 4, 2))


# 6. a share in words of the whole of a part said "of them"
@pytest.mark.parametrize("part, share, wrong", [
    ("363,001", "more than two-fifths", False), ("263,001", "more than two-fifths", True),
    ("363,001", "more than half", True)])
def test_a_share_of_the_months_total_after_a_part_of_them(part, share, wrong):
    text = ("Hawaii counted 822,264 arrivals by air in August.\n\nMainland visitors flying "
            f"into Honolulu numbered {part} of them. That was {share} of the month's total.")
    assert ("wrong-arithmetic" in rule_set(text, date(2012, 9, 4))) is wrong


@pytest.mark.parametrize("leave, wrong", [("17,410,742", False), ("15,410,742", True)])
def test_that_was_opening_the_next_paragraph_points_back(leave, wrong):
    text = (f"In all 33,551,983 votes were cast, and {leave} of them were for Leave.\n\n"
            "That was just over half of the total.")
    assert ("wrong-arithmetic" in rule_set(text, date(2016, 6, 24))) is wrong


def test_a_share_opening_a_paragraph_with_no_pointer_stays_apart():
    text = ("In all 33,551,983 votes were cast, and 15,410,742 of them were for Leave.\n\n"
            "Just over half of the total backed Remain in Scotland.")
    assert "wrong-arithmetic" not in rule_set(text, date(2016, 6, 24))


# 7. an index's per cent, and its points a sentence later as "the N-point drop"
@pytest.mark.parametrize("share, wrong", [("1.7%", False), ("2.6%", True)])
def test_the_point_drop_after_the_index_per_cent_is_the_same_move(share, wrong):
    text = (f"The FTSE 100 ended down {share}. The 137.97-point fall took the index to "
            "8,000.4.")
    assert ("wrong-arithmetic" in rule_set(text, date(2024, 1, 5))) is wrong


def test_a_company_per_cent_before_the_index_points_is_not_the_index_move():
    text = "Shares in Boohoo ended down 2.6%. The 137.97-point fall took the FTSE 100 to 8,000.4."
    assert "wrong-arithmetic" not in rule_set(text, date(2024, 1, 5))
