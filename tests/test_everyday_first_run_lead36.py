"""Everyday copy, the lead36 blind probe (issue 11): causes of the first run's false flag and
misses on drafts written from published copy not read before (US jobs reports, Nationwide house
prices, museum visits). Our own sentences with the real figures. Each mechanism is checked on a
clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = {"wrong-arithmetic"}


# -- a clause whose actor moves another thing: "..., after the Bank raised its rate to X from Y" --

def test_a_change_takes_no_values_from_another_actors_clause():
    text = ("The building society expects prices to rise by about 1% over 2018, after the Bank "
            "of England raised its base rate to 0.75% from 0.5% earlier this month.")
    assert not set(rules(text, date(2018, 8, 31))) & ARITH


def test_a_change_with_its_own_values_after_a_comma_is_still_checked():
    text = "The base rate rose by 0.5 points, to 0.75% from 0.5%."
    assert set(rules(text, date(2018, 8, 31))) & ARITH
    assert not set(rules(text.replace("0.5 points", "0.25 points"), date(2018, 8, 31))) & ARITH


# -- "fell to 7% from 7.3%": the whole percentage is the published tenth, its ".0" dropped ----

def _drop(amount: str) -> str:
    return ("The unemployment rate fell to 7% from 7.3%, its lowest since November 2008. "
            f"The drop of {amount} was larger than economists had expected.")


def test_a_whole_rate_beside_a_tenth_is_read_to_the_tenth():
    day = date(2013, 12, 6)
    assert not set(rules(_drop("three tenths of a point"), day)) & ARITH
    assert not set(rules(_drop("0.3 points"), day)) & ARITH
    assert set(rules(_drop("0.5 points"), day)) & ARITH


def test_the_drop_of_half_a_point_is_read_as_a_move_in_points():
    assert set(rules(_drop("half a point"), date(2013, 12, 6))) & ARITH


def test_a_whole_rate_with_a_qualifier_keeps_its_rounding():
    # "about 7%" says its own rounding: 0.5 points from 7.3% stays within it
    text = "The rate fell to about 7% from 7.3%, a drop of 0.5 points."
    assert not set(rules(text, date(2013, 12, 6))) & ARITH


# -- an amount in points moves a rate, never the price after it ---------------------------------

def _growth(amount: str) -> str:
    return (f"Annual growth slowed to 2% from 2.5% in July, {amount} lower, leaving the "
            "average home at £214,745.")


def test_points_after_a_rates_levels_skip_a_price_after_them():
    day = date(2018, 8, 31)
    assert not set(rules(_growth("half a percentage point"), day)) & ARITH
    assert set(rules(_growth("a full percentage point"), day)) & ARITH


# -- a revision's direction --------------------------------------------------------------------

def test_a_revision_down_to_a_higher_figure_is_flagged():
    day = date(2020, 4, 2)
    assert set(rules("The toll was revised up to 45 from 72.", day)) & ARITH
    assert not set(rules("The toll was revised down to 45 from 72.", day)) & ARITH


# -- an outturn against a forecast named after its figure ---------------------------------------

def test_ahead_of_a_forecast_is_a_direction():
    text = "Employers took on 215,000 workers in March, ahead of the {} economists had pencilled in."
    _only_wrong_flagged(text, "225,000", "205,000", date(2016, 4, 1))


def test_ahead_of_a_time_is_no_direction():
    text = "Employers took on 215,000 workers, ahead of the 2016 election, up from 180,000."
    assert not set(rules(text, date(2016, 4, 1))) & ARITH


def test_the_gap_to_a_forecast_before_it():
    text = "Employers added 156,000 jobs, {} fewer than the 172,000 economists had forecast."
    _only_wrong_flagged(text, "26,000", "16,000", date(2016, 10, 7))


def test_the_gap_to_a_forecast_as_a_noun_after_it():
    text = ("US employers added 156,000 jobs in September, short of the 172,000 that economists "
            "polled by Bloomberg had forecast, a miss of {}.")
    _only_wrong_flagged(text, "26,000", "16,000", date(2016, 10, 7))


def test_missing_a_forecast_by_an_amount():
    text = "Employers added 156,000 jobs, missing the 172,000 economists had forecast by {}."
    _only_wrong_flagged(text, "26,000", "16,000", date(2016, 10, 7))


# -- the second probe (lead36e): ONS migration, US consumer prices ------------------------------

def test_points_after_a_twelve_month_rate_said_as_a_change():
    text = ("Food prices in the US were 3.3% higher in October than a year earlier, down {} "
            "points from September's 3.7%, the Labor Department said.")
    _only_wrong_flagged(text, "0.6", "0.4", date(2023, 11, 14))


def test_a_whole_rate_beside_a_tenth_in_a_direction():
    text = "Grocery prices were 12.4% higher than a year earlier, down from {} in September."
    _only_wrong_flagged(text, "12%", "13%", date(2022, 11, 10))


def test_a_multiple_of_an_owners_figure():
    text = "Sales reached {} in August, four times July's 200."
    _only_wrong_flagged(text, "600", "800", date(2023, 9, 13))
    rise = "US consumer prices rose 0.6% in August, {} times July's 0.2% rise."
    _only_wrong_flagged(rise, "four", "three", date(2023, 9, 13))


def test_when_it_had_reached_a_record_gives_the_earlier_value():
    text = ("Net migration to the UK fell to 230,000 in the year to June 2017, down {} on the "
            "year before, when it had reached a record 336,000, the ONS said.")
    _only_wrong_flagged(text, "126,000", "106,000", date(2017, 11, 30))


def test_a_headlines_fraction_in_words_is_no_restated_count():
    body = ("Net migration to the UK fell to 230,000 in the year to June 2017, down 106,000 on "
            "the year before, when it had reached a record 336,000, the ONS said.")
    day = date(2017, 11, 30)
    clean = rules("# Net migration down by a third\n\n" + body, day)
    assert not set(clean) & (ARITH | {"restated-change-mismatch"})
    assert set(rules("# Net migration down by a half\n\n" + body, day)) & ARITH


def test_the_level_a_comparison_is_made_on_is_no_new_value():
    text = ("On average 95.7% of beds were occupied each day in the week ending 15 January. "
            "That was a slight improvement on the previous week's average of 96%, but 2.4 "
            "percentage points higher than the 93.3% of the same week last year.")
    assert not set(rules(text, date(2023, 1, 19))) & ARITH


# -- the third probe (lead36f): road deaths -----------------------------------------------------

def _toll(pct: str) -> str:
    return ("Deaths on Britain's roads rose by 4% to 1,775 in 2014, up from 1,713 in 2013. "
            "Motorcyclist deaths rose by 2%, from 331 to 339.\n\n"
            f"Even so, last year's toll was {pct} lower than in 2005, when 3,201 people died.")


def test_a_groups_change_is_not_the_level_a_when_clause_is_set_against():
    day = date(2015, 6, 25)
    assert not set(rules(_toll("45%"), day)) & ARITH
    assert set(rules(_toll("55%"), day)) & ARITH
