"""Everyday copy, everyday97's blind probe (issue 11): culture, technology, tourism and
aviation, courts and charities. The first run gave one false flag and missed planted errors
whose causes are general: a film's net first week ("nets Rs 26.80 crore") read as the gross
takings of its opening weekend restated; "The other 517" after "353 of them" left unread (only
"remaining" and "left" were looked for); the market shares of several firms, each in its own
sentence, never grouped as shares of one market; the second portion of an "of whom" breakdown
lost after the first one's change; "That is about one in seven" after a part and its whole;
"doubled its first gift of $1 million to $2 million"; and ", an increase of about 8.5 per cent"
after "$6.1 million more than last year's $71.4 million". Our own sentences with the real
figures; each mechanism on a clean text (no flag) and on the same text with an error (flagged),
and where a reading must not be made, a text that keeps it open."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_JUN19 = date(2019, 5, 31)
_MAR21 = date(2021, 7, 22)
_AUG21 = date(2021, 10, 15)
_APR17 = date(2017, 5, 25)
_JUN25 = date(2025, 6, 26)
_OCT13 = date(2013, 10, 20)
_OCT21 = date(2021, 10, 13)


# -- a film's net first week is not the gross takings of its weekend --------------------------

_ALADDIN = ("# Aladdin nets Rs 30.15 crore in its first week\n\nThe dubbed and English versions "
            "of Aladdin netted Rs 30.15 crore at Indian cinemas in the film's first week.\n\n"
            "It took Rs 18 crore over the opening weekend, Rs 4.15 crore on Friday, Rs 6.35 "
            "crore on Saturday and Rs 7.50 crore on Sunday.\n")


def test_a_net_week_is_not_restated_by_a_weekends_takings():
    got = rules(_ALADDIN, _JUN19)
    assert "restated-figure-mismatch" not in got
    cs = claims(_ALADDIN, _JUN19)
    assert {c.measure for c in cs if c.text == "Rs 30.15 crore"} == {"net takings"}


def test_a_net_week_restated_wrongly_is_still_caught():
    got = rules(_ALADDIN.replace("nets Rs 30.15 crore", "nets Rs 36.15 crore"), _JUN19)
    assert "restated-figure-mismatch" in got or "conflicting-figures" in got


# -- "the other" rest of a whole and its part ------------------------------------------------

_TRIALS = ("# Court backlog\n\nThe high courts had 870 criminal trials outstanding at the end "
           "of March, and 353 of them had been on the roll for more than a year.\n\nThe other "
           "517 were newer.\n")


def test_the_other_rest_is_the_whole_less_its_part():
    assert rules(_TRIALS, _OCT21) == []
    assert "wrong-arithmetic" in rules(_TRIALS.replace("The other 517", "The other 617"), _OCT21)


# -- market shares of several firms said apart -----------------------------------------------

_VOICE = ("# Voice subscriptions dip\n\nMobile voice subscriptions in Ghana fell 0.81 per cent "
          "in August to 41,486,196.\n\nMTN Ghana recorded over 23.4 million subscriptions, "
          "for a market share of 56.96 per cent. Vodafone had 9.4 million and held 22.86 per "
          "cent of the market.\n\nAirtelTigo slipped to 7.4 million, a share of 18.12 per cent. "
          "Glo grew from 836,198 to 845,326 and held 2.05 per cent of the market.\n")


def test_market_shares_said_apart_are_shares_of_one_market():
    assert rules(_VOICE, _AUG21) == []
    assert "shares-over-100" in rules(_VOICE.replace("56.96", "66.96"), _AUG21)


def test_shares_of_two_named_markets_are_not_added_up():
    text = ("# Shares\n\nMTN held 56.96 per cent of the voice market in August. Vodafone held "
            "60 per cent of the fixed broadband market.\n")
    assert "shares-over-100" not in rules(text, _AUG21)


def test_shares_of_two_places_markets_are_not_added_up():
    for text in ("# Phones\n\nApple has a market share of 60 per cent in Japan. Samsung has a "
                 "market share of 50 per cent in South Korea.\n",
                 "# Phones\n\nIn Japan, Apple has a market share of 60 per cent. In South "
                 "Korea, Samsung has a market share of 50 per cent.\n"):
        assert "shares-over-100" not in rules(text, _AUG21)


def test_one_market_split_two_ways_is_not_one_list_of_shares():
    text = ("# Car market\n\nFord came second with 144,072 cars, a 7.57% share, and Audi third "
            "with 137,485, or 7.22%.\n\nFleet buyers took 1,041,350 cars for 54.7% of the "
            "market. Private buyers registered 817,673, a 43.0% share, and businesses 44,031, "
            "or 2.3%.\n")
    assert "shares-over-100" not in rules(text, date(2024, 1, 5))


def test_a_firm_with_two_shares_is_left_out_of_the_market():
    text = ("# Shares\n\nMTN's market share was 56.48 per cent in March. Vodafone held 21.53 "
            "per cent of the market. Vodafone also held 60 per cent of the market for data.\n")
    assert "shares-over-100" not in rules(text, _MAR21)


# -- an "of whom" breakdown whose portions each carry a change --------------------------------

_LONG_HAUL = ("# Air New Zealand\n\nLong-haul passengers rose 3.2 per cent to 153,000 in "
              "April, of whom 92,000 flew to North America and Britain, down 0.7 per cent, and "
              "61,000 to Asia, Japan and Singapore, down 1.2 per cent.\n")


def test_each_portion_after_of_whom_belongs_to_the_whole():
    assert rules(_LONG_HAUL, _APR17) == []
    cs = claims(_LONG_HAUL, _APR17)
    assert find(cs, "61,000").role == "portion"
    got = rules(_LONG_HAUL.replace("61,000 to Asia", "81,000 to Asia"), _APR17)
    assert "parts-exceed-total" in got or "list-sum-mismatch" in got


# -- "That is about one in seven" --------------------------------------------------------------

_LATE = ("# Backlog\n\nOf the 870 criminal trials outstanding in the high courts, 353 had "
         "been on the roll for more than a year. That is about four in ten.\n")


def test_that_is_one_in_n_is_the_part_over_its_whole():
    assert rules(_LATE, _OCT21) == []
    assert "wrong-arithmetic" in rules(_LATE.replace("four in ten", "six in ten"), _OCT21)


def test_that_is_after_two_parts_is_left_open():
    text = ("# Judgments\n\nOf the 1,602 judgments reserved, 223 were late and 310 were "
            "delivered within a month. That is about one in four.\n")
    assert "wrong-arithmetic" not in rules(text, _JUN25)


# -- a multiple's verb with the earlier value after "of" ---------------------------------------

_GIFTS = ("# Telethon\n\nCrown Perth doubled its first gift of $1 million to $2 million, and "
          "James Packer added a personal cheque for $500,000.\n")


def test_doubled_its_gift_of_a_to_b():
    assert rules(_GIFTS, _OCT13) == []
    assert "wrong-arithmetic" in rules(_GIFTS.replace("to $2 million", "to $3 million"), _OCT13)


# -- a percentage in apposition after a move between two levels --------------------------------

_TOTAL = ("# Telethon record\n\nThis year's Telethon raised $20.7 million, $3.9 million more "
          "than last year's $16.8 million, an increase of about 23 per cent.\n")


def test_a_percent_in_apposition_restates_the_move():
    assert rules(_TOTAL, _OCT13) == []
    assert "wrong-arithmetic" in rules(_TOTAL.replace("about 23 per cent", "about 33 per cent"),
                                       _OCT13)
