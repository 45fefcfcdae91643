"""Everyday copy, the lead33 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (supermarket results, flu in
hospital, earthquake tolls). Our own sentences with the real figures. Each mechanism is checked
on a clean text (no flag, or the reading wanted) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, flags, rules

from factcheck.extract import find_mentions

_MAY11 = date(2011, 5, 11)
_APR23 = date(2023, 4, 27)
_MAY09 = date(2009, 5, 13)
_DEC22 = date(2022, 12, 23)
_JAN25 = date(2025, 1, 3)
_SEP23 = date(2023, 9, 9)
_JAN20 = date(2020, 1, 17)
_AUG16 = date(2016, 8, 25)


# -- a summary that names no basis restates the body's one basis --------------------------------

def _results(head: str) -> str:
    return (f"# {head}\n\nTesco's underlying pre-tax profit rose 9% to £665 million in the year "
            "to March 19, the grocer said, as sales grew 4.9%.\n")


def test_a_headline_that_names_no_basis_restates_the_bodys_only_one():
    assert not set(rules(_results("Tesco profits up 9% to £665m"), _MAY11)) & RESTATED


def test_a_headline_off_the_bodys_only_basis_is_flagged():
    assert set(rules(_results("Tesco profits up 9% to £656m"), _MAY11)) & RESTATED


def test_with_a_plain_figure_beside_it_either_basis_may_be_meant():
    text = ("# Retailer profit rises to £690m\n\nThe retailer made an underlying pre-tax profit "
            "of £690 million in the year to March 4. Statutory pre-tax profit was £327 million "
            "in the year to March 4.\n")
    assert not set(rules(text, _APR23)) & RESTATED


# -- a transitive change verb with its object before the percentage -----------------------------

_LIFTS = ("# Grocer lifts underlying profit {} as sales pass £20bn\n\nThe grocer said underlying "
          "profit before tax rose 11.3% to £543 million in the 52 weeks to March 21. Total sales "
          "climbed 5.7% to £20.4 billion.\n")


def test_a_verb_object_percentage_restates_the_bodys_change_of_its_words():
    assert "restated-change-mismatch" not in rules(_LIFTS.format("11%"), _MAY09)
    found = [f for f in flags(_LIFTS.format("15%"), _MAY09)
             if f["rule"] == "restated-change-mismatch"]
    assert found and "11.3%" in found[0]["message"] and "5.7%" not in found[0]["message"]


def test_a_leader_after_under_is_no_subject_of_the_figure():
    text = ("The grocer's underlying profit rose to £543 million in the year. The underlying "
            "profit of {} marks a fourth year of growth under chief executive Justin King.\n")
    assert not set(rules(text.format("£543 million"), _MAY09)) & RESTATED
    assert set(rules(text.format("£534 million"), _MAY09)) & RESTATED


# -- a change that states its own span takes no earlier value of another time -------------------

_BEDS = ("Flu patients took up an average of 1,939 hospital beds a day in England in the past "
         "week. The figure is far above this time last year, when only 32 beds a day were taken. "
         "Flu patients in intensive care rose by more than 70 per cent in a week, to 149 a day.")


def test_a_change_in_a_week_is_not_set_against_last_years_level():
    assert "wrong-arithmetic" not in rules(_BEDS, _DEC22)
    cs = claims(_BEDS, _DEC22)
    change = next(c for c in cs if c.text == "more than 70 per cent")
    assert "from" not in dict(change.extra).get("change", {})


# -- a figure in a clause about another time is not what a multiple after it is of ---------------

def test_a_when_clause_figure_takes_no_multiple():
    text = ("An average of 4,469 flu patients were in hospital each day last week. That was up "
            "17% from 3,818 the week before, when 184 were in critical care, and more than four "
            "times the 1,098 in hospital on December 1.")
    assert "wrong-arithmetic" not in rules(text, _JAN25)


# -- a list of names and their figures after a colon --------------------------------------------

_TOLL = ("The earthquake that struck Morocco's Al Haouz province on Friday has killed 820 "
         "people, the Interior Ministry said.\n\nDeaths were recorded in {} provinces: Al Haouz "
         "{}, Taroudant 271, Chichaoua 91, Ouarzazate 31, Marrakesh 13, Azilal 11, Agadir 5, "
         "Casablanca 3 and Youssoufia 1.\n")


def test_every_figure_of_a_colon_list_of_names_is_read():
    found = [q.text for q in find_mentions(_TOLL.format("nine", "394"), _SEP23).quantities]
    assert ["394", "271", "91", "31", "13", "11", "5", "3", "1"] == found[-9:]


def test_a_count_before_a_colon_counts_the_names():
    assert not rules(_TOLL.format("nine", "394"), _SEP23)
    got = rules(_TOLL.format("eight", "394"), _SEP23)
    assert "list-count-mismatch" in got and "parts-exceed-total" not in got


def test_the_names_figures_are_parts_of_the_toll_before_them():
    assert "parts-exceed-total" in rules(_TOLL.format("nine", "494"), _SEP23)


def test_the_toll_is_the_quakes_not_the_province_its_clause_names():
    text = "# Morocco earthquake kills {}\n\n" + _TOLL.format("nine", "394")
    assert not rules(text.format("820"), _SEP23)
    assert set(rules(text.format("920"), _SEP23)) & RESTATED


def test_a_toll_an_earlier_statement_gave_is_superseded():
    text = _TOLL.format("nine", "394") + "\nAn earlier statement had put the toll at 632 dead.\n"
    assert not rules(text, _SEP23)


# -- "N years ago today, on DATE" ----------------------------------------------------------------

def test_a_spelled_compound_count_of_years_ago():
    got = find_mentions("Twenty-five years ago today, a quake struck Kobe.", _JAN20).dates
    assert got[0].text == "Twenty-five years ago today" and got[0].start_date == date(1995, 1, 17)


def test_years_ago_restated_by_a_date_must_name_its_year():
    text = "{} years ago today, on January 17, 1995, a magnitude 6.9 earthquake struck Kobe."
    assert "anniversary-mismatch" not in rules(text.format("Twenty-five"), _JAN20)
    assert "anniversary-mismatch" in rules(text.format("Thirty"), _JAN20)


# -- a multiple of a figure named by its owner or its noun ---------------------------------------

_KOBE = ("The Kobe earthquake of January 17, 1995 killed 5,470 people. China officially counted "
         "242,219 dead after the Tangshan earthquake of July 28, 1976, more than {} times "
         "Kobe's toll, and some estimates run as high as 655,000, nearly {} times the official "
         "count.")


def test_a_multiple_of_a_possessive_owners_figure():
    assert "wrong-arithmetic" not in rules(_KOBE.format(44, "three"), _JAN20)
    assert "wrong-arithmetic" in rules(_KOBE.format(54, "three"), _JAN20)


def test_a_multiple_of_the_figure_a_verb_of_its_noun_gives():
    assert "wrong-arithmetic" in rules(_KOBE.format(44, "five"), _JAN20)


def test_a_hedged_multiple_of_another_places_toll():
    text = ("In April, a quake on Ecuador's coast killed more than 650 people. Nepal's "
            "earthquake in April 2015 killed more than 8,000, about {} times Ecuador's toll.")
    assert "wrong-arithmetic" not in rules(text.format("twelve"), _AUG16)
    assert "wrong-arithmetic" in rules(text.format("twenty"), _AUG16)


# -- council election copy (lead33d) ---------------------------------------------------------------

_MAY18 = date(2018, 5, 4)
_MAY08 = date(2008, 5, 2)
_JUL24 = date(2024, 7, 5)


def test_a_headline_gain_is_a_change_not_the_seats_held():
    text = ("# Lib Dems gain {} councillors\n\nThe Liberal Democrats won 536 seats, a gain of "
            "75.\n")
    assert not rules(text.format(75), _MAY18)
    assert "restated-change-mismatch" in rules(text.format(57), _MAY18)


def test_a_margin_of_the_side_named_before_it():
    text = ("Labour won a projected national share of 24% in the council elections, behind the "
            "Conservatives on 44% and the Liberal Democrats on 25%. That left Labour {} points "
            "behind the Conservatives.")
    assert "wrong-arithmetic" not in rules(text.format(20), _MAY08)
    assert "wrong-arithmetic" in rules(text.format(18), _MAY08)


def test_a_headline_share_in_council_vote_restates_the_national_share():
    text = ("# Labour slumps to {} in council vote\n\nLabour won a projected national share of "
            "24% in the English and Welsh council elections.\n")
    assert not set(rules(text.format("24%"), _MAY08)) & RESTATED
    assert set(rules(text.format("26%"), _MAY08)) & RESTATED


def test_holdings_after_a_count_declared_so_far_are_its_parts():
    text = "644 of 650 seats have now declared: Labour {}, Conservatives 119, Liberal Democrats 71."
    assert not rules(text.format(410), _JUL24)
    assert "parts-exceed-total" in rules(text.format(510), _JUL24)


def test_a_portion_after_a_long_clause_is_of_its_count():
    text = ("An average of 4,469 flu patients were in hospital beds in England each day last "
            "week, including {} in critical care, NHS England figures show.")
    assert not rules(text.format(211), _JAN25)
    assert "parts-exceed-total" in rules(text.format("4,611"), _JAN25)
