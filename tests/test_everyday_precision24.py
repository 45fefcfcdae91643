"""Everyday copy, twenty-fourth round (issue 11): zero false alarms on unseen clean copy. Sentences
in our own words with the constructions of published road-casualty copy: a ranking of areas in
a new paragraph after a figure counted in a frame of its own ("On motorways, ...", "deaths among
car users") is no breakdown of that figure. Each fix is checked on a clean text (no flag) and on
the construction where it still holds (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

DAY = date(2010, 6, 24)
PARTS = {"parts-exceed-total", "list-sum-mismatch"}

ROADS = ("Deaths among car users fell 16% to 1,059. On motorways, 132 people were killed, 16% "
         "fewer, and casualties fell 7% to 10,656.\n\n"
         "The Metropolitan Police area had the most deaths, 182, followed by West Yorkshire "
         "with 84 and Thames Valley with 81.")


def test_a_ranking_of_areas_is_no_breakdown_of_a_framed_count_in_the_paragraph_before():
    cs = claims(ROADS, DAY)
    assert find(cs, "182").group != find(cs, "132").id
    assert not PARTS & set(rules(ROADS, DAY))


def test_a_count_among_a_group_has_no_place_counts_for_parts():
    cs = claims(ROADS, DAY)
    assert find(cs, "182").group != find(cs, "1,059").id


def test_a_list_after_an_unframed_total_in_the_paragraph_before_is_still_checked():
    text = ("Police recorded 132 road deaths last year.\n\n"
            "The Metropolitan Police area had the most deaths, 182, followed by West Yorkshire "
            "with 84 and Thames Valley with 81.")
    assert PARTS & set(rules(text, DAY))


def test_a_list_under_an_opening_frame_in_its_own_paragraph_is_still_checked():
    text = ("In Texas, 355 cases have been reported this year. Dallas County has reported 309 "
            "cases, Harris County 42 and Travis County 14.")
    assert PARTS & set(rules(text, DAY))


def test_the_framed_list_that_names_its_frame_again_is_still_checked():
    text = ("On motorways, 132 people were killed last year.\n\n"
            "On motorways the Metropolitan Police area had the most deaths, 182, followed by "
            "West Yorkshire with 84 and Thames Valley with 81.")
    assert PARTS & set(rules(text, DAY))
