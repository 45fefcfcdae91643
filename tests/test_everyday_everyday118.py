"""Everyday copy, everyday118 (issue 11): unread forms of shares, wholes and ranks, from the
first run of the probe drafts (corpus/everyday/ranks-e118.yaml, shares-e118.yaml). Our own
sentences with the real figures of published copy (Premier League payments, airline delay
causes, house prices, Scottish population projections). Each mechanism is checked on a clean
text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
OVER = frozenset({"shares-over-100"})
RANK = frozenset({"wrong-rank"})
PL16 = date(2016, 6, 8)


# -- the false alarm of the first run -----------------------------------------------------------

def test_a_share_after_and_is_no_whole_of_the_share_before_it():
    # "about 6.2% of the total and Villa's about 4.1%": two shares, not a part and its whole
    text = ("Arsenal earned £100,952,257 from the Premier League, more than any other club.\n\n"
            "Bottom club Aston Villa still received £66,622,215.\n\n"
            "The league shared out £1,638,805,918 in all, so Arsenal's payment was about 6.2% "
            "of the total and Villa's about 4.1%.")
    assert "parts-exceed-total" not in rules(text, PL16)


# -- shares of one whole in a breakdown -------------------------------------------------------------

def test_the_whole_of_the_first_share_does_not_end_the_list_of_shares():
    text = "Smith took {}% of the 1,000 votes, Jones 35% and Brown 15%."
    _only_wrong_flagged(text, "60", "50", date(2019, 5, 3), OVER)


def test_a_breakdown_with_labels_of_three_words_and_a_verb_of_cause():
    # "with the aviation system responsible for 23.1% and other causes such as weather for 4.9%"
    text = ("Measured in minutes, late-arriving aircraft caused 43.9% of the 7.76 million "
            "minutes of delay and the carriers 28.0%, with the aviation system responsible for "
            "23.1% and other causes such as weather for {}%.")
    _only_wrong_flagged(text, "14.9", "4.9", date(2014, 8, 12), OVER)


def test_a_count_between_two_shares_that_is_no_whole_of_the_first_ends_the_list():
    # "43.9% in 2014, 7.76 million minutes" is no share "of" that count: the gap keeps it
    text = ("Late aircraft caused 43.9% of delays in 2014 and 7.76 million minutes, while the "
            "carriers' own share fell to 60% from 62%.")
    assert "shares-over-100" not in rules(text, date(2014, 8, 12))


# -- ranks over rises -------------------------------------------------------------------------------

def test_a_rise_said_to_be_the_most_in_the_future_tense_outranks_the_next():
    text = ("Midlothian will grow the most, by {}%. East Lothian is next at 8.6%, followed by "
            "Edinburgh with 7.7% and East Renfrewshire with 7.6%.")
    _only_wrong_flagged(text, "8.3", "13.3", date(2018, 3, 29), RANK)


def test_the_next_place_after_the_largest_rise_may_not_be_larger():
    text = ("Midlothian will grow the most, by 13.3%. East Lothian is next at {}%, followed by "
            "Edinburgh with 7.7%.")
    _only_wrong_flagged(text, "14.6", "8.6", date(2018, 3, 29), RANK)


def test_places_that_followed_each_at_one_rate():
    text = ("The North West showed the strongest growth, with prices up 6.5% to £160,000. The "
            "East of England, the East Midlands and the South West followed, each at {}%.")
    _only_wrong_flagged(text, "6.9", "6.4", date(2017, 10, 17), RANK)


def test_the_largest_rise_said_after_its_figure():
    text = ("House prices in Wales rose {}% in the year to the final quarter of 2003, the "
            "largest rise of any region, according to the Land Registry. Prices in the North "
            "West rose 20.4%.")
    _only_wrong_flagged(text, "19.6", "24.6", date(2004, 2, 3), RANK)


# -- a share named by its holder's possessive -------------------------------------------------------

def test_a_share_named_by_its_holder_is_of_the_total_in_its_sentence():
    text = ("Arsenal earned £100,952,257 from the Premier League, more than any other club.\n\n"
            "Bottom club Aston Villa still received £66,622,215.\n\n"
            "The league shared out £1,638,805,918 in all, so Arsenal's payment was about {}% "
            "of the total.")
    _only_wrong_flagged(text, "8.2", "6.2", PL16, ARITH)


def test_the_elided_share_after_it_is_of_the_same_whole():
    text = ("Arsenal earned £100,952,257 from the Premier League, more than any other club.\n\n"
            "Bottom club Aston Villa still received £66,622,215.\n\n"
            "The league shared out £1,638,805,918 in all, so Arsenal's payment was about 6.2% "
            "of the total and Villa's about {}%.")
    _only_wrong_flagged(text, "5.1", "4.1", PL16, ARITH)


def test_a_share_of_the_named_total_a_paragraph_after_its_whole_and_part():
    text = ("The Premier League paid out £2.398 billion to its 20 clubs for the 2016-17 season. "
            "Champions Chelsea received the most, £150.8m, and bottom club Sunderland "
            "£93.4m.\n\nChelsea's payment was about {} per cent of the league's total, "
            "Sunderland's about 3.9 per cent.")
    _only_wrong_flagged(text, "7.3", "6.3", date(2017, 6, 2), ARITH)


def test_a_possessive_share_with_no_whole_named_is_left_unread():
    # no "of the total": what Villa's share is of is not said, so it is not set against a total
    text = ("The league shared out £1,638,805,918 in all. Bottom club Aston Villa received "
            "£66,622,215.\n\nVilla's payment was about 9% higher than a year earlier.")
    assert "wrong-arithmetic" not in rules(text, PL16)


# -- a count of the change just named ------------------------------------------------------------

def test_of_the_increase_a_count_is_a_portion_of_the_amount_of_change():
    text = ("Moray's population rose by 5,267 between 2006 and 2016, to reach 96,070 last "
            "June.\n\nOf the increase, {} people moved to the area from elsewhere; the rest was "
            "natural growth.")
    _only_wrong_flagged(text, "5,441", "3,441", date(2017, 4, 28),
                        frozenset({"parts-exceed-total"}))


def test_a_crew_of_n_after_including_is_a_portion_of_those_on_board():
    text = ("An Egyptian ferry carrying 1,318 people, including a crew of {}, sank in the Red "
            "Sea early on Friday.")
    _only_wrong_flagged(text, "1,396", "96", date(2006, 2, 3),
                        frozenset({"parts-exceed-total"}))


def test_the_other_n_after_a_portion_is_the_rest_of_its_whole():
    text = ("A Russian cargo ship sank in the western Pacific on Monday. It had a crew of 18."
            "\n\nOf them, 11 have now been found alive, six of them by South Korean rescuers on "
            "Wednesday. The search continues for the other {}.")
    _only_wrong_flagged(text, "nine", "seven", date(2006, 10, 25), ARITH)


def test_the_other_n_after_two_portions_of_one_whole_is_not_the_rest_of_the_first():
    # 18 less 11 found alive and two found dead leaves five: not set against 18 - 11 = 7
    text = ("It had a crew of 18. Of them, 11 were found alive and two were found dead. The "
            "search continues for the other five.")
    assert "wrong-arithmetic" not in rules(text, date(2006, 10, 25))


def test_the_remaining_n_after_a_list_is_no_rest_of_its_first_portion():
    # guards' false alarms: 495 is what 1,380, 1,042 and 538 leave of 3,455, not 3,455 - 1,380
    text = ("Of 3,455 first-preference votes, the Conservatives won 1,380 (39.9%), 338 more than "
            "the SNP's 1,042 (30.2%). The Liberal Democrats had 538 (15.6%), and the remaining "
            "495 were shared by two independents, the Greens and Labour.")
    assert "wrong-arithmetic" not in rules(text, date(2021, 3, 12))
    # ... nor is "the other three" a rest when other counts stand between
    text = ("Insurers have received more than 65,000 claims from four catastrophes declared "
            "across three states. The Queensland floods account for 53,711 claims; the other "
            "three catastrophes make up the rest.")
    assert "wrong-arithmetic" not in rules(text, date(2013, 2, 8))


def test_a_bare_for_after_a_share_of_its_own_verb_keeps_the_joint_share_read():
    # the label gap takes "for" only after examples or "responsible": this sum stays read
    text = ("Violence against the person accounted for 31% of the backlog, sexual offences for "
            "17% and drug offences for 14%: together, {}% of all open cases.")
    _only_wrong_flagged(text, "68", "62", date(2025, 9, 25),
                        frozenset({"wrong-arithmetic", "list-sum-mismatch"}))
