"""Everyday copy, the e56 drafts (issue 11): the first run on copy of thin domains (vaccine
trials, sea ice, emissions, power prices, elections abroad, a title season, exam results,
rents) gave false flags whose causes are general: a sentence's opening frame ("Within
England,") taken for the subject of the places after it, a bracketed rate not given the place
before its bracket, a "where" clause's figure not given the place it follows, a level of a year
further back ("against 7.7% in 2019") read as the earlier value of a change of one year, a gap
worked out between counts of different things ("32 ... games", "106 goals"), "N (X%) of M" and
"N (X%) of those given ..." worked out against the wrong whole, a group a participle sets
apart ("the 48 rings offered the vaccine") read as the whole group, the other parties' seats
read as parts of one party's, and a price that leaves out its rate's "per megawatt-hour" in a
change ("fell 75% to $34 per megawatt-hour from $138"). Our own sentences with the real
figures; each mechanism on a clean text (no flag) and, where it reads a relation, on the same
text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_FEB25 = date(2025, 2, 19)
_AUG24 = date(2024, 8, 15)
_MAY18 = date(2018, 5, 13)
_JUL15 = date(2015, 7, 31)
_AUG09 = date(2009, 8, 13)
_SEP14 = date(2014, 9, 15)
_JAN17 = date(2017, 1, 11)


# -- places: an opening frame, a bracket, a "where" clause -------------------------------

_RENTS = ("# Rents\n\nThe average monthly rent reached £1,375 in England (up 8.8%), £780 in "
          "Wales (8.4%) and £995 in Scotland (6.2%). Within England, rents rose fastest in "
          "London, by 11.0%, and slowest in Yorkshire and the Humber, at 5.3%.\n\nHouse prices "
          "rose 4.6% in the year to December to an average of £268,000. Prices were £291,000 in "
          "England (up 4.3%), £208,000 in Wales (3.0%) and £189,000 in Scotland, where the rise "
          "of 6.9% was 2.3 points above the UK rate.\n")


def test_a_bracketed_rate_is_of_the_place_before_its_bracket():
    cs = claims(_RENTS, _FEB25)
    assert find(cs, "8.4%").subject == "wales"
    assert find(cs, "6.2%").subject == "scotland"


def test_an_opening_frame_is_no_subject_of_the_places_after_it():
    cs = claims(_RENTS, _FEB25)
    assert find(cs, "11.0%").subject == "london"
    assert find(cs, "5.3%").subject != "london"     # the second place of the comparison


def test_a_where_clause_figure_is_of_the_place_it_follows():
    assert find(claims(_RENTS, _FEB25), "6.9%").subject == "scotland"


def test_levels_of_several_places_raise_no_flag():
    assert rules(_RENTS, _FEB25) == []


# -- a level of a year further back set beside a change ----------------------------------

_TOP = ("# Results\n\nSome 27.8% of entries got an A or A*, up 0.6 percentage points on last "
        "year's 27.2%. The share awarded an A* rose 0.4 points to 9.3%, against 7.7% in 2019.\n")


def test_a_level_of_a_year_further_back_is_no_earlier_value_of_the_change():
    assert rules(_TOP, _AUG24) == []
    c = find(claims(_TOP, _AUG24), "0.4 points")
    assert c.extra_dict()["change"].get("from") is None


def test_a_level_of_the_year_before_is_still_the_earlier_value():
    text = _TOP.replace("against 7.7% in 2019", "against 8.7% in 2023")
    assert "wrong-arithmetic" in rules(text, _AUG24)


# -- a gap between counts of two things -------------------------------------------------

_CITY = ("# City\n\nCity won 32 of their 38 league games, also a record, and scored 106 goals, "
         "with a goal difference of 79.\n")


def test_no_gap_between_counts_of_different_things():
    assert rules(_CITY, _MAY18) == []
    assert "difference" not in find(claims(_CITY, _MAY18), "79").extra_dict()


def test_a_gap_between_counts_of_one_thing_is_still_worked_out():
    text = "# Poll\n\nLabour won 412 seats and the Conservatives 121 seats, a gap of 291.\n"
    assert rules(text, _MAY18) == []
    assert "wrong-arithmetic" in rules(text.replace("a gap of 291", "a gap of 301"), _MAY18)


# -- "N (X%) of M" and "N (X%) of those given ..." ----------------------------------------

_RINGS = ("# Trial\n\nThe trial covered 7,651 people in 90 rings of contacts around new cases. "
          "In the 48 rings offered the vaccine at once, 2,014 (49%) of 4,123 contacts were "
          "vaccinated immediately; in the other 42 rings, 1,498 (42%) of 3,528 were "
          "vaccinated.\n\nIn all, 75 laboratory-confirmed cases were found in the 90 rings "
          "during the study.\n")


def test_a_share_in_brackets_between_two_counts_is_the_first_out_of_the_second():
    assert rules(_RINGS, _JUL15) == []
    cs = claims(_RINGS, _JUL15)
    ratio = find(cs, "42%").extra_dict()["ratio"]
    assert (ratio["of"], ratio["per"]) == (find(cs, "1,498").id, find(cs, "3,528").id)
    assert "wrong-arithmetic" in rules(_RINGS.replace("2,014 (49%)", "2,014 (59%)"), _JUL15)


def test_a_group_a_participle_sets_apart_is_no_restatement_of_the_whole():
    cs = claims(_RINGS, _JUL15)
    assert find(cs, "48").measure != find(cs, "90").measure
    # ("around new cases" names no measure of the rings)
    assert find(cs, "90").measure == "ring"


_FLU = ("# Flu\n\nOf the volunteers, 522 received the inactivated vaccine by injection, 519 the "
        "live vaccine as a nasal spray and 206 a placebo. Flu was found in 7 (1.3%) of those "
        "given the injection, 13 (2.5%) of those given the spray and 12 (5.8%) of those on "
        "placebo.\n")


def test_a_share_of_those_given_one_thing_is_out_of_one_of_the_groups_before():
    assert rules(_FLU, _AUG09) == []
    assert "wrong-arithmetic" in rules(_FLU.replace("12 (5.8%)", "12 (8.5%)"), _AUG09)


# -- the other parties' seats are no parts of one party's ---------------------------------

_SEATS = ("# Sweden\n\nThe Sweden Democrats' share rose 7.16 points to 12.9%, and their seats "
          "from 20 to 49.\n\nThe Greens took 25 seats, the Centre Party 22, the Left Party 21 "
          "and the Liberals 19.\n")


def test_the_seats_of_other_parties_are_no_parts_of_one_partys():
    assert rules(_SEATS, _SEP14) == []
    assert find(claims(_SEATS, _SEP14), "25").role not in ("portion", "part")


# -- a price that leaves out its rate's unit in a change ----------------------------------

_POWER = ("# Power\n\nIn New England the average price in February fell 75% to $34 per "
          "megawatt-hour from $138 a year earlier.\n")


def test_the_earlier_price_of_a_change_takes_the_rates_unit():
    assert rules(_POWER, _JAN17) == []
    assert find(claims(_POWER, _JAN17), "$138").unit == "USD / megawatt_hour"
    assert "wrong-arithmetic" in rules(_POWER.replace("fell 75%", "fell 57%"), _JAN17)


_STATES = ("# Outbreak\n\nThe outbreak in Gaines County has reached 355 cases across three "
           "states.\n\nTexas has reported 309 cases, New Mexico 42 and Oklahoma four.\n")


def test_places_that_overshoot_the_whole_before_by_a_little_are_still_its_parts():
    assert rules(_STATES, date(2025, 3, 21)) == []
    assert {"parts-exceed-total", "list-sum-mismatch"} & set(
        rules(_STATES.replace("309 cases", "390 cases"), date(2025, 3, 21)))


# -- a gap named by what it is of (the blind drafts) --------------------------------------

_RACE = ("# Title race\n\nCity go into the final day on 88 points, two ahead of Arsenal on 86."
         "\n\nCity have a goal difference of 60 after 37 games, Arsenal one of 61.\n")


def test_a_gap_named_by_its_noun_is_no_gap_between_counts_of_another_thing():
    assert rules(_RACE, date(2024, 5, 18)) == []
    assert "difference" not in find(claims(_RACE, date(2024, 5, 18)), "60").extra_dict()
    assert "wrong-arithmetic" in rules(_RACE.replace("two ahead", "three ahead"),
                                       date(2024, 5, 18))


# -- a rate and a level are no two values of one change; rents are no prices --------------

_PRICES = ("# House prices up 3.4% as rents rise 9.1%\n\nAverage UK house prices rose 3.4% in the "
           "12 months to October, up from 2.8% in the year to September, taking the average "
           "home to £292,000.\n\nPrivate rents rose 9.1% in the 12 months to November.\n")
_DEC24 = date(2024, 12, 18)


def test_a_rate_and_a_level_are_no_two_values_of_one_change():
    ch = find(claims(_PRICES, _DEC24), "3.4%").extra_dict()["change"]
    assert ch["kind"] == "percent" and ch.get("from") is None


def test_a_headline_change_of_rents_is_no_restatement_of_prices():
    assert rules(_PRICES, _DEC24) == []
    assert find(claims(_PRICES, _DEC24), "9.1%").measure != \
        find(claims(_PRICES, _DEC24), "3.4%").measure
    assert "restated-change-mismatch" in rules(
        _PRICES.replace("# House prices up 3.4%", "# House prices up 4.3%"), _DEC24)
