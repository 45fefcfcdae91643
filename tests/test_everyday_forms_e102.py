"""Everyday copy, everyday102's forms of issue #11 (note37's "not read yet" list): each mechanism
checked on a clean text (no flag) and on the same text with an error (flagged). Our own
sentences with real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = {"wrong-arithmetic"}


# -- 1. a multiple verb against a percentage change in its clause ------------------------------

def test_more_than_doubled_is_a_rise_of_at_least_100_percent():
    _only_wrong_flagged("James Cropper's pre-tax profit more than doubled in the year to March, "
                        "rising {} to £5.5m.", "92%", "120%", date(2020, 6, 16))


def test_almost_doubled_is_a_rise_short_of_100_percent():
    _only_wrong_flagged("Royal Mail's operating profit almost doubled in the six months to "
                        "September, up {} to £283m.", "106.5%", "96.5%", date(2013, 11, 27))


def test_more_than_halved_is_a_fall_of_at_least_half():
    _only_wrong_flagged("Jardine Cycle & Carriage's net profit more than halved in the first six "
                        "months, falling {} to US$174 million.", "46%", "56%", date(2018, 7, 27))


def test_a_plain_doubled_allows_a_loose_word_s_slack():
    _only_wrong_flagged("Online food sales doubled on a year earlier, rising by {}.", "81%", "96%",
                        date(2020, 4, 24))


def test_a_level_may_stand_between_the_verb_and_the_percentage():
    _only_wrong_flagged("Deliveries of electric BMW and Mini models more than {} to 103,855, a "
                        "rise of 133.2% from 44,530 in 2020.", "trebled", "doubled",
                        date(2022, 1, 12))


def test_a_percentage_of_another_clause_is_not_the_multiple_said_again():
    # (revenue is another subject: "while" opens a clause of its own)
    assert not set(rules("Geely's net profit more than doubled last year, while revenue "
                         "increased 78% to 53.7 billion yuan.", date(2017, 3, 22))) & ARITH


def test_a_move_that_may_happen_is_no_multiple():
    assert not set(rules("Analysts said profit could double next year, rising 40% in the first "
                         "half alone.", date(2017, 3, 22))) & ARITH


def test_a_percentage_moving_against_the_verb_is_left_alone():
    assert not set(rules("Exports halved in the first month, rising 12% later.",
                         date(2017, 3, 22))) & ARITH


def test_a_dollar_with_its_country_letters_is_the_level_after_higher_at():
    # (first run's false flag: "10% higher at US$9.19 billion" took the profit before as base)
    assert not set(rules("Underlying profit rose 10% to US$414 million, and revenue was also "
                         "10% higher at US$9.19 billion.", date(2018, 7, 27))) & ARITH


# -- 2. hired and cut parts with no word of contrast; "a combined drop of" over changes -------

def test_hired_and_cut_parts_net_to_the_payroll_move_without_a_contrast_word():
    _only_wrong_flagged("The US economy shed 131,000 jobs in July.\n\nThe private sector added "
                        "{} jobs and government cut 202,000.", "91,000", "71,000",
                        date(2010, 8, 6))


def test_a_sentence_of_other_figures_may_stand_between_the_move_and_its_parts():
    _only_wrong_flagged("The US economy shed 125,000 jobs in June. The unemployment rate eased "
                        "to 9.5%.\n\nPrivate employers added {} jobs and government cut "
                        "208,000.", "93,000", "83,000", date(2010, 7, 2))


def test_two_rises_joined_by_and_are_no_net_move():
    # (both parts up: nothing nets; the total is no sum of them either)
    assert not set(rules("Employers added 150,000 jobs in May.\n\nRetailers added 20,000 jobs "
                         "and hospitals added 45,000.", date(2010, 7, 2))) & ARITH


def test_a_combined_drop_sums_the_changes_of_its_sentence():
    _only_wrong_flagged("May's gain was revised down by 125,000 and June's by 133,000, a "
                        "combined drop of {}.", "238,000", "258,000", date(2025, 8, 1))


def test_a_combined_figure_after_gapped_revisions_with_their_levels():
    _only_wrong_flagged("June's gain was revised down by 61,000 to 118,000, and July's by 25,000 "
                        "to 89,000, a combined {} fewer than first reported.", "76,000",
                        "86,000", date(2024, 9, 6))


def test_a_combined_drop_with_a_level_lent_from_the_move_before():
    _only_wrong_flagged("Payrolled employees fell by 47,000 in December to 30.3 million, after a "
                        "revised fall of 32,000 in November, a combined drop of {} over the two "
                        "months.", "89,000", "79,000", date(2025, 1, 21))


def test_a_combined_rise_after_two_falls_is_no_sum_of_them():
    assert not set(rules("Exports fell by 4,000 tonnes and imports by 3,000 tonnes, a combined "
                         "rise of 9,000 tonnes in stocks.", date(2025, 1, 21))) & ARITH


# -- 3. a level, then one change as an amount and a percentage, no earlier value written -------

def test_an_amount_and_percentage_after_a_price_a_litre():
    # (the amount in pence is pence a litre; the word of direction follows the percentage)
    _only_wrong_flagged("The average price of petrol was 132.54p a litre in mid-December, the AA "
                        "said, 1.16p or {} lower than a month earlier.", "1.9%", "0.9%",
                        date(2011, 12, 16))


def test_cheaper_than_says_the_way_after_the_percentage():
    _only_wrong_flagged("Diesel ended the month at 130.49p a litre, 1.59p or {} cheaper than on "
                        "October 1.", "2.1%", "1.2%", date(2019, 11, 1))


def test_an_amount_and_percentage_below_an_earlier_time():
    _only_wrong_flagged("The farmgate milk price was 19.85p a litre in June, 3.90p or {} below "
                        "June 2015.", "14.6%", "16.4%", date(2016, 8, 18))
