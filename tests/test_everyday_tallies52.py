"""Everyday copy, the e52 round (issue 11, recall): votes of a body against its stated size,
years set against another year's figure, rankings whose first place stands a paragraph before
("the world's busiest ... // second place with") or whose place is said after the figure
("pushing Dubai, on 86.4 million, down to fourth"), and a place's figure "alone" inside the
figure before it. Our own sentences with real figures (Bank of England, Federal Reserve and US
Supreme Court votes, US wildfires, ACI airport traffic, Volkswagen Group deliveries). Each
mechanism is checked on a clean text (no flag) and on the same construction with one planted
error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, rules

_DAY = date(2019, 11, 7)


# -- a vote's tally against the body's size: tallies.py ---------------------------------------

_MPC = ("The Bank of England's nine-member Monetary Policy Committee voted 7-2 to hold Bank Rate "
        "at 0.75% on Thursday.")


def test_a_tally_in_digits_is_two_counts_of_the_body_size():
    assert rules(_MPC, _DAY) == []
    assert "parts-exceed-total" in rules(_MPC.replace("7-2", "7-3"), _DAY)
    got = {c.text: c for c in claims(_MPC, _DAY)}
    assert got["7"].role == got["2"].role == "portion"
    assert got["7"].group == got["nine"].id


def test_a_tally_in_words_with_an_absence_is_held_to_the_size():
    text = ("The Federal Open Market Committee, which has 12 voting members, backed the decision "
            "by nine votes to two, with one member absent.")
    assert rules(text, _DAY) == []
    assert "parts-exceed-total" in rules(text.replace("nine votes", "ten votes"), _DAY)


def test_a_tally_before_the_size_in_the_next_paragraph():
    text = ("The Supreme Court voted 6-3 on Friday to uphold the state's ban.\n\n"
            "On the wider question the nine justices split 5-4.")
    assert rules(text, _DAY) == []
    assert "parts-exceed-total" in rules(text.replace("6-3", "6-4"), _DAY)
    assert "parts-exceed-total" in rules(text.replace("5-4", "6-4"), _DAY)


def test_a_tally_to_none_and_one_said_in_words():
    text = ("The nine-member committee voted 7-2 to hold rates.\n\n"
            "It kept its bond purchases at £435 billion by nine votes to none.")
    assert rules(text, _DAY) == []
    assert "parts-exceed-total" in rules(text.replace("to none", "to one"), _DAY)


def test_a_score_and_a_size_of_no_body_are_no_tally():
    text = "City beat United 7-2 at home. The 12 players who started were all fit."
    assert all(c.role != "portion" for c in claims(text, _DAY))
    assert rules(text, _DAY) == []


# -- years set against another year's figure: years_against.py --------------------------------

_FIRES = ("Wildfires burned 4,628,275 acres across the United States in 2019.\n\n"
          "There were 49,661 fires, down from 58,083 in 2018, when 8,767,492 acres burned. Both "
          "years were well below 2015, when almost 10 million acres burned, but far above 2010, "
          "when 3.4 million acres burned.")


def test_both_years_below_and_above_other_years():
    day = date(2020, 1, 9)
    assert rules(_FIRES, day) == []
    assert "wrong-arithmetic" in rules(_FIRES.replace("almost 10 million", "almost 7 million"),
                                       day)
    assert "wrong-arithmetic" in rules(_FIRES.replace("3.4 million", "5.4 million"), day)


# -- rankings across paragraphs and places said after the figure: ranks.py --------------------

_AIRPORTS = ("Atlanta remained the world's busiest airport in 2019, handling 110.5 million "
             "passengers.\n\nBeijing Capital kept second place with 100.0 million.\n\n"
             "Los Angeles rose to third with 88.1 million, pushing Dubai, on 86.4 million, down "
             "to fourth.")


def test_the_leader_a_paragraph_before_the_second_place():
    day = date(2020, 4, 20)
    assert rules(_AIRPORTS, day) == []
    assert "wrong-rank" in rules(_AIRPORTS.replace("100.0 million", "112.0 million"), day)


def test_a_place_said_after_its_figure():
    day = date(2020, 4, 20)
    assert "wrong-rank" in rules(_AIRPORTS.replace("86.4 million", "89.4 million"), day)


# -- a place's figure "alone" inside the figure before it: sub_portions.py --------------------

def test_a_figure_alone_is_a_portion_of_the_one_before_not_a_sibling():
    text = ("Volkswagen Group delivered 10.3 million vehicles in 2016. The Asia-Pacific region "
            "took more than 4.3 million of them, almost 4 million in China alone. Europe "
            "accounted for 4.2 million.")
    day = date(2017, 1, 10)
    assert rules(text, day) == []
    got = {c.text: c for c in claims(text, day)}
    assert got["almost 4 million"].role == "portion"
    assert got["almost 4 million"].group == got["more than 4.3 million"].id


# -- the rest of a whole as a sentence's only figure: relations._the_rest_after_portions -------

_SEATS = ("All 650 seats in the House of Commons had been declared by Friday lunchtime.\n\n"
          "The Conservatives won 365 seats, Labour 203, the Scottish National Party 48 and the "
          "Liberal Democrats 11. Parties from Northern Ireland, Plaid Cymru, the Greens and the "
          "Speaker took the remaining 23.")


def test_the_remaining_seats_complete_the_chamber():
    day = date(2019, 12, 13)
    assert rules(_SEATS, day) == []
    assert "parts-exceed-total" in rules(_SEATS.replace("remaining 23", "remaining 33"), day)
    got = {c.text: c for c in claims(_SEATS, day)}
    assert got["23"].role == "part" and got["23"].group == got["650"].id


# -- a group's brands listed a paragraph after its total: part_lists.py ------------------------

_VW = ("Volkswagen Group delivered 10.3 million vehicles worldwide in 2016.\n\n"
       "The Asia-Pacific region took more than 4.3 million of them. Europe accounted for 4.2 "
       "million.\n\n"
       "The Volkswagen brand delivered 5.99 million cars, Audi 1.87 million, Skoda 1.13 million, "
       "Seat 410,200 and Porsche 237,800.")


def test_a_brand_list_a_paragraph_after_the_group_total():
    day = date(2017, 1, 10)
    assert rules(_VW, day) == []
    assert "parts-exceed-total" in rules(_VW.replace("Audi 1.87", "Audi 2.87"), day)


def test_a_list_of_rivals_is_no_list_of_parts():
    text = ("Toyota sold 11.2 million vehicles in 2023.\n\n"
            "Volkswagen sold 9.2 million, Hyundai 7.3 million and General Motors 6.2 million.")
    day = date(2024, 1, 30)
    assert rules(text, day) == []
    assert all(c.role != "portion" for c in claims(text, day))


def test_a_tally_after_a_change_verb_stays_a_tally():
    text = ("The nine members of the Monetary Policy Committee could not agree at first. In "
            "the second vote the committee backed the cut by five votes to four.")
    day = date(2025, 8, 7)
    assert rules(text, day) == []
    assert "parts-exceed-total" in rules(text.replace("five votes", "six votes"), day)


def test_the_rest_in_the_sentence_of_n_of_the_m():
    text = ("Twelve of the 19 officials expect one more rise this year, while the remaining "
            "seven would hold rates where they are.")
    day = date(2023, 9, 20)
    assert rules(text, day) == []
    assert "parts-exceed-total" in rules(text.replace("remaining seven", "remaining eight"),
                                         day)
