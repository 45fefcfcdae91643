"""Everyday copy, the lead35 blind probes (issue 11): causes of the first run's false flag and
misses on drafts written from published copy not read before (Channel crossings, FTSE closes,
harvests, census and strike figures). Our own sentences with the real figures. Each mechanism is
checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, rules

ARITH = {"wrong-arithmetic"}


# -- a market close written "down 87.6 points at 5,970.1" ---------------------------------------

def _close(pct: str) -> str:
    return f"By the close the FTSE 100 was down 87.6 points at 5,970.1, a fall of {pct}."


def test_a_close_down_so_many_points_at_a_level_is_the_change_to_that_level():
    assert not set(rules(_close("1.45%"), date(2008, 6, 4))) & ARITH
    assert set(rules(_close("2.45%"), date(2008, 6, 4))) & ARITH


def test_a_share_price_down_pence_at_a_price():
    text = "Barclays was down 14.7p at 297p, a fall of {}."
    assert not set(rules(text.format("4.7%"), date(2013, 2, 26))) & ARITH
    assert set(rules(text.format("8%"), date(2013, 2, 26))) & ARITH


# -- "a separate ballot": a figure of another thing of the kind already told of -------------------

def _ballots(second: str) -> str:
    return ("In the pensions ballot, 81.1% of those voting backed strikes, on a turnout of "
            f"57.7%. {second} had a turnout of 30%.")


def test_a_separate_ballots_turnout_restates_nothing():
    assert not set(rules(_ballots("A separate ballot at a council union"),
                         date(2022, 11, 1))) & RESTATED
    assert not set(rules(_ballots("Another ballot"), date(2022, 11, 1))) & RESTATED


def test_the_same_ballots_turnout_said_twice_differently_is_still_flagged():
    assert set(rules(_ballots("The ballot"), date(2022, 11, 1))) & RESTATED


# -- a running total after what its increment came in ("in nine boats, about 45 a boat") -------

def _crossings(lead: str, rate: str = "45") -> str:
    return (f"{lead} people have crossed the Channel in small boats since January.\n\n"
            f"On Friday 408 people arrived in nine boats, about {rate} a boat, taking the total "
            "for 2024 to 21,063.")


def test_the_total_after_the_boats_is_the_peoples_total():
    assert not set(rules(_crossings("More than 21,000"), date(2024, 8, 31))) & RESTATED
    assert set(rules(_crossings("More than 22,000"), date(2024, 8, 31))) & RESTATED


def test_a_rate_after_the_count_it_is_spread_over():
    assert not set(rules(_crossings("More than 21,000"), date(2024, 8, 31))) & ARITH
    assert set(rules(_crossings("More than 21,000", "55"), date(2024, 8, 31))) & ARITH


# -- a forecast for this year keeps the whole year ----------------------------------------------

def test_a_forecast_for_this_year_keeps_the_whole_year():
    [c] = [c for c in claims("The bank has forecast growth of 2% this year.", date(2023, 8, 30))
           if c.text == "2%"]
    assert c.period is not None and c.period.end == date(2023, 12, 31)


def test_a_count_reported_this_year_keeps_its_parts():
    # (the present perfect's count to date stays a period, so the counties are its parts)
    text = ("In Texas, 355 cases have been reported this year. Dallas County has reported 309 "
            "cases, Harris County 42 and Travis County {}.")
    assert "parts-exceed-total" not in rules(text.format("4"), date(2025, 3, 7))
    assert "parts-exceed-total" in rules(text.format("14"), date(2025, 3, 7))


# -- a second comparison of a sentence describes what the first one does ------------------------

def _overtaken(gap: str) -> str:
    return ("A further 424 people crossed on Friday, bringing the total for 2024 to 29,578. That "
            f"is 141 more than the 29,437 who crossed in the whole of last year, though still "
            f"about {gap} below the 45,728 recorded in 2022.")


def test_a_second_gap_after_though_still_is_of_the_same_total():
    assert not set(rules(_overtaken("16,000"), date(2024, 10, 12))) & ARITH
    assert set(rules(_overtaken("26,000"), date(2024, 10, 12))) & ARITH


# -- an amount of change, then its move in the next sentence ------------------------------------

def _census(amount: str) -> str:
    return (f"The population of the United States grew by {amount} million between 1990 and "
            "2000, the largest increase between two censuses. It rose from 248.7 million to "
            "281.4 million.")


def test_an_amount_is_the_move_the_next_sentence_states():
    assert not set(rules(_census("32.7"), date(2001, 4, 2))) & ARITH
    assert set(rules(_census("34.7"), date(2001, 4, 2))) & ARITH


# -- "by 19.7%, adding 10.4 million people for a total of 63.2 million" ---------------------------

def test_a_percentage_before_adding_an_amount_for_a_total():
    text = ("The West grew fastest, by {}%, adding 10.4 million people for a total of "
            "63.2 million.")
    assert not set(rules(text.format("19.7"), date(2001, 4, 2))) & ARITH
    assert set(rules(text.format("24.7"), date(2001, 4, 2))) & ARITH
    money = "Sales rose {}%, adding $2 billion to reach $42 billion."
    assert not set(rules(money.format("5"), date(2020, 1, 1))) & ARITH
    assert set(rules(money.format("9"), date(2020, 1, 1))) & ARITH


# -- "The growth rate of 0.92%" after the amount and its new value ------------------------------

def test_the_growth_rate_the_next_sentence_gives_is_the_amounts_rate():
    text = ("The population grew by {} million to 311.6 million between April 2010 and July "
            "2011. The growth rate of 0.92% was the lowest since the 1940s.")
    assert not set(rules(text.format("2.8"), date(2011, 12, 21))) & ARITH
    assert set(rules(text.format("3.8"), date(2011, 12, 21))) & ARITH


# -- "170,000 working days ..., down from 788,000": the unit left out ---------------------------

def test_a_bare_figure_after_down_from_takes_the_levels_unit():
    text = ("Some 170,000 working days were lost to strikes in 2015, down from 788,000 in 2014, "
            "a fall of more than {}.")
    assert not set(rules(text.format("three-quarters"), date(2016, 7, 14))) & ARITH
    assert set(rules(text.format("90%"), date(2016, 7, 14))) & ARITH


# -- "some 189,000 tonnes or about 1.4% below the five-year average" ----------------------------

def test_an_amount_and_its_percentage_below_a_named_average():
    text = ("Production is put at around 13.636 million tonnes, some {} tonnes or about 1.4% "
            "below the five-year average.")
    assert not set(rules(text.format("189,000"), date(2011, 9, 20))) & ARITH
    assert set(rules(text.format("389,000"), date(2011, 9, 20))) & ARITH


# -- "2,263,496 domestic and international passengers": two groups together --------------------

def _melbourne(domestic: str) -> str:
    return ("Passenger numbers at Melbourne Airport rose 3% in February from a year earlier, to "
            "2,263,496 domestic and international passengers.\n\nInternational passengers were "
            f"up 2% at 540,871, and domestic passengers rose 4% to {domestic}.")


def test_one_groups_figure_restates_no_figure_of_both_groups():
    assert not set(rules(_melbourne("1,722,625"), date(2013, 3, 27))) & RESTATED


def test_the_two_groups_figures_are_parts_of_their_joint_figure():
    assert "parts-exceed-total" not in rules(_melbourne("1,722,625"), date(2013, 3, 27))
    assert "parts-exceed-total" in rules(_melbourne("1,822,625"), date(2013, 3, 27))


# -- a count of months and the months named after it --------------------------------------------

def test_a_count_of_monthly_records_against_the_months_named():
    text = "It set {} monthly records during the year, in April, May, June, July, August, " \
        "November and December."
    assert "list-count-mismatch" not in rules(text.format("seven"), date(2015, 1, 12))
    assert "list-count-mismatch" in rules(text.format("six"), date(2015, 1, 12))
    # (a count of something else before months names no months)
    assert "list-count-mismatch" not in rules("Six people died in May and June.",
                                              date(2015, 1, 12))


# -- "464,190 of them, about half of the month's total, up 10.7%" --------------------------------

def test_a_share_in_words_of_the_whole_is_no_multiple_of_the_next_figure():
    [c] = [c for c in claims("In December 622,317 passengers passed through the airport. "
                             "International flights carried 464,190 of them, about three-"
                             "quarters of the month's total, up 10.7%.", date(2015, 1, 12))
           if c.text == "464,190"]
    assert not any(k == "relation" for k, _ in c.extra)
