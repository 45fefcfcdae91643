"""everyday115: issue #11's rates the last note lists as unread (points between two rates
written, a leader's rate after "while", a running sequence of equal rises) and bare cents in a
story of another country's dollar. Each mechanism on a text with its right value (no flag) and
a wrong one (flagged), and a text where the reading is open (left alone). Own sentences, real
figures."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, only_wrong_flagged, rules

ARITH = frozenset({"wrong-arithmetic"})
RANK = frozenset({"wrong-rank"})


# 1. Points between a level and another holder's rate, named and given earlier

def test_points_below_a_named_holders_rate() -> None:
    # Statistics Canada, August 2018: Calgary 8.1%, Wood Buffalo-Cold Lake 5.5%
    text = ("Calgary's unemployment rate edged up to 8.1% in August. Wood Buffalo-Cold Lake "
            "had the lowest rate in Alberta, 5.5%, {} points lower than Calgary's.\n")
    only_wrong_flagged(text, "3.6", "2.6", date(2018, 9, 8), ARITH)


def test_points_above_the_national_rate() -> None:
    # Labour Force Survey, December 2016: Canada 6.9%, Prince Edward Island 10.7%
    text = ("Canada's unemployment rate was 6.9% in December. Prince Edward Island's rate was "
            "10.7%, {} points above the national rate.\n")
    only_wrong_flagged(text, "4.8", "3.8", date(2017, 1, 6), ARITH)


def test_points_than_in_a_named_place() -> None:
    text = ("Nova Scotia's jobless rate was 8.3% in December. In Quebec it was 6.6%, {} points "
            "lower than in Nova Scotia.\n")
    only_wrong_flagged(text, "2.7", "1.7", date(2017, 1, 6), ARITH)


def test_national_rate_not_written_is_left_open() -> None:
    # no national figure anywhere: the province's own other rate is no reading of it
    text = ("Ontario's rate was 6.4% in December, against 6.3% in November. Manitoba's rate "
            "was 6.3%, 2.6 points below the national rate.\n")
    assert not set(rules(text, date(2017, 1, 6))) & ARITH


# 2. A leader's rate against another's after "while"

def test_leader_above_the_rate_after_while() -> None:
    # Labour Force Survey, September 2018: Newfoundland and Labrador 13.6%, New Brunswick 7.9%
    text = ("Newfoundland and Labrador led the provinces with 13.6%, while New Brunswick was "
            "at {}%.\n")
    only_wrong_flagged(text, "14.9", "7.9", date(2018, 10, 5), RANK)


def test_led_with_a_rise_while_another_fell() -> None:
    # a fall after "while" is a change, no place below the leader's rise
    text = ("General merchandise stores led with a 3.8 per cent rise, while building material "
            "dealers fell 4.6 per cent.\n")
    assert not set(rules(text, date(2024, 3, 14))) & RANK


def test_led_of_another_year_is_not_ranked() -> None:
    text = ("In 2018 the Pacific led with 4.5%, while in 2009 the East North Central was at "
            "11.2%.\n")
    assert not set(rules(text, date(2019, 3, 1))) & RANK


# 3. A running sequence of equal rises

def test_third_equal_rise_in_a_row_with_its_levels() -> None:
    # New Zealand's adult minimum wage: $14.25 (2014), $14.75 (2015), $15.25 (2016), $15.75
    text = ("New Zealand's adult minimum wage will rise to $15.75 an hour in April. It is the "
            "third 50-cent rise in a row: $14.25 in 2014, then {}, $15.25 and now $15.75.\n")
    only_wrong_flagged(text, "$14.95", "$14.75", date(2017, 1, 25), ARITH)


def test_run_completed_by_the_new_level_before() -> None:
    # the move said first ("by 50 cents to $15.75") is from the run's last level, not from
    # "$13.75 in 2013" further on
    text = ("New Zealand's minimum wage will rise by 50 cents to $15.75 an hour. It is the "
            "fourth consecutive 50-cent increase: it was $13.75 in 2013, then {}, $14.75 "
            "and $15.25.\n")
    only_wrong_flagged(text, "$14.35", "$14.25", date(2017, 1, 25), ARITH)


def test_run_with_another_count_of_levels_is_left_open() -> None:
    # a third rise with five levels written: which four are its run is open
    text = ("New Zealand's minimum wage will rise to $15.75. It is the third 50-cent rise in "
            "a row; it was $12.50, $13.75, $14.25, $14.75 and $15.25 in earlier years.\n")
    assert not set(rules(text, date(2017, 1, 25))) & ARITH


def test_rise_in_more_years_than_its_ordinal_is_no_run() -> None:
    # "the third rise in five years": rises with years between, no run of equal steps
    text = ("New Zealand's minimum wage will rise to $15.75. It is the third 50-cent rise in "
            "five years: $14.25, $14.95, $15.25 and $15.75.\n")
    assert not set(rules(text, date(2017, 1, 25))) & ARITH


# 4. Bare cents in a story of another country's dollar

def test_bare_cents_follow_the_storys_dollar() -> None:
    text = ("New Zealand's adult minimum wage will rise from $14.75 to $15.25 an hour, a rise "
            "of {} cents.\n")
    only_wrong_flagged(text, "60", "50", date(2016, 1, 28), ARITH)
    cents = next(c for c in claims(text.format("50"), date(2016, 1, 28)) if "cents" in c.text)
    assert cents.unit == "NZ_cent"


def test_cents_stay_us_in_a_story_of_two_dollars() -> None:
    text = ("Canada's minimum wage will rise by 50 cents to $15.25 an hour. In the US the "
            "federal minimum is $7.25.\n")
    cents = next(c for c in claims(text, date(2016, 1, 28)) if "cents" in c.text)
    assert cents.unit == "US_cent"


# 5. A record since a month named alone, against the month's figure after "when"

def test_highest_since_a_month_named_alone() -> None:
    # ONS: CPI 2.6% in November 2024, 3.2% in March 2024
    text = ("UK inflation rose to 2.6% in November from 2.3% in October. It was the highest "
            "rate since March, when it was {}%.\n")
    only_wrong_flagged(text, "2.4", "3.2", date(2024, 12, 18), RANK)


def test_record_since_takes_the_level_not_its_earlier_value() -> None:
    # ONS: CPI 2.3% in October 2024 (1.7% in September), 2.3% in April
    text = ("Inflation rose to 2.3% in October from 1.7% in September, the highest since "
            "April, when it was {}%.\n")
    only_wrong_flagged(text, "1.9", "2.3", date(2024, 11, 20), RANK)
