"""Everyday copy, the lead37 blind probe (issue 11): causes of the first run's misses and of one
false flag met while fixing them, on drafts written from published copy not read before
(Australian prices, Canadian jobs, British retail sales, Met Office seasons, US pump prices).
Our own sentences with the real figures. Each mechanism is checked on a clean text (no flag)
and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = {"wrong-arithmetic"}


# -- "goes back to 1884, 141 years ago": a going-back verb dates the year ---------------------

def test_a_series_going_back_to_a_year_is_dated_by_it():
    _only_wrong_flagged("The Met Office's temperature series goes back to 1884, {} years ago.",
                        "131", "141", date(2025, 6, 2), frozenset({"anniversary-mismatch"}))


def test_a_level_that_falls_back_to_a_number_is_no_year():
    assert not rules("The index fell back to 1884 points on Friday, 131 less than a week ago.",
                     date(2025, 6, 2)).count("anniversary-mismatch")


# -- "plunged by more than a third, down 34.8%": the fraction's move said again ---------------

def test_a_fraction_of_a_move_said_again_as_a_percentage():
    _only_wrong_flagged("Clothing sales plunged by more than a third, down {} on February.",
                        "31.8%", "34.8%", date(2020, 4, 24))


def test_a_fraction_and_a_percentage_of_other_moves_are_not_paired():
    # (a rise after a fall is another move, not the fraction said again)
    assert not set(rules("Sales fell by more than a third in March, up 12% on the year.",
                         date(2020, 4, 24))) & ARITH


# -- "a slowing of 0.6 percentage points": a change noun of no direction ----------------------

def test_a_slowing_restates_the_change_before_it():
    _only_wrong_flagged("Over the year, prices rose 5.4%, down from 6.0% in the year to June, "
                        "a slowing of {} percentage points.", "0.4", "0.6", date(2023, 10, 25))


def test_an_acceleration_restates_the_change_before_it():
    _only_wrong_flagged("Growth was 2.1%, up from 1.5%, an acceleration of {} points.",
                        "0.8", "0.6", date(2023, 10, 25))


# -- "$3.30 a gallon ..., down from $3.37 ..., a fall of seven cents" --------------------------

def test_a_change_in_cents_after_a_price_per_gallon():
    _only_wrong_flagged("The price was $3.30 a gallon on Monday, down from $3.37 a year ago, "
                        "a fall of {} cents.", "nine", "seven", date(2013, 1, 7))


def test_an_amount_on_the_year_is_not_worked_from_the_month_ago_price():
    # (the amount names its own base, the year-ago price; the month-ago one is another span)
    text = ("The national average was $3.30 a gallon on Monday, down from $3.36 a month ago "
            "and $3.37 a year ago, a fall of seven cents on the year.")
    assert not set(rules(text, date(2013, 1, 7))) & ARITH


def test_a_change_in_words_is_not_contradicted_by_float_noise():
    assert not set(rules("The price was $3.30 on Monday, down from $3.37 a year ago, a fall of "
                         "seven cents.", date(2013, 1, 7))) & ARITH


# -- "Before the pandemic it was 19.7%": an earlier value told in a sentence of its own ---------

def test_an_earlier_percentage_in_its_own_sentence_is_compared():
    from everyday_support import claims
    cs = claims("Online's share of spending was 28.1% in September. Before the pandemic it was "
                "19.7%.", date(2021, 10, 22))
    assert [c.role for c in cs if c.text == "19.7%"] == ["compared"]


# -- ", a combined 29,500": a sum set after the figures it adds up ----------------------------

def test_a_combined_figure_adds_up_the_figures_before_it():
    _only_wrong_flagged("Accommodation and food services added 17,200 jobs and agriculture "
                        "12,300, a combined {}.", "31,500", "29,500", date(2024, 7, 5),
                        frozenset({"list-sum-mismatch", "parts-exceed-total"}))


# -- "so the outturn was 0.1 points above forecasts" -----------------------------------------

def test_a_gap_in_points_to_a_forecast_percentage():
    _only_wrong_flagged("Consumer prices rose 1.2% in the quarter. Economists had expected "
                        "1.1%, so the outturn was {} points above forecasts.", "0.3", "0.1",
                        date(2023, 10, 25))


# -- "Before the pandemic it was 19.7%, 8.4 points lower": the comparative of either side -----

def test_a_gap_after_an_earlier_value_told_in_its_own_sentence():
    _only_wrong_flagged("Online's share of spending was 28.1% in September. Before the pandemic "
                        "it was 19.7%, {} points lower.", "6.4", "8.4", date(2021, 10, 22))


def test_a_bare_comparative_after_a_value_set_against_fixes_no_side():
    # (the "lower" may be the 19.7%'s: the amount is checked, not which side it names)
    _only_wrong_flagged("Online's share of spending was 28.1% in September, against 19.7% "
                        "before the pandemic, {} points lower.", "6.4", "8.4",
                        date(2021, 10, 22))


# -- lead37e: market closes and growth against forecasts -------------------------------------

def test_a_growth_rate_said_to_beat_the_forecast_rate():
    _only_wrong_flagged("Australia's economy grew 0.4% in the June quarter, beating forecasts "
                        "of {}.", "0.5%", "0.3%", date(2023, 9, 6))


def test_a_fall_beating_a_bare_forecast_rate_is_not_judged():
    # (the forecast's sign is not given: "beating forecasts of 0.5%" may be of a 0.5% fall)
    assert not set(rules("GDP fell 0.2% in the quarter, beating forecasts of 0.5%.",
                         date(2023, 9, 6))) & ARITH


def test_a_gap_to_the_forecast_figure_right_after_it():
    _only_wrong_flagged("Over the year, growth slowed to 2.1% from 2.3%, though that was {} "
                        "points above the 1.7% economists had expected.", "0.6", "0.4",
                        date(2023, 9, 6))


def test_a_close_set_against_the_days_start():
    _only_wrong_flagged("The FTSE 100 closed down 87.6 points at 5,970.1, having started the "
                        "day at {}.", "6,067.7", "6,057.7", date(2008, 6, 4))


def test_rounded_levels_keep_their_unreached_ends():
    # (7.0% and 7.3% stand for what rounds to them; a drop of exactly 0.2 needs 7.05%, which
    # is written 7.1%: the widening for exact money never reaches rounded rates)
    _only_wrong_flagged("The unemployment rate fell to 7.0% from 7.3%. The drop of {} of a "
                        "percentage point was the largest in a year.", "two tenths",
                        "three tenths", date(2013, 12, 6))
