"""Everyday copy, the lead39 blind probe (issue 11): causes of the first run's misses, on
drafts written from published copy not read before (census releases from the ABS, the CSO and
Statistics Canada; Ofgem's price caps). Our own sentences with the real figures. Each mechanism
is checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = {"wrong-arithmetic"}


# -- "leaving it with 722": the level a change leaves, in a clause of its own ------------------

def test_the_level_a_change_leaves_is_its_new_value():
    text = "Mulgrave lost {} per cent of its residents, leaving it with 722, down from 794."
    _only_wrong_flagged(text, "19.1", "9.1", date(2017, 2, 8), frozenset(ARITH))


def test_and_now_has_is_the_new_value_too():
    text = "The town lost {} per cent of its people and now has 722, down from 794."
    _only_wrong_flagged(text, "19.1", "9.1", date(2017, 2, 8), frozenset(ARITH))


def test_a_bare_leaving_is_the_rest_not_the_new_value():
    # "leaving 33.5%" is what remains of a whole, never a level a change came to
    text = "Only 66.5% had waited less than 18 weeks, leaving 33.5% waiting longer."
    assert "wrong-arithmetic" not in rules(text, date(2024, 3, 14))


# -- "a bigger increase, of £708, from £1,309 to £2,017": the amount set off by commas ---------

def test_an_amount_set_off_by_commas_after_its_change_noun():
    text = ("Households with prepayment meters will see a bigger increase, of £{}, from £1,309 "
            "to £2,017 a year.")
    _only_wrong_flagged(text, "780", "708", date(2022, 2, 3), frozenset(ARITH))


# -- "rise from £1,277 to £1,971 ... The £693 increase is a rise of 54 per cent" -----------------

CAP = ("The energy price cap will rise from £1,277 to £1,971 a year from April 1, Ofgem has "
       "confirmed. The £693 increase is a rise of {} per cent.")


def test_a_percentage_restating_an_amount_checks_against_the_bare_pair_before():
    # (£693 against £694: each level is rounded to the pound, so the gap may be £693)
    _only_wrong_flagged(CAP, "45", "54", date(2022, 2, 3), frozenset(ARITH))


def test_the_amount_beside_the_percentage_checks_against_the_pair_too():
    text = CAP.replace("£693", "£{}").replace("{} per cent", "54 per cent")
    _only_wrong_flagged(text, "639", "693", date(2022, 2, 3), frozenset(ARITH))


def test_a_bare_pair_then_that_is_a_rise_of():
    text = "The cap will rise from £1,277 to £1,971. That is a rise of {} per cent."
    _only_wrong_flagged(text, "45", "54", date(2022, 2, 3), frozenset(ARITH))


def test_two_bare_pairs_give_no_reading_to_a_later_percentage():
    # which pair "That is a rise of 30%" restates is open: no flag either way
    text = ("Gas will rise from £1,000 to £1,300 and electricity from £800 to £1,200. That is a "
            "rise of 30 per cent.")
    assert "wrong-arithmetic" not in rules(text, date(2022, 2, 3))


# -- "That compares with 4,588,252 in April 2011": a dated earlier value, years back -----------

CENSUS = ("The population on census night, April 24th, was 4,757,976. That compares with "
          "4,588,252 in April 2011, an increase of 169,724, or {} per cent, over five years.")


def test_an_earlier_value_dated_by_month_and_year_in_the_sentence_after():
    _only_wrong_flagged(CENSUS, "4.7", "3.7", date(2016, 7, 14), frozenset(ARITH))


def test_an_earlier_value_some_years_earlier():
    text = ("The population was 4,757,976 at the end of June. That compares with 4,588,252 "
            "five years earlier, a rise of {} per cent.")
    _only_wrong_flagged(text, "4.7", "3.7", date(2016, 7, 14), frozenset(ARITH))


# -- "The cap of £1,971 came into force in April, when it rose from £1,277" ---------------------

def test_a_level_then_when_it_rose_from_gives_the_direction():
    text = "The current cap of £1,971 itself came into force in April, when it rose from £{}."
    _only_wrong_flagged(text, "2,277", "1,277", date(2022, 9, 8), frozenset(ARITH))


def test_when_it_fell_from_a_higher_level_is_no_error():
    text = "Turnout was 64% in 2019, when it fell from {}%."
    _only_wrong_flagged(text, "59", "69", date(2022, 9, 8), frozenset(ARITH))


# -- lead39b (minimum wages): "an overall increase of 27% against inflation of about 11%" -------

def test_a_rate_set_against_the_change_is_no_earlier_value():
    text = ("Since the government took office the minimum has risen from $12 to $15.25, an "
            "overall increase of {} per cent against inflation of about 11 per cent.")
    _only_wrong_flagged(text, "37", "27", date(2016, 1, 27), frozenset(ARITH))


def test_pay_against_inflation_alone_is_no_change_pair():
    assert "wrong-arithmetic" not in rules("Pay rose 5.2% against inflation of 3.1%.",
                                           date(2016, 1, 27))


# -- "rise by 50 cents to $15.75 an hour, a 3.3% increase": an amount in the sub-unit -----------

def test_an_amount_in_cents_and_a_new_value_in_dollars_imply_the_base():
    text = "The minimum wage will rise by 50 cents to $15.75 an hour, a {}% increase."
    _only_wrong_flagged(text, "4.3", "3.3", date(2017, 1, 24), frozenset(ARITH))


def test_the_n_per_cent_increase_points_back_to_the_pair_before():
    text = ("The minimum wage will rise to $15.75 an hour on April 1 from $15.25. The {} per "
            "cent increase will help the lowest paid.")
    _only_wrong_flagged(text, "4.3", "3.3", date(2017, 1, 24), frozenset(ARITH))


def test_and_the_increase_of_points_back_past_a_paragraph_and_another_figure():
    text = ("The adult minimum wage will be $15.25 an hour from April 1, up from $14.75.\n\n"
            "Annual inflation is running at 0.1 per cent, and the increase of {} per cent "
            "helps the lowest paid.")
    _only_wrong_flagged(text, "4.3", "3.4", date(2016, 1, 27), frozenset(ARITH))


def test_a_change_with_no_the_keeps_to_its_own_paragraph():
    # "a rise of 5%" in a new paragraph may be a change of anything: no reading
    text = ("The adult minimum wage will be $15.25 an hour from April 1, up from $14.75.\n\n"
            "Rents went up by 5 per cent last year.")
    assert "wrong-arithmetic" not in rules(text, date(2016, 1, 27))


# -- what the guard found on the first version of these readings --------------------------------

def test_a_sentence_whose_level_will_rise_to_a_figure_stands_between():
    # "That is an increase of about 20%" is the guarantee's rise (£2,500 to £3,000), never the
    # cap's fall two sentences up
    text = ("Ofgem's price cap will fall from £4,279 to £3,280 a year from 1 April, a cut of "
            "almost £1,000.\n\nBut the guarantee, which holds the typical bill at £2,500, will "
            "rise to £3,000 on the same day. That is an increase of about 20%, or £500 a year.")
    assert "wrong-arithmetic" not in rules(text, date(2023, 2, 27))


def test_years_ago_is_counted_from_now_not_from_the_sentence_before():
    text = ("Arsenal signed Lacazette from Lyon for £46.5m in July 2017. Six years ago Özil "
            "cost £42.5m, so the club's record has risen by almost 70% since then.")
    assert "wrong-arithmetic" not in rules(text, date(2019, 8, 1))


def test_a_month_and_year_in_a_later_clause_is_no_earlier_value_of_a_change():
    text = ("The bank lowered the cash rate by 50 basis points to 3.75% on Wednesday. The cut "
            "takes the total reduction since August to 175 basis points, from the peak of 5.5% "
            "the rate reached in May 2023.")
    assert "wrong-arithmetic" not in rules(text, date(2025, 2, 19))
