"""Everyday copy, the lead29 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (rail statistics, hospital waiting
lists, harvests, public borrowing, rents, world tourism). Our own sentences with the real
figures. Each mechanism is checked on a clean text (no flag) and on the same text with an
error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_MAR26 = date(2026, 3, 12)
_OCT16 = date(2016, 10, 13)
_JAN24 = date(2024, 1, 25)
_OCT24 = date(2024, 10, 22)
_AUG23 = date(2023, 8, 22)
_AUG18 = date(2018, 8, 28)

_WAITING = ("The waiting list fell by 43,000 in January to an estimated 7.25 million treatments. "
            "They relate to 6.13 million patients, down from 6.17 million at the end of "
            "December.\n\nIt is the lowest level since February 2023, when the list stood at "
            "7.22 million, and is 520,000 below the record 7.77 million of September 2023.")


# -- "It is the lowest since ..., when ..." after a sentence on "They" -------------------------

def test_a_singular_it_after_they_names_no_level_of_that_sentence():
    # (the record "since February 2023" is the list's, not the 6.13 million patients')
    assert "wrong-rank" not in rules(_WAITING, _MAR26)


def test_a_gap_after_a_when_clause_describes_the_subject_not_the_clause():
    # (the 520,000 is the list's gap to the record, never 7.77 million less the 7.22 million
    # of the "when" clause)
    assert "wrong-arithmetic" not in rules(_WAITING, _MAR26)
    text = "Sales hit 500, the highest since 2019, when they were 480, and are 30 below the 530 target."
    assert "wrong-arithmetic" not in rules(text, _MAR26)
    assert "wrong-arithmetic" in rules(text.replace("are 30 below", "are 60 below"), _MAR26)


# -- "to 14.5m tonnes, from 16.4m": the earlier level is millions of tonnes ----------------------

def test_a_bare_m_after_from_takes_the_unit_of_the_level_before():
    cs = claims("Wheat fell 12% to 14.5m tonnes, from 16.4m.", _OCT16)
    earlier = find(cs, "16.4m")
    assert earlier.unit == "metric_ton" and round(earlier.value) == 16_400_000
    assert find(claims("The tower is 16.4m tall.", _OCT16), "16.4m").unit == "meter"
    text = "Wheat, the largest crop, fell 12% to 14.5m tonnes, from 16.4m."
    assert "wrong-arithmetic" not in rules(text, _OCT16)
    assert "wrong-arithmetic" in rules(text.replace("14.5m", "15.5m"), _OCT16)


# -- "That is still N% fewer than ...", "The total was N above ..." ----------------------------

def test_that_is_still_describes_the_level_of_the_sentence_before():
    text = ("Passengers made 1,385 million rail journeys in the year to March 2023. That is "
            "still 20.4% fewer than the 1,740 million made in the year to March 2020.")
    assert "wrong-arithmetic" not in rules(text, _JAN24)
    assert "wrong-arithmetic" in rules(text.replace("1,740", "1,470"), _JAN24)


def test_the_total_was_describes_the_level_of_the_sentence_before():
    text = ("The government borrowed £16.6bn in September.\n\nThe total was £1.5bn above the "
            "£15.1bn the Office for Budget Responsibility had forecast.")
    assert "wrong-arithmetic" not in rules(text, _OCT24)
    assert "wrong-arithmetic" in rules(text.replace("£1.5bn above", "£2.5bn above"), _OCT24)


def test_the_total_after_a_breakdown_names_none_of_its_parts():
    text = ("The number held has reached a record 81,135. Of those, 80,803 were in prisons and "
            "332 in police cells.\n\nThe total is 95 above the previous high of 81,040.")
    assert "wrong-arithmetic" not in rules(text, date(2007, 9, 28))


def test_a_second_amount_after_but_with_no_comma():
    text = ("Borrowing in the first four months reached £56.6bn. That was £13.7bn more than in "
            "the same period last year but £11.3bn less than the £68bn the OBR had forecast.")
    assert "wrong-arithmetic" not in rules(text, _AUG23)
    assert "wrong-arithmetic" in rules(text.replace("£11.3bn less", "£21.3bn less"), _AUG23)


# -- "reached A in 2017, up 7% or 84 million": the amount is the change's, no level ---------------

def test_a_level_with_its_year_then_percent_or_amount():
    text = ("International tourist arrivals reached a record 1,323 million in 2017, up 7% or 84 "
            "million on the year before.\n\nEurope received 671 million of them, just over half "
            "of the total.")
    assert rules(text, _AUG18) == []
    assert "wrong-arithmetic" in rules(text.replace("or 84 million", "or 48 million"), _AUG18)


# -- ranks and averages of the football crowds draft --------------------------------------------

_AUG06 = date(2006, 8, 18)


def test_a_place_held_with_an_average_of():
    text = ("Manchester United averaged 68,764, the highest in the league. Newcastle were second "
            "with an average of 52,032 and Liverpool third with 44,236.")
    assert "wrong-rank" not in rules(text, _AUG06)
    assert "wrong-rank" in rules(text.replace("44,236", "54,236"), _AUG06)


def test_an_average_of_a_total_over_the_count_of_its_sentence():
    text = ("Manchester United drew 1,306,528 fans to their 19 home league games last season, an "
            "average of 68,764, the highest in the Premier League.")
    assert "wrong-arithmetic" not in rules(text, _AUG06)
    assert "wrong-arithmetic" in rules(text.replace("68,764", "86,764"), _AUG06)
    # (two counts before it: which one it is over the words leave open, and 68,764 is the
    # 19 games' average)
    two = ("The club drew 1,306,528 fans to 19 home games and 4 cup ties last season, an "
           "average of 68,764.")
    assert "wrong-arithmetic" not in rules(two, _AUG06)
