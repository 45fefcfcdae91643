"""Everyday copy, the lead21 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (A-level results, knife crime,
world tourism, retail sales, A&E waits, world electricity). Our own sentences with the real
figures. Each fix is checked on a clean text (no flag) and, where the construction can carry
an error, on the same text with one (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_APR15 = date(2015, 4, 24)
_JAN20 = date(2020, 1, 21)
_JUL20 = date(2020, 7, 17)
_MAR22 = date(2022, 3, 30)
_JUN22 = date(2022, 6, 24)
_AUG24 = date(2024, 8, 15)


# -- earlier values with a time of their own are no list's counterparts ------------------------

_ONLINE = ("The share of sales made online slipped from 27.1% in April to 26.6%, and 44% of adults "
           "said they were buying less food, up from 41% a fortnight earlier and 18% at the start "
           "of the year.")


def test_earlier_values_at_their_own_times_are_of_the_figure_before_up_from():
    assert rules(_ONLINE, _JUN22) == []
    assert "wrong-arithmetic" in rules(_ONLINE.replace("up from 41%", "up from 47%"), _JUN22)


def test_parallel_lists_around_up_from_still_pair_in_order():
    text = ("There were 8.7 million illnesses, 78,000 hospitalisations and 4,500 deaths this "
            "season, up from 6.2 million illnesses, 53,000 hospitalisations and 2,100 deaths a "
            "week earlier.")
    assert rules(text, _JUN22) == []
    assert "wrong-arithmetic" in rules(text.replace("2,100 deaths", "5,100 deaths"), _JUN22)


# -- a move from a level "in April" to another is checked ---------------------------------------

def test_a_move_from_a_month_to_a_level_has_its_direction_checked():
    text = "The share of sales made online slipped from 27.1% in April to 26.6%."
    assert rules(text, _JUN22) == []
    assert "wrong-arithmetic" in rules(text.replace("27.1%", "26.1%"), _JUN22)
    quarter = "The rate fell from 18.8 in the first quarter to 17.4."
    assert rules(quarter, _JUN22) == []
    assert "wrong-arithmetic" in rules(quarter.replace("18.8", "16.8"), _JUN22)


# -- "this year's total" is the figure of the story's own period --------------------------------

_KNIVES = ("Police in England and Wales recorded 46,265 offences involving a knife or sharp "
           "instrument in the year to March, up from 43,706 in the previous 12 months.\n\n"
           "The rise of 6% took offences to the highest level since comparable records began in "
           "2010/11, when 30,620 were recorded, leaving this year's total 51% higher.")


def test_this_years_total_is_set_against_the_earlier_years_figure():
    assert rules(_KNIVES, _JUL20) == []
    ch = dict(find(claims(_KNIVES, _JUL20), "51%").extra).get("change") or {}
    assert (ch.get("from"), ch.get("to")) == ("c4", "c1")
    assert "wrong-arithmetic" in rules(_KNIVES.replace("51% higher", "61% higher"), _JUL20)


# -- "It was up from 93.3% the week before" --------------------------------------------------

_AE = ("The share of patients dealt with within four hours was 94.3% last week, short of the 95% "
       "target for the 30th week in a row. It was up from 93.3% the week before and the best "
       "figure since early October.")


def test_it_was_up_from_checks_the_direction_against_the_level_before():
    assert rules(_AE, _APR15) == []
    assert "wrong-arithmetic" in rules(_AE.replace("93.3%", "95.3%"), _APR15)


def test_a_named_subject_up_from_is_not_tied_to_another_level():
    text = "Turnout was 64% in the city. Labour's share was up from 70% at the last election."
    assert rules(text, _APR15) == []


# -- "more than coal at 36%" ---------------------------------------------------------------

_CLEAN = "Clean sources together supplied 38% of global electricity, more than coal at 36%."


def test_a_level_more_than_a_named_others_is_ordered():
    assert rules(_CLEAN, _MAR22) == []
    assert "wrong-arithmetic" in rules(_CLEAN.replace("36%", "41%"), _MAR22)
    assert rules("Labour won 40 seats, more than 12 of them in Scotland.", _MAR22) == []
    assert rules("Sales rose 5% to 120,000, more than the 110,000 expected.", _MAR22) == []


# -- "the most popular subject with 107,427 entries, ahead of psychology (78,556)" -------------

_SUBJECTS = ("Maths was again the most popular subject with 107,427 entries, ahead of psychology "
             "(78,556) and biology (74,367).")


def test_entries_measure_popularity_so_the_chain_is_ranked():
    assert rules(_SUBJECTS, _AUG24) == []
    assert "wrong-rank" in rules(_SUBJECTS.replace("78,556", "118,556"), _AUG24)


# -- a share with its part's count in brackets; one part of the world total ----------------------

_ASSAULTS = ("Police recorded 46,265 offences involving a knife in the year to March. Assaults "
             "with injury made up 44% of the offences (20,333).")


def test_a_bracketed_count_after_a_share_is_its_part():
    assert rules(_ASSAULTS, _JUL20) == []
    assert "wrong-arithmetic" in rules(_ASSAULTS.replace("20,333", "24,333"), _JUL20)


_EUROPE = ("International tourist arrivals reached 1.5 billion in 2019, a 4% increase on 2018. "
           "Europe, up 4%, remained the most visited region with 743 million international "
           "arrivals, 51% of the world total.")


def test_one_region_is_a_share_of_the_earlier_total_of_its_kind():
    assert rules(_EUROPE, _JAN20) == []
    assert "wrong-arithmetic" in rules(_EUROPE.replace("743 million", "943 million"), _JAN20)


def test_a_share_of_them_after_a_count_and_its_noun_is_not_the_counts():
    text = "The firm had 9,000 staff last year. It now employs 5,000 people, 20% of them women."
    assert rules(text, _JAN20) == []


# -- shares of the parts a sentence splits its whole into ---------------------------------------

_MEASLES = ("The West Midlands accounted for 59% of cases (462), London for 19% (146) and the East "
            "Midlands for 7% (54).\n\nIn the four weeks since 19 February there were 158 cases, of "
            "which 64 (41%) were in the West Midlands and 43 (27%) in London.")
_MAR24 = date(2024, 3, 22)


def test_a_second_part_with_its_share_is_of_the_whole_the_first_is_of():
    assert rules(_MEASLES, _MAR24) == []
    ratio = dict(find(claims(_MEASLES, _MAR24), "27%").extra).get("ratio") or {}
    assert ratio.get("per") == find(claims(_MEASLES, _MAR24), "158").id
    assert "wrong-arithmetic" in rules(_MEASLES.replace("43 (27%)", "43 (37%)"), _MAR24)


_REGIONS = ("A further 59 cases were recorded in England in the past week, bringing the total "
            "since 1 October 2023 to 789 cases.\n\nThe West Midlands accounted for 59% of cases "
            "(462), London for 19% (146) and the East Midlands for 7% (54).")


def test_shares_with_elided_verbs_after_a_first_share_are_of_its_whole():
    assert rules(_REGIONS, _MAR24) == []
    assert "wrong-arithmetic" in rules(_REGIONS.replace("(146)", "(196)"), _MAR24)
    assert "wrong-arithmetic" in rules(_REGIONS.replace("(54)", "(84)"), _MAR24)


# -- "on 14.3%, more votes than the Lib Dems" ---------------------------------------------------

_REFORM = ("The Liberal Democrats won 72 seats with 12.2%, while Reform UK took five seats on "
           "14.3%, more votes than the Lib Dems but far fewer seats.")
_JUL24 = date(2024, 7, 6)


def test_a_level_more_than_a_named_subjects_is_set_against_its_figure():
    assert rules(_REFORM, _JUL24) == []
    assert "wrong-arithmetic" in rules(_REFORM.replace("14.3%", "11.3%"), _JUL24)


def test_a_comparison_with_a_figure_of_its_own_or_an_unknown_name_sets_nothing():
    text = ("The Liberal Democrats won 12.2%, while Reform UK took 11.3%, more than the Lib "
            "Dems' 10.1% in 2019.")
    assert rules(text, _JUL24) == []
    assert rules("Greens won 7%, while Reform UK took 5%, more than Mr Smith.", _JUL24) == []


# -- "beat its busiest year, 2019, when 80.9 million travelled" ---------------------------------

_HEATHROW = ("Heathrow expects 81.4 million passengers to pass through its terminals next year, "
             "which would beat its busiest year, 2019, when 80.9 million travelled.")


def test_a_level_beating_a_year_named_in_apposition_is_ordered():
    day = date(2023, 12, 15)
    assert rules(_HEATHROW, day) == []
    assert "wrong-arithmetic" in rules(_HEATHROW.replace("80.9 million", "82.9 million"), day)


# -- a figure of another year in a "when" clause after "far below 2020" -------------------------

_FIRES = ("Wildfires burned 324,917 acres in California in 2023, about 131,500 hectares, well "
          "below the five-year average of 1,722,059 acres, according to Cal Fire.\n\nThere were "
          "7,127 fires, compared with 7,641 in 2022, when 363,939 acres burned. Both years were "
          "far below 2020, when 8,648 fires burned more than 4.3 million acres.")
_JAN24 = date(2024, 1, 10)


def test_the_figure_of_a_year_set_against_is_no_restatement_of_the_storys():
    assert rules(_FIRES, _JAN24) == []
    assert find(claims(_FIRES, _JAN24), "8,648").role == "compared"


def test_a_conversion_after_the_place_and_year_of_the_figure_is_checked():
    assert "wrong-conversion" in rules(_FIRES.replace("131,500", "231,500"), _JAN24)
    assert "wrong-conversion" in rules(
        "Wildfires burned 324,917 acres in 2023, about 231,500 hectares.", _JAN24)


# -- "The jump of 0.6 points was driven by ..." ----------------------------------------------------

_CPI = ("Consumer price inflation rose to 2.3% in the 12 months to October, up from 1.7% in "
        "September and above the 2.2% economists had expected.\n\nThe jump of 0.6 points was "
        "driven mainly by household energy bills.")
_NOV24 = date(2024, 11, 20)


def test_the_move_named_by_its_amount_is_the_pair_of_the_sentence_before():
    assert rules(_CPI, _NOV24) == []
    assert "wrong-arithmetic" in rules(_CPI.replace("0.6 points", "0.4 points"), _NOV24)
    knives = ("Police recorded 46,265 offences in the year to March, up from 43,706 in the "
              "previous 12 months.\n\nThe rise of 6% took offences to the highest level since "
              "records began.")
    assert rules(knives, _JUL20) == []
    assert "wrong-arithmetic" in rules(knives.replace("rise of 6%", "rise of 9%"), _JUL20)


def test_a_move_named_the_other_way_is_not_the_pairs():
    text = ("Inflation rose to 2.3% in October, up from 1.7% in September.\n\nThe fall of 0.4 "
            "points in food prices helped.")
    assert rules(text, _NOV24) == []


# -- "lifting the total by 85.8% to 10.09p from 5.43p"; "23% of the total (960)" ---------------

def test_lifting_by_an_amount_is_a_change_between_its_levels():
    text = ("The supermarket will pay a special dividend of 4p, lifting the total for the year by "
            "85.8% to 10.09p from 5.43p.")
    day = date(2018, 3, 14)
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("85.8%", "65.8%"), day)


_ROUGH = ("An estimated 4,134 people slept rough in England on a single night in autumn 2016, 16% "
          "more than the 3,569 a year earlier and more than double the 2010 figure of 1,768, "
          "official figures show.\n\nLondon accounted for 23% of the total (960), down from 26% "
          "the previous year.")


def test_a_part_of_the_total_naming_no_kind_is_out_of_the_nearest_count():
    day = date(2017, 1, 25)
    assert rules(_ROUGH, day) == []
    assert "wrong-arithmetic" in rules(_ROUGH.replace("(960)", "(1,260)"), day)
