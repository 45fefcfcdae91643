"""Everyday copy, the everyday105 blind probe (issue 11): causes of the first run's false flags
and misses on drafts written from published copy of domains the corpus held thinly (labour
force surveys of Statistics Canada, the ABS, Stats NZ, Stats SA and the PSA; Leaving Certificate
results; school enrolment; ABARES and Fonterra; Dublin Airport, the Port of Antwerp, airline
punctuality). Our own sentences with real figures. Each mechanism is checked on a clean text
(no flag) and on the same text with an error (flagged), or against the reading it replaces."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, only_wrong_flagged, rules

ARITH = {"wrong-arithmetic"}
PARTS = {"parts-exceed-total", "list-sum-mismatch"}
DAY = date(2023, 8, 15)


# -- "a combined 177,000 in the four industries": a sum whose count of parts follows it --------

_LOSSES = ("Manufacturing shed 96,000 jobs and finance 68,000, while transport and utilities "
           "lost 7,000 and 6,000, a combined {} in the four industries.")


def test_a_sum_counting_its_parts_after_it_sums_them_all_not_the_last_clause():
    only_wrong_flagged(_LOSSES, "197,000", "177,000", DAY, frozenset(PARTS))


def test_the_parts_of_such_a_sum_may_fill_the_sentences_of_its_paragraph():
    text = ("Construction added 104,000 jobs, trade 92,000 and community services 63,000. "
            "Private households gained 37,000 jobs, mining 31,000 and agriculture 7,000, or {} "
            "in the six industries together.")
    only_wrong_flagged(text, "343,000", "334,000", DAY, frozenset(PARTS))


def test_a_list_with_fewer_parts_than_its_sum_counts_is_held_to_nothing():
    # two figures before it where the count says five: the list read is incomplete
    text = "Mining lost 7,000 jobs and farming 6,000, a combined 95,000 in the five industries."
    assert not set(rules(text, DAY)) & PARTS
    assert set(rules(text.replace(" in the five industries", ""), DAY)) & PARTS


# -- "driven by containers, which ... 102.7 million tonnes": a relative clause's figures --------

_PORT = ("Port of Antwerp expects 178 million tonnes for 2010\n\nThe Port of Antwerp expects to "
         "have handled about {} million tonnes of freight in 2010, driven by containers, which "
         "set a record of 102.7 million tonnes.")


def test_figures_of_a_which_clause_after_a_noun_are_that_nouns():
    cs = claims(_PORT.format("178"), date(2011, 1, 5))
    assert {c.text: c.subject for c in cs}["102.7 million tonnes"] == "containers"
    assert not set(rules(_PORT.format("178"), date(2011, 1, 5))) & RESTATED


def test_the_headline_still_restates_the_main_clause_figure():
    assert set(rules(_PORT.format("168"), date(2011, 1, 5))) & RESTATED


# -- "some 34.4% below its 2008 level": a distance names no referent in its own words -----------

def test_a_distance_from_a_year_no_figure_gives_is_not_worked_from_the_figures_before():
    text = ("Roll-on/roll-off traffic grew 14.8% to 3.6 million tonnes. Conventional breakbulk "
            "rose 6.3% to 11.1 million tonnes, some 34.4% below its 2008 level.")
    assert not set(rules(text, date(2011, 1, 5))) & ARITH


def test_a_distance_from_a_year_a_figure_gives_is_still_checked():
    text = ("In 2008 breakbulk reached 17 million tonnes. Last year it rose 6.3% to 11.1 million "
            "tonnes, some {} below its 2008 level.")
    only_wrong_flagged(text, "24.4%", "34.7%", date(2011, 1, 5))


# -- "Almost two in five grades": a share written as two counts is no count --------------------

def test_a_share_of_two_counts_is_not_restated_by_a_small_count_of_its_noun():
    text = ("Almost two in five grades were higher in the written exams. Students keep the better "
            "of the two grades.")
    assert not set(rules(text, date(2021, 2, 2))) & RESTATED


def test_a_count_restated_with_another_value_is_still_flagged():
    text = "Some 1,705 grades were higher. The 1,750 grades were published on Tuesday."
    assert set(rules(text, date(2021, 2, 2))) & RESTATED


# -- "The 58,787 students who sat the state exams": a group its own clause defines --------------

_EXAMS = ("Of the 6,605 students who took higher-level agricultural science, 4.8% got a H1.\n\n"
          "The {} students who sat the state exams got their results on Tuesday.")


def test_a_definite_figure_with_a_clause_of_its_own_far_from_the_earlier_one_is_a_new_group():
    assert not set(rules(_EXAMS.format("58,787"), date(2019, 8, 15))) & RESTATED


def test_a_definite_figure_near_the_earlier_one_is_still_its_restatement():
    text = ("Of the 6,605 students who took higher-level agricultural science, 4.8% got a H1.\n\n"
            "The {} students who took higher-level agricultural science got results on Tuesday.")
    only_wrong_flagged(text, "6,805", "6,605", date(2019, 8, 15), frozenset(RESTATED))


# -- ", 15 million kgMS less": an amount with a word of difference after a move -----------------

_MILK = ("Fonterra lowered its forecast of milk collections to 1,465 million kgMS from 1,480 "
         "million, {} million kgMS {}.")


def test_an_amount_of_difference_after_a_move_is_its_change():
    text = _MILK.replace("{} million kgMS {}", "{} million kgMS less")
    only_wrong_flagged(text, "25", "15", date(2023, 2, 27))


def test_a_difference_word_against_the_moves_direction_reads_nothing():
    assert not set(rules(_MILK.format("25", "more"), date(2023, 2, 27))) & ARITH


def test_more_than_after_the_amount_is_a_comparison_not_the_moves_difference():
    text = ("Collections fell to 1,465 million kgMS from 1,480 million, 25 million kgMS more than "
            "the co-operative had planned.")
    assert not set(rules(text, date(2023, 2, 27))) & ARITH
