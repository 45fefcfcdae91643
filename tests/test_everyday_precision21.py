"""Everyday copy, twenty-first round (issue 11): zero false alarms on unseen clean copy. Sentences
in our own words with the constructions of published rail-fare, pension-uprating and inflation
copy; each fix is checked on a clean text (no flag) and, where it still checks something, on the
same text with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

DAY = date(2015, 8, 18)


# -- another price index is another measure of inflation ---------------------------------------

def test_the_retail_and_the_consumer_prices_index_are_two_measures():
    text = ("Season tickets will rise by 1% in January after the retail prices index for July "
            "came in at 1%. The consumer prices index was lower at 0.1%.")
    cs = claims(text, DAY)
    assert find(cs, "0.1%").measure == "inflation"
    assert not RESTATED & set(rules(text, DAY))


def test_rpi_restated_with_another_value_is_still_flagged():
    text = ("The retail prices index for July came in at 1%, the statistics office said.\n\n"
            "The retail prices index was 1.6% in July.")
    assert RESTATED & set(rules(text, DAY))


# -- a word inside an aside names no figure after it -------------------------------------------

def test_a_noun_in_a_which_clause_does_not_name_the_figure_after_it():
    text = ("The consumer prices index, which leaves out housing costs, was 0.1% in July, up "
            "from zero in June.")
    assert find(claims(text, DAY), "0.1%").measure == "inflation"


def test_a_noun_in_a_bracketed_aside_does_not_name_the_figure_after_it():
    text = "The consumer prices index (which leaves out housing costs) was 0.1% in July."
    assert find(claims(text, DAY), "0.1%").measure == "inflation"


def test_the_rpi_and_cpi_figures_in_one_sentence_with_an_aside_pass():
    text = ("The retail prices index for July was 1%. The consumer prices index, which leaves "
            "out housing costs, was lower at 0.1%, up from zero in June.")
    assert not RESTATED & set(rules(text, DAY))


# -- an average over several years is the norm, not this year's figure -------------------------

FIRE_DAY = date(2025, 1, 10)


def test_a_five_year_average_is_no_restatement_of_the_years_figure():
    text = ("Wildfires burned 1,050,012 acres across California in 2024, according to Cal Fire.\n\n"
            "There were 8,024 fires last year. The area burned was still below the five-year "
            "average of 1,722,059 acres.")
    cs = claims(text, FIRE_DAY)
    assert find(cs, "1,722,059 acres").role == "reference"
    assert not RESTATED & set(rules(text, FIRE_DAY))


def test_a_long_term_average_named_with_was_is_a_reference():
    text = ("Reservoirs were 67.7% full. The long-term average was 80.5% for the first week of "
            "August.")
    assert find(claims(text, FIRE_DAY), "80.5%").role == "reference"


def test_the_years_figure_restated_wrongly_beside_an_average_is_still_flagged():
    text = ("Wildfires burned 1,050,012 acres across California in 2024, according to Cal Fire.\n\n"
            "The 1,250,012 acres burned in 2024 were still below the five-year average of "
            "1,722,059 acres.")
    assert RESTATED & set(rules(text, FIRE_DAY))


def test_an_average_of_one_year_keeps_its_level():
    text = "Prices rose 5% on average. The average price was $310,000 in 2024."
    assert find(claims(text, FIRE_DAY), "$310,000").role != "reference"


# -- the day a "since" span opens on is a stated day --------------------------------------------

SINCE_DAY = date(2018, 9, 23)


def test_a_wrong_weekday_on_the_day_a_since_span_opens_is_flagged():
    text = "The fire has burned nearly 40,000 acres since it broke out on Friday, Sept. 15."
    assert "weekday-mismatch" in rules(text, SINCE_DAY)


def test_the_right_weekday_on_the_day_a_since_span_opens_passes():
    text = "The fire has burned nearly 40,000 acres since it broke out on Saturday, Sept. 15."
    assert "weekday-mismatch" not in rules(text, SINCE_DAY)


def test_since_a_bare_weekday_states_no_date_to_check():
    assert "weekday-mismatch" not in rules("Prices have risen since Friday.", SINCE_DAY)


# -- the norm a level is set against is no earlier value ----------------------------------------

RES_DAY = date(2025, 8, 12)


def test_a_level_against_the_norm_after_a_change_is_not_its_earlier_value():
    text = ("Reservoir levels across England fell two percentage points last week to 67.7%, "
            "against 80.5% normally.")
    assert "wrong-arithmetic" not in rules(text, RES_DAY)


def test_against_the_long_term_average_is_not_the_earlier_value():
    text = ("Reservoir levels fell two percentage points last week to 67.7%, against the "
            "long-term average of 80.5%.")
    assert "wrong-arithmetic" not in rules(text, RES_DAY)


def test_against_the_week_before_is_still_the_earlier_value():
    text = ("Reservoir levels fell three percentage points last week to 67.7%, against 69.7% "
            "the week before.")
    assert "wrong-arithmetic" in rules(text, RES_DAY)


# -- an index in a formula names neither its margin nor the result ------------------------------

def test_rpi_plus_a_margin_is_no_level_of_rpi():
    text = ("The retail prices index, which is used to set rail fares, rose 3.8% in July. If "
            "fares go up by RPI plus 1%, the rise would be 4.8%.")
    cs = claims(text, date(2021, 8, 18))
    assert find(cs, "1%").measure != "rpi_inflation"
    assert find(cs, "4.8%").measure != "rpi_inflation"
    assert not RESTATED & set(rules(text, date(2021, 8, 18)))


def test_a_thirty_year_average_for_a_month_is_a_reference():
    text = ("The Met Office said the 30-year average for July is 72mm, while only 23.1mm fell "
            "this year.")
    assert find(claims(text, date(2022, 8, 17)), "72mm").role == "reference"
