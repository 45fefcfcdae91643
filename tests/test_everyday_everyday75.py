"""Everyday copy, the e75 round (issue 11): parts and totals. Votes "for" each side split their
whole (no criteria that overlap); "N of those seats" counts the nearer part it points back to;
a table of parties after a colon ("Labour 23, Conservatives 20, ...") is read item by item and
held out of the body named by its size; a figure's "made up of" list with long descriptions,
also under "That figure" and for a figure that is itself a portion (a nested breakdown); a
threshold ("the 326 seats needed for a majority") is no restated level. Our own sentences with
real figures; each mechanism on a clean text (no flag) and with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_JUN16 = date(2016, 6, 24)
_MAY12 = date(2012, 5, 4)
_MAY19 = date(2019, 5, 3)
_AUG16 = date(2016, 8, 30)
_AUG17 = date(2017, 8, 21)
_JUL24 = date(2024, 7, 6)


# -- votes for each side of a referendum ------------------------------------------------------

_VOTES = ("Britain has voted to leave the European Union. Of the 33,551,983 valid votes cast, "
          "17,410,742 were for Leave and 16,141,241 for Remain.\n")


def test_votes_for_each_side_are_one_breakdown():
    assert rules(_VOTES, _JUN16) == []
    remain = find(claims(_VOTES, _JUN16), "16,141,241")
    assert remain.role == "portion"     # (a capital "Remain" is the side, no later state)


def test_votes_for_sides_over_the_valid_votes_flagged():
    assert "parts-exceed-total" in rules(_VOTES.replace("17,410,742", "18,410,742"), _JUN16)


def test_lower_case_remain_is_still_a_later_state():
    text = "The storm cut power to 2.4 million homes. On Tuesday 900,000 homes remain without it.\n"
    assert find(claims(text, _JUN16), "900,000").role == "update"


# -- "N of those seats" after a part of the council ----------------------------------------------

_BASINGSTOKE = ("The Conservatives kept control of Basingstoke and Deane, where 21 of the "
                "council's 60 seats were contested this year.\n\n"
                "They won 10 of those seats, Labour 8, the Liberal Democrats 2 and "
                "independents 1.\n\n"
                "The Conservatives now hold 32 seats on the council, against 14 for Labour, 11 "
                "for the Liberal Democrats and 3 for independents.\n")


def test_of_those_counts_the_contested_seats():
    cs = claims(_BASINGSTOKE, _MAY12)
    assert find(cs, "10").group == find(cs, "21").id
    assert find(cs, "8").value == 8     # "Labour 8" after "10 of those seats" is read
    assert rules(_BASINGSTOKE, _MAY12) == []


def test_named_siblings_after_of_those_over_the_contested_seats_flagged():
    assert "parts-exceed-total" in rules(_BASINGSTOKE.replace("Labour 8", "Labour 12"), _MAY12)


def test_a_compared_figure_after_a_portion_is_no_sibling():
    text = ("Of the 40 seats contested, Labour won 25 of those seats, up from 19 in 2021.\n")
    assert rules(text, _MAY12) == []


# -- a table of parties after a colon -----------------------------------------------------------

_BOLTON = ("Labour lost control of Bolton Council on Friday after losing seven seats, leaving no "
           "party with a majority on the 60-seat council.\n\n"
           "The council's new make-up: Labour 23, Conservatives 20, Liberal Democrats six, "
           "Farnworth and Kearsley First five, UKIP three, Horwich and Blackrod First two and "
           "one independent.\n")


def test_party_table_after_a_colon_is_read():
    cs = claims(_BOLTON, _MAY19)
    assert find(cs, "20").value == 20
    assert rules(_BOLTON, _MAY19) == []


def test_party_table_over_the_council_flagged():
    assert "parts-exceed-total" in rules(_BOLTON.replace("Conservatives 20", "Conservatives 24"),
                                         _MAY19)


def test_product_names_after_a_colon_stay_names():
    text = "The bundle costs $99: Windows 10 and a copy of the game.\n"
    assert all(c.value != 10 for c in claims(text, _MAY19))


# -- "made up of", nested breakdowns ------------------------------------------------------------

_UCAS16 = ("A total of 493,100 people have been placed on full-time courses at UK universities "
           "so far this year, Ucas said on Tuesday.\n\n"
           "Of them, 48,120 found their place through Clearing. That figure is made up of "
           "39,850 people who had applied through the main Ucas scheme and 8,270 who applied "
           "directly to Clearing after the 30 June deadline.\n")
_UCAS17 = ("Since A-level results day a further 45,550 have had their places confirmed. They "
           "include 33,750 people accepted through Clearing.\n\n"
           "The Clearing figure is made up of 28,270 people who first applied through the main "
           "scheme and 5,480 who applied straight to Clearing after the deadline.\n")


def test_nested_breakdown_of_a_portion():
    assert rules(_UCAS16, _AUG16) == []
    got = rules(_UCAS16.replace("39,850", "41,850"), _AUG16)
    assert "parts-exceed-total" in got


def test_made_up_of_parts_are_no_restatement():
    assert rules(_UCAS17, _AUG17) == []     # (28,270 was read as restating 33,750)
    assert "parts-exceed-total" in rules(_UCAS17.replace("28,270", "31,270"), _AUG17)


# -- a threshold is no level --------------------------------------------------------------------

def test_seats_needed_for_a_majority_is_no_restatement():
    text = ("Labour won 411 of the 650 seats.\n\n"
            "It passed the 326 seats needed for a majority with ease.\n")
    assert rules(text, _JUL24) == []
    assert find(claims(text, _JUL24), "326").role == "compared"


# -- a portion split by the list after its colon ------------------------------------------------

_STAFF = ("The publisher employed 31,000 people at the end of 2017.\n\n"
          "Its four businesses accounted for 30,200 of them: 10,600 in legal, 8,100 in risk, "
          "7,500 in scientific publishing and 4,000 in exhibitions.\n")


def test_list_after_a_portion_makes_the_portion():
    assert rules(_STAFF, date(2018, 2, 15)) == []
    got = rules(_STAFF.replace("10,600 in legal", "11,600 in legal"), date(2018, 2, 15))
    assert "parts-exceed-total" in got


def test_including_after_a_portion_need_not_make_it():
    text = ("The publisher employed 31,000 people at the end of 2017.\n\n"
            "Its businesses accounted for 30,200 of them, including 10,600 in legal and 8,100 "
            "in risk.\n")
    assert rules(text, date(2018, 2, 15)) == []
