"""Everyday copy, the e104 probe (issue 11): housing, tourism, courts and crime, council finance
and culture. The first run's false alarms and the readings it now makes: a factor whose sentence
goes on to another clause ("a sixfold increase, while gross lending edged up from £19.1bn to
£19.7bn") is no multiple of that clause's figures, and a "from A to B" pair of its own is no
value compared with the sentence's earlier figure; a ranking of offences ("the most common
offence, with 19,328 cases, followed by stealing with 18,534") holds no whole of the regions
ranked after it; a factor after a "from A to B" pair is a multiple of the pair; "or £34.07 a year
more" is an amount of the change before it; "$4,891 behind Adelaide's median of $802,075" is a
gap like "below". Our own sentences with the real figures; each on a clean text (no flag) and,
where it checks, on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

_SEP23 = date(2023, 9, 29)
_JAN25 = date(2025, 1, 30)
_FEB22 = date(2022, 2, 8)
_OCT24 = date(2024, 10, 1)

_LENDING = ("# Mortgages\n\nNet mortgage borrowing rose from £200m in July to £1.2bn in August, a "
            "sixfold increase, while gross lending edged up from £19.1bn to £19.7bn.\n")


def test_a_factor_takes_no_figures_of_the_clause_after_it():
    assert rules(_LENDING, _SEP23) == []


def test_a_factor_after_a_from_to_pair_is_a_multiple_of_the_pair():
    assert "wrong-arithmetic" in rules(_LENDING.replace("sixfold", "fourfold"), _SEP23)
    # (the later clause's own pair is still read as a pair, not against the first one)
    assert rules(_LENDING.replace("£19.7bn", "£18.7bn"), _SEP23) == []


def test_a_factor_before_a_pair_in_its_own_clause_still_multiplies_it():
    text = ("# Profit\n\nFirst-quarter net profit almost halved, falling to £350m from £670m.\n")
    assert rules(text, _SEP23) == []
    assert "wrong-arithmetic" in rules(text.replace("£670m", "£370m"), _SEP23)


_CRIME = ("# Crime\n\nCriminal cases reported to police in Kenya rose 19 per cent to 104,842 in "
          "2023 from 88,083 in 2022.\n\nAssault was the most common offence, with 19,328 cases, "
          "followed by stealing with 18,534.\n\nThe Rift Valley region recorded the most crime, "
          "23,481 cases, followed by Eastern with 20,423 and Central with 19,196. Kiambu led the "
          "counties with 9,532 cases, ahead of Meru with 6,037.\n")


def test_a_ranked_offence_count_is_no_whole_of_the_regions():
    # (the place names are not the war gazetteer's: place-name-near-miss is an info)
    assert "parts-exceed-total" not in rules(_CRIME, _JAN25)


def test_a_country_total_still_bounds_its_places():
    text = ("# Dengue\n\nMalaysia recorded 72,356 dengue cases last year.\n\nSelangor had the "
            "most cases, with 40,849, followed by Kuala Lumpur with 8,794 and Johor with 6,057.\n")
    assert "parts-exceed-total" not in rules(text, _JAN25)
    assert "parts-exceed-total" in rules(text.replace("40,849", "70,849"), _JAN25)


_BILL = ("# Council tax\n\nA band D household would pay £1,396.04, up from £1,361.97, or £34.07 "
         "a year more.\n")


def test_an_amount_said_for_a_year_before_more_is_the_change():
    assert rules(_BILL, _FEB22) == []
    assert "wrong-arithmetic" in rules(_BILL.replace("£34.07", "£43.07"), _FEB22)


_MEDIANS = ("# Home values\n\nPerth's median home value climbed to $797,184, $4,891 behind "
            "Adelaide's median of $802,075.\n")


def test_behind_and_ahead_of_are_gaps_like_below_and_above():
    assert rules(_MEDIANS, _OCT24) == []
    assert "wrong-arithmetic" in rules(_MEDIANS.replace("$4,891", "$5,891"), _OCT24)
    ahead = ("# Home values\n\nAdelaide's median climbed to $802,075, $4,891 ahead of Perth's "
             "median of $797,184.\n")
    assert rules(ahead, _OCT24) == []
    assert "wrong-arithmetic" in rules(ahead.replace("$4,891", "$5,891"), _OCT24)


def test_a_years_worth_of_a_weekly_rise_is_no_amount_of_the_weekly_levels():
    text = ("# Pensions\n\nThe full new state pension rose 4.1% to £230.25 a week from £221.20. The "
            "basic state pension went up to £176.45 from £169.50, or about £360 a year more.\n")
    assert rules(text, date(2025, 4, 7)) == []
