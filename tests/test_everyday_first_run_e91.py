"""Everyday copy, everyday91's blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (Irish hospital waiting lists, New
Zealand's climate summary, Met Éireann's wettest July, Stats NZ's visitor arrivals, India's space
budget). Our own sentences with the real figures. Each mechanism is checked on a clean text (no
flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

ARITH = {"wrong-arithmetic"}
AGO = {"anniversary-mismatch", "wrong-arithmetic"}
SUMS = {"list-sum-mismatch", "parts-exceed-total"}


# -- "N years earlier" after two dates: each earlier date of the sentence is a reading ---------

def _warmest(years: str) -> str:
    return ("New Zealand's average temperature in 2016 was 13.4°C, 0.8°C above the 1981-2010 "
            "average of 12.6°C, making it the warmest year since NIWA's records began in 1909, "
            f"{years} earlier.")


def test_years_earlier_may_count_from_the_sentences_year_not_the_baselines():
    assert not set(rules(_warmest("107 years"), date(2017, 1, 9))) & ARITH


def test_years_earlier_that_no_reading_bears_out_is_flagged():
    assert set(rules(_warmest("117 years"), date(2017, 1, 9))) & ARITH


# -- "of the total" after an undated part: a dated total of its kind is a reading --------------

def _waiting(share: str) -> str:
    return ("At the end of April, 624,773 people were waiting for a first outpatient "
            "appointment.\n\nMore than 140,000 people had been waiting for longer than 18 "
            f"months. Orthopaedics had the longest list, with 68,674 people waiting, {share} of "
            "the total.")


def test_a_share_of_the_total_may_be_of_the_dated_total_before():
    assert not set(rules(_waiting("about 11%"), date(2021, 5, 14))) & ARITH


def test_a_share_of_the_total_no_total_bears_out_is_flagged():
    assert set(rules(_waiting("about 14%"), date(2021, 5, 14))) & ARITH


def _space(share: str) -> str:
    return ("The Union budget for 2023-24 allocated Rs 12,543.91 crore to the Department of "
            "Space, against Rs 13,700 crore in last year's budget.\n\nSpace technology receives "
            f"Rs 9,441 crore, or {share} of the total. Space applications get about Rs 1,559 "
            "crore.")


def test_an_undated_part_is_a_share_of_the_years_dated_budget():
    assert not set(rules(_space("75%"), date(2023, 2, 2))) & ARITH
    assert set(rules(_space("85%"), date(2023, 2, 2))) & ARITH


# -- "DATE, N years ago": the year and the count restate each other ---------------------------

def test_years_ago_after_a_year_are_counted_to_publication():
    text = ("Last month was the wettest July since national records began in 1940, {} years "
            "ago, Met Éireann said.")
    assert not set(rules(text.format(83), date(2023, 8, 1))) & AGO
    assert set(rules(text.format(73), date(2023, 8, 1))) & AGO


def test_years_ago_after_a_month_whose_day_has_passed():
    text = "Rainfall beat the previous record of 202%, set in July 2009, {} years ago."
    assert not set(rules(text.format(14), date(2023, 8, 1))) & AGO
    assert set(rules(text.format(16), date(2023, 8, 1))) & AGO


def test_years_ago_after_a_month_still_to_come_in_the_year_is_left_alone():
    # (in March 2023, "November 2009" is 13 years and four months back: a writer may say 13
    # or 14, so the count is not read against the year)
    text = "The previous record was set in November 2009, {} years ago."
    assert not set(rules(text.format(13), date(2023, 3, 1))) & AGO
    assert not set(rules(text.format(14), date(2023, 3, 1))) & AGO


def test_a_hedged_years_ago_is_not_a_count_of_whole_years():
    text = "Meta reported the breach in September 2018, more than {} years ago."
    assert not set(rules(text.format("five"), date(2024, 12, 17))) & AGO


# -- "A, up N (X%)," with the bracket closing the clause -------------------------------------

def _arrivals(pct: str) -> str:
    return ("Total arrivals for the month were almost unchanged at 213,500, up 1,300 "
            f"({pct}), as more visitors came from the United States.")


def test_a_bracketed_rate_after_an_amount_of_change_is_its_percentage():
    assert not set(rules(_arrivals("0.6%"), date(2019, 8, 14))) & ARITH
    assert set(rules(_arrivals("1.6%"), date(2019, 8, 14))) & ARITH


# -- a weekend's takings after the days' list: "..., a four-day opening weekend of Rs 24.27 crore"

def _weekend(saturday: str) -> str:
    return ("The film took Rs 2.50 crore from paid previews on Thursday, Rs 5.66 crore on "
            f"Friday, Rs {saturday} crore on Saturday and Rs 7.86 crore on Sunday, a four-day "
            "opening weekend of Rs 24.27 crore.")


def test_a_weekend_total_after_the_days_list_is_their_sum():
    assert not set(rules(_weekend("8.25"), date(2023, 4, 1))) & SUMS
    assert set(rules(_weekend("9.25"), date(2023, 4, 1))) & SUMS


# -- a bare amount between two values of one unit: "47 days, 16 more than the 31 days" --------

def _days(more: int) -> str:
    return (f"Homes took a median of 47 days to sell, {more} more than the 31 days of July "
            "2021.")


def test_a_bare_amount_between_two_values_takes_their_unit():
    assert not set(rules(_days(16), date(2022, 8, 11))) & ARITH
    assert set(rules(_days(18), date(2022, 8, 11))) & ARITH


# -- "N of them children and M adults": a plain group noun names the next portion -------------

def _outpatients(adults: str) -> str:
    return ("At the end of April, 624,773 people were waiting for a first outpatient "
            f"appointment: 86,940 of them children and {adults} adults.")


def test_children_and_adults_of_them_are_both_portions_of_the_count():
    assert not set(rules(_outpatients("537,833"), date(2021, 5, 14))) & SUMS
    assert set(rules(_outpatients("547,833"), date(2021, 5, 14))) & SUMS


# -- a change whose clause opens on the name of an item of the breakdown before ---------------

def _completions(rate: str) -> str:
    return ("Of the quarter's completions, 2,834 were scheme dwellings, 1,328 were single "
            f"houses and 758 were apartments. Apartment completions rose {rate} from 487 a year "
            "earlier, and single houses rose 15.5% from 1,150.")


def test_a_change_named_by_an_item_before_is_of_that_item():
    assert not set(rules(_completions("55.6%"), date(2019, 8, 20))) & ARITH
    assert set(rules(_completions("65.6%"), date(2019, 8, 20))) & ARITH


def test_a_change_whose_opening_names_no_single_item_is_left_alone():
    text = ("Of the quarter's completions, 2,834 were scheme dwellings and 1,328 were single "
            "houses. Completions in Dublin rose 65.6% from 487 a year earlier.")
    assert not set(rules(text, date(2019, 8, 20))) & ARITH


def test_a_part_whose_sentence_names_another_year_takes_no_dated_total():
    # (the part's "In 2019" sets no period on it, but it is no share of 2018's total)
    text = ("The appeal raised £500,000 in 2018. In 2019 readers gave £250,000, about a "
            "quarter of the total.")
    assert not set(rules(text, date(2019, 12, 20))) & ARITH
